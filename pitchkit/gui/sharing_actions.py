"""File ▸ Import Stakeholders…, Export Register… and Save an Anonymised Copy…, and the Generate
step's privacy check before a shared export.

The file pickers are plain functions here (tests replace them), the dialogs have
`get_value` classmethods, and the import is one undo command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QWidget

from pitchkit.core.anonymise import AnonymiseOptions, anonymise, shareable_copy
from pitchkit.core.errors import PitchKitError
from pitchkit.core.model import Project
from pitchkit.core.privacy_report import PrivacyReport, document_report
from pitchkit.gui import prompts

if TYPE_CHECKING:
    from pitchkit.gui.main_window import MainWindow
    from pitchkit.gui.pages.generate_page import GeneratePage

SHEET_FILTER = QT_TRANSLATE_NOOP("sharing", "Spreadsheets (*.csv *.xlsx);;All files (*)")
REGISTER_FILTER = QT_TRANSLATE_NOOP("sharing", "Excel workbooks (*.xlsx);;CSV files (*.csv)")


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def ask_sheet_path(parent: QWidget | None, folder: str) -> str:
    """Ask for a .csv or .xlsx to import; "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("sharing", "Import Stakeholders"), folder, translate("sharing", SHEET_FILTER))
    return path


def ask_register_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to write the register (.xlsx or .csv); "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, translate("sharing", "Export Register"), suggested, translate("sharing", REGISTER_FILTER))
    return path


def _folder(window: MainWindow) -> str:
    path = window.session.path
    return str(path.parent) if path is not None else str(Path.home())


def _stem(window: MainWindow) -> str:
    path = window.session.path
    return path.stem if path is not None else "pitch"


def import_stakeholders(window: MainWindow) -> None:
    """Pick a sheet, preview every change, apply the accepted rows as one undo step."""
    from pitchkit.core.register_import import import_file
    from pitchkit.gui.import_dialog import ImportPreviewDialog
    from pitchkit.gui.register_commands import ImportStakeholdersCommand

    session = window.session
    if session.project is None:
        return
    path = ask_sheet_path(window, _folder(window))
    if not path:
        return
    try:
        plan = import_file(session.project, path)
    except PitchKitError as err:
        prompts.show_error(window, str(err), title=translate("sharing", "Cannot Import"))
        return
    if not plan.rows:
        prompts.show_warning(window, translate("sharing", "{file}: {summary}; nothing to import.").format(file=path, summary=plan.summary()),
                             title=translate("sharing", "Nothing to Import"))
        return
    rows, accepted = ImportPreviewDialog.get_value(window, plan)
    if accepted and rows:
        session.undo_stack.push(ImportStakeholdersCommand(session, plan, rows))


def export_register(window: MainWindow) -> None:
    """Write the stakeholder register as .xlsx (or .csv, by the name chosen)."""
    from pitchkit.documents.export import export_project

    project = window.session.project
    if project is None:
        return
    path = ask_register_path(window, str(Path(_folder(window)) / f"{_stem(window)}-register.xlsx"))
    if not path:
        return
    fmt = "csv" if path.lower().endswith(".csv") else "xlsx"
    if not path.lower().endswith((".csv", ".xlsx")):
        path += ".xlsx"
    try:
        export_project(project, out=path, fmt=fmt)
    except PitchKitError as err:
        prompts.show_error(window, str(err), title=translate("sharing", "Cannot Export"))
        return
    window.statusBar().showMessage(translate("sharing", "Exported the register to {path}").format(path=path), 5000)


def copy_report(project: Project, choice: AnonymiseOptions | None) -> PrivacyReport:
    """What the anonymised copy of `project` would hold."""
    from pitchkit.core import privacy_report

    return privacy_report.copy_report(project, shareable_copy(project, choice or AnonymiseOptions()))


def save_anonymised_copy(window: MainWindow) -> None:
    """Show what the copy keeps, then write it where the user says (the open project is untouched)."""
    from pitchkit.core.project_file import save_project
    from pitchkit.gui.sharing_dialog import SharingDialog

    project = window.session.project
    if project is None:
        return
    choice, accepted = SharingDialog.get_value(
        window, translate("sharing", "Save an Anonymised Copy"), lambda c: copy_report(project, c), AnonymiseOptions(), always_anonymised=True,
    )
    if not accepted:
        return
    path = prompts.ask_save_path(window, str(Path(_folder(window)) / f"{_stem(window)}-anonymised.pitchkit"))
    if not path:
        return
    if window.session.path is not None and Path(path).resolve() == window.session.path.resolve():
        prompts.show_error(window, translate("sharing", "{path}: is the project itself; choose a new file for the anonymised copy").format(path=path))
        return
    try:
        save_project(shareable_copy(project, choice or AnonymiseOptions()), path, backup=False)
    except PitchKitError as err:
        prompts.show_error(window, str(err), title=translate("sharing", "Cannot Save"))
        return
    window.statusBar().showMessage(translate("sharing", "Saved an anonymised copy to {path}").format(path=path), 5000)


def document_report_for(project: Project, template: str, audience: str | None, choice: AnonymiseOptions | None) -> PrivacyReport:
    """What the document `template` would give away, rendered with the anonymise choice."""
    from pitchkit.documents.export import render_markdown

    shown = project if choice is None else anonymise(project, choice)
    if choice is not None and audience:
        person = project.find_stakeholder(audience)
        audience = person.id if person is not None else audience
    try:
        text = render_markdown(shown, template, audience)
    except PitchKitError:
        text = ""
    return document_report(project, text)


def confirm_shared_export(
    parent: QWidget, project: Project, template: str, audience: str | None, choice: AnonymiseOptions | None,
) -> tuple[AnonymiseOptions | None, bool]:
    """Before a shared document is exported: the report and the anonymise choice (private ones pass)."""
    from pitchkit.documents.templates import find_template
    from pitchkit.gui.sharing_dialog import SharingDialog

    try:
        shared = getattr(find_template(template), "shared", True)
    except PitchKitError:
        shared = True
    if shared is False:
        return choice, True
    return SharingDialog.get_value(
        parent, translate("sharing", "Before You Share"), lambda c: document_report_for(project, template, audience, c), choice,
    )


def confirm_page_export(page: GeneratePage, project: Project) -> bool:
    """The Generate step's check before an export; the choice made goes back to its switch."""
    switch = page.anonymise_switch
    choice, go_on = confirm_shared_export(page, project, page.renderer.template, page.audience_combo.currentData(), switch.options())
    if go_on:
        switch.set_options(choice)
    return go_on


class AnonymiseSwitch(QCheckBox):
    """The Generate step's switch: people named by role in the preview and the export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("sharing", "&Anonymise"), parent)
        self.setToolTip(translate("sharing", "Name every person by their role, in the text and in the map"))
        self._options = AnonymiseOptions()

    def options(self) -> AnonymiseOptions | None:
        """The anonymise choice (None: people keep their names)."""
        return self._options if self.isChecked() else None

    def set_options(self, options: AnonymiseOptions | None) -> None:
        """Take the choice made in the privacy report."""
        if options is not None:
            self._options = options
        self.setChecked(options is not None)
