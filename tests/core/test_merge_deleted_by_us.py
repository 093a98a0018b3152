"""You deleted someone your colleague edited: taking their copy of the person brings back the
links, resistances and talking points your deletion took with them (from their copy)."""

from __future__ import annotations

import pytest

from pitchkit.core.conflicts import Choice, resolve
from pitchkit.core.merge import merge_data, merge_projects
from pitchkit.core.plain import plain_data
from pitchkit.core.project_file import load_project
from tests.core.merge_edits import copy, delete_person
from tests.core.test_merge_cascade import what_points_at


@pytest.fixture
def base(example_path):
    return load_project(example_path).project


def records_of(project, person_id):
    """What a deletion of the person removes whole: links, resistances, talking points (by id)."""
    return (
        sorted(link.id for link in project.links if person_id in (link.source, link.target)),
        sorted(r.id for r in project.resistances if r.stakeholder == person_id),
        sorted(t.id for t in project.strategy.talking_points if t.stakeholder == person_id),
    )


def _merge(base, ours, theirs, fast):
    if fast:
        return merge_projects(base, ours, theirs)
    return merge_data(plain_data(base), plain_data(ours), plain_data(theirs))


@pytest.mark.parametrize("fast", [True, False])
def test_taking_their_copy_of_a_person_you_deleted_brings_back_what_went_with_them(base, fast):
    base.problems[0].stakeholders.append("s-martin")  # one of the problems is his too
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-martin")
    theirs.stakeholder("s-martin").notes = "Came round after the demo."
    changed = next(r for r in theirs.resistances if r.stakeholder == "s-martin")
    changed.heard = "Their newer quote."  # one of his resistances changed in their copy too
    result = _merge(base, ours, theirs, fast)
    project = result.project
    assert project.stakeholder("s-martin") is None  # your deletion stays until you choose
    assert records_of(project, "s-martin") == ([], [], [])
    person = next(c for c in result.conflicts if c.kind == "stakeholders")
    assert (person.record_id, person.reason.value) == ("s-martin", "deleted-and-changed")
    links, resistances, points = records_of(base, "s-martin")
    assert links and resistances, "the example gives Martin links and resistances"
    recorded = {c.record_id for c in result.conflicts if c.kind != "stakeholders" and not c.field}
    assert recorded == set(links) | set(resistances) | set(points)
    assert what_points_at(project, "s-martin") == ([], [], [], [], False, [])

    back = resolve(project, {person.id: Choice("theirs")})
    assert back.conflicts == []
    assert back.stakeholder("s-martin").notes == "Came round after the demo."
    assert records_of(back, "s-martin") == records_of(theirs, "s-martin")
    assert next(r for r in back.resistances if r.id == changed.id).heard == "Their newer quote."
    assert sorted(link.id for link in back.links) == sorted(link.id for link in theirs.links)
    # ...and he is back in the lists he was in: problems, the sequence (in his place), actions.
    assert what_points_at(back, "s-martin") == what_points_at(theirs, "s-martin")
    assert back.strategy.sequence == theirs.strategy.sequence
    assert all(what_points_at(base, "s-martin")[3:])  # a problem, the sequence, actions
    assert {link.id: link for link in back.links} == {link.id: link for link in theirs.links}

    kept = resolve(project, {person.id: Choice("ours")})
    assert kept.conflicts == [] and kept.stakeholder("s-martin") is None
    assert what_points_at(kept, "s-martin") == ([], [], [], [], False, [])


@pytest.mark.parametrize("fast", [True, False])
def test_nothing_extra_is_recorded_when_they_did_not_touch_the_person(base, fast):
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-martin")
    theirs.stakeholder("s-dana").role = "COO"
    result = _merge(base, ours, theirs, fast)
    assert result.conflicts == []
    assert records_of(result.project, "s-martin") == ([], [], [])
