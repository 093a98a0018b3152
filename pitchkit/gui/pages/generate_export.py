"""The Generate page's export: where to write, the background job, and what it reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot

from pitchkit.core.model import Project
from pitchkit.core.naming import export_stem
from pitchkit.documents import formats
from pitchkit.gui import export_prompts, prompts, sharing_actions
from pitchkit.gui.export_worker import ExportJob, ExportRequest
from pitchkit.gui.preview import snapshot
from pitchkit.gui.settings import gui_settings

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QComboBox, QLabel, QProgressBar, QPushButton

    from pitchkit.gui.preview import PreviewRenderer
    from pitchkit.gui.session import ProjectSession

_FOLDER_KEY = "generate/folder"


#: Called by this name so pyside6-lupdate finds the strings (this class is mixed into GeneratePage).
translate = QCoreApplication.translate


class ExportSection:
    """Export for the Generate page (a mixin: the page owns the widgets named below)."""

    session: ProjectSession
    renderer: PreviewRenderer
    audience_combo: QComboBox
    format_combo: QComboBox
    export_button: QPushButton
    open_button: QPushButton
    progress: QProgressBar
    result_label: QLabel
    reference_docx: str
    last_export: str
    _pool: QThreadPool
    _export_job: ExportJob | None
    _project_generation: int
    _export_generation: int

    if TYPE_CHECKING:

        def tr(self, text: str) -> str: ...  # QObject's, through the page


    def _folder(self) -> str:
        folder = str(gui_settings().value(_FOLDER_KEY, "") or "")
        if not folder and self.session.path is not None:
            folder = str(self.session.path.parent)
        return folder or str(Path.home())

    def _suggested_path(self, fmt: str) -> str:
        project = self.session.project or Project()
        file_stem = self.session.path.stem if self.session.path is not None else None
        stem = export_stem(project, file_stem, self.renderer.template, self.audience_combo.currentData())
        return str(Path(self._folder()) / formats.get(fmt).file_name(stem))

    def is_exporting(self) -> bool:
        return self._export_job is not None

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the preview and export threads are idle (scripts and tests only)."""
        return self.renderer.wait(msecs) and self._pool.waitForDone(msecs)

    @Slot()
    def export(self) -> None:
        """Ask where to write, then export in the background."""
        project = self.session.project
        if project is None or self._export_job is not None:
            return
        if not sharing_actions.confirm_page_export(self, project):  # what will leave, anonymise?
            return
        fmt = self.format_combo.currentData()
        path = export_prompts.ask_export_path(self, self._suggested_path(fmt), fmt)
        if not path:
            return
        if Path(path).suffix == "":
            path = formats.get(fmt).file_name(path)
        gui_settings().setValue(_FOLDER_KEY, str(Path(path).parent))
        request = ExportRequest(
            snapshot(project), path, fmt, self.renderer.template, self.audience_combo.currentData(),
            self.reference_docx if "reference_docx" in formats.get(fmt).options else None,
            self.anonymise_switch.options(),
        )
        job = ExportJob(request)
        job.signals.finished.connect(self._on_export_finished)
        job.signals.failed.connect(self._on_export_failed)
        self._export_job = job
        self._export_generation = self._project_generation
        self.export_button.setEnabled(False)
        self.open_button.hide()
        self.progress.show()
        self.result_label.setText(translate("GeneratePage", "Exporting {name}…").format(name=Path(path).name))
        self._pool.start(job)

    def _forget_export(self) -> None:
        """Another project is shown: the last export's message was about the one before."""
        self._project_generation += 1
        self.last_export = ""
        self.result_label.clear()
        self.open_button.hide()

    def _export_done(self) -> None:
        self._export_job = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    @Slot(object)
    def _on_export_finished(self, report) -> None:
        self._export_done()
        if self._export_generation != self._project_generation:
            return  # the project it was about is no longer shown
        self.last_export = str(report.path)
        self.result_label.setText(translate("GeneratePage", "Exported {path}").format(path=report.path))
        self.open_button.show()
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if report.warnings:
            text = "\n".join(f"{report.path}: {warning}" for warning in report.warnings)
            prompts.show_warning(self, text, title=translate("GeneratePage", "Exported With Warnings"))

    @Slot(str)
    def _on_export_failed(self, message: str) -> None:
        self._export_done()
        if self._export_generation != self._project_generation:
            self.result_label.clear()
        else:
            self.result_label.setText(translate("GeneratePage", "Export failed."))
        prompts.show_error(self, message, title=translate("GeneratePage", "Cannot Export"))

    @Slot()
    def open_export(self) -> None:
        """Open the last exported file in the system's viewer."""
        if self.last_export and not export_prompts.open_in_viewer(self.last_export):
            prompts.show_error(
                self, translate("GeneratePage", "{path}: no application could open it").format(path=self.last_export),
                title=translate("GeneratePage", "Cannot Open"),
            )
