"""The render context: resolved references, labels, quadrants and the audience."""

from __future__ import annotations

import pytest

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project
from pitchkit.core.talking_points import all_talking_points
from pitchkit.documents.context import build_context


def test_context_resolves_references(project):
    ctx = build_context(project)
    priya, tom, ana, _ = ctx["stakeholders"]
    assert priya.quadrant == "Key players" and priya.is_champion
    assert (
        priya.stance == "Supportive" and priya.stance_wanted == "Leading" and priya.gap == 1
    )
    assert priya.talking_points[0] == "Ramp-up time"
    assert ctx["strategy"].champion is priya
    assert ctx["strategy"].sequence == (priya, tom)  # the dangling id is skipped
    assert tom.resistances[0].stakeholder is tom
    assert tom.resistances[0].severity == "High"
    assert [p.id for p in ana.problems] == ["p-1"]
    assert ctx["problems"][0].stakeholders == (priya, ana)
    assert ctx["audience"] is None


def test_views_are_read_only(project):
    view = build_context(project)["stakeholders"][0]
    with pytest.raises(AttributeError, match="immutable"):
        view.name = "x"
    assert isinstance(view.resistances, tuple)


def test_audience_by_id_or_name(project):
    assert build_context(project, "s-3")["audience"].name == "Ana Lima"
    assert build_context(project, "ana lima")["audience"].id == "s-3"


def test_unknown_audience(project):
    with pytest.raises(TemplateError) as caught:
        build_context(project, "Nobody Atall")
    assert caught.value.where == "--audience"
    assert 'no stakeholder "Nobody Atall"' in str(caught.value)


def test_empty_project_context():
    ctx = build_context(Project())
    assert ctx["stakeholders"] == () and ctx["strategy"].champion is None


def test_talking_points_come_from_the_core_and_own_points_win(project):
    ctx = build_context(project)
    priya, tom, *_ = ctx["stakeholders"]
    assert priya.own_points and priya.talking_points[0] == "Ramp-up time"
    assert priya.talking_points == tuple(all_talking_points(project)["s-1"])
    assert not tom.own_points
    assert tom.talking_points == tuple(all_talking_points(project)["s-2"])
    assert any("Co-design the matching rules" in t for t in tom.talking_points)


def test_sequence_is_the_users_order_else_the_suggestion(project):
    steps = build_context(project)["sequence"]
    assert [(s.position, s.stakeholder.id, s.suggested) for s in steps] == [
        (1, "s-1", False),
        (2, "s-2", False),
    ]
    assert steps[0].reason.startswith("Champion")
    project.strategy.sequence = []
    suggested = build_context(project)["sequence"]
    assert suggested[0].stakeholder.id == "s-1" and all(s.suggested for s in suggested)


def test_health_findings_point_at_their_stakeholder(project):
    ctx = build_context(project)
    codes = {f.code for f in ctx["health"]}
    assert "no-story" not in codes and "problem-no-kpi" in codes
    tom = ctx["stakeholders"][1]
    assert all(f.severity in ("High", "Medium", "Low") for f in ctx["health"])
    about_tom = [f for f in ctx["health"] if f.stakeholder is tom]
    assert about_tom and all(f.label == "Tom Reed" for f in about_tom)


def test_resistances_carry_the_playbook_pattern(project):
    turf, unnamed = build_context(project)["resistances"]
    assert turf.pattern_info.id == "turf-protection"
    assert turf.pattern_info.concern and len(turf.pattern_info.counters) >= 2
    assert unnamed.pattern_info is None


def test_back_references_and_champion(project):
    ctx = build_context(project)
    priya, tom, ana, _ = ctx["stakeholders"]
    assert ctx["strategy"].champion_chosen and priya.is_champion and not tom.is_champion
    assert [a.title for a in priya.actions] == []
    assert tom.open_resistances == tom.resistances
    assert ana.open_resistances == () and len(ana.resistances) == 1
    project.strategy.champion = None
    ctx = build_context(project)
    assert not ctx["strategy"].champion_chosen
    assert ctx["strategy"].champion is ctx["stakeholders"][0]  # the best-placed supporter
