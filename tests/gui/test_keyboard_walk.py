"""Keyboard only (issue 18): Tab visits every control in reading order, each shows its focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget

from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 570)
    window.show()
    qtbot.waitExposed(window)
    window.open_example()
    return window


def _tab_walk(qtbot, start: QWidget, stop: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from `start` until it reaches `stop` (or `limit` presses)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is stop:
            break
        seen.append(widget)
    return seen


def test_tab_on_the_map_goes_toolbar_map_find_list(window, qtbot):
    window.show_step("map")
    page = window.pages["map"]
    buttons = page.toolbar_buttons()
    seen = _tab_walk(qtbot, buttons[0], window.sidebar)
    enabled = [b for b in buttons if b.isEnabled()]
    assert seen[: len(enabled)] == enabled  # the toolbar first, left to right, Export Map last
    assert seen[len(enabled):] == [page.view, page.people.find_edit, page.people.list]


def test_tab_on_the_generate_step_follows_the_rows(window, qtbot):
    window.show_step("generate")
    page = window.pages["generate"]
    seen = _tab_walk(qtbot, page.template_combo, window.sidebar)
    expected = [page.template_combo, page.audience_combo, page.language_choice.combo, page.reference_button,
                page.preview, page.health.tree, page.format_combo, page.anonymise_switch, page.export_button]
    assert [w for w in seen if w in expected] == expected


def test_list_steps_tab_from_their_buttons_to_the_filter_and_table_and_skip_scroll_areas(window, qtbot):
    window.show_step("stakeholders")
    page = window.stakeholders_page
    records = page.list
    seen = _tab_walk(qtbot, records.tool_button(records.add_action), window.sidebar)
    assert seen.index(records.filter_edit) < seen.index(records.table) < seen.index(page.name_edit)
    assert not any(isinstance(w, QScrollArea) for w in seen)  # no invisible Tab stop before the form


def test_every_list_table_and_tree_shows_its_keyboard_focus(window, qtbot):
    unmarked = []
    for step in window.steps:
        window.show_step(step.key)
        for view in window.pages[step.key].findChildren(QAbstractItemView):
            if view.isVisible() and view.focusPolicy() & Qt.FocusPolicy.TabFocus and ":focus" not in view.styleSheet():
                unmarked.append(f"{step.key}: {view.accessibleName() or type(view).__name__}")
    assert unmarked == []


def test_the_map_draws_a_focus_frame_while_it_has_the_keyboard(window, qtbot):
    window.show_step("map")
    view = window.pages["map"].view
    highlight = view.palette().color(QPalette.ColorRole.Highlight)

    def edge_colour() -> QColor:
        return view.viewport().grab().toImage().pixelColor(view.viewport().width() // 2, 1)

    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edge_colour() == highlight)
    window.pages["map"].people.find_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edge_colour() != highlight)


def test_a_short_form_keeps_its_rows_at_the_top(window, qtbot):
    window.show_step("strategy")
    strategy = window.pages["strategy"]
    panel = strategy.points_panel
    strategy.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(panel.person_combo.isVisible)
    gap = panel.text_edit.geometry().top() - panel.person_combo.geometry().bottom()
    assert gap < 3 * panel.person_combo.height()  # "To:" sits just above "Point:", not mid-page


def test_the_file_menu_sets_merging_apart_from_close(window):
    actions = window.actions_.file_menu.actions()
    at = actions.index(window.merging.merge_action)
    assert actions[at - 1].isSeparator()
    assert actions[at + 3].isSeparator() and actions[at + 4] is window.quit_action


def test_the_shortcut_list_names_only_keys_a_keyboard_has(window):
    from PySide6.QtGui import QKeySequence

    from pitchkit.gui.shortcuts_dialog import menu_shortcuts

    save_as = window.save_as_action
    save_as.setShortcuts([QKeySequence("Ctrl+Shift+S"), QKeySequence(Qt.Key.Key_Save | Qt.KeyboardModifier.ShiftModifier),
                          QKeySequence("Ctrl+Alt+F12")])
    rows = {command: keys for _menu, command, keys in menu_shortcuts(window.menuBar())}
    assert rows["Save As…"] == "Ctrl+Shift+S, Ctrl+Alt+F12"  # not "Shift+Save"


def test_flat_tool_buttons_show_a_clear_focus_frame(window, qtbot):
    window.show_step("stakeholders")
    records = window.stakeholders_page.list
    add = records.tool_button(records.add_action)
    highlight = add.palette().color(QPalette.ColorRole.Highlight)

    def border() -> QColor:
        return add.grab().toImage().pixelColor(add.width() // 2, 0)

    records.filter_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: border() != highlight)
    add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: border() == highlight)
    window.show_step("map")
    grid = window.pages["map"].toolbar_buttons()[0]
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: grid.grab().toImage().pixelColor(grid.width() // 2, 0) == highlight)


def test_tab_on_the_sequence_goes_list_buttons_then_the_row_to_add(window, qtbot):
    window.show_step("strategy")
    page = window.pages["strategy"]
    page.sequence_list.setCurrentRow(3)  # Earlier and Later both possible
    seen = _tab_walk(qtbot, page.champion_combo, page.tabs.tabBar(), limit=10)
    expected = [page.champion_combo, page.sequence_list, page.up_button, page.down_button, page.remove_button,
                page.candidate_combo, page.add_button]
    assert [w for w in seen if w in expected] == expected
