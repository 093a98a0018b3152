"""The decision meeting's invitees and outcome, and the advice log, edited in the app with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _binding(form, field):
    """The binding of `field` in `form`: committing it is what leaving the editor does."""
    return next(b for b in form.bindings if b.field == field)


def test_invitees_and_outcome_on_the_pitch_step_undo(window, project_path, qtbot):
    window.load(project_path)
    page = window.pages["pitch"]
    fields = page.meeting_fields
    fields.invitees.show()
    qtbot.waitUntil(lambda: fields.invitees.count() == 3)
    item = next(fields.invitees.item(i) for i in range(fields.invitees.count()) if "Ben Okafor" in fields.invitees.item(i).text())
    item.setCheckState(Qt.CheckState.Checked)
    assert window.project.pitch.meeting_invitees == ["s-hr"]
    fields.agreed.setPlainText("A six-week pilot in HR.")
    _binding(page.form, "meeting_agreed").commit()
    assert window.project.pitch.meeting_agreed == "A six-week pilot in HR."
    window.undo_action.trigger()
    assert window.project.pitch.meeting_agreed == ""
    window.undo_action.trigger()
    assert window.project.pitch.meeting_invitees == []


def test_the_advice_log_adds_edits_and_undoes(window, project_path):
    window.load(project_path)
    panel = window.pages["strategy"].advice_panel
    panel.list.add_action.trigger()
    [advice] = window.project.strategy.advice
    panel.use_edit.setPlainText("Open with their problem.")
    _binding(panel.form, "use").commit()
    assert window.project.strategy.advice[0].use == "Open with their problem."
    window.undo_action.trigger()
    assert window.project.strategy.advice[0].use == ""
    window.undo_action.trigger()
    assert window.project.strategy.advice == []
    assert advice.id.startswith("v-")
