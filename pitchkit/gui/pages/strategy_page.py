"""The Strategy step: champion, engagement sequence, actions, attempts, talking points, timing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.model import Strategy
from pitchkit.gui.fields import StakeholderCombo, stakeholder_label
from pitchkit.gui.focus_frame import show_focus, tab_chain
from pitchkit.gui.form_binding import RecordForm, StakeholderBinding
from pitchkit.gui.icons import icon
from pitchkit.gui.kinds import ALL, STAKEHOLDERS, STRATEGY, Change
from pitchkit.gui.pages.advice_panel import AdvicePanel
from pitchkit.gui.pages.base import StepPage, add_row
from pitchkit.gui.pages.strategy_panels import (
    ActionsPanel,
    AttemptsPanel,
    BusyPeriodsPanel,
    TalkingPointsPanel,
)
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step

_ID_ROLE = Qt.ItemDataRole.UserRole


class StrategyPage(StepPage):
    """Tabs: the champion and the order of conversations, then one list per kind of record."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        plan = QWidget(self.tabs)
        self.form = RecordForm(session, STRATEGY, self)
        self.champion_combo = StakeholderCombo(session, none_text=self.tr("(no champion yet)"), parent=plan)
        self.form.bind(StakeholderBinding(self.form, self.champion_combo, "champion"))
        self.sequence_list = QListWidget(plan)
        show_focus(self.sequence_list)
        self.sequence_list.setAlternatingRowColors(True)
        self.sequence_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_combo = StakeholderCombo(session, parent=plan)
        self.candidate_combo.setAccessibleName(self.tr("Stakeholder to add to the sequence"))
        self.add_button = QPushButton(icon("add"), self.tr("Add to Se&quence"), plan)
        self.remove_button = QPushButton(icon("remove"), self.tr("Re&move"), plan)
        self.up_button = QPushButton(icon("move-up"), self.tr("&Earlier"), plan)
        self.down_button = QPushButton(icon("move-down"), self.tr("&Later"), plan)
        for editor in (self.sequence_list, self.candidate_combo, self.add_button):
            self.form.add_editor(editor)

        form_layout = QFormLayout()
        add_row(form_layout, self.tr("&Champion:"), self.champion_combo, self.tr("A high-placed supporter who walks the talk"))
        sequence_caption = QLabel(self.tr("Order of &conversations (who to win over first):"), plan)
        sequence_caption.setBuddy(self.sequence_list)
        self.sequence_list.setAccessibleName(self.tr("Order of conversations"))
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        sequence_row = QHBoxLayout()
        sequence_row.addWidget(self.sequence_list, 1)
        sequence_row.addLayout(buttons)
        add_row_layout = QHBoxLayout()
        add_row_layout.addWidget(self.candidate_combo, 1)
        add_row_layout.addWidget(self.add_button)
        plan_layout = QVBoxLayout(plan)
        plan_layout.setContentsMargins(0, 8, 0, 0)
        plan_layout.addLayout(form_layout)
        plan_layout.addWidget(sequence_caption)
        plan_layout.addLayout(sequence_row, 1)
        plan_layout.addLayout(add_row_layout)
        # Tab in reading order: the champion, the order and its buttons, then the row to add.
        tab_chain(self.champion_combo, self.sequence_list, self.up_button, self.down_button, self.remove_button,
                  self.candidate_combo, self.add_button)

        self.actions_panel = ActionsPanel(session, self.tabs)
        self.attempts_panel = AttemptsPanel(session, self.tabs)
        self.points_panel = TalkingPointsPanel(session, self.tabs)
        self.periods_panel = BusyPeriodsPanel(session, self.tabs)
        self.advice_panel = AdvicePanel(session, self.tabs)
        self.tabs.addTab(plan, self.tr("Champion && sequence"))
        self.tabs.addTab(self.actions_panel, self.tr("Actions"))
        self.tabs.addTab(self.attempts_panel, self.tr("Attempts log"))
        self.tabs.addTab(self.points_panel, self.tr("Talking points"))
        self.tabs.addTab(self.periods_panel, self.tr("Timing risks"))
        self.tabs.addTab(self.advice_panel, self.tr("Advice log"))
        self.body.addWidget(self.tabs)

        self.add_button.clicked.connect(self._add_to_sequence)
        self.remove_button.clicked.connect(self._remove_from_sequence)
        self.up_button.clicked.connect(self._move_earlier)
        self.down_button.clicked.connect(self._move_later)
        self.sequence_list.currentRowChanged.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self._show_project()

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find: the filter of the tab shown."""
        focus = getattr(self.tabs.currentWidget(), "focus_filter", None)
        if focus is not None:
            focus()

    def _strategy(self) -> Strategy | None:
        project = self.session.project
        return None if project is None else project.strategy

    def _show_project(self) -> None:
        self.form.set_record(self._strategy())
        self._fill_sequence()

    def _fill_sequence(self) -> None:
        strategy = self._strategy()
        project = self.session.project
        row = self.sequence_list.currentRow()
        self.sequence_list.clear()
        if strategy is None or project is None:
            self._update_buttons()
            return
        people = {person.id: person for person in project.stakeholders}
        for number, person_id in enumerate(strategy.sequence, start=1):
            person = people.get(person_id)
            label = stakeholder_label(person.name, person.role) if person else person_id
            item = QListWidgetItem(f"{number}. {label}", self.sequence_list)
            item.setData(_ID_ROLE, person_id)
        if self.sequence_list.count():
            self.sequence_list.setCurrentRow(min(max(row, 0), self.sequence_list.count() - 1))
        self._update_buttons()

    def _set_sequence(self, sequence: list[str], select: int) -> None:
        strategy = self._strategy()
        if strategy is None:
            return
        self.session.set_field(STRATEGY, strategy, "sequence", sequence)
        self.sequence_list.setCurrentRow(select)

    @Slot()
    def _add_to_sequence(self) -> None:
        strategy = self._strategy()
        person_id = self.candidate_combo.current_id()
        if strategy is None or person_id is None:
            return
        if person_id in strategy.sequence:
            self.sequence_list.setCurrentRow(strategy.sequence.index(person_id))
            return
        self._set_sequence([*strategy.sequence, person_id], len(strategy.sequence))

    @Slot()
    def _remove_from_sequence(self) -> None:
        strategy = self._strategy()
        row = self.sequence_list.currentRow()
        if strategy is None or row < 0:
            return
        sequence = list(strategy.sequence)
        del sequence[row]
        self._set_sequence(sequence, min(row, len(sequence) - 1))

    def _move(self, step: int) -> None:
        strategy = self._strategy()
        row = self.sequence_list.currentRow()
        if strategy is None or not 0 <= row + step < len(strategy.sequence) or row < 0:
            return
        sequence = list(strategy.sequence)
        sequence.insert(row + step, sequence.pop(row))
        self._set_sequence(sequence, row + step)

    @Slot()
    def _move_earlier(self) -> None:
        self._move(-1)

    @Slot()
    def _move_later(self) -> None:
        self._move(+1)

    @Slot()
    def _update_buttons(self) -> None:
        row = self.sequence_list.currentRow()
        count = self.sequence_list.count()
        has_project = self._strategy() is not None
        self.remove_button.setEnabled(has_project and row >= 0)
        self.up_button.setEnabled(has_project and row > 0)
        self.down_button.setEnabled(has_project and 0 <= row < count - 1)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:
            self._show_project()
        elif change.kind in (STRATEGY, STAKEHOLDERS):
            self._fill_sequence()
