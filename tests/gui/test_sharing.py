"""Import preview, privacy report, anonymised copy and register export, driven in the app."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from pitchkit.core.project_file import load_project
from pitchkit.documents.csv_writer import register_csv
from pitchkit.gui import sharing_actions
from pitchkit.gui.import_dialog import ImportPreviewDialog
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.sharing_dialog import SharingDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, example_path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.load(example_path)
    return window


def edited_sheet(window: MainWindow, tmp_path):
    """The example's register with two people changed and one added, as a European CSV."""
    text = register_csv(window.session.project)
    text = text.replace("Managing Director", "Group MD").replace("HR Director", "Chief People Officer")
    text += ";Jan Peeters;Teamleider;Logistiek;Hoog;7,5;;;;jan@example.be;nee;;;;\r\n"
    path = tmp_path / "workshop.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def test_the_preview_lists_every_change_and_rows_can_be_rejected(qtbot, window, tmp_path):
    from pitchkit.core.register_import import import_file

    plan = import_file(window.session.project, edited_sheet(window, tmp_path))
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    items = dialog.items()
    assert [item.text(1).split(" (")[0] for item in items] == ["Dana Okafor", "Fiona Grant", "Jan Peeters"]
    assert items[0].child(0).text(2) == '"Managing Director" -> "Group MD"'
    assert items[0].text(2) == "changes 1 field"
    items[1].setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.accepted_rows() == {plan.rows[0].row, plan.rows[2].row}
    assert "2 of 3 rows" in dialog.summary.text()
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert len(dialog.accepted_rows()) == 3


def test_import_from_the_file_menu_is_one_undo_step(qtbot, window, tmp_path, monkeypatch):
    path = edited_sheet(window, tmp_path)
    monkeypatch.setattr(sharing_actions, "ask_sheet_path", lambda parent, folder: str(path))

    def preview(cls, parent, plan):
        dialog = cls(plan, parent)  # the real dialog, driven without its modal loop
        qtbot.addWidget(dialog)
        dialog.items()[1].setCheckState(0, Qt.CheckState.Unchecked)  # keep Fiona's old title
        return dialog.accepted_rows(), True

    monkeypatch.setattr(ImportPreviewDialog, "get_value", classmethod(preview))
    project = window.session.project
    before = len(project.stakeholders)
    steps = window.session.undo_stack.count()
    window.actions_.import_action.trigger()
    assert window.session.undo_stack.count() == steps + 1
    people = {p.name: p for p in project.stakeholders}
    assert people["Dana Okafor"].role == "Group MD" and people["Fiona Grant"].role == "HR Director"
    assert people["Jan Peeters"].email == "jan@example.be" and len(project.stakeholders) == before + 1
    window.undo_action.trigger()
    assert len(project.stakeholders) == before and people["Dana Okafor"].role == "Managing Director"
    window.actions_.redo_action.trigger()
    assert len(project.stakeholders) == before + 1


def test_a_bad_sheet_is_one_error_message_and_changes_nothing(qtbot, window, tmp_path, monkeypatch, prompt_log):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Naam;Macht\r\nDana Okafor;veel\r\n")
    monkeypatch.setattr(sharing_actions, "ask_sheet_path", lambda parent, folder: str(path))
    steps = window.session.undo_stack.count()
    window.actions_.import_action.trigger()
    assert len(prompt_log.errors) == 1 and "row 2, column B" in prompt_log.errors[0]
    assert window.session.undo_stack.count() == steps


def test_the_privacy_report_follows_the_anonymise_choice(qtbot, window):
    project = window.session.project
    dialog = SharingDialog(
        "Before You Share", lambda c: sharing_actions.document_report_for(project, "proposal", None, c), None,
    )
    qtbot.addWidget(dialog)
    assert "Dana Okafor" in dialog.report_label.text() and "The organisation is named." in dialog.report_label.text()
    assert not dialog.keep_organisation_check.isEnabled()
    dialog.anonymise_check.click()
    text = dialog.report_label.text()
    assert "People named: no one by name." in text and "The organisation is not named." in text
    dialog.keep_organisation_check.click()
    assert "The organisation is named." in dialog.report_label.text()
    assert dialog.choice().keep_organisation and not dialog.choice().keep_advocate


def test_the_generate_switch_anonymises_preview_and_export(qtbot, window, tmp_path, monkeypatch):
    from docx import Document as DocxDocument

    from pitchkit.gui import export_prompts

    window.show_step("generate")
    page = window.pages["generate"]
    qtbot.waitUntil(lambda: "Dana Okafor" in page.preview_text(), timeout=20_000)
    page.anonymise_switch.click()
    qtbot.waitUntil(lambda: "Dana Okafor" not in page.preview_text() and "Managing Director" in page.preview_text(), timeout=20_000)
    asked = []

    def report(cls, parent, title, make_report, choice, *, always_anonymised=False):
        asked.append("\n".join(make_report(choice).lines()))
        return choice, True

    monkeypatch.setattr(SharingDialog, "get_value", classmethod(report))
    out = tmp_path / "anonymous.docx"
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda parent, suggested, fmt: str(out))
    page.format_combo.setCurrentIndex(page.format_combo.findData("docx"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=30_000)
    assert "no one by name" in asked[0]
    text = "\n".join(p.text for p in DocxDocument(str(out)).paragraphs)
    assert "Managing Director" in text
    assert not re.search(r"\b(Dana|Okafor|Priya|Martin Cole|Northwind)\b", text)


def test_cancelling_the_report_exports_nothing(qtbot, window, tmp_path, monkeypatch):
    from pitchkit.gui import export_prompts

    window.show_step("generate")
    page = window.pages["generate"]
    monkeypatch.setattr(SharingDialog, "get_value", classmethod(lambda cls, *a, **k: (None, False)))
    asked = []
    monkeypatch.setattr(export_prompts, "ask_export_path", lambda *a: asked.append(a) or "")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == [] and not page.is_exporting()


def test_save_an_anonymised_copy(qtbot, window, tmp_path, prompt_log):
    out = tmp_path / "shareable.pitchkit"
    prompt_log.save_paths.append(str(out))
    window.actions_.anonymised_copy_action.trigger()
    assert ("sharing", "Save an Anonymised Copy") in prompt_log.choices
    copy = load_project(out).project
    assert "Dana Okafor" not in out.read_text() and copy.stakeholders[0].name == "Managing Director"
    assert window.session.project.stakeholders[0].name == "Dana Okafor", "the open project is untouched"
    assert not window.session.is_modified()


def test_export_register(qtbot, window, tmp_path, monkeypatch):
    out = tmp_path / "register.xlsx"
    monkeypatch.setattr(sharing_actions, "ask_register_path", lambda parent, suggested: str(out))
    window.actions_.export_register_action.trigger()
    assert out.read_bytes().startswith(b"PK")


def test_an_email_address_is_typed_on_the_stakeholders_step_and_undone(qtbot, window):
    window.show_step("stakeholders")
    page = window.stakeholders_page
    page.list.select_record("s-leo")
    page.email_edit.setFocus()
    page.email_edit.selectAll()
    qtbot.keyClicks(page.email_edit, "leo@example.org")
    qtbot.keyClick(page.email_edit, Qt.Key.Key_Tab)
    leo = window.session.project.stakeholder("s-leo")
    assert leo.email == "leo@example.org"
    window.undo_action.trigger()
    assert leo.email == "leo.barnes@northwind.example" and page.email_edit.text() == leo.email
