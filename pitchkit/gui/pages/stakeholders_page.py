"""The Stakeholders step: an editable table of the people the pitch needs, and a detail form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from pitchkit.core.model import Stakeholder, Stance, new_id
from pitchkit.gui.delegates import make_score_spin
from pitchkit.gui.fields import DateEdit
from pitchkit.gui.form_binding import (
    CheckBinding,
    DateBinding,
    EnumBinding,
    LineBinding,
    ListBinding,
    RecordForm,
    ScoreBinding,
    TextBinding,
)
from pitchkit.gui.kinds import STAKEHOLDERS
from pitchkit.gui.labels import label
from pitchkit.gui.pages.base import ListFormPanel, StepPage, add_row, scrolling_form, text_box
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.stakeholder_model import Column, StakeholderTableModel
from pitchkit.gui.steps import Step

# Free text stretches to share the width; numbers and stances take what they need.
_STRETCH_COLUMNS = (Column.NAME, Column.ROLE, Column.DEPARTMENT)


class StakeholdersPage(StepPage):
    """The stakeholder list (add, duplicate, delete, reorder, filter) beside one person's details."""

    #: (rows shown after filtering, stakeholders in the project)
    count_changed = Signal(int, int)

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        self.model = StakeholderTableModel(self)
        self.list = RecordListEditor(
            session,
            self.model,
            self._new_stakeholder,
            noun=self.tr("stakeholders"),
            filter_hint=self.tr("Filter by name, role, department or stance"),
            stretch=_STRETCH_COLUMNS,
            parent=self,
        )
        # The names the rest of the window (and its tests) use.
        self.table = self.list.table
        self.proxy = self.list.proxy
        self.filter_edit = self.list.filter_edit
        self.add_button = self.list.tool_button(self.list.add_action)
        header = self.table.horizontalHeader()
        for column in Column:
            if column not in _STRETCH_COLUMNS:
                header.resizeSection(column, self._fixed_width(column))

        scroll, form_layout = scrolling_form(self)
        details = scroll.widget()
        self.form = RecordForm(session, STAKEHOLDERS, self)
        self.name_edit = QLineEdit(details)
        self.role_edit = QLineEdit(details)
        self.department_edit = QLineEdit(details)
        self.power_spin = make_score_spin(details)
        self.interest_spin = make_score_spin(details)
        self.stance_combo = QComboBox(details)
        self.wanted_combo = QComboBox(details)
        self.channel_edit = QLineEdit(details)
        self.channel_edit.setPlaceholderText(self.tr("e.g. one-to-one, email, steering group"))
        self.email_edit = QLineEdit(details)
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.decision_check = QCheckBox(self.tr("Signs off the decision"), details)
        self.tags_edit = QLineEdit(details)
        self.tags_edit.setPlaceholderText(self.tr("comma-separated, e.g. finance, early adopter"))
        self.avoid_edit = QLineEdit(details)
        self.avoid_edit.setPlaceholderText(self.tr("words that put them off, e.g. social learning"))
        self.assessed_edit = DateEdit(details)
        self.notes_edit = text_box(details, 5, self.tr("What matters to them, what they said, who they listen to"))

        bind = self.form.bind
        bind(LineBinding(self.form, self.name_edit, "name"))
        bind(LineBinding(self.form, self.role_edit, "role"))
        bind(LineBinding(self.form, self.department_edit, "department"))
        bind(ScoreBinding(self.form, self.power_spin, "power"))
        bind(ScoreBinding(self.form, self.interest_spin, "interest"))
        bind(EnumBinding(self.form, self.stance_combo, "stance", Stance))
        bind(EnumBinding(self.form, self.wanted_combo, "stance_wanted", Stance))
        bind(LineBinding(self.form, self.channel_edit, "channel"))
        bind(LineBinding(self.form, self.email_edit, "email"))
        bind(CheckBinding(self.form, self.decision_check, "decision_maker"))
        bind(ListBinding(self.form, self.tags_edit, "tags"))
        bind(ListBinding(self.form, self.avoid_edit, "avoid_terms"))
        bind(DateBinding(self.form, self.assessed_edit, "last_assessed"))
        bind(TextBinding(self.form, self.notes_edit, "notes"))

        add_row(form_layout, self.tr("&Name:"), self.name_edit)
        add_row(form_layout, self.tr("&Role:"), self.role_edit)
        add_row(form_layout, self.tr("De&partment:"), self.department_edit)
        add_row(form_layout, self.tr("&Power:"), self.power_spin, self.tr("Power or influence over the decision, 0 to 10"))
        add_row(form_layout, self.tr("&Interest:"), self.interest_spin, self.tr("How much the pitch concerns them, 0 to 10"))
        add_row(form_layout, self.tr("&Stance now:"), self.stance_combo)
        add_row(form_layout, self.tr("Stance &wanted:"), self.wanted_combo)
        add_row(form_layout, self.tr("&Channel:"), self.channel_edit, self.tr("How they prefer to be reached"))
        add_row(form_layout, self.tr("E&mail:"), self.email_edit, self.tr("For the follow-up email draft; left out of anonymised copies"))
        add_row(form_layout, self.tr("Decision:"), self.decision_check)
        add_row(form_layout, self.tr("&Tags:"), self.tags_edit)
        add_row(form_layout, self.tr("A&void saying:"), self.avoid_edit)
        add_row(form_layout, self.tr("&Last assessed:"), self.assessed_edit)
        add_row(form_layout, self.tr("N&otes:"), self.notes_edit)

        self.body.addWidget(ListFormPanel(self.list, self.form, scroll, self.name_edit, self))
        self.list.count_changed.connect(self.count_changed)
        self.model.set_session(session)

    def _fixed_width(self, column: Column) -> int:
        # Short columns hold known values: size them from those, not by measuring every row.
        values = {
            Column.POWER: ["10"],
            Column.INTEREST: ["10"],
            Column.STANCE: [label(stance) for stance in Stance],
            Column.WANTED: [label(stance) for stance in Stance],
        }[column]
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in [title, *values])
        # Padding on both sides plus room for the sort arrow.
        return widest + 2 * metrics.averageCharWidth() + 16

    def _new_stakeholder(self) -> Stakeholder:
        return Stakeholder(id=new_id(Stakeholder.id_prefix), name=self.tr("New stakeholder"))

    def shown_count(self) -> int:
        """Rows left after filtering."""
        return self.proxy.rowCount()

    def total_count(self) -> int:
        """Stakeholders in the project."""
        return self.model.rowCount()

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find."""
        self.list.focus_filter()
