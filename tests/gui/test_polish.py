"""The defects a new user met (issue 18, item 2), each driven through the real widgets."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from pitchkit.core.project_file import save_project
from pitchkit.gui import export_prompts
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def uk_locale():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _row(window: MainWindow, key: str) -> int:
    return [step.key for step in window.steps].index(key)


def test_a_new_empty_project_ticks_no_step(window):
    window.new_action.trigger()
    for step in window.steps:
        assert window.sidebar.missing(_row(window, step.key)), f"{step.key} is ticked on an empty project"


def test_map_and_resistances_are_ticked_once_they_have_content(window, qtbot, project_path):
    window.load(project_path)
    assert window.sidebar.missing(_row(window, "map"))  # three people, nobody influencing anybody
    assert window.sidebar.missing(_row(window, "resistances"))
    window.show_step("resistances")
    page = window.pages["resistances"]
    page.list.add_action.trigger()
    assert window.project.resistances
    assert window.sidebar.missing(_row(window, "resistances")) == ""


def test_single_line_fields_show_the_start_of_a_long_text(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("stakeholders")
    page = window.stakeholders_page
    long_note = "Spends about two days a month looking for information " * 3
    window.session.set_field("stakeholders", window.project.stakeholders[0], "role", long_note)
    page.list.select_record(window.project.stakeholders[1].id)
    page.list.select_record(window.project.stakeholders[0].id)
    assert page.role_edit.text() == long_note
    assert page.role_edit.cursorPosition() == 0


def test_the_suggested_export_name_uses_the_persons_name(window, qtbot, project_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda parent, suggested, fmt: asked.append(suggested) or "")
    window.load(project_path)
    window.show_step("generate")
    page = window.pages["generate"]
    page.select_template("briefing")
    page.select_audience("s-cfo")
    page.format_combo.setCurrentIndex(page.format_combo.findData("docx"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("contoso-briefing-dana-ruiz.docx")
    assert "s-cfo" not in asked[0]


def test_dates_take_the_locales_format_and_iso(window, qtbot, project_path, uk_locale):
    window.load(project_path)
    page = window.pages["pitch"]
    edit = page.meeting_edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "4/3/2027")
    assert edit.text() == "4/3/2027"  # not "432027"
    edit.editingFinished.emit()
    assert window.project.pitch.meeting_date == datetime.date(2027, 3, 4)
    assert edit.text() == "2027-03-04"
    edit.clear()
    qtbot.keyClicks(edit, "2027-05-06")
    edit.editingFinished.emit()
    assert window.project.pitch.meeting_date == datetime.date(2027, 5, 6)
    edit.clear()
    edit.editingFinished.emit()
    assert window.project.pitch.meeting_date is None  # empty is allowed


def test_a_date_that_is_no_date_is_refused_visibly(window, qtbot, project_path):
    window.load(project_path)
    page = window.pages["pitch"]
    edit = page.meeting_edit
    qtbot.keyClicks(edit, "next Tuesday")
    edit.editingFinished.emit()
    assert window.project.pitch.meeting_date is None
    assert edit.text() == "next Tuesday" and edit.is_refused()
    assert "is not a date" in edit.toolTip() and "border" in edit.styleSheet()
    assert not window.session.is_modified()
    edit.selectAll()
    qtbot.keyClicks(edit, "2027-01-19")
    assert not edit.is_refused()


def test_the_calendar_button_picks_a_date(window, qtbot, project_path):
    window.load(project_path)
    page = window.pages["pitch"]
    edit = page.deadline_edit
    edit.calendar_action.trigger()
    popup = edit.calendar_popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2027, 6, 30))
    popup.calendar.activated.emit(QDate(2027, 6, 30))
    assert not popup.isVisible()
    assert window.project.pitch.deadline == datetime.date(2027, 6, 30)
    assert edit.text() == "2027-06-30"


def test_an_export_message_does_not_follow_into_another_project(window, qtbot, project_path, tmp_path):
    window.load(project_path)
    window.show_step("generate")
    page = window.pages["generate"]
    page.result_label.setText("Exported /somewhere/contoso-proposal.docx")
    page.open_button.show()
    page.last_export = "/somewhere/contoso-proposal.docx"
    window.statusBar().showMessage("Saved /somewhere/contoso.pitchkit")
    window.new_action.trigger()
    assert page.result_label.text() == ""
    assert not page.open_button.isVisibleTo(page) and page.last_export == ""
    assert window.statusBar().currentMessage() == ""


def test_a_broken_file_mentions_a_backup_only_when_there_is_one(window, tmp_path, prompt_log, sample_project):
    broken = tmp_path / "cut.pitchkit"
    broken.write_text('{"format": "pitchkit", "version": 1, "title": "Cut sh', encoding="utf-8")
    assert not window.load(broken)
    assert prompt_log.errors and "ends too early" in prompt_log.errors[-1]
    assert ".bak" not in prompt_log.errors[-1]

    save_project(sample_project, broken.with_name("cut.pitchkit.bak"), backup=False)
    assert not window.load(broken)
    assert "cut.pitchkit.bak" in prompt_log.errors[-1]


def test_undo_and_redo_go_to_the_step_and_record_they_changed(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("stakeholders")
    page = window.stakeholders_page
    page.list.select_record("s-it")
    page.name_edit.selectAll()
    qtbot.keyClicks(page.name_edit, "Alexandra Chen")
    page.name_edit.editingFinished.emit()
    window.show_step("problems")
    page.list.select_record("s-cfo")

    window.undo_action.trigger()
    assert window.current_page() is page
    assert page.list.current_record().id == "s-it"
    assert window.project.stakeholder("s-it").name == "Alex Chen"

    window.show_step("pitch")
    window.redo_action.trigger()
    assert window.current_page() is page and page.list.current_record().id == "s-it"
    assert window.project.stakeholder("s-it").name == "Alexandra Chen"


def test_undoing_a_strategy_edit_opens_its_tab(window, qtbot, project_path):
    window.load(project_path)
    window.show_step("strategy")
    strategy = window.pages["strategy"]
    strategy.periods_panel.list.add_action.trigger()
    strategy.tabs.setCurrentIndex(0)
    window.show_step("map")
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert window.current_page() is strategy
    assert strategy.tabs.currentWidget() is strategy.periods_panel
    period = window.project.strategy.busy_periods[0]
    assert strategy.periods_panel.list.current_record() is period


def test_every_step_of_an_empty_project_shows_a_hint_until_it_has_content(window, qtbot):
    window.new_action.trigger()
    for step in window.steps:
        window.show_step(step.key)
        hint = window.pages[step.key].empty_hint
        assert hint.isVisible(), step.key
        assert "Nothing here yet" in hint.text() and "For example:" in hint.text()
    window.show_step("stakeholders")
    window.stakeholders_page.list.add_action.trigger()
    assert not window.pages["stakeholders"].empty_hint.isVisible()
    window.show_step("map")
    assert not window.pages["map"].empty_hint.isVisible()
    assert window.pages["resistances"].empty_hint.isVisibleTo(window.pages["resistances"])


def test_the_example_shows_no_empty_hints_where_there_is_content(window, qtbot, example_path):
    assert window.load(example_path)
    for key in ("pitch", "stakeholders", "map", "problems"):
        window.show_step(key)
        assert not window.pages[key].empty_hint.isVisible(), key


def test_the_kind_list_elides_at_the_end_and_opens_as_wide_as_its_entries(window, qtbot, project_path):
    window.resize(1024, 600)
    window.load(project_path)
    window.show_step("problems")
    page = window.pages["problems"]
    page.list.add_action.trigger()
    combo = page.pattern_combo
    view = combo.view()
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    widest = max(view.fontMetrics().horizontalAdvance(combo.itemText(row)) for row in range(combo.count()))
    assert view.minimumWidth() >= widest
    for row in range(combo.count()):
        assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == combo.itemText(row)
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.itemText(combo.count() - 1) in combo.toolTip()


def test_the_whose_problem_list_never_scrolls_sideways(window, qtbot, project_path):
    window.resize(1024, 600)
    window.load(project_path)
    window.session.set_field("stakeholders", window.project.stakeholders[0], "role", "Chief Financial Officer and Head of Procurement")
    window.show_step("problems")
    page = window.pages["problems"]
    page.list.add_action.trigger()
    people = page.people_list
    assert not people.horizontalScrollBar().isVisible()
    assert people.textElideMode() == Qt.TextElideMode.ElideRight
    assert people.item(0).toolTip() == "Dana Ruiz (Chief Financial Officer and Head of Procurement)"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_keyboard_focus_is_visible_on_the_step_list_and_tables(window, qtbot, project_path, theme):
    from PySide6.QtWidgets import QApplication

    from pitchkit.gui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, theme)
    try:
        window.load(project_path)
        window.show_step("stakeholders")
        window.activateWindow()
        qtbot.waitActive(window)
        table = window.stakeholders_page.list.table
        for widget in (window.sidebar, table):
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus)
            highlight = app.palette().highlight().color().rgb()
            focused = widget.grab().toImage()
            assert focused.pixelColor(0, focused.height() // 2).rgb() == highlight
            window.stakeholders_page.filter_edit.setFocus()
            qtbot.waitUntil(lambda w=widget: not w.hasFocus())
            unfocused = widget.grab().toImage()
            assert unfocused.pixelColor(0, unfocused.height() // 2).rgb() != highlight
    finally:
        apply_theme(app, "system")


def test_a_long_kpi_opens_at_its_start(window, qtbot, example_path):
    assert window.load(example_path)
    window.show_step("problems")
    page = window.pages["problems"]
    long_ones = [p for p in window.project.problems if len(p.kpi) > 30]
    assert long_ones
    page.list.select_record(long_ones[0].id)
    assert page.kpi_combo.currentText() == long_ones[0].kpi
    assert page.kpi_combo.lineEdit().cursorPosition() == 0


def test_the_generate_choices_are_not_cut_at_1024_by_600(window, qtbot, example_path):
    window.resize(1024, 600)
    assert window.load(example_path)
    window.show_step("generate")
    page = window.pages["generate"]
    combo = page.template_combo
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 8
    assert page.audience_combo.view().textElideMode() == Qt.TextElideMode.ElideRight

