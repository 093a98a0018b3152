"""A recorded conflict named as a user knows the record: people by name, a link as "who →
whom", an action by its title; lists of people as names, not ids."""

from __future__ import annotations

import pytest

from pitchkit.core.conflicts import conflict_line, record_name, show_value
from pitchkit.core.merge import merge_projects
from pitchkit.core.model import Link
from pitchkit.core.project_file import load_project
from tests.core.merge_edits import copy, delete_person


@pytest.fixture
def base(example_path):
    return load_project(example_path).project


def test_a_link_to_someone_deleted_is_named_by_the_two_people(base):
    ours, theirs = copy(base), copy(base)
    ours.links.append(Link(id="l-mine", source="s-leo", target="s-dana"))
    delete_person(theirs, "s-leo")
    result = merge_projects(base, ours, theirs)
    assert record_name(result.project, result.conflicts[0]) == "Leo Barnes"
    link = next(link for link in result.project.links if link.id == "l-mine")
    assert link.source == "s-leo"
    from pitchkit.core.model import Conflict
    probe = Conflict(id="c-0", kind="links", record_id="l-mine", field="note")
    assert record_name(result.project, probe) == "Leo Barnes → Dana Okafor"


def test_a_dropped_link_is_named_by_who_is_still_known(base):
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-leo")
    theirs.links.append(Link(id="l-new", source="s-leo", target="s-dana"))
    result = merge_projects(base, ours, theirs)
    link = next(c for c in result.conflicts if c.kind == "links")
    # Leo is no longer in the project, so only his id is known; Dana is named.
    assert record_name(result.project, link) == "s-leo → Dana Okafor"
    line = conflict_line(result.project, link)
    assert "l-new" not in line.split(")", 1)[1], line  # the id only in the place, not the words


def test_a_field_conflict_on_an_action_names_the_action_and_lists_show_names(base):
    ours, theirs = copy(base), copy(base)
    ours.strategy.actions[0].detail = "ours"
    theirs.strategy.actions[0].detail = "theirs"
    result = merge_projects(base, ours, theirs)
    [conflict] = [c for c in result.conflicts if c.kind == "strategy.actions"]
    assert record_name(result.project, conflict) == base.strategy.actions[0].title
    assert show_value(["s-dana", "s-priya"], result.project) == "Dana Okafor, Priya Raman"
    assert show_value(["x", "s-dana"], result.project) == '["x", "s-dana"]'  # not all people: as it is


def test_a_kept_person_their_colleague_deleted_is_not_said_to_refer_to_anyone(base):
    ours, theirs = copy(base), copy(base)
    ours.links.append(Link(id="l-new", source="s-leo", target="s-dana"))
    delete_person(theirs, "s-leo")
    result = merge_projects(base, ours, theirs)
    [kept] = [c for c in result.conflicts if c.kind == "stakeholders"]
    line = conflict_line(result.project, kept)
    assert "refers to a stakeholder" not in line and "still refers to" in line, line
