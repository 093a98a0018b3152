"""File ▸ Export…, Print… and Close (issue 18, item 4), driven through the menu's actions."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrinter

from pitchkit.gui import export_prompts
from pitchkit.gui.document_actions import PrintDialog
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, project_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.load(project_path)
    return window


def _file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_the_file_menu_has_export_print_and_close_with_their_keys(window):
    texts = _file_menu_texts(window)
    for text in ("&Export…", "&Print…", "&Close"):
        assert text in texts
    document = window.actions_.document
    assert document.export_action.shortcut().toString() == "Ctrl+E"
    assert document.print_action.shortcut().toString() == "Ctrl+P"
    assert document.close_action.shortcut().toString() == "Ctrl+W"


def test_export_goes_to_the_generate_step_with_its_choices(window, qtbot, monkeypatch):
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda parent, suggested, fmt: asked.append((suggested, fmt)) or "")
    window.show_step("generate")
    page = window.pages["generate"]
    page.format_combo.setCurrentIndex(page.format_combo.findData("md"))
    window.show_step("map")
    window.actions_.document.export_action.trigger()
    assert window.current_page() is page
    assert asked and asked[0][1] == "md" and asked[0][0].endswith(".md")


def test_close_asks_to_save_and_goes_back_to_the_start_screen(window, qtbot, prompt_log):
    window.session.set_field("pitch", window.project.pitch, "organisation", "Fabrikam")
    prompt_log.save_answers.append("cancel")
    window.actions_.document.close_action.trigger()
    assert window.project is not None  # cancelled: still open
    prompt_log.save_answers.append("discard")
    window.actions_.document.close_action.trigger()
    assert window.project is None
    assert window.central.currentWidget() is window.start_page
    assert not window.actions_.document.print_action.isEnabled()
    assert prompt_log.save_questions == ["contoso.pitchkit", "contoso.pitchkit"]


def test_print_prints_the_previews_document(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"
    asked: list[str] = []

    def get_printer(parent):
        asked.append("printer")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer, True

    monkeypatch.setattr(PrintDialog, "get_printer", classmethod(lambda cls, parent: get_printer(parent)))
    window.actions_.document.print_action.trigger()
    assert window.current_page() is window.pages["generate"]
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 1000, timeout=20_000)
    assert asked == ["printer"]
    assert out.read_bytes().startswith(b"%PDF")


def test_cancelling_the_print_dialog_prints_nothing(window, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "not-printed.pdf"
    asked: list[str] = []

    def get_printer(cls, parent):
        asked.append("printer")
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer, False

    monkeypatch.setattr(PrintDialog, "get_printer", classmethod(get_printer))
    page = window.pages["generate"]
    window.show_step("generate")
    qtbot.waitUntil(lambda: page.preview_document() is not None and not page.renderer.is_busy(), timeout=20_000)
    window.actions_.document.print_action.trigger()
    assert asked == ["printer"] and not out.exists()
