"""The Business problems step: each problem in the stakeholder's words, with a KPI and a target."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pitchkit.core.errors import PitchKitError
from pitchkit.core.model import Problem, new_id
from pitchkit.gui.fields import StakeholderChecklist
from pitchkit.gui.form_binding import (
    ComboTextBinding,
    IdListBinding,
    LineBinding,
    RecordForm,
    TextBinding,
)
from pitchkit.gui.kinds import ALL, PROBLEMS, Change
from pitchkit.gui.models import ProblemTableModel
from pitchkit.gui.pages.base import ListFormPanel, StepPage, add_row, scrolling_form, text_box
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step


@dataclass(frozen=True)
class ProblemChoice:
    """A playbook business problem as the picker offers it."""

    name: str
    in_their_words: str
    kpis: list[str] = field(default_factory=list)
    how_it_helps: str = ""


def playbook_problems() -> list[ProblemChoice]:
    """The playbook's business problems; none when the playbook is missing or broken."""
    try:
        from pitchkit.core.playbook import load_playbook
    except ImportError:
        return []
    try:
        from pitchkit.core.language import current_language
        from pitchkit.core.playbook_nl import localised

        playbook = localised(load_playbook(), current_language())
    except (PitchKitError, OSError):
        return []
    return [
        ProblemChoice(p.name, p.in_their_words, list(p.kpis), p.how_it_helps) for p in playbook.problems
    ]


class ProblemsPage(StepPage):
    """A table of business problems beside the form of the selected one."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        self.choices = {choice.name.casefold(): choice for choice in playbook_problems()}
        self._kpi_choice: ProblemChoice | None = None
        self.model = ProblemTableModel(self)
        self.list = RecordListEditor(
            session,
            self.model,
            self._new_problem,
            noun=self.tr("business problems"),
            filter_hint=self.tr("Filter by problem, KPI, target or stakeholder"),
            stretch=(0, 1),
            parent=self,
        )

        scroll, form_layout = scrolling_form(self)
        box = scroll.widget()
        self.form = RecordForm(session, PROBLEMS, self)
        self.pattern_combo = QComboBox(box)
        self.pattern_combo.setEditable(True)
        self.pattern_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pattern_combo.lineEdit().setPlaceholderText(self.tr("Pick a common problem or type your own"))
        self.pattern_combo.addItems([choice.name for choice in self.choices.values()])
        self.description_edit = text_box(box, 3, self.tr("The problem as they would say it"))
        self.kpi_combo = QComboBox(box)
        self.kpi_combo.setEditable(True)
        self.kpi_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kpi_combo.lineEdit().setPlaceholderText(self.tr("The number that shows the problem"))
        self.baseline_edit = QLineEdit(box)
        self.target_edit = QLineEdit(box)
        self.how_edit = text_box(box, 3, self.tr("How the initiative moves the number"))
        self.people_list = StakeholderChecklist(session, box)

        bind = self.form.bind
        bind(ComboTextBinding(self.form, self.pattern_combo, "pattern", commit_picks=False))
        bind(TextBinding(self.form, self.description_edit, "description"))
        bind(ComboTextBinding(self.form, self.kpi_combo, "kpi"))
        bind(LineBinding(self.form, self.baseline_edit, "baseline"))
        bind(LineBinding(self.form, self.target_edit, "target"))
        bind(TextBinding(self.form, self.how_edit, "how_helps"))
        bind(IdListBinding(self.form, self.people_list, "stakeholders"))

        add_row(form_layout, self.tr("&Kind:"), self.pattern_combo, self.tr("A common business problem from the playbook, or your own"))
        add_row(form_layout, self.tr("In their &words:"), self.description_edit)
        add_row(form_layout, self.tr("K&PI:"), self.kpi_combo)
        add_row(form_layout, self.tr("&Baseline:"), self.baseline_edit)
        add_row(form_layout, self.tr("&Target:"), self.target_edit)
        add_row(form_layout, self.tr("&How it helps:"), self.how_edit)
        add_row(form_layout, self.tr("&Whose problem:"), self.people_list)

        self.body.addWidget(ListFormPanel(self.list, self.form, scroll, self.description_edit, self))
        self.pattern_combo.textActivated.connect(self._on_pattern_picked)
        self.list.current_changed.connect(self._fill_kpis)
        session.changed.connect(self._on_changed)
        self.model.set_session(session)

    def _new_problem(self) -> Problem:
        return Problem(id=new_id(Problem.id_prefix), description=self.tr("New business problem"))

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find."""
        self.list.focus_filter()

    @Slot(str)
    def _on_pattern_picked(self, name: str) -> None:
        record = self.form.record
        if record is None:
            return
        choice = self.choices.get(name.casefold())
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Choose problem “{name}”").format(name=name))
        self.session.set_field(PROBLEMS, record, "pattern", name)
        if choice is not None:
            # Fill only what is still empty or still the placeholder text.
            if record.description in ("", self.tr("New business problem")):
                self.session.set_field(PROBLEMS, record, "description", choice.in_their_words)
            if not record.kpi and choice.kpis:
                self.session.set_field(PROBLEMS, record, "kpi", choice.kpis[0])
            if not record.how_helps and choice.how_it_helps:
                self.session.set_field(PROBLEMS, record, "how_helps", choice.how_it_helps)
        stack.endMacro()
        self.session.end_typing()

    @Slot()
    def _fill_kpis(self) -> None:
        record = self.form.record
        choice = self.choices.get(record.pattern.casefold()) if record is not None else None
        if choice is self._kpi_choice:
            return  # refilling would move the cursor of someone typing a KPI
        self._kpi_choice = choice
        text = self.kpi_combo.currentText()
        blocked = self.kpi_combo.blockSignals(True)
        self.kpi_combo.clear()
        self.kpi_combo.addItems(choice.kpis if choice is not None else [])
        self.kpi_combo.setCurrentText(text)
        self.kpi_combo.lineEdit().setCursorPosition(0)  # a long KPI shows its start
        self.kpi_combo.blockSignals(blocked)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (PROBLEMS, ALL):
            self._fill_kpis()
