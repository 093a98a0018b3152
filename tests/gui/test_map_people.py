"""The Map's list of people: Ctrl+F finds a person, keyboard and screen readers reach every card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.map_view import LEGIBLE_ZOOM

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, example_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.load(example_path)
    window.show_step("map")
    return window


def test_ctrl_f_on_the_map_finds_a_person_and_centres_the_card(window, qtbot):
    page = window.pages["map"]
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.people.find_edit.hasFocus()
    target = next(p for p in window.project.stakeholders if p.name.startswith("Rachel"))
    qtbot.keyClicks(page.people.find_edit, "rachel")
    assert page.people.ids_shown() == [target.id]
    assert page.scene.selected_node_ids() == [target.id]
    assert window.session.current_stakeholder == target.id
    card = page.scene.nodes[target.id]
    centre = page.view.mapToScene(page.view.viewport().rect().center())
    assert (centre - card.pos()).manhattanLength() < 40  # centred (as far as the scroll range allows)


def test_the_list_names_every_person_for_screen_readers_and_follows_the_map(window, qtbot):
    page = window.pages["map"]
    people = page.people.list
    assert people.accessibleName() == "People on the map"
    assert people.count() == len(window.project.stakeholders)
    first = people.item(0)
    assert "power" in first.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    # Choosing a row by keyboard selects its card ...
    people.setFocus()
    people.setCurrentRow(2)
    chosen = window.project.stakeholders[2].id
    assert page.scene.selected_node_ids() == [chosen]
    # ... and choosing a card selects its row.
    other = window.project.stakeholders[4].id
    page.scene.select_node(other)
    assert people.currentItem().data(Qt.ItemDataRole.UserRole) == other


def test_card_text_is_legible_at_1024_by_600(window):
    view = window.pages["map"].view
    assert view.zoom() >= LEGIBLE_ZOOM
    assert 11 * view.zoom() >= 8.5  # the smallest card text, in screen pixels
