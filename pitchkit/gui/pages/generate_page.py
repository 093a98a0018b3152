"""The Generate step: template, audience and reference .docx; live preview, health check, export.

The page's choices are view settings, not project edits: the template, the format and the
reference document are remembered in QSettings (a consultant's corporate .docx serves every
project); the audience is a stakeholder of this project, so it lives on the page only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Slot
from PySide6.QtGui import QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pitchkit.documents import formats
from pitchkit.gui import export_prompts, sharing_actions
from pitchkit.gui.combo_fit import fit_combo
from pitchkit.gui.export_worker import ExportJob
from pitchkit.gui.focus_frame import show_focus, tab_chain
from pitchkit.gui.health_panel import HealthPanel
from pitchkit.gui.kinds import ALL, STAKEHOLDERS, Change
from pitchkit.gui.pages.base import StepPage
from pitchkit.gui.pages.document_language import DocumentLanguageChoice
from pitchkit.gui.pages.generate_export import ExportSection
from pitchkit.gui.preview import PreviewRenderer, PreviewResult
from pitchkit.gui.preview_fit import FittingBrowser
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.settings import gui_settings
from pitchkit.gui.steps import Step
from pitchkit.gui.theme import show_as_paper

_TEMPLATE_KEY = "generate/template"
_FORMAT_KEY = "generate/format"
_REFERENCE_KEY = "generate/reference_docx"


class GeneratePage(ExportSection, StepPage):
    """Choices across the top, the preview beside the health panel, export underneath."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        settings = gui_settings()
        self._stale = True
        self._audience_stale = True
        self._document: QTextDocument | None = None
        #: The preview shows the first part of a long document only (see preview.first_part).
        self.preview_partial = False
        self._export_job: ExportJob | None = None
        self.last_export: str = ""
        #: Counts the projects shown, so an export's outcome is reported only on its own.
        self._project_generation = 0
        self._export_generation = 0
        self.reference_docx = str(settings.value(_REFERENCE_KEY, "") or "")

        self.template_combo = QComboBox(self)
        self.template_combo.setAccessibleName(self.tr("Template"))
        # Template names are short: shown whole; the others elide with the full text on hover.
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.audience_combo = QComboBox(self)
        self.audience_combo.setAccessibleName(self.tr("Audience"))
        self.audience_combo.setMinimumContentsLength(16)
        self.audience_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference_label = QLabel(self)
        self.reference_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_button = QPushButton(self.tr("&Reference .docx…"), self)
        self.reference_button.setToolTip(self.tr("A Word document whose styles the .docx export uses"))
        self.clear_reference_button = QPushButton(self.tr("Clear"), self)
        self.clear_reference_button.setToolTip(self.tr("Use PitchKit's own Word styles"))
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        for spec in formats.document_formats():
            self.format_combo.addItem(export_prompts.format_text(spec.label), spec.name)
        for combo in (self.template_combo, self.audience_combo, self.format_combo):
            fit_combo(combo)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.anonymise_switch = sharing_actions.AnonymiseSwitch(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Exporting"))
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(self.tr("Open the exported file in the system's viewer"))
        self.open_button.hide()

        self.preview = FittingBrowser(self)  # pictures shrink to its width: no sideways scrolling
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview"))
        show_focus(self.preview)
        show_as_paper(self.preview)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setMargin(24)
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.message_label)
        self.preview_status = QLabel(self)
        self.health = HealthPanel(self)

        self.renderer = PreviewRenderer(self)
        self.language_choice = DocumentLanguageChoice(session, self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._templates_filled = False
        index = self.format_combo.findData(str(settings.value(_FORMAT_KEY, "docx") or "docx"))
        self.format_combo.setCurrentIndex(max(index, 0))
        self._show_reference()

        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Template:"), self))
        choices.addWidget(self.template_combo, 2)
        choices.addWidget(QLabel(self.tr("Audience:"), self))
        choices.addWidget(self.audience_combo, 2)
        # The document's language and the reference document on a row of their own, so the
        # template and audience names are not cut on a small screen.
        document_row = QHBoxLayout()
        document_row.addWidget(self.language_choice)
        document_row.addWidget(self.reference_button)
        document_row.addWidget(self.reference_label, 1)
        document_row.addWidget(self.clear_reference_button)
        preview_column = QWidget(self)
        column = QVBoxLayout(preview_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview_status)
        column.addWidget(self.preview_stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(preview_column)
        splitter.addWidget(self.health)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])
        export_row = QHBoxLayout()
        export_row.addWidget(QLabel(self.tr("Format:"), self))
        export_row.addWidget(self.format_combo)
        export_row.addWidget(self.anonymise_switch)
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.progress)
        export_row.addWidget(self.result_label, 1)
        export_row.addWidget(self.open_button)
        self.body.addLayout(choices)
        self.body.addLayout(document_row)
        self.body.addWidget(splitter, 1)
        self.body.addLayout(export_row)
        tab_chain(self.template_combo, self.audience_combo, self.language_choice.combo, self.reference_button,
                  self.clear_reference_button, self.preview, self.health.tree, self.format_combo,
                  self.anonymise_switch, self.export_button, self.open_button)

        self.template_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.audience_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.anonymise_switch.toggled.connect(self._on_choice_changed)
        self.reference_button.clicked.connect(self.choose_reference)
        self.clear_reference_button.clicked.connect(self.clear_reference)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_export)
        self.renderer.ready.connect(self._on_preview_ready)
        self.renderer.busy_changed.connect(self._on_busy_changed)
        self.health.finding_activated.connect(self._go_to_finding)
        session.changed.connect(self._on_session_changed)
        self._on_session_changed(Change(ALL))

    # ----------------------------------------------------------------------------------------
    # Choices
    # ----------------------------------------------------------------------------------------

    def _fill_templates(self, wanted: str) -> None:
        from pitchkit.documents.templates import list_templates

        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for info in list_templates(self.language_choice.language()):
            self.template_combo.addItem(info.name, info.key)
            self.template_combo.setItemData(self.template_combo.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(wanted), 0))
        self.template_combo.blockSignals(False)
        self._templates_filled = True
        self.renderer.template = self.template_combo.currentData() or "proposal"

    def _fill_audiences(self) -> None:
        project = self.session.project
        current = self.audience_combo.currentData()
        self.audience_combo.blockSignals(True)
        self.audience_combo.clear()
        self.audience_combo.addItem(self.tr("The whole pitch"), None)
        for person in project.stakeholders if project is not None else []:
            label = f"{person.name} — {person.role}" if person.role else person.name
            self.audience_combo.addItem(label or person.id, person.id)
        self.audience_combo.setCurrentIndex(max(self.audience_combo.findData(current), 0))
        self.audience_combo.blockSignals(False)
        self._audience_stale = False
        self.renderer.audience = self.audience_combo.currentData()

    def select_audience(self, stakeholder_id: str | None) -> None:
        """Preview for one stakeholder (or None: the whole pitch)."""
        if self._audience_stale:
            self._fill_audiences()
        self.audience_combo.setCurrentIndex(max(self.audience_combo.findData(stakeholder_id), 0))

    def select_template(self, key: str) -> None:
        if not self._templates_filled:
            self._fill_templates(key)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(key), 0))

    @Slot()
    def _on_choice_changed(self) -> None:
        self.renderer.template = self.template_combo.currentData() or "proposal"
        self.renderer.audience = self.audience_combo.currentData()
        self.renderer.anonymise = self.anonymise_switch.options()
        gui_settings().setValue(_TEMPLATE_KEY, self.renderer.template)
        self._refresh(immediately=True)

    @Slot()
    def _on_format_changed(self) -> None:
        gui_settings().setValue(_FORMAT_KEY, self.format_combo.currentData())

    @Slot()
    def choose_reference(self) -> None:
        folder = str(Path(self.reference_docx).parent) if self.reference_docx else self._folder()
        path = export_prompts.ask_reference_docx(self, folder)
        if path:
            self.reference_docx = path
            gui_settings().setValue(_REFERENCE_KEY, path)
            self._show_reference()

    @Slot()
    def clear_reference(self) -> None:
        self.reference_docx = ""
        gui_settings().remove(_REFERENCE_KEY)
        self._show_reference()

    def use_reference_docx(self, path: str) -> None:
        """Preferences chose the default reference document (already stored in the settings)."""
        self.reference_docx = path
        self._show_reference()

    def _show_reference(self) -> None:
        name = Path(self.reference_docx).name if self.reference_docx else self.tr("PitchKit's Word styles")
        self.reference_label.setText(name)
        self.reference_label.setToolTip(self.reference_docx)
        self.clear_reference_button.setEnabled(bool(self.reference_docx))

    # ----------------------------------------------------------------------------------------
    # Preview and health
    # ----------------------------------------------------------------------------------------

    @Slot(object)
    def _on_session_changed(self, change: Change) -> None:
        self.renderer.set_project(self.session.project)
        if change.kind in (ALL, STAKEHOLDERS):
            if change.kind == ALL:
                self.audience_combo.setCurrentIndex(0)
                self._forget_export()
            self._audience_stale = True
        if self.session.project is None:
            self._clear_preview()
            return
        if self.isVisible():
            if self._audience_stale:
                self._fill_audiences()
            self.renderer.request()
        else:
            self._stale = True

    def _refresh(self, *, immediately: bool) -> None:
        if not self.isVisible() or self.session.project is None:
            self._stale = True
            return
        self._stale = False
        if immediately:
            self.renderer.refresh_now()
        else:
            self.renderer.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._templates_filled:
            # Here rather than at start-up: listing templates imports Jinja.
            self._fill_templates(str(gui_settings().value(_TEMPLATE_KEY, "proposal") or "proposal"))
        if self._audience_stale and self.session.project is not None:
            self._fill_audiences()
        if self._stale:
            self._refresh(immediately=True)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        self.preview_status.setText(self.tr("Updating the preview…") if busy else self.tr("Preview — what the export will contain"))

    @Slot(object)
    def _on_preview_ready(self, result: PreviewResult) -> None:
        self.health.set_findings(result.findings)
        summary = self.health.summary()
        health = self.tr("Health check: {summary}.").format(summary=summary) if summary else self.tr("Health check: nothing to flag.")
        self.guidance_label.setText(f"{self.step.guidance} {health}")
        if result.document is None:
            self.message_label.setText(result.error)
            self.preview_stack.setCurrentWidget(self.message_label)
            return
        old = self._document
        self.preview_partial = result.partial
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        result.document.setParent(self.preview)
        self._document = result.document
        self.preview.setDocument(result.document)
        bar.setValue(position)
        self.preview_stack.setCurrentWidget(self.preview)
        if old is not None:
            old.deleteLater()

    def preview_document(self) -> QTextDocument | None:
        """The document the preview shows (None while it shows why there is none)."""
        return self._document if self.preview_stack.currentWidget() is self.preview else None

    def preview_text(self) -> str:
        """The text the preview shows (the error message when there is no preview)."""
        if self.preview_stack.currentWidget() is self.message_label:
            return self.message_label.text()
        return self.preview.toPlainText()

    def _clear_preview(self) -> None:
        self.preview.clear()
        self.health.set_findings([])
        self.guidance_label.setText(self.step.guidance)

    @Slot(str, str)
    def _go_to_finding(self, step_key: str, record_id: str) -> None:
        window = self.window()
        show_step = getattr(window, "show_step", None)
        if not step_key or show_step is None:
            return
        show_step(step_key)
        page = getattr(window, "pages", {}).get(step_key)
        records = getattr(page, "list", None)
        if record_id and records is not None:
            records.select_record(record_id)
