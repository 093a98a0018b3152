"""The main window shows a project's stakeholders, opens files, and keeps its geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence

from pitchkit import __version__
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.stakeholder_model import Column

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def column_texts(window: MainWindow, column: Column) -> list[str]:
    view_model = window.stakeholders_page.table.model()
    return [view_model.index(row, column).data() for row in range(view_model.rowCount())]


def test_shows_the_stakeholders_of_the_project(window, project_path):
    assert window.load(project_path)

    table = window.stakeholders_page.table
    assert table.model().rowCount() == 3
    assert column_texts(window, Column.NAME) == ["Dana Ruiz", "Ben Okafor", "Alex Chen"]
    assert column_texts(window, Column.DEPARTMENT) == ["Finance", "People", "IT"]
    assert column_texts(window, Column.WANTED) == ["Neutral", "Leading", "Supportive"]
    assert window.stakeholders_page.model.project() is window.project


def test_title_and_status_bar(window, project_path):
    assert window.windowTitle() == "PitchKit[*]"
    window.load(project_path)

    assert window.windowTitle() == "contoso.pitchkit[*] — PitchKit"
    assert not window.isWindowModified()
    assert not window.is_example
    status = [label.text() for label in window.statusBar().findChildren(type(window._count_label))]
    assert "3 stakeholders" in status
    assert "Peer learning pilot — Contoso Manufacturing" in status


def test_example_is_marked_in_the_title(window, project_path):
    window.load(project_path, as_example=True)
    assert window.is_example
    assert window.windowTitle() == "contoso.pitchkit (example)[*] — PitchKit"


def test_filter_narrows_the_rows_and_the_count(window, project_path, qtbot):
    window.load(project_path)
    page = window.stakeholders_page
    assert page.filter_edit.accessibleName() == "Filter stakeholders"

    qtbot.keyClicks(page.filter_edit, "fin")
    assert column_texts(window, Column.NAME) == ["Dana Ruiz"]
    assert window._count_label.text() == "1 of 3 stakeholders"

    page.filter_edit.clear()
    assert len(column_texts(window, Column.NAME)) == 3
    assert window._count_label.text() == "3 stakeholders"


def test_clicking_the_power_header_sorts_by_power(window, project_path, qtbot):
    window.load(project_path)
    window.show()
    qtbot.waitExposed(window)
    header = window.stakeholders_page.table.horizontalHeader()
    # File order until a header is clicked.
    assert column_texts(window, Column.POWER) == ["9", "7.5", "3"]

    x = header.sectionViewportPosition(Column.POWER) + header.sectionSize(Column.POWER) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QRect(x, 0, 1, header.height()).center()
    )
    assert header.sortIndicatorSection() == Column.POWER
    order = header.sortIndicatorOrder()
    expected = ["3", "7.5", "9"] if order == Qt.SortOrder.AscendingOrder else ["9", "7.5", "3"]
    assert column_texts(window, Column.POWER) == expected

    window.stakeholders_page.table.sortByColumn(Column.POWER, Qt.SortOrder.AscendingOrder)
    assert column_texts(window, Column.POWER) == ["3", "7.5", "9"]


def test_opening_a_broken_file_reports_it_and_keeps_the_project(
    window, project_path, broken_path, prompt_log
):
    window.load(project_path)
    shown = window.project

    prompt_log.open_paths.append(str(broken_path))
    window.open_action.trigger()

    assert len(prompt_log.errors) == 1
    assert str(broken_path) in prompt_log.errors[0]
    assert "not valid JSON" in prompt_log.errors[0]
    assert window.project is shown
    assert window.path == project_path
    assert window.windowTitle() == "contoso.pitchkit[*] — PitchKit"
    assert window.stakeholders_page.table.model().rowCount() == 3


def test_open_loads_the_chosen_file(window, project_path, tmp_path, prompt_log):
    prompt_log.open_paths.append(str(project_path))
    window.open_action.trigger()
    assert window.path == project_path
    assert window.stakeholders_page.table.model().rowCount() == 3

    # Cancelling the picker changes nothing; it starts in the last folder used.
    window.open_action.trigger()
    assert window.path == project_path
    assert prompt_log.open_folders[-1] == str(project_path.parent)
    assert prompt_log.errors == []


def test_a_newer_file_opens_with_a_warning(window, project_path, prompt_log):
    text = project_path.read_text(encoding="utf-8").replace('"version": 2', '"version": 99')
    project_path.write_text(text, encoding="utf-8")
    assert window.load(project_path)
    assert len(prompt_log.warnings) == 1
    assert "newer PitchKit" in prompt_log.warnings[0]


def test_quit_closes_the_window(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
    assert window.quit_action.shortcuts() == expected
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_names_the_version(window, prompt_log):
    window.about_action.trigger()
    assert __version__ in prompt_log.abouts[0]


def test_menus(window):
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&Go", "&Help"]
    for action in (window.new_action, window.open_action, window.example_action, window.save_action,
                   window.save_as_action, window.quit_action):
        assert action in menus["&File"].actions()
    for action in (window.undo_action, window.redo_action, window.find_action):
        assert action in menus["&Edit"].actions()
    assert len(menus["&Go"].actions()) == 7 + 3  # the steps, a separator, previous, next
    assert window.about_action in menus["&Help"].actions()


def test_standard_shortcuts(window):
    standard = QKeySequence.StandardKey
    for action, key in (
        (window.new_action, standard.New),
        (window.open_action, standard.Open),
        (window.save_action, standard.Save),
        (window.undo_action, standard.Undo),
        (window.redo_action, standard.Redo),
        (window.find_action, standard.Find),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    assert window.save_as_action.shortcuts()


def test_geometry_is_restored(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    # Within the offscreen screen (800x800): restoreGeometry keeps a window on its screen.
    first.resize(800, 560)
    first.show()
    qtbot.waitExposed(first)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (800, 560)


def test_minimum_size(window):
    assert window.minimumSize().width() >= 800
    assert window.minimumSize().height() >= 500


def test_fonts_are_installed(qapp):
    # Without fonts every glyph is a box, and nothing else fails.
    assert QFontDatabase.families()
