"""The rows of the Map step's people list: their texts, tooltips and what a screen reader hears,
their order, and the find box and current person across a refill, pinned exactly and against
the code as it was before the list was made linear (tests/gui/reference_map_people.py)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from benchmarks.projectgen import generate_project
from pitchkit.core.language import reset_language
from pitchkit.core.model import Link, Project, Stakeholder, Stance
from pitchkit.gui import translation
from pitchkit.gui.map_people import MapPeopleList
from pitchkit.gui.session import ProjectSession
from tests.gui import reference_map_people

pytestmark = pytest.mark.gui

_ID = Qt.ItemDataRole.UserRole
_DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole


def _small_project() -> Project:
    return Project(
        title="Rows",
        stakeholders=[
            Stakeholder(id="s-ana", name="Ana Silva", role="Head of Sales", power=8, interest=6.5,
                        stance=Stance.SUPPORTIVE),
            Stakeholder(id="s-nameless", name="", role="Auditor", power=2.25, interest=10,
                        stance=Stance.RESISTANT),
            Stakeholder(id="s-chris", name="Chris Lee", role="", power=5, interest=0,
                        stance=Stance.UNAWARE),
            Stakeholder(id="s-quiet", name="Quinn Park", role="Intern", power=1, interest=1),
        ],
        links=[
            Link(id="l-1", source="s-ana", target="s-nameless", strength=3, note="Old friends"),
            Link(id="l-2", source="s-chris", target="s-ana", strength=1),
            Link(id="l-3", source="s-ana", target="s-chris", strength=2),
            Link(id="l-4", source="s-nameless", target="s-chris", strength=2, note="Same floor; same lift"),
        ],
    )


def _crowded_project(people: int, seed: int) -> Project:
    """A generated project with many more links, odd ones too: notes, unnamed and same-named
    people, a person linked to themselves, links to nobody, strengths out of range."""
    project = generate_project(people, seed)
    rng = random.Random(seed)
    ids = [p.id for p in project.stakeholders]
    for person in rng.sample(project.stakeholders, people // 10):
        person.name = ""
    for person in rng.sample(project.stakeholders, people // 10):
        person.name = project.stakeholders[0].name
    for n in range(people * 3):
        source, target = rng.choice(ids), rng.choice(ids)
        if n % 37 == 0:
            target = source
        elif n % 41 == 0:
            target = "s-nobody"
        note = rng.choice(["", "", "Reports to them", "Shares a budget"])
        project.links.append(Link(id=f"l-x{n}", source=source, target=target, strength=rng.choice([1, 2, 2, 3, 3, 0, 4]), note=note))
    return project


@pytest.fixture
def people(qtbot):
    session = ProjectSession()
    people = MapPeopleList(session)
    qtbot.addWidget(people)
    people.resize(260, 500)
    people.show()
    qtbot.waitExposed(people)
    return people


def _rows(people: MapPeopleList) -> list[tuple[str, str, str, str]]:
    rows = people.list
    return [(rows.item(r).data(_ID), rows.item(r).text(), rows.item(r).toolTip(), rows.item(r).data(_DESCRIPTION))
            for r in range(rows.count())]


def test_each_row_names_the_person_and_their_links_exactly(people):
    people._session.set_project(_small_project(), None)
    assert _rows(people) == [
        ("s-ana", "Ana Silva (Head of Sales)", "Ana Silva (Head of Sales)",
         "Supportive; power 8, interest 6.5; influences s-nameless (strong): Old friends; "
         "listens to Chris Lee (weak); influences Chris Lee (moderate)"),
        ("s-nameless", " (Auditor)", " (Auditor)",
         "Resistant; power 2.25, interest 10; listens to Ana Silva (strong): Old friends; "
         "influences Chris Lee (moderate): Same floor; same lift"),
        ("s-chris", "Chris Lee", "Chris Lee",
         "Unaware; power 5, interest 0; influences Ana Silva (weak); listens to Ana Silva (moderate); "
         "listens to s-nameless (moderate): Same floor; same lift"),
        ("s-quiet", "Quinn Park (Intern)", "Quinn Park (Intern)", "Neutral; power 1, interest 1"),
    ]


def test_a_screen_reader_hears_each_rows_text_and_description(people):
    people._session.set_project(_small_project(), None)
    view = QAccessible.queryAccessibleInterface(people.list)
    assert view.text(QAccessible.Text.Name) == "People on the map"
    heard = []
    for i in range(view.childCount()):
        row = view.child(i)
        heard.append((row.text(QAccessible.Text.Name), row.text(QAccessible.Text.Description)))
    assert heard == [(text, described) for _, text, _, described in _rows(people)]
    assert heard[3] == ("Quinn Park (Intern)", "Neutral; power 1, interest 1")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_rows_are_those_the_old_code_made(people, qapp, language):
    loaded = translation.install_translators(qapp, language) if language == "nl" else []
    try:
        project = _crowded_project(150, 3)
        people._session.set_project(project, None)
        made = _rows(people)
        assert len(made) == 150
        assert made == reference_map_people.rows(people, project)
        if language == "nl":
            assert any("luistert naar" in described for *_, described in made)
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
        reset_language()


def test_after_edits_undo_and_redo_the_rows_are_still_those_the_old_code_made(people):
    session = people._session
    project = _crowded_project(60, 5)
    session.set_project(project, None)
    ana, other = project.stakeholders[3], project.stakeholders[7]
    session.add_record("links", Link(id="l-new", source=ana.id, target=other.id, strength=3, note="New note"))
    session.set_field("stakeholders", ana, "name", "Renamed Person")
    session.set_field("stakeholders", other, "power", 9.5)
    session.set_field("links", project.links[0], "note", "Changed")
    session.remove_records("stakeholders", [project.stakeholders[10]])
    assert _rows(people) == reference_map_people.rows(people, project)
    assert any("influences Renamed Person" in described or "listens to Renamed Person" in described
               for *_, described in _rows(people))
    for _ in range(5):
        session.undo_stack.undo()
        assert _rows(people) == reference_map_people.rows(people, project)
    for _ in range(5):
        session.undo_stack.redo()
        assert _rows(people) == reference_map_people.rows(people, project)


def test_a_refill_keeps_the_find_box_filter_and_the_current_person(people, qtbot):
    session = people._session
    project = _small_project()
    session.set_project(project, None)
    qtbot.keyClicks(people.find_edit, "  ANA ")
    assert people.ids_shown() == ["s-ana"]
    people.list.setCurrentRow(0)
    session.set_current_stakeholder("s-ana")
    chosen = []
    people.person_chosen.connect(chosen.append)
    session.add_record("links", Link(id="l-5", source="s-quiet", target="s-ana", note="Asked for help"))
    assert "listens to Quinn Park (moderate): Asked for help" in people.list.item(0).data(_DESCRIPTION)
    assert people.ids_shown() == ["s-ana"]
    assert [people.list.item(r).isHidden() for r in range(4)] == [False, True, True, True]
    assert people.list.currentItem().data(_ID) == "s-ana"
    assert chosen == []  # a refill chooses nobody
    qtbot.keyClick(people.find_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(people.find_edit, "U")  # " (Auditor)", "Quinn Park (Intern)"
    assert people.ids_shown() == ["s-nameless", "s-quiet"]
    assert chosen == ["s-nameless"]  # find as you type: the first match


def test_a_hidden_list_catches_up_when_shown_again(people, qtbot):
    session = people._session
    project = _small_project()
    session.set_project(project, None)
    people.hide()
    session.set_field("stakeholders", project.stakeholders[3], "name", "Quinn Moss")
    session.add_record("links", Link(id="l-6", source="s-quiet", target="s-chris", strength=3))
    people.show()
    qtbot.waitExposed(people)
    assert people.list.item(3).text() == "Quinn Moss (Intern)"
    assert people.list.item(3).data(_DESCRIPTION) == "Neutral; power 1, interest 1; influences Chris Lee (strong)"
    assert _rows(people) == reference_map_people.rows(people, project)


def _state(people) -> dict:
    rows = people.list
    return {
        "rows": _rows(people),
        "hidden": [rows.item(r).isHidden() for r in range(rows.count())],
        "current": rows.currentRow(),
        "selected": sorted(rows.row(item) for item in rows.selectedItems()),
        "scroll": rows.verticalScrollBar().value(),
        "range": rows.verticalScrollBar().maximum(),
    }


def test_side_by_side_with_the_old_list_through_edits_filters_and_scrolling(qtbot):
    """The new list and the old one on one session, the same size, driven alike: after every
    step they show the same rows, hidden rows, current row, selection and scroll position."""
    session = ProjectSession()
    lists = [MapPeopleList(session), reference_map_people.MapPeopleList(session)]
    chosen: list[list[str]] = [[], []]
    for n, people in enumerate(lists):
        qtbot.addWidget(people)
        people.resize(260, 400)
        people.show()
        qtbot.waitExposed(people)
        people.person_chosen.connect(chosen[n].append)
    new, old = lists

    def same() -> None:
        now_new, now_old = _state(new), _state(old)
        for state in (now_new, now_old):
            del state["scroll"], state["range"]  # set by the views' delayed layouts
        assert now_new == now_old
        QApplication.processEvents()  # what is on screen
        assert _state(new) == _state(old)
        assert chosen[0] == chosen[1]

    project = _crowded_project(120, 9)
    session.set_project(project, None)
    same()
    for people in lists:
        people.list.verticalScrollBar().setValue(people.list.verticalScrollBar().maximum() // 2)
    people_ids = [p.id for p in project.stakeholders]
    session.set_field("stakeholders", project.stakeholders[5], "power", 6.5)  # nobody current
    same()
    session.set_current_stakeholder(people_ids[90])
    same()
    for people in lists:
        people.list.verticalScrollBar().setValue(0)
    session.set_field("stakeholders", project.stakeholders[90], "interest", 1.5)
    same()
    session.add_record("links", Link(id="l-side", source=people_ids[90], target=people_ids[3], note="Lunch"))
    same()
    for people in lists:
        qtbot.keyClicks(people.find_edit, "a")
    same()
    session.set_field("stakeholders", project.stakeholders[3], "name", "Zed Zebra")
    same()
    session.remove_records("stakeholders", [project.stakeholders[90]])  # the current person goes
    same()
    session.undo_stack.undo()
    same()
    session.move_record("stakeholders", 0, 50)
    same()
    for people in lists:
        people.find_edit.clear()
        qtbot.keyClicks(people.find_edit, "zebra")
    same()
    session.undo_stack.undo()  # the move
    session.undo_stack.undo()  # the rename: "Zed Zebra" leaves the filter's match
    same()
    assert new.ids_shown() == []
    for people in lists:
        people.find_edit.clear()
        qtbot.keyClicks(people.find_edit, "man")  # a third of the rows
    session.set_current_stakeholder(people_ids[100])
    for people in lists:
        people.list.verticalScrollBar().setValue(3)
    session.set_field("stakeholders", project.stakeholders[100], "role", "Manager of things")
    same()
    session.add_record("links", Link(id="l-side-2", source=people_ids[7], target=people_ids[100], strength=1))
    same()
    assert 10 < len(new.ids_shown()) < 60
    session.set_current_stakeholder("s-nobody")  # not on the list: the rows stay as they are
    same()
    session.set_project(project, None)  # the same people again (a revert): nobody is current
    same()
    assert new.list.currentItem() is None
    session.set_project(_small_project(), None)
    same()
