"""Anonymising: people named by role, names gone from free text, ids and validity kept."""

from __future__ import annotations

import re

import msgspec
import pytest

from pitchkit.core.anonymise import (
    ADVOCATE,
    NAME_REMOVED,
    AnonymiseOptions,
    anonymise,
    person_names,
    role_labels,
    shareable_copy,
)
from pitchkit.core.model import Attempt, Link, Project, Resistance, Stakeholder
from pitchkit.core.project_file import dumps_project, load_project, loads_project
from pitchkit.paths import example_project_path


def example() -> Project:
    return load_project(example_project_path()).project


def words_of(project: Project) -> str:
    """Every text of the project except the ids (which are kept on purpose)."""
    data = msgspec.to_builtins(project)

    def walk(value, key=""):
        if isinstance(value, dict):
            return " ".join(walk(v, k) for k, v in value.items())
        if isinstance(value, list):
            return " ".join(walk(v, key) for v in value)
        ids = key in {"id", "stakeholder", "source", "target", "stakeholders", "champion", "sequence", "meeting_invitees"}
        return "" if ids else str(value)

    return walk(data)


def leaked(project: Project, original: Project, *, organisation: bool = True) -> list[str]:
    text = words_of(project)
    names = person_names(original) + ([original.pitch.organisation] if organisation else [])
    parts = {part for name in names for part in [name, *name.split()] if len(part) > 2}
    return sorted(p for p in parts if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.IGNORECASE))


def test_roles_are_numbered_only_where_they_repeat():
    project = Project(stakeholders=[
        Stakeholder(id="s-1", name="Ann Lee", role="Team Manager"),
        Stakeholder(id="s-2", name="Bo Ek", role="CFO"),
        Stakeholder(id="s-3", name="Cy Dee", role="team manager"),
        Stakeholder(id="s-4", name="Di Fox"),
    ])
    assert role_labels(project) == {
        "s-1": "Team Manager (1)", "s-2": "CFO", "s-3": "team manager (2)", "s-4": "Stakeholder",
    }


def test_names_inside_free_text_whole_words_any_case():
    project = Project(stakeholders=[
        Stakeholder(id="s-1", name="Sofie Mertens", role="Team Manager", notes="Talk to SOFIE before sofie mertens' boss; Sofiekes stays."),
        Stakeholder(id="s-2", name="Jan Peeters", role="CFO", notes="Jan knows Mertens."),
    ])
    copy = anonymise(project)
    assert copy.stakeholders[0].notes == "Talk to Team Manager before Team Manager' boss; Sofiekes stays."
    assert copy.stakeholders[1].notes == "CFO knows Team Manager."
    assert [p.name for p in copy.stakeholders] == ["Team Manager", "CFO"]


def test_a_first_name_two_people_share_is_removed_not_guessed():
    project = Project(stakeholders=[
        Stakeholder(id="s-1", name="Tom Lee", role="A", notes="Ask Tom."),
        Stakeholder(id="s-2", name="Tom Fox", role="B"),
    ])
    assert anonymise(project).stakeholders[0].notes == f"Ask {NAME_REMOVED}."


def test_the_example_names_no_one_and_keeps_every_id_and_reference():
    original = example()
    copy = anonymise(original)
    assert leaked(copy, original) == []
    assert [p.id for p in copy.stakeholders] == [p.id for p in original.stakeholders]
    assert [(k.id, k.source, k.target) for k in copy.links] == [(k.id, k.source, k.target) for k in original.links]
    assert copy.strategy.champion == original.strategy.champion
    assert copy.pitch.advocate == ADVOCATE
    loads_project(dumps_project(copy))  # still a valid project
    assert original.stakeholders[0].name == "Dana Okafor", "the original is untouched"


def test_advocate_and_organisation_kept_by_choice():
    original = example()
    copy = anonymise(original, AnonymiseOptions(keep_organisation=True, keep_advocate=True))
    assert copy.pitch.advocate == original.pitch.advocate
    assert copy.pitch.organisation == original.pitch.organisation
    assert original.pitch.organisation.split()[0] in copy.title
    people_only = Project(stakeholders=original.stakeholders)
    assert leaked(copy, people_only, organisation=False) == [], "the stakeholders are still replaced"
    assert original.pitch.organisation not in anonymise(original, AnonymiseOptions(keep_advocate=True)).pitch.organisation


def test_the_shareable_copy_drops_quotes_notes_contacts_attempts_and_unknown_fields():
    project = Project(
        stakeholders=[Stakeholder(id="s-1", name="Ann Lee", role="CFO", notes="n", channel="0470 12 34 56", email="ann@x.be")],
        resistances=[Resistance(id="r-1", stakeholder="s-1", heard="Not now", concern="cost", pattern="Budget")],
        links=[],
    )
    project.strategy.attempts = [Attempt(id="t-1", what_happened="x")]
    project.stakeholders[0].unknown = {"secret": "Ann's phone"}
    copy = shareable_copy(project)
    person = copy.stakeholders[0]
    assert (person.notes, person.channel, person.email) == ("", "", "")
    assert copy.resistances[0].heard == "" and copy.resistances[0].pattern == "Budget"
    assert copy.strategy.attempts == []
    assert b"secret" not in dumps_project(copy)


def test_an_anonymised_document_keeps_link_notes_but_the_copy_does_not():
    project = Project(
        stakeholders=[Stakeholder(id="s-1", name="Ann Lee"), Stakeholder(id="s-2", name="Bo Ek")],
        links=[Link(id="l-1", source="s-1", target="s-2", note="Ann mentors Bo")],
    )
    assert anonymise(project).links[0].note == "Stakeholder (1) mentors Stakeholder (2)"
    assert shareable_copy(project).links[0].note == ""


@pytest.mark.parametrize("names", [("Ann Lee", "Bo Ek"), ("Zoë Van den Broeck", "Mohammed El Amrani")])
def test_two_projects_that_differ_only_in_names_anonymise_to_the_same_file(names):
    def make(first: str, second: str) -> Project:
        return Project(stakeholders=[
            Stakeholder(id="s-1", name=first, role="Team Manager", notes=f"{first} trusts {second}."),
            Stakeholder(id="s-2", name=second, role="Team Manager"),
        ])

    assert dumps_project(anonymise(make(*names))) == dumps_project(anonymise(make("X Y", "P Q")))


def test_the_shareable_copy_drops_merge_conflicts():
    from pitchkit.core.model import Conflict

    project = Project(stakeholders=[Stakeholder(id="s-1", name="Ann Lee", notes="x")])
    project.conflicts = [Conflict(id="c-0123456789", kind="stakeholders", record_id="s-1", field="notes",
                                  base="old", ours="x", theirs="Ann's secret")]
    copy = shareable_copy(project)
    assert copy.conflicts == [] and b"secret" not in dumps_project(copy)
