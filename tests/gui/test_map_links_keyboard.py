"""Every influence link reached without a mouse: the Menu key on the people list opens the
person's links (strength, note, delete), and each row tells a screen reader its links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

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
    window.session.add_record("links", Link(id="l-a", source="s-it", target="s-hr", strength=3, note="Same team"))
    window.session.add_record("links", Link(id="l-b", source="s-hr", target="s-cfo"))
    yield window.pages["map"]


def _row(page, person_id):
    rows = page.people.list
    return next(rows.item(r) for r in range(rows.count()) if rows.item(r).data(Qt.ItemDataRole.UserRole) == person_id)


def _menu_key_on_list(page, person_id):
    rows = page.people.list
    rows.setFocus()
    rows.setCurrentItem(_row(page, person_id))
    where = rows.visualItemRect(rows.currentItem()).center()
    QApplication.sendEvent(rows.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, rows.viewport().mapToGlobal(where)))


def _action(menu, text):
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_each_row_describes_the_persons_links_for_a_screen_reader(page, qtbot):
    qtbot.waitUntil(lambda: "influences" in (_row(page, "s-hr").data(Qt.ItemDataRole.AccessibleDescriptionRole) or ""))
    ben = _row(page, "s-hr").data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "listens to Alex Chen (strong): Same team" in ben
    assert "influences" in ben and "(moderate)" in ben
    alex = _row(page, "s-it").data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "influences Ben Okafor (strong): Same team" in alex
    # A new note reaches the description too.
    page.session.set_field("links", page.session.project.links[0], "note", "Old colleagues")
    qtbot.waitUntil(lambda: "Old colleagues" in _row(page, "s-it").data(Qt.ItemDataRole.AccessibleDescriptionRole))


def test_the_menu_key_on_the_people_list_reaches_every_link_and_deletes_one(page, monkeypatch):
    shown = []
    monkeypatch.setattr(map_edge_menu, "popup", lambda menu, where: shown.append(menu))
    _menu_key_on_list(page, "s-hr")
    assert shown, "the Menu key on Ben's row offers his links"
    entries = [a for a in shown[0].actions() if a.menu() is not None]
    assert len(entries) == 2 and entries[0].text() == "Alex Chen → Ben Okafor"
    _action(entries[1].menu(), "Weak").trigger()
    assert page.session.project.links[1].strength == 1
    count = len(page.session.project.links)
    page.scene.clearSelection()  # nothing selected: the menu's Delete deletes its own link
    _action(entries[0].menu(), "Delete link").trigger()
    assert [link.id for link in page.session.project.links] == ["l-b"] and count == 2
    page.session.undo_stack.undo()
    assert {link.id for link in page.session.project.links} == {"l-a", "l-b"}


def test_the_menu_key_with_no_links_shows_nothing(page, monkeypatch):
    shown = []
    monkeypatch.setattr(map_edge_menu, "popup", lambda menu, where: shown.append(menu))
    page.session.remove_records("links", list(page.session.project.links), text="Delete links")
    _menu_key_on_list(page, "s-hr")
    assert shown == []
