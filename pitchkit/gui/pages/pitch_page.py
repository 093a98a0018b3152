"""The Pitch step: what is proposed, by whom, what is asked for, the story and the evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from pitchkit.core.model import Evidence, new_id
from pitchkit.gui.fields import DateEdit
from pitchkit.gui.form_binding import DateBinding, LineBinding, RecordForm, TextBinding
from pitchkit.gui.kinds import ALL, EVIDENCE, PITCH, PROJECT, Change
from pitchkit.gui.models import EvidenceTableModel
from pitchkit.gui.pages.base import ListFormPanel, StepPage, add_row, scrolling_form, text_box
from pitchkit.gui.pages.meeting_fields import add_meeting_fields
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step


class PitchPage(StepPage):
    """The pitch form on the left; the evidence list and its form on the right."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        scroll, form_layout = scrolling_form(self)
        box = scroll.widget()
        self.project_form = RecordForm(session, PROJECT, self)
        self.form = RecordForm(session, PITCH, self)
        self.title_edit = QLineEdit(box)
        self.title_edit.setPlaceholderText(self.tr("A name for this pitch, e.g. Peer learning pilot"))
        self.organisation_edit = QLineEdit(box)
        self.initiative_edit = text_box(box, 2, self.tr("What you propose, in plain words, without jargon"))
        self.advocate_edit = QLineEdit(box)
        self.advocate_role_edit = QLineEdit(box)
        self.ask_edit = text_box(box, 2, self.tr("The decision you want, e.g. agree a six-month pilot"))
        self.budget_edit = QLineEdit(box)
        self.pilot_scope_edit = text_box(box, 2, self.tr("Who takes part, for how long, how it is measured"))
        self.meeting_edit = DateEdit(box)
        self.deadline_edit = DateEdit(box)
        self.story_edit = text_box(box, 5, self.tr("A short personal story to open with"))

        self.project_form.bind(LineBinding(self.project_form, self.title_edit, "title"))
        bind = self.form.bind
        bind(LineBinding(self.form, self.organisation_edit, "organisation"))
        bind(TextBinding(self.form, self.initiative_edit, "initiative"))
        bind(LineBinding(self.form, self.advocate_edit, "advocate"))
        bind(LineBinding(self.form, self.advocate_role_edit, "advocate_role"))
        bind(TextBinding(self.form, self.ask_edit, "ask"))
        bind(LineBinding(self.form, self.budget_edit, "budget"))
        bind(TextBinding(self.form, self.pilot_scope_edit, "pilot_scope"))
        bind(DateBinding(self.form, self.meeting_edit, "meeting_date"))
        bind(DateBinding(self.form, self.deadline_edit, "deadline"))
        bind(TextBinding(self.form, self.story_edit, "story"))

        add_row(form_layout, self.tr("&Title:"), self.title_edit)
        add_row(form_layout, self.tr("&Organisation:"), self.organisation_edit)
        add_row(form_layout, self.tr("&Initiative:"), self.initiative_edit)
        add_row(form_layout, self.tr("A&dvocate:"), self.advocate_edit, self.tr("Who makes the pitch (you)"))
        add_row(form_layout, self.tr("Advocate's &role:"), self.advocate_role_edit)
        add_row(form_layout, self.tr("The &ask:"), self.ask_edit)
        add_row(form_layout, self.tr("&Budget:"), self.budget_edit)
        add_row(form_layout, self.tr("&Pilot scope:"), self.pilot_scope_edit)
        add_row(form_layout, self.tr("&Meeting date:"), self.meeting_edit)
        add_row(form_layout, self.tr("Dead&line:"), self.deadline_edit)
        add_row(form_layout, self.tr("&Story:"), self.story_edit)
        self.meeting_fields = add_meeting_fields(session, self.form, form_layout, box)

        self.evidence_model = EvidenceTableModel(self)
        self.evidence_list = RecordListEditor(
            session,
            self.evidence_model,
            self._new_evidence,
            noun=self.tr("evidence"),
            filter_hint=self.tr("Filter evidence"),
            stretch=(0, 1),
            parent=self,
        )
        evidence_scroll, evidence_layout = scrolling_form(self)
        evidence_box = evidence_scroll.widget()
        self.evidence_form = RecordForm(session, EVIDENCE, self)
        self.evidence_title_edit = QLineEdit(evidence_box)
        self.evidence_detail_edit = text_box(evidence_box, 3, self.tr("The result, the quote, the figure"))
        self.evidence_source_edit = QLineEdit(evidence_box)
        self.evidence_form.bind(LineBinding(self.evidence_form, self.evidence_title_edit, "title"))
        self.evidence_form.bind(TextBinding(self.evidence_form, self.evidence_detail_edit, "detail"))
        self.evidence_form.bind(LineBinding(self.evidence_form, self.evidence_source_edit, "source"))
        add_row(evidence_layout, self.tr("Evidence t&itle:"), self.evidence_title_edit)
        add_row(evidence_layout, self.tr("D&etail:"), self.evidence_detail_edit)
        add_row(evidence_layout, self.tr("So&urce:"), self.evidence_source_edit)

        evidence_panel = QWidget(self)
        evidence_heading = QLabel(self.tr("<b>Evidence</b> — pilot results, testimonials, figures that show it works"), evidence_panel)
        evidence_heading.setWordWrap(True)
        evidence_column = QVBoxLayout(evidence_panel)
        evidence_column.setContentsMargins(0, 0, 0, 0)
        evidence_column.addWidget(evidence_heading)
        evidence_column.addWidget(
            ListFormPanel(
                self.evidence_list,
                self.evidence_form,
                evidence_scroll,
                self.evidence_title_edit,
                evidence_panel,
                orientation=Qt.Orientation.Vertical,
            ),
            1,
        )

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(evidence_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter)

        session.changed.connect(self._on_changed)
        self.evidence_model.set_session(session)
        self._show_project()

    def _new_evidence(self) -> Evidence:
        return Evidence(id=new_id(Evidence.id_prefix), title=self.tr("New evidence"))

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find: the evidence filter."""
        self.evidence_list.focus_filter()

    def _show_project(self) -> None:
        project = self.session.project
        self.project_form.set_record(project)
        self.form.set_record(None if project is None else project.pitch)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:
            self._show_project()
