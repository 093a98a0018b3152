"""The Generate step's document language: the project's `language`, one undo step, Dutch templates."""

from __future__ import annotations

import pytest

from pitchkit.core.model import Project
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, example_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.load(example_path)
    win.show_step("generate")
    page = win.pages["generate"]
    qtbot.waitUntil(lambda: "Northwind" in page.preview_text(), timeout=20_000)
    return win


def test_choosing_dutch_sets_the_project_language_and_lists_dutch_templates(window, qtbot):
    page = window.pages["generate"]
    choice = page.language_choice
    assert choice.combo.currentData() == "en"
    assert page.template_combo.currentText() == "Full proposal"
    choice.combo.setCurrentIndex(choice.combo.findData("nl"))
    assert window.session.project.language == "nl"
    assert page.template_combo.currentText() == "Volledig voorstel"
    assert page.template_combo.currentData() == "proposal"  # the same template, in Dutch
    qtbot.waitUntil(lambda: "Samenvatting" in page.preview_text(), timeout=10_000)
    window.session.undo_stack.undo()
    assert not isinstance(window.session.project.language, str)  # unset again: the file is as it was
    assert choice.combo.currentData() == "en"
    assert page.template_combo.currentText() == "Full proposal"
    qtbot.waitUntil(lambda: "Executive summary" in page.preview_text(), timeout=10_000)


def test_a_project_in_dutch_opens_with_dutch_documents(qtbot, tmp_path):
    from pitchkit.core.project_file import save_project

    path = tmp_path / "nl.pitchkit"
    save_project(Project(title="Van elkaar leren", language="nl"), path, backup=False)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.load(path)
    win.show_step("generate")
    page = win.pages["generate"]
    qtbot.waitUntil(lambda: page.template_combo.count() > 0)
    assert page.language_choice.combo.currentData() == "nl"
    assert page.template_combo.findText("Volledig voorstel") >= 0
