"""Driving the real widgets as a user would: add, type, undo, redo, delete, save and reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from pitchkit.core.model import Severity
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.stakeholder_model import Column

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts go to the active window only
    return window


def names(window: MainWindow) -> list[str]:
    model = window.stakeholders_page.table.model()
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def press(qtbot, widget, sequence: QKeySequence | QKeySequence.StandardKey) -> None:
    """Type a key combination into `widget` the way the keyboard would."""
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def add_stakeholder(qtbot, window: MainWindow, name: str) -> None:
    page = window.stakeholders_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    # The new person's name is selected in the form, ready to be typed over.
    assert page.name_edit.hasFocus()
    assert page.name_edit.selectedText() == "New stakeholder"
    qtbot.keyClicks(page.name_edit, name)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)


def test_create_a_project_add_people_undo_redo_save_and_reopen(window, qtbot, tmp_path, prompt_log):
    # Start screen -> New.
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    assert window.project is not None
    assert window.windowTitle() == "Untitled[*] — PitchKit"
    assert not window.isWindowModified()

    # Stakeholders: add two people through the toolbar and the form.
    window.show_step("stakeholders")
    add_stakeholder(qtbot, window, "Dana Ruiz")
    add_stakeholder(qtbot, window, "Ben Okafor")
    assert names(window) == ["Dana Ruiz", "Ben Okafor"]
    assert window.isWindowModified()
    # Each add and each name typed is one step: typing merged per field.
    assert window.session.undo_stack.count() == 4

    # Undo the second name, then the second add; redo both.
    page = window.stakeholders_page
    window.undo_action.trigger()
    assert names(window) == ["Dana Ruiz", "New stakeholder"]
    assert page.name_edit.text() == "New stakeholder"  # the form follows the undo
    window.undo_action.trigger()
    assert names(window) == ["Dana Ruiz"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert names(window) == ["Dana Ruiz", "Ben Okafor"]
    assert window.session.undo_stack.count() == 4  # the form's refresh pushed nothing

    # Save (untitled: Save asks where), then reopen in a fresh window.
    target = tmp_path / "pitch.pitchkit"
    prompt_log.save_paths.append(str(target))
    window.save_action.trigger()
    assert window.path == target
    assert not window.isWindowModified()
    assert window.windowTitle() == "pitch.pitchkit[*] — PitchKit"

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.load(target)
    assert names(other) == ["Dana Ruiz", "Ben Okafor"]
    assert prompt_log.errors == []


def test_add_a_resistance_through_the_ui(window, qtbot, project_path):
    assert window.load(project_path)
    window.show_step("resistances")
    page = window.pages["resistances"]
    qtbot.mouseClick(page.list.tool_button(page.list.add_action), Qt.MouseButton.LeftButton)
    project = window.project
    assert len(project.resistances) == 1
    resistance = project.resistances[0]
    # Nobody was selected: the first resistant person with no resistance gets it.
    assert resistance.stakeholder == "s-cfo"

    # Pick a playbook pattern with the keyboard: its concern fills in, counters are offered.
    page.pattern_combo.setFocus()
    qtbot.keyClick(page.pattern_combo, Qt.Key.Key_Down)
    assert resistance.pattern == page.pattern_combo.itemText(0)
    assert resistance.concern  # filled from the playbook
    assert page.suggestion_combo.isEnabled() and page.suggestion_combo.count() > 1

    qtbot.keyClicks(page.heard_edit, "Show me the numbers.")
    page.severity_combo.setFocus()
    qtbot.keyClick(page.severity_combo, Qt.Key.Key_Down)
    assert resistance.heard == "Show me the numbers."
    assert resistance.severity == Severity.HIGH

    page.suggestion_combo.setFocus()
    qtbot.keyClick(page.suggestion_combo, Qt.Key.Key_Down)
    assert resistance.counter_strategy == page.suggestion_combo.itemData(1)

    table = page.list.table.model()
    assert table.index(0, 0).data() == "Dana Ruiz"
    assert table.index(0, 3).data() == "High"

    # Undo everything step by step back to no resistance.
    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert project.resistances == []
    assert page.form.record is None


def test_deleting_a_stakeholder_takes_their_resistances_and_undo_brings_them_back(window, qtbot, example_path):
    assert window.load(example_path)
    window.show_step("stakeholders")
    project = window.project
    page = window.stakeholders_page
    before = len(project.resistances)
    person = next(p for p in project.stakeholders if any(r.stakeholder == p.id for r in project.resistances))
    assert page.list.select_record(person.id)
    assert page.form.record is person

    page.table.setFocus()
    press(qtbot, page.table, QKeySequence.StandardKey.Delete)
    assert project.stakeholder(person.id) is None
    assert len(project.resistances) < before
    # The neighbour is selected and shown.
    assert page.form.record is page.list.current_record() is not None

    window.undo_action.trigger()
    assert project.stakeholder(person.id) is person
    assert len(project.resistances) == before
    assert person.name in names(window)
    neighbour = page.form.record
    assert neighbour is page.list.current_record() is not None  # selection stays put


def test_duplicate_and_reorder(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("stakeholders")
    page = window.stakeholders_page
    page.list.select_record("s-cfo")
    page.list.duplicate_action.trigger()
    assert names(window) == ["Dana Ruiz", "Dana Ruiz (copy)", "Ben Okafor", "Alex Chen"]
    copy = window.project.stakeholders[1]
    assert copy.id != "s-cfo" and page.form.record is copy

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(window)[2] == "Dana Ruiz (copy)"
    page.list.up_action.trigger()
    page.list.up_action.trigger()
    assert names(window)[0] == "Dana Ruiz (copy)"
    assert not page.list.up_action.isEnabled()

    # Sorted by a column, the file order cannot be changed from the view.
    page.table.sortByColumn(Column.POWER, Qt.SortOrder.AscendingOrder)
    assert not page.list.up_action.isEnabled() and not page.list.down_action.isEnabled()


def test_editing_a_table_cell_is_undoable(window, project_path):
    window.load(project_path)
    view_model = window.stakeholders_page.table.model()
    index = view_model.index(0, Column.STANCE)
    assert view_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert view_model.setData(index, "supportive")
    assert window.project.stakeholders[0].stance.value == "supportive"
    window.undo_action.trigger()
    assert window.project.stakeholders[0].stance.value == "resistant"


def test_the_form_follows_undo_without_a_new_step(window, qtbot, project_path):
    window.load(project_path)
    page = window.stakeholders_page
    page.list.select_record("s-hr")
    page.notes_edit.setFocus()
    qtbot.keyClicks(page.notes_edit, "Ally")
    assert window.project.stakeholders[1].notes == "Ally"
    assert window.session.undo_stack.count() == 1

    window.undo_action.trigger()
    assert page.notes_edit.toPlainText() == ""
    window.redo_action.trigger()
    assert page.notes_edit.toPlainText() == "Ally"
    assert window.session.undo_stack.count() == 1


def test_filter_and_find(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("stakeholders")
    window.find_action.trigger()
    page = window.stakeholders_page
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "it")
    assert names(window) == ["Alex Chen"]
    assert window._count_label.text() == "1 of 3 stakeholders"
