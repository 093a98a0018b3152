"""The Resistances step: every objection, whose it is, the concern under it and the answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from pitchkit.core.errors import PitchKitError
from pitchkit.core.model import Resistance, ResistanceStatus, Severity, Stance, new_id
from pitchkit.gui.fields import StakeholderCombo
from pitchkit.gui.form_binding import (
    ComboTextBinding,
    EnumBinding,
    RecordForm,
    StakeholderBinding,
    TextBinding,
)
from pitchkit.gui.kinds import ALL, RESISTANCES, Change
from pitchkit.gui.models import ResistanceTableModel
from pitchkit.gui.pages.base import ListFormPanel, StepPage, add_row, scrolling_form, text_box
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step


@dataclass(frozen=True)
class PatternChoice:
    """A playbook resistance pattern as the picker offers it."""

    name: str
    concern: str
    counters: list[str] = field(default_factory=list)


def playbook_patterns() -> list[PatternChoice]:
    """The playbook's resistance patterns; none when the playbook is missing or broken."""
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
        PatternChoice(p.name, p.concern, [c.text for c in p.counter_strategies])
        for p in playbook.patterns
    ]


class ResistancesPage(StepPage):
    """A table over all resistances beside the form of the selected one."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        self.patterns = {choice.name.casefold(): choice for choice in playbook_patterns()}
        self.model = ResistanceTableModel(self)
        self.list = RecordListEditor(
            session,
            self.model,
            self._new_resistance,
            noun=self.tr("resistances"),
            filter_hint=self.tr("Filter by person, pattern, what was heard, severity or status"),
            stretch=(0, 1, 2),
            parent=self,
        )

        scroll, form_layout = scrolling_form(self)
        box = scroll.widget()
        self.form = RecordForm(session, RESISTANCES, self)
        self.stakeholder_combo = StakeholderCombo(session, parent=box)
        self.pattern_combo = QComboBox(box)
        self.pattern_combo.setEditable(True)
        self.pattern_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pattern_combo.lineEdit().setPlaceholderText(self.tr("Pick from the playbook or type your own"))
        self.pattern_combo.addItems([choice.name for choice in self.patterns.values()])
        self.heard_edit = text_box(box, 2, self.tr("The words you heard, as a quote"))
        self.concern_edit = text_box(box, 3, self.tr("What worries them underneath"))
        self.severity_combo = QComboBox(box)
        self.counter_edit = text_box(box, 4, self.tr("How you will answer it"))
        self.suggestion_combo = QComboBox(box)
        self.status_combo = QComboBox(box)

        bind = self.form.bind
        bind(StakeholderBinding(self.form, self.stakeholder_combo, "stakeholder"))
        bind(ComboTextBinding(self.form, self.pattern_combo, "pattern", commit_picks=False))
        bind(TextBinding(self.form, self.heard_edit, "heard"))
        bind(TextBinding(self.form, self.concern_edit, "concern"))
        bind(EnumBinding(self.form, self.severity_combo, "severity", Severity))
        bind(TextBinding(self.form, self.counter_edit, "counter_strategy"))
        self.form.add_editor(self.suggestion_combo)
        bind(EnumBinding(self.form, self.status_combo, "status", ResistanceStatus))

        add_row(form_layout, self.tr("S&takeholder:"), self.stakeholder_combo)
        add_row(form_layout, self.tr("&Pattern:"), self.pattern_combo, self.tr("A resistance pattern from the playbook, or your own name for it"))
        add_row(form_layout, self.tr("&Heard:"), self.heard_edit)
        add_row(form_layout, self.tr("&Concern:"), self.concern_edit)
        add_row(form_layout, self.tr("Se&verity:"), self.severity_combo)
        add_row(form_layout, self.tr("C&ounter-strategy:"), self.counter_edit)
        add_row(form_layout, self.tr("S&uggestions:"), self.suggestion_combo, self.tr("Counter-strategies the playbook gives for this pattern"))
        add_row(form_layout, self.tr("St&atus:"), self.status_combo)

        self.body.addWidget(ListFormPanel(self.list, self.form, scroll, self.stakeholder_combo, self))
        self.pattern_combo.textActivated.connect(self._on_pattern_picked)
        self.suggestion_combo.activated.connect(self._on_suggestion_picked)
        self.list.current_changed.connect(self._fill_suggestions)
        session.changed.connect(self._on_changed)
        self.model.set_session(session)
        self._fill_suggestions()

    def _new_resistance(self) -> Resistance | None:
        project = self.session.project
        if project is None or not project.stakeholders:
            self.window().statusBar().showMessage(self.tr("Add a stakeholder first: every resistance is someone's."), 5000)
            return None
        current = self.list.current_record()
        if current is not None:
            person = current.stakeholder
        else:
            heard = {res.stakeholder for res in project.resistances}
            waiting = [p for p in project.stakeholders if p.stance == Stance.RESISTANT and p.id not in heard]
            person = (waiting or project.stakeholders)[0].id
        return Resistance(id=new_id(Resistance.id_prefix), stakeholder=person)

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find."""
        self.list.focus_filter()

    @Slot(str)
    def _on_pattern_picked(self, name: str) -> None:
        record = self.form.record
        if record is None:
            return
        choice = self.patterns.get(name.casefold())
        previous = self.patterns.get(record.pattern.casefold())
        # A concern the user wrote stays; one filled in from the last pick follows the new one.
        replace_concern = choice is not None and (
            not record.concern.strip() or (previous is not None and record.concern == previous.concern)
        )
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Choose pattern “{name}”").format(name=name))
        self.session.set_field(RESISTANCES, record, "pattern", name)
        if replace_concern:
            self.session.set_field(RESISTANCES, record, "concern", choice.concern)
        stack.endMacro()
        self.session.end_typing()

    @Slot(int)
    def _on_suggestion_picked(self, index: int) -> None:
        record = self.form.record
        if record is None or index <= 0:
            return
        self.session.set_field(RESISTANCES, record, "counter_strategy", self.suggestion_combo.itemData(index))
        self.suggestion_combo.setCurrentIndex(0)

    @Slot()
    def _fill_suggestions(self) -> None:
        record = self.form.record
        choice = self.patterns.get(record.pattern.casefold()) if record is not None else None
        counters = choice.counters if choice is not None else []
        self.suggestion_combo.clear()
        if counters:
            self.suggestion_combo.addItem(self.tr("Use a counter-strategy from the playbook…"))
        else:
            self.suggestion_combo.addItem(self.tr("No suggestions: pick a playbook pattern"))
        for text in counters:
            short = text if len(text) <= 70 else text[:69] + "…"
            self.suggestion_combo.addItem(short, text)
            self.suggestion_combo.setItemData(self.suggestion_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.suggestion_combo.setEnabled(record is not None and bool(counters))

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (RESISTANCES, ALL):
            self._fill_suggestions()
