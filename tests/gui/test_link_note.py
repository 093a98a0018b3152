"""A link's note (what the influence rests on) is edited from the arrow's menu, as one undo step."""

from __future__ import annotations

import pytest

from pitchkit.core.model import Link
from pitchkit.gui import map_edge_menu
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, project_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load(project_path)
    window.show_step("map")
    window.session.add_record("links", Link(id="l-a", source="s-it", target="s-hr", note="Old note"))
    yield window.pages["map"]  # the window stays alive (and referenced) until the test ends


def _action(menu, text: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_arrows_menu_edits_its_note_in_one_undo_step(page, monkeypatch):
    asked: list[tuple[str, str]] = []

    def answer(parent, names, current):
        asked.append((names, current))
        return "  They play five-a-side every Friday  ", True

    monkeypatch.setattr(map_edge_menu, "ask_link_note", answer)
    link = page.session.project.links[0]
    menu = map_edge_menu.edge_menu(page, link)
    _action(menu, "Edit Note…").trigger()
    assert asked == [("Alex Chen → Ben Okafor", "Old note")]
    assert link.note == "They play five-a-side every Friday"
    assert "five-a-side" in page.scene.edges["l-a"].toolTip()  # shown on the arrow
    stack = page.session.undo_stack
    stack.undo()
    assert link.note == "Old note"
    assert page.scene.edges["l-a"].toolTip() == "Alex Chen → Ben Okafor\nOld note"
    stack.redo()
    assert link.note == "They play five-a-side every Friday"


def test_cancel_changes_nothing_and_strength_is_set_from_the_menu(page, monkeypatch):
    monkeypatch.setattr(map_edge_menu, "ask_link_note", lambda parent, names, current: ("Something else", False))
    link = page.session.project.links[0]
    count = page.session.undo_stack.count()
    map_edge_menu.edge_menu(page, link).actions()  # building the menu edits nothing
    _action(map_edge_menu.edge_menu(page, link), "Edit Note…").trigger()
    assert link.note == "Old note" and page.session.undo_stack.count() == count
    _action(map_edge_menu.edge_menu(page, link), "Strong").trigger()
    assert link.strength == 3 and page.session.undo_stack.count() == count + 1


def test_the_menu_key_on_the_map_offers_the_selected_persons_links(page, monkeypatch, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    shown = []
    monkeypatch.setattr(map_edge_menu, "popup", lambda menu, where: shown.append(menu))
    monkeypatch.setattr(map_edge_menu, "ask_link_note", lambda parent, names, current: ("Same team", True))
    page.people.list.setFocus()
    page.show_person("s-hr")  # chosen by keyboard in the people list
    page.view.setFocus()
    corner = QPoint(2, 2)  # no card and no arrow there
    QApplication.sendEvent(page.view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, corner, page.view.mapToGlobal(corner)))
    assert shown, "a menu of Ben's links"
    [entry] = [a for a in shown[0].actions() if a.menu() is not None]
    assert entry.text() == "Alex Chen → Ben Okafor"
    _action(entry.menu(), "Edit Note…").trigger()
    assert page.session.project.links[0].note == "Same team"


def test_every_arrow_is_described_by_the_names_of_its_people(page):
    """describe_edges looks the names up once: the same words as one arrow's own lookup."""
    from pitchkit.gui.map_edge_menu import _names, describe_edges

    project = page.session.project
    describe_edges(page)
    assert project.links
    for link in project.links:
        edge = page.scene.edges[link.id]
        alone = _names(page, link)
        assert edge.toolTip().split("\n")[0] == alone
        source = project.stakeholder(link.source)
        assert alone.startswith((source.name or source.id) + " → ")
