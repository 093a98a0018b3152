"""The render context: resolved references, labels, quadrants and the audience."""

from __future__ import annotations

import dataclasses

import pytest

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project
from pitchkit.documents.context import build_context, quadrant


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (9, 9, "Key players"),
        (9, 5, "Keep satisfied"),
        (5, 9, "Keep informed"),
        (5, 5, "Monitor"),
        (5.1, 5.1, "Key players"),
    ],
)
def test_quadrant(power, interest, expected):
    assert quadrant(power, interest) == expected


def test_context_resolves_references(project):
    ctx = build_context(project)
    priya, tom, ana, _ = ctx["stakeholders"]
    assert priya.quadrant == "Key players" and priya.is_champion
    assert (
        priya.stance == "Supportive" and priya.stance_wanted == "Leading" and priya.stance_gap == 1
    )
    assert priya.talking_points == ("Ramp-up time",)
    assert ctx["strategy"].champion is priya
    assert ctx["strategy"].sequence == (priya, tom)  # the dangling id is skipped
    assert tom.resistances[0].stakeholder is tom
    assert tom.resistances[0].severity == "High"
    assert [p.id for p in ana.problems] == ["p-1"]
    assert ctx["problems"][0].stakeholders == (priya, ana)
    assert ctx["audience"] is None


def test_views_are_read_only(project):
    view = build_context(project)["stakeholders"][0]
    with pytest.raises(dataclasses.FrozenInstanceError):
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
