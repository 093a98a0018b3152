"""Defects found by the screenshot walk at 1024×600 (docs/decisions.md, "Polish"), each driven
through the real widgets: names in the import preview on one line, the Help page list without
sideways scrolling."""

from __future__ import annotations

import pytest

from pitchkit.gui.help_window import HelpWindow

pytestmark = pytest.mark.gui


def test_a_long_name_in_the_import_preview_is_one_line_beside_its_change(qtbot, tmp_path, example_path):
    from pitchkit.core.project_file import load_project
    from pitchkit.core.register_import import import_file
    from pitchkit.gui.import_dialog import ImportPreviewDialog

    sheet = tmp_path / "people.csv"
    sheet.write_text("Name,Role\nNew Person With A Long Name,Head of Operations\nAmy Lo,Analyst\n", encoding="utf-8")
    dialog = ImportPreviewDialog(import_file(load_project(example_path).project, sheet))
    qtbot.addWidget(dialog)
    dialog.resize(720, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    first, second = dialog.items()
    assert first.text(1) == "New Person With A Long Name" and first.toolTip(1) == first.text(1)
    needed = tree.fontMetrics().horizontalAdvance(first.text(1))
    assert tree.columnWidth(1) >= needed  # the whole name on one line
    line = tree.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: tree.visualItemRect(first).height() < 2 * line)  # not wrapped into three
    # Rows do not overlap: the second person starts below the first person's changes.
    last_child = first.child(first.childCount() - 1)
    assert tree.visualItemRect(second).top() >= tree.visualItemRect(last_child).bottom()


def test_the_help_page_list_has_no_sideways_scrolling_and_names_each_page(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show()
    qtbot.waitExposed(window)
    pages = window.pages
    pages.parentWidget().resize(200, pages.parentWidget().height())
    bar = pages.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() == 0)
    for row in range(pages.count()):
        item = pages.item(row)
        assert item.toolTip() == item.text()
        assert pages.visualItemRect(item).width() <= pages.viewport().width()
