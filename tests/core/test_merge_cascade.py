"""Deleting a stakeholder takes what points at them with it.  When that deletion meets an edit
on the other side, the conflict decides the whole deletion: keeping the person keeps their
resistances, links, talking points and places in lists; taking the deletion removes them."""

from __future__ import annotations

import pytest

from pitchkit.core.conflicts import Choice, resolve
from pitchkit.core.merge import merge_data, merge_projects
from pitchkit.core.plain import plain_data
from pitchkit.core.project_file import load_project
from tests.core.merge_edits import copy, delete_person


@pytest.fixture
def base(example_path):
    return load_project(example_path).project


def what_points_at(project, person_id):
    return (
        sorted(link.id for link in project.links if person_id in (link.source, link.target)),
        sorted(r.id for r in project.resistances if r.stakeholder == person_id),
        sorted(t.id for t in project.strategy.talking_points if t.stakeholder == person_id),
        sorted(p.id for p in project.problems if person_id in p.stakeholders),
        person_id in project.strategy.sequence,
        sorted(a.id for a in project.strategy.actions + project.strategy.attempts if person_id in a.stakeholders),
    )


@pytest.mark.parametrize("fast", [True, False])
def test_keeping_an_edited_person_their_colleague_deleted_keeps_what_points_at_them(base, fast):
    ours, theirs = copy(base), copy(base)
    ours.stakeholder("s-martin").notes = "Came round after the demo."
    delete_person(theirs, "s-martin")
    theirs.stakeholder("s-dana").role = "COO"  # an unrelated edit of theirs still comes in
    if fast:
        result = merge_projects(base, ours, theirs)
    else:
        merged = merge_data(plain_data(base), plain_data(ours), plain_data(theirs))
        result = merged
    project = result.project
    assert [(c.record_id, c.field, c.reason.value) for c in result.conflicts] == [("s-martin", "", "deleted-and-changed")]
    assert what_points_at(project, "s-martin") == what_points_at(base, "s-martin")
    assert what_points_at(base, "s-martin")[1], "the example gives Martin resistances"
    assert project.stakeholder("s-dana").role == "COO"

    kept = resolve(project, {result.conflicts[0].id: Choice("ours")})
    assert kept.conflicts == [] and what_points_at(kept, "s-martin") == what_points_at(base, "s-martin")
    deleted = resolve(project, {result.conflicts[0].id: Choice("theirs")})
    assert deleted.stakeholder("s-martin") is None
    assert what_points_at(deleted, "s-martin") == ([], [], [], [], False, [])


def test_their_own_removal_of_a_dependent_record_is_kept_apart_from_the_person(base):
    ours, theirs = copy(base), copy(base)
    ours.stakeholder("s-martin").notes = "Came round after the demo."
    gone = next(r.id for r in base.resistances if r.stakeholder == "s-martin")
    ours.resistances = [r for r in ours.resistances if r.id != gone]  # ours closed one of his
    delete_person(theirs, "s-martin")
    project = merge_projects(base, ours, theirs).project
    assert gone not in {r.id for r in project.resistances}


def test_what_they_deleted_with_two_people_comes_back_only_with_the_one_held_open(base):
    ours, theirs = copy(base), copy(base)
    ours.stakeholder("s-martin").notes = "Came round after the demo."
    delete_person(theirs, "s-martin")
    delete_person(theirs, "s-joanne")  # not edited in ours: a clean deletion
    result = merge_projects(base, ours, theirs)
    project = result.project
    assert project.stakeholder("s-joanne") is None
    assert [(c.record_id, c.reason.value) for c in result.conflicts] == [("s-martin", "deleted-and-changed")]
    assert not any("s-joanne" in (link.source, link.target) for link in project.links)
    assert any("s-martin" in (link.source, link.target) for link in project.links)


def test_a_person_kept_because_our_new_link_names_them_keeps_what_pointed_at_them(base):
    from pitchkit.core.model import Link

    ours, theirs = copy(base), copy(base)
    ours.links.append(Link(id="l-new", source="s-leo", target="s-dana"))
    delete_person(theirs, "s-leo")
    result = merge_projects(base, ours, theirs)
    assert [(c.record_id, c.reason.value) for c in result.conflicts] == [("s-leo", "reference-deleted")]
    before = what_points_at(base, "s-leo")
    after = what_points_at(result.project, "s-leo")
    assert after[1:] == before[1:] and set(before[0]) <= set(after[0]) and "l-new" in after[0]
    deleted = resolve(result.project, {result.conflicts[0].id: Choice("theirs")})
    assert what_points_at(deleted, "s-leo") == ([], [], [], [], False, [])
