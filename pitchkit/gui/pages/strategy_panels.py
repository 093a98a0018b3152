"""The list-and-form tabs of the Strategy step: actions, attempts, talking points, busy periods."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from pitchkit.core.model import Action, ActionKind, Attempt, BusyPeriod, TalkingPoint, new_id
from pitchkit.gui.fields import DateEdit, StakeholderChecklist, StakeholderCombo
from pitchkit.gui.form_binding import (
    CheckBinding,
    DateBinding,
    EnumBinding,
    IdListBinding,
    LineBinding,
    RecordForm,
    StakeholderBinding,
    TextBinding,
)
from pitchkit.gui.models import (
    ActionTableModel,
    AttemptTableModel,
    BusyPeriodTableModel,
    TalkingPointTableModel,
)
from pitchkit.gui.pages.base import ListFormPanel, add_row, scrolling_form, text_box
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.record_model import RecordTableModel
from pitchkit.gui.session import ProjectSession

#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


class _Panel(QWidget):
    """One record list beside its form, as a tab."""

    def __init__(
        self, session: ProjectSession, model_class: type[RecordTableModel], noun: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model_class(self)
        model = self.model
        self.list = RecordListEditor(
            session, model, self.new_record, noun=noun,
            filter_hint=self.tr("Filter {noun}").format(noun=noun), stretch=(0, 1), parent=self,
        )
        self.scroll, self.form_layout = scrolling_form(self)
        self.box = self.scroll.widget()
        self.form = RecordForm(session, model.kind, self)

    def finish(self, first_editor: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(ListFormPanel(self.list, self.form, self.scroll, first_editor, self))
        self.model.set_session(self.session)

    def new_record(self) -> object:
        raise NotImplementedError

    @Slot()
    def focus_filter(self) -> None:
        self.list.focus_filter()


class ActionsPanel(_Panel):
    """Demos, pilots, stories, conversations: what to do rather than say."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, ActionTableModel, translate("ActionsPanel", "actions"), parent)
        self.title_edit = QLineEdit(self.box)
        self.kind_combo = QComboBox(self.box)
        self.detail_edit = text_box(self.box, 3)
        self.people_list = StakeholderChecklist(session, self.box)
        self.due_edit = DateEdit(self.box)
        self.done_check = QCheckBox(self.tr("Done"), self.box)
        bind = self.form.bind
        bind(LineBinding(self.form, self.title_edit, "title"))
        bind(EnumBinding(self.form, self.kind_combo, "kind", ActionKind))
        bind(TextBinding(self.form, self.detail_edit, "detail"))
        bind(IdListBinding(self.form, self.people_list, "stakeholders"))
        bind(DateBinding(self.form, self.due_edit, "due"))
        bind(CheckBinding(self.form, self.done_check, "done"))
        add_row(self.form_layout, self.tr("&Action:"), self.title_edit)
        add_row(self.form_layout, self.tr("&Kind:"), self.kind_combo)
        add_row(self.form_layout, self.tr("D&etail:"), self.detail_edit)
        add_row(self.form_layout, self.tr("&With:"), self.people_list)
        add_row(self.form_layout, self.tr("D&ue:"), self.due_edit)
        add_row(self.form_layout, self.tr("Status:"), self.done_check)
        self.finish(self.title_edit)

    def new_record(self) -> Action:
        return Action(id=new_id(Action.id_prefix), kind=ActionKind.DEMO, title=self.tr("New action"))


class AttemptsPanel(_Panel):
    """Fail fast, reform, re-approach: each try, what happened and what changes next time."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, AttemptTableModel, translate("AttemptsPanel", "attempts"), parent)
        self.date_edit = DateEdit(self.box)
        self.people_list = StakeholderChecklist(session, self.box)
        self.what_edit = text_box(self.box, 3, self.tr("What you tried and what happened"))
        self.outcome_edit = QLineEdit(self.box)
        self.lesson_edit = text_box(self.box, 3, self.tr("What you will change next time"))
        self.failed_check = QCheckBox(self.tr("It did not work"), self.box)
        bind = self.form.bind
        bind(DateBinding(self.form, self.date_edit, "date"))
        bind(IdListBinding(self.form, self.people_list, "stakeholders"))
        bind(TextBinding(self.form, self.what_edit, "what_happened"))
        bind(LineBinding(self.form, self.outcome_edit, "outcome"))
        bind(TextBinding(self.form, self.lesson_edit, "lesson"))
        bind(CheckBinding(self.form, self.failed_check, "failed"))
        add_row(self.form_layout, self.tr("&Date:"), self.date_edit)
        add_row(self.form_layout, self.tr("&With:"), self.people_list)
        add_row(self.form_layout, self.tr("&What happened:"), self.what_edit)
        add_row(self.form_layout, self.tr("&Outcome:"), self.outcome_edit)
        add_row(self.form_layout, self.tr("&Lesson:"), self.lesson_edit)
        add_row(self.form_layout, self.tr("Result:"), self.failed_check)
        self.finish(self.what_edit)

    def new_record(self) -> Attempt:
        return Attempt(id=new_id(Attempt.id_prefix), date=datetime.date.today())


class TalkingPointsPanel(_Panel):
    """Per-stakeholder talking points."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, TalkingPointTableModel, translate("TalkingPointsPanel", "talking points"), parent)
        self.person_combo = StakeholderCombo(session, parent=self.box)
        self.text_edit = text_box(self.box, 4, self.tr("What to say to them, in their terms"))
        self.form.bind(StakeholderBinding(self.form, self.person_combo, "stakeholder"))
        self.form.bind(TextBinding(self.form, self.text_edit, "text"))
        add_row(self.form_layout, self.tr("&To:"), self.person_combo)
        add_row(self.form_layout, self.tr("&Point:"), self.text_edit)
        self.finish(self.text_edit)

    def new_record(self) -> TalkingPoint | None:
        project = self.session.project
        if project is None or not project.stakeholders:
            return None
        current = self.list.current_record()
        person = current.stakeholder if current is not None else project.stakeholders[0].id
        return TalkingPoint(id=new_id(TalkingPoint.id_prefix), stakeholder=person, text="")


def period_in_order(record: BusyPeriod, field: str, value: object) -> bool:
    """A busy period must not end before it starts (the file format refuses that)."""
    if field == "start" and isinstance(value, datetime.date):
        return value <= record.end
    if field == "end" and isinstance(value, datetime.date):
        return record.start <= value
    return True


class BusyPeriodsPanel(_Panel):
    """Timing risks: stretches when meetings are likely to be declined."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, BusyPeriodTableModel, translate("BusyPeriodsPanel", "busy periods"), parent)
        self.label_edit = QLineEdit(self.box)
        self.start_edit = DateEdit(self.box)
        self.end_edit = DateEdit(self.box)
        self.form.bind(LineBinding(self.form, self.label_edit, "label"))
        self.form.bind(DateBinding(self.form, self.start_edit, "start", required=True))
        self.form.bind(DateBinding(self.form, self.end_edit, "end", required=True))
        self.form.validator = period_in_order
        add_row(self.form_layout, self.tr("&Period:"), self.label_edit)
        add_row(self.form_layout, self.tr("&From:"), self.start_edit)
        add_row(self.form_layout, self.tr("T&o:"), self.end_edit)
        self.finish(self.label_edit)

    def new_record(self) -> BusyPeriod:
        today = datetime.date.today()
        return BusyPeriod(
            id=new_id(BusyPeriod.id_prefix), label=self.tr("Busy period"),
            start=today, end=today + datetime.timedelta(days=14),
        )
