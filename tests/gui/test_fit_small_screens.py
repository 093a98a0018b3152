"""Nothing cut, nothing sideways-scrolling at 1024x600 (issue 18): the real widgets, offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from pitchkit.core.health import Finding
from pitchkit.core.model import Severity
from pitchkit.gui.health_panel import HealthPanel

pytestmark = pytest.mark.gui

LONG = (
    "Martin Cole is resistant, and advises the decision-maker; nobody has talked to him one to one yet "
    "and his concern about turf has no counter-strategy"
)


def _wrapped_height(tree, column: int, text: str) -> int:
    metrics = QFontMetrics(tree.font())
    width = tree.header().sectionSize(column) - 8  # the style's text margins
    return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()


def test_a_long_finding_gets_a_row_tall_enough_for_its_wrapped_text(qtbot):
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 400)
    panel.show()
    finding = Finding(Severity.HIGH, "resistant-adviser", "s-it", LONG, "Talk to them first and give them a part.",
                      "stakeholders[s-it]", "Martin Cole, Tom Bradley and Fiona Grant")
    panel.set_findings([finding])
    tree = panel.tree
    item = tree.topLevelItem(0)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() >= _wrapped_height(tree, 2, item.text(2)))
    assert tree.visualItemRect(item).height() >= _wrapped_height(tree, 1, item.text(1))
    assert item.toolTip(1) == "Martin Cole, Tom Bradley and Fiona Grant"
    assert LONG in item.toolTip(2) and "Talk to them first" in item.toolTip(2)
    assert "stakeholders[" not in item.toolTip(1) + item.toolTip(2)  # the words, not the record's path

    before = tree.visualItemRect(item).height()
    panel.resize(320, 400)  # narrower: more lines, a taller row
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() > before)
    assert tree.visualItemRect(item).height() >= _wrapped_height(tree, 2, item.text(2))


def test_the_health_heading_wraps_instead_of_widening_the_panel(qtbot):
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.set_findings([Finding(Severity.HIGH, "x", "", "m", "a", "pitch", "")] * 3)
    assert panel.heading.wordWrap()
    assert panel.minimumSizeHint().width() < 300
    # A narrow panel cuts its headers at the end, with "…", and the whole header on hover.
    assert panel.tree.header().textElideMode() == Qt.TextElideMode.ElideRight
    header = panel.tree.headerItem()
    assert [header.toolTip(c) for c in range(3)] == [header.text(c) for c in range(3)]


@pytest.fixture
def small_window(qtbot):
    from pitchkit.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 570)  # a 1024x600 screen less a panel
    window.show()
    return window


def _preview_ready(qtbot, window):
    window.show_step("generate")
    page = window.pages["generate"]
    qtbot.waitUntil(lambda: not page.renderer.is_busy() and page.preview_document() is not None, timeout=30_000)
    return page


def _picture_widths(document) -> list[float]:
    from pitchkit.gui.preview_fit import _pictures

    return [fmt.width() for _position, _length, fmt, _frame in _pictures(document)]


def test_the_preview_wraps_to_its_width_with_the_map_scaled_down(qtbot, small_window):
    small_window.open_example()
    page = _preview_ready(qtbot, small_window)
    preview = page.preview
    widths = _picture_widths(preview.document())
    assert widths, "the proposal shows the map"
    assert all(width <= preview.viewport().width() for width in widths)
    assert preview.horizontalScrollBar().maximum() == 0
    assert not preview.horizontalScrollBar().isVisible()
    assert preview.document().idealWidth() <= preview.viewport().width()


def test_printing_puts_the_pictures_back_at_their_printed_size(qtbot, small_window):
    from pitchkit.gui.preview_fit import printed_size

    small_window.open_example()
    page = _preview_ready(qtbot, small_window)
    document = page.preview.document()
    shown = _picture_widths(document)
    with printed_size(document):
        printed = _picture_widths(document)
    assert printed[0] > shown[0] and printed[0] > page.preview.viewport().width()
    assert _picture_widths(document) == shown  # fitted again afterwards


def test_no_guide_page_scrolls_sideways_in_a_small_help_window(qtbot):
    from pitchkit.gui.help_window import HelpWindow

    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(760, 500)
    window.show()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    for row in range(window.pages.count()):
        window.pages.setCurrentRow(row)
        bar = window.browser.horizontalScrollBar()
        qtbot.waitUntil(lambda: window.browser.document().idealWidth() <= window.browser.viewport().width() + 0.5)
        assert bar.maximum() == 0, window.pages.item(row).text()


@pytest.fixture(params=["en", "nl"])
def ui_language(request, qapp):
    from PySide6.QtCore import QLocale

    from pitchkit.core.language import reset_language
    from pitchkit.gui import translation

    loaded = translation.install_translators(qapp, request.param)
    yield request.param
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))
    reset_language()


def test_every_map_command_is_on_screen_at_1024_pixels(qtbot, ui_language):
    from PySide6.QtWidgets import QToolButton

    from pitchkit.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 570)
    window.show()
    window.open_example()
    window.show_step("map")
    page = window.pages["map"]
    toolbar = page.toolbar
    qtbot.waitUntil(lambda: toolbar.widgetForAction(page.fit_action).isVisible())
    for action in toolbar.actions():
        if action.isSeparator():
            continue
        button = toolbar.widgetForAction(action)
        assert button.isVisible(), action.text()
        assert button.geometry().right() <= toolbar.contentsRect().right()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, action.text()
    assert not toolbar.findChild(QToolButton, "qt_toolbar_ext_button").isVisible()
    # Shortened on the toolbar, named in full for tooltips and screen readers.
    zoom_in = toolbar.widgetForAction(page.zoom_in_action)
    assert zoom_in.text() == "+" and page.zoom_in_action.toolTip() and zoom_in.accessibleName()
    # The legend wraps rather than running off the right edge (Dutch words are longer).
    legend = page.legend_label
    assert legend.wordWrap() and legend.geometry().right() <= page.contentsRect().right()
    assert legend.heightForWidth(legend.width()) <= legend.height()
    # The picture exports are behind the Export button's menu.
    assert page.png_action in page.export_button.menu().actions()
    assert page.svg_action in page.export_button.menu().actions()


def test_lists_give_names_room_and_no_sideways_scroll_bar_at_1024(qtbot, ui_language, small_window):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from pitchkit.gui.stakeholder_model import Column

    small_window.open_example()
    small_window.show_step("stakeholders")
    table = small_window.stakeholders_page.list.table
    header = table.horizontalHeader()
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: header.length() == table.viewport().width() and bar.maximum() == 0 and not bar.isVisible())
    metrics = table.fontMetrics()
    names = [p.name for p in small_window.project.stakeholders]
    shown = sum(metrics.horizontalAdvance(name) + 8 <= header.sectionSize(Column.NAME) for name in names)
    assert shown >= len(names) * 3 // 4  # most names whole, not "Da…"
    assert header.sectionSize(Column.POWER) < header.sectionSize(Column.NAME)

    # A cell cut short shows its whole text on hover.
    row = 0
    index = table.model().index(row, Column.ROLE)
    role = index.data()
    assert metrics.horizontalAdvance(role) > header.sectionSize(Column.ROLE)
    rect = table.visualRect(index)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), table.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.text() == role)
    QToolTip.hideText()


def test_the_import_preview_names_people_and_wraps_long_changes(qtbot, tmp_path, example_path):
    from pitchkit.core.project_file import load_project
    from pitchkit.core.register_import import import_file
    from pitchkit.gui.import_dialog import ImportPreviewDialog

    project = load_project(example_path).project
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "Name,Role,Department\n"
        "Dana Okafor,Managing Director and Chair of the Executive Committee of the whole group,Freight\n"
        "New Person,Head of Customer Experience Transformation,Customer Service\n",
        encoding="utf-8",
    )
    dialog = ImportPreviewDialog(import_file(project, sheet))
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    tree = dialog.tree
    names = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert names == ["Dana Okafor", "New Person"]  # no "(s-dana)", no "(s-9bcb3ad9)"
    bar = tree.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    role = tree.topLevelItem(0).child(0)
    assert role.text(1) == "Role"
    qtbot.waitUntil(lambda: tree.visualItemRect(role).height() >= _wrapped_height(tree, 2, role.text(2)))


def test_the_two_way_merge_list_wraps_each_difference_whole(qtbot, example_path):
    from pitchkit.core.merge import merge_projects
    from pitchkit.core.project_file import load_project
    from pitchkit.gui.merge_dialog import TwoWayMergeDialog
    from tests.core.merge_edits import copy

    ours = load_project(example_path).project
    theirs = copy(ours)
    theirs.pitch.ask = "A much longer ask of theirs: " * 6
    dialog = TwoWayMergeDialog(None, merge_projects(None, ours, theirs))
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    listing = dialog.list
    item = listing.item(0)
    assert item.toolTip() == item.text() and "[" not in item.toolTip()
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    metrics = QFontMetrics(listing.font())
    wrapped = metrics.boundingRect(QRect(0, 0, listing.viewport().width() - 40, 10_000), Qt.TextFlag.TextWordWrap, item.text())
    assert wrapped.height() > metrics.height()  # it does need more than one line here
    qtbot.waitUntil(lambda: listing.visualItemRect(item).height() >= wrapped.height())
    assert listing.visualItemRect(item).width() <= listing.viewport().width()


def test_the_calendar_opens_above_a_date_field_near_the_bottom_of_the_screen(qtbot, small_window):
    small_window.open_example()
    page = small_window.pages["pitch"]
    edit = page.meeting_edit
    screen = edit.screen().availableGeometry()
    small_window.move(screen.left(), screen.bottom() - small_window.frameGeometry().height())
    edit.calendar_action.trigger()
    popup = edit.calendar_popup
    qtbot.waitUntil(popup.isVisible)
    assert screen.contains(popup.frameGeometry()), (screen, popup.frameGeometry())


def test_a_long_recent_path_is_cut_in_its_middle_not_scrolled_to(qtbot, tmp_path, sample_project):
    from pitchkit.core.project_file import save_project
    from pitchkit.gui.main_window import MainWindow
    from pitchkit.gui.recent_files import add_recent

    folder = tmp_path.joinpath(*["a-very-long-folder-name-for-client-projects"] * 4)
    folder.mkdir(parents=True)
    path = folder / "northwind-peer-learning-pitch-final-version.pitchkit"
    save_project(sample_project, path, backup=False)
    add_recent(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 570)
    window.show()
    recent = window.start_page.recent_list
    item = recent.item(0)
    assert item.toolTip() == str(path)
    assert recent.textElideMode() == Qt.TextElideMode.ElideMiddle
    qtbot.waitUntil(lambda: recent.visualItemRect(item).width() <= recent.viewport().width())
    assert recent.horizontalScrollBar().maximum() == 0 and not recent.horizontalScrollBar().isVisible()


def test_a_narrow_list_keeps_room_for_its_filter_box(qtbot, small_window):
    small_window.open_example()
    page = small_window.pages["pitch"]
    records = page.evidence_list
    duplicate = records.tool_button(records.duplicate_action)
    qtbot.waitUntil(lambda: records.filter_edit.width() >= records.FILTER_ROOM - 20)
    assert duplicate.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert duplicate.accessibleName() == "Duplicate" and duplicate.toolTip()
    records.resize(900, records.height())  # wide again: the words come back
    qtbot.waitUntil(lambda: duplicate.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
