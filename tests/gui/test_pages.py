"""The step pages: guidance, incomplete markers, and the Pitch, Problems and Strategy forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.pages.base import StepPage

pytestmark = pytest.mark.gui

STEP_TITLES = ["Pitch", "Stakeholders", "Map", "Resistances", "Business problems", "Strategy", "Generate"]


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_seven_steps_each_with_a_guidance_line(window):
    assert [window.sidebar.item(r).text().split("  ", 1)[1] for r in range(7)] == STEP_TITLES
    for step in window.steps:
        page = window.pages[step.key]
        assert isinstance(page, StepPage)
        assert page.guidance_label.text() == step.guidance and len(step.guidance) > 40


def test_sidebar_marks_incomplete_steps(window, qtbot):
    window.new_action.trigger()
    sidebar = window.sidebar
    assert sidebar.missing(0) == "Describe the initiative you are proposing."
    assert sidebar.missing(1)  # no stakeholders
    assert sidebar.item(0).toolTip().startswith("Incomplete:")

    page = window.pages["pitch"]
    qtbot.keyClicks(page.initiative_edit, "Peer matching")
    qtbot.keyClicks(page.ask_edit, "A pilot")
    assert sidebar.missing(0) == ""
    assert window.project.pitch.initiative == "Peer matching"


def test_resistant_people_without_a_resistance_are_flagged(window, project_path):
    window.load(project_path)
    assert window.sidebar.missing(3) == "Dana Ruiz is resistant, but no resistance is noted."


def test_steps_are_reachable_from_the_keyboard(window, qtbot, project_path):
    window.load(project_path)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["resistances"]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["problems"]


def test_pitch_page_title_updates_the_window(window, qtbot, project_path):
    window.load(project_path)
    page = window.pages["pitch"]
    assert page.organisation_edit.text() == "Contoso Manufacturing"
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Coffee pilot")
    assert window.project.title == "Coffee pilot"
    assert "Coffee pilot — Contoso Manufacturing" == window._pitch_label.text()
    page.meeting_edit.setText("2027-01-19")
    page.meeting_edit.editingFinished.emit()
    assert window.project.pitch.meeting_date.isoformat() == "2027-01-19"
    window.undo_action.trigger()
    assert window.project.pitch.meeting_date is None and page.meeting_edit.text() == ""


def test_problems_page_links_stakeholders_with_checkboxes(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("problems")
    page = window.pages["problems"]
    page.list.add_action.trigger()
    problem = window.project.problems[0]
    assert page.form.record is problem

    item = page.people_list.item(1)
    item.setCheckState(Qt.CheckState.Checked)
    assert problem.stakeholders == ["s-hr"]
    page.pattern_combo.setFocus()
    qtbot.keyClick(page.pattern_combo, Qt.Key.Key_Down)
    assert problem.pattern and problem.kpi  # a playbook problem fills the KPI
    assert page.list.table.model().index(0, 4).data() == "Ben Okafor"

    window.undo_action.trigger()
    assert problem.kpi == "" and problem.pattern == ""
    window.undo_action.trigger()
    assert problem.stakeholders == []
    assert page.people_list.checked_ids() == []


def test_strategy_champion_and_sequence(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("strategy")
    page = window.pages["strategy"]
    strategy = window.project.strategy
    combo = page.champion_combo
    combo.setFocus()
    for _ in range(2):  # (no champion yet) -> Dana Ruiz -> Ben Okafor
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert strategy.champion == "s-hr"

    for person in ("s-hr", "s-cfo"):
        page.candidate_combo.set_current_id(person)
        page.add_button.click()
    assert strategy.sequence == ["s-hr", "s-cfo"]
    page.up_button.click()
    assert strategy.sequence == ["s-cfo", "s-hr"]
    assert page.sequence_list.item(0).text() == "1. Dana Ruiz (CFO)"

    window.undo_action.trigger()
    assert strategy.sequence == ["s-hr", "s-cfo"]
    assert window.sidebar.missing(5) == ""


def test_strategy_lists(window, project_path):
    window.load(project_path)
    page = window.pages["strategy"]
    page.actions_panel.list.add_action.trigger()
    page.attempts_panel.list.add_action.trigger()
    page.points_panel.list.add_action.trigger()
    page.periods_panel.list.add_action.trigger()
    strategy = window.project.strategy
    assert len(strategy.actions) == len(strategy.attempts) == len(strategy.talking_points) == 1
    period = strategy.busy_periods[0]

    # A period that would end before it starts is refused (the file format forbids it).
    panel = page.periods_panel
    panel.end_edit.setText("2000-01-01")
    panel.end_edit.editingFinished.emit()
    assert period.end >= period.start
    assert panel.end_edit.text() == period.end.isoformat()


def test_controls_have_accessible_names(window, project_path):
    window.load(project_path)
    unnamed = []
    for page in window.pages.values():
        for label in page.findChildren(QLabel):
            buddy = label.buddy()
            if isinstance(buddy, QWidget) and not buddy.accessibleName():
                unnamed.append((page.objectName(), label.text()))
    assert unnamed == []
    assert window.sidebar.accessibleName() == "Steps"


def test_hidden_pickers_catch_up_when_shown(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("resistances")
    page = window.pages["resistances"]
    page.list.add_action.trigger()
    assert page.stakeholder_combo.currentText() == "Dana Ruiz (CFO)"

    window.show_step("stakeholders")
    people = window.stakeholders_page
    people.list.select_record("s-cfo")
    people.role_edit.selectAll()
    qtbot.keyClicks(people.role_edit, "Finance Director")
    window.show_step("resistances")
    assert page.stakeholder_combo.currentText() == "Dana Ruiz (Finance Director)"
    assert page.stakeholder_combo.current_id() == "s-cfo"
