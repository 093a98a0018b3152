"""The Conflicts dock at 1024×600: at most a third of the window high at first, still resizable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from pitchkit.gui.main_window import MainWindow
from tests.gui.test_merge_screens import conflicted_file

pytestmark = pytest.mark.gui


def test_the_conflicts_dock_leaves_the_window_to_the_step(qtbot, tmp_path, sample_project):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.load(conflicted_file(tmp_path, sample_project))
    panel = window.merging.conflicts_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.height() > 0)
    qtbot.waitUntil(lambda: panel.height() <= window.height() // 3 + 2)
    assert panel.height() >= 120  # the list and the start of the choice still show
    assert panel.findChild(QScrollArea, "conflict_detail").verticalScrollBar().maximum() > 0  # the rest scrolls
    central = window.centralWidget()
    assert central.height() >= window.height() // 2
    # In a taller window the user can still give it more room.
    window.resize(1024, 900)
    qtbot.waitUntil(lambda: window.height() == 900)
    window.resizeDocks([panel], [450], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: panel.height() > 400)

