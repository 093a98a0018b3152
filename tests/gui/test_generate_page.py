"""The Generate step driven as a user would: preview follows edits, export, read it back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from PySide6.QtCore import Qt

from pitchkit.documents import formats
from pitchkit.gui import export_prompts
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.pages.generate_page import GeneratePage

pytestmark = pytest.mark.gui


@pytest.fixture
def export_log(monkeypatch) -> dict[str, list[str]]:
    """Replace the export pickers and the system viewer with recorders."""
    log: dict[str, list[str]] = {"answers": [], "asked": [], "references": [], "opened": []}

    def ask_export_path(parent, suggested, fmt):
        log["asked"].append(suggested)
        return log["answers"].pop(0) if log["answers"] else ""

    def ask_reference_docx(parent, folder):
        return log["references"].pop(0) if log["references"] else ""

    def open_in_viewer(path):
        log["opened"].append(path)
        return True

    monkeypatch.setattr(export_prompts, "ask_export_path", ask_export_path)
    monkeypatch.setattr(export_prompts, "ask_reference_docx", ask_reference_docx)
    monkeypatch.setattr(export_prompts, "open_in_viewer", open_in_viewer)
    return log


@pytest.fixture
def window(qtbot, example_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.load(example_path)
    return window


def generate(qtbot, window: MainWindow) -> GeneratePage:
    """Go to the Generate step and wait for its first preview."""
    window.show_step("generate")
    page = window.pages["generate"]
    assert isinstance(page, GeneratePage)
    qtbot.waitUntil(lambda: "Northwind" in page.preview_text(), timeout=20_000)
    return page


def export_as(qtbot, page: GeneratePage, export_log, fmt: str, out: Path) -> None:
    page.format_combo.setCurrentIndex(page.format_combo.findData(fmt))
    export_log["answers"].append(str(out))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisibleTo(page)
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=30_000)
    assert not page.progress.isVisibleTo(page)


def test_preview_shows_the_example_and_the_health_count(qtbot, window):
    page = generate(qtbot, window)
    assert "Northwind Logistics" in page.preview_text()
    assert page.health.findings
    assert "Health check:" in page.guidance_label.text()
    assert page.health.summary() in page.guidance_label.text()


def test_preview_changes_after_typing_on_the_pitch_page(qtbot, window):
    page = generate(qtbot, window)
    window.show_step("pitch")
    pitch = window.pages["pitch"]
    pitch.organisation_edit.selectAll()
    qtbot.keyClicks(pitch.organisation_edit, "Fabrikam Freight")
    qtbot.keyClick(pitch.organisation_edit, Qt.Key.Key_Tab)
    window.show_step("generate")
    qtbot.waitUntil(lambda: "Fabrikam Freight" in page.preview_text(), timeout=20_000)
    # Undo is one step and the preview follows it too.
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "Fabrikam Freight" not in page.preview_text(), timeout=20_000)


def test_preview_follows_edits_while_it_is_shown(qtbot, window):
    page = generate(qtbot, window)
    project = window.session.project
    window.session.set_field("pitch", project.pitch, "advocate", "Quentin Quill")
    assert page.renderer.is_busy()  # debounced: nothing rebuilt synchronously
    qtbot.waitUntil(lambda: "Quentin Quill" in page.preview_text(), timeout=20_000)


def test_export_docx_and_read_it_back_like_the_preview(qtbot, window, export_log, tmp_path):
    page = generate(qtbot, window)
    out = tmp_path / "proposal.docx"
    export_as(qtbot, page, export_log, "docx", out)
    assert out.is_file()
    doc = DocxDocument(str(out))
    paragraphs = [p.text.strip() for p in doc.paragraphs if p.text.strip()]
    preview_lines = {line.strip() for line in page.preview_text().splitlines() if line.strip()}
    headings = [p.text.strip() for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title")) and p.text.strip()]
    assert headings and all(heading in preview_lines for heading in headings)
    shared = [text for text in paragraphs if text in preview_lines]
    assert len(shared) >= 0.8 * len(paragraphs)
    assert str(out) in page.result_label.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert export_log["opened"] == [str(out)]


@pytest.mark.parametrize("fmt", [f.name for f in formats.document_formats() if f.name != "docx"])
def test_export_other_formats_in_the_background(qtbot, window, export_log, tmp_path, prompt_log, fmt):
    page = generate(qtbot, window)
    out = tmp_path / f"proposal.{fmt}"
    export_as(qtbot, page, export_log, fmt, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") if fmt == "pdf" else b"Northwind" in data
    assert prompt_log.errors == []


def test_export_error_is_one_clear_message(qtbot, window, export_log, tmp_path, prompt_log):
    page = generate(qtbot, window)
    out = tmp_path / "missing-folder" / "proposal.docx"
    export_as(qtbot, page, export_log, "docx", out)
    assert len(prompt_log.errors) == 1
    assert str(out) in prompt_log.errors[0]
    assert "Traceback" not in prompt_log.errors[0]
    assert page.export_button.isEnabled()
    assert not page.open_button.isVisibleTo(page)


def test_cancelled_export_writes_nothing(qtbot, window, export_log, tmp_path):
    page = generate(qtbot, window)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert export_log["asked"] and export_log["asked"][0].endswith(".docx")
    assert not page.is_exporting()


def test_reference_docx_is_remembered_and_a_missing_one_is_reported(qtbot, window, export_log, tmp_path, prompt_log):
    page = generate(qtbot, window)
    reference = tmp_path / "corporate.docx"
    DocxDocument().save(str(reference))
    export_log["references"].append(str(reference))
    qtbot.mouseClick(page.reference_button, Qt.MouseButton.LeftButton)
    assert page.reference_label.text() == "corporate.docx"
    export_as(qtbot, page, export_log, "docx", tmp_path / "styled.docx")
    assert (tmp_path / "styled.docx").is_file()

    os.remove(reference)
    export_as(qtbot, page, export_log, "docx", tmp_path / "again.docx")
    assert prompt_log.errors[-1] == f"{reference}: reference document: no such file; check the name and folder"
    assert not (tmp_path / "again.docx").exists()
    qtbot.mouseClick(page.clear_reference_button, Qt.MouseButton.LeftButton)
    assert page.reference_docx == ""


def write_user_template(name: str, text: str) -> None:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.md.j2").write_text(text, encoding="utf-8")


def test_template_error_shows_in_the_preview_with_its_line(qtbot, example_path, prompt_log):
    write_user_template("broken", "{#- pitchkit\nname: Broken\n-#}\n# Title\n\n{% if %}\n")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load(example_path)
    window.show_step("generate")
    page = window.pages["generate"]
    page.select_template("broken")
    qtbot.waitUntil(lambda: "broken.md.j2" in page.preview_text(), timeout=20_000)
    assert "line" in page.preview_text()
    assert prompt_log.errors == []


def test_stakeholder_template_follows_the_audience(qtbot, example_path):
    write_user_template("briefing", "{#- pitchkit\nname: Briefing\naudience: stakeholder\n-#}\n# For {{ audience.name }}\n")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load(example_path)
    window.show_step("generate")
    page = window.pages["generate"]
    page.select_template("briefing")
    qtbot.waitUntil(lambda: "choose a stakeholder" in page.preview_text(), timeout=20_000)
    person = window.session.project.stakeholders[0]
    page.select_audience(person.id)
    qtbot.waitUntil(lambda: f"For {person.name}" in page.preview_text(), timeout=20_000)


def test_the_format_list_and_the_file_picker_come_from_the_registry(qtbot, example_path, export_log, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from pitchkit.documents.formats import FormatKind, OutputFormat

    added = OutputFormat("title", "title.txt", "Title only", "Title files (*.title.txt)",
                         "tests.documents.fake_writers:write_title")
    register = OutputFormat("names", "txt", "Name list", "Text files (*.txt)",
                            "tests.documents.fake_writers:write_names", kind=FormatKind.PROJECT)
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, added, register))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.load(example_path)
    page = generate(qtbot, window)
    combo = page.format_combo
    listed = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert listed == [(f.label, f.name) for f in formats.FORMATS if f.kind is FormatKind.DOCUMENT]
    # Exported without the page knowing the format: the registry's writer, name and extension.
    out = example_path.with_name("chosen")
    export_as(qtbot, page, export_log, "title", out)
    assert out.with_name("chosen.title.txt").read_text(encoding="utf-8") == page.preview_text().splitlines()[0]
    assert export_log["asked"][-1].endswith("example-proposal.title.txt")

    filters: list[str] = []
    monkeypatch.undo()  # the real picker again, over a recording dialog
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, added))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: filters.append(args[3]) or ("", ""))
    assert export_prompts.ask_export_path(None, "x", "title") == ""
    assert export_prompts.ask_export_path(None, "x", "docx") == ""
    assert filters == ["Title files (*.title.txt)", "Word documents (*.docx)"]
