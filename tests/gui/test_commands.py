"""Undo commands change the core project and put it back exactly; the session announces each change."""

from __future__ import annotations

import msgspec
import pytest

from pitchkit.core.model import Resistance, Stakeholder
from pitchkit.core.project_file import load_project
from pitchkit.core.references import referrers_of
from pitchkit.gui import kinds
from pitchkit.gui.session import ProjectSession

pytestmark = pytest.mark.gui


@pytest.fixture
def session(qapp, example_path) -> ProjectSession:
    session = ProjectSession()
    session.open(example_path)
    return session


@pytest.fixture
def changes(session) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    session.changed.connect(lambda change: seen.append((change.kind, change.ids)))
    return seen


def snapshot(session: ProjectSession) -> dict:
    return msgspec.to_builtins(session.project)


def test_set_field_undo_redo_and_the_signal(session, changes):
    person = session.project.stakeholders[0]
    before = person.name
    session.set_field(kinds.STAKEHOLDERS, person, "name", "Someone Else")
    assert person.name == "Someone Else"
    assert changes[-1] == (kinds.STAKEHOLDERS, frozenset({person.id}))
    assert session.is_modified()

    session.undo_stack.undo()
    assert person.name == before
    assert not session.is_modified()
    session.undo_stack.redo()
    assert person.name == "Someone Else"


def test_typing_merges_into_one_step_per_field(session):
    person = session.project.stakeholders[0]
    original = person.role
    for text in ("C", "CF", "CFO"):
        session.set_field(kinds.STAKEHOLDERS, person, "role", text, typing=True)
    session.set_field(kinds.STAKEHOLDERS, person, "department", "Money", typing=True)
    assert session.undo_stack.count() == 2

    session.end_typing()  # the user left the field: the next edit is a new step
    session.set_field(kinds.STAKEHOLDERS, person, "department", "Money!", typing=True)
    assert session.undo_stack.count() == 3

    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert person.role == original


def test_typing_back_to_the_start_leaves_no_step(session):
    person = session.project.stakeholders[0]
    original = person.channel
    session.set_field(kinds.STAKEHOLDERS, person, "channel", original + "x", typing=True)
    session.set_field(kinds.STAKEHOLDERS, person, "channel", original, typing=True)
    assert session.undo_stack.count() == 0
    assert not session.is_modified()


def test_lists_are_stored_by_value(session):
    person = session.project.stakeholders[0]
    tags = ["a", "b"]
    session.set_field(kinds.STAKEHOLDERS, person, "tags", tags)
    tags.append("c")
    assert person.tags == ["a", "b"]


def test_add_and_move_records(session, changes):
    people = session.project.stakeholders
    count = len(people)
    newcomer = Stakeholder(id="s-new", name="New Person")
    session.add_record(kinds.STAKEHOLDERS, newcomer)
    assert people[-1] is newcomer
    assert changes[-1] == (kinds.STAKEHOLDERS, None)

    session.move_record(kinds.STAKEHOLDERS, count, 0)
    assert people[0] is newcomer
    session.undo_stack.undo()
    assert people[-1] is newcomer
    session.undo_stack.undo()
    assert len(people) == count and newcomer not in people


def test_deleting_a_stakeholder_removes_every_reference_and_undo_restores_it_exactly(session, changes):
    project = session.project
    champion = project.strategy.champion
    assert champion is not None
    before = snapshot(session)
    held = {use.reference.owner for use in referrers_of(project, "stakeholders", champion)}
    assert {"strategy", "links", "problems", "actions"} <= held  # so the delete has work to do

    person = project.stakeholder(champion)
    session.remove_records(kinds.STAKEHOLDERS, [person])

    assert project.stakeholder(champion) is None
    assert project.strategy.champion is None
    # Every reference field the model declares (core/references.py), not a list kept here.
    assert referrers_of(project, "stakeholders", champion) == []
    announced = {kind for kind, ids in changes}
    assert {kinds.STAKEHOLDERS, kinds.STRATEGY, kinds.LINKS, kinds.ACTIONS} <= announced

    session.undo_stack.undo()
    assert snapshot(session) == before
    session.undo_stack.redo()
    session.undo_stack.undo()
    assert snapshot(session) == before


def test_deleting_several_records_is_one_step(session):
    before = snapshot(session)
    doomed = session.project.resistances[1:4]
    session.remove_records(kinds.RESISTANCES, doomed)
    assert session.undo_stack.count() == 1
    assert all(res not in session.project.resistances for res in doomed)
    session.undo_stack.undo()
    assert snapshot(session) == before


def test_a_new_project_replaces_everything_and_clears_the_history(session, changes):
    session.add_record(kinds.RESISTANCES, Resistance(id="r-x", stakeholder=session.project.stakeholders[0].id))
    session.new_project()
    assert session.project.stakeholders == []
    assert session.undo_stack.count() == 0
    assert session.path is None and not session.is_example
    assert changes[-1] == (kinds.ALL, None)


def test_save_marks_clean_and_round_trips(session, tmp_path):
    session.set_field(kinds.PITCH, session.project.pitch, "ask", "A pilot, please")
    target = session.save(tmp_path / "saved")
    assert target.name == "saved.pitchkit"
    assert not session.is_modified()
    assert load_project(target).project.pitch.ask == "A pilot, please"


def test_the_example_is_untitled(qapp, example_path):
    session = ProjectSession()
    session.open(example_path, as_example=True)
    assert session.path is None
    assert session.display_name == "example.pitchkit (example)"
    assert session.suggested_save_path("/tmp").endswith("example.pitchkit")
    with pytest.raises(ValueError):
        session.save()
