"""A first run (no recent files, no settings) starts on the start screen, the example one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.gui import app as gui_app
from pitchkit.gui.recent_files import add_recent

pytestmark = pytest.mark.gui


def test_a_first_run_shows_the_start_screen_with_the_tour(qtbot):
    window = gui_app.create_main_window(None, offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    assert window.project is None
    page = window.start_page
    assert window.central.currentWidget() is page
    assert page.tour.isVisible()
    assert page.tour.text().count("<li>") == 4
    assert page.example_button.text() == "&Explore the Example" and page.example_button.isDefault()

    qtbot.mouseClick(page.example_button, Qt.MouseButton.LeftButton)
    assert window.project is not None and window.is_example
    assert window.central.currentWidget() is window.workspace


def test_with_recent_projects_the_tour_steps_aside(qtbot, project_path):
    add_recent(project_path)
    window = gui_app.create_main_window(None, offer_recovery=False)
    qtbot.addWidget(window)
    window.show()
    page = window.start_page
    assert page.recent_list.count() == 1
    assert not page.tour.isVisible()
