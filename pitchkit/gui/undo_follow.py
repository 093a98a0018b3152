"""Undo and redo show what they changed: the step that edits it, with its record selected."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QUndoCommand

from pitchkit.gui.kinds import ChangeKind

if TYPE_CHECKING:
    from pitchkit.gui.main_window import MainWindow

#: The step that edits each kind of record.
STEP_OF_KIND: dict[ChangeKind, str] = {
    ChangeKind.PROJECT: "pitch",
    ChangeKind.PITCH: "pitch",
    ChangeKind.EVIDENCE: "pitch",
    ChangeKind.STAKEHOLDERS: "stakeholders",
    ChangeKind.LINKS: "map",
    ChangeKind.RESISTANCES: "resistances",
    ChangeKind.PROBLEMS: "problems",
    ChangeKind.STRATEGY: "strategy",
    ChangeKind.TALKING_POINTS: "strategy",
    ChangeKind.ACTIONS: "strategy",
    ChangeKind.ATTEMPTS: "strategy",
    ChangeKind.BUSY_PERIODS: "strategy",
}
#: The Strategy page's tab (panel attribute) for each of its lists.
_STRATEGY_PANELS = {
    ChangeKind.ACTIONS: "actions_panel",
    ChangeKind.ATTEMPTS: "attempts_panel",
    ChangeKind.TALKING_POINTS: "points_panel",
    ChangeKind.BUSY_PERIODS: "periods_panel",
}


def target_of(command: QUndoCommand) -> tuple[str, ChangeKind | None, str]:
    """(step key, kind, record id) a command changed; ("", None, "") when it names none."""
    from pitchkit.gui.map_commands import MoveStakeholdersCommand

    if isinstance(command, MoveStakeholdersCommand):
        people = command.people
        return "map", ChangeKind.STAKEHOLDERS, people[0].id if people else ""
    kind = getattr(command, "kind", None)
    if not isinstance(kind, ChangeKind) or kind not in STEP_OF_KIND:
        return "", None, ""
    record = getattr(command, "record", None)
    if record is None:
        records = getattr(command, "records", None) or [None]
        record = records[0]
    return STEP_OF_KIND[kind], kind, str(getattr(record, "id", "") or "")


class UndoFollower(QObject):
    """After the user's undo or redo, go to the step of the command and select its record."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.stack = window.session.undo_stack
        window.undo_action.triggered.connect(self._after_undo)
        window.redo_action.triggered.connect(self._after_redo)

    @Slot()
    def _after_undo(self) -> None:
        self.show(self.stack.command(self.stack.index()))  # the one just undone

    @Slot()
    def _after_redo(self) -> None:
        self.show(self.stack.command(self.stack.index() - 1))  # the one just redone

    def show(self, command: QUndoCommand | None) -> None:
        """Go to what `command` changed."""
        if command is None or self.window.session.project is None:
            return
        step, kind, record_id = target_of(command)
        if not step:
            return
        self.window.show_step(step)
        page = self.window.pages[step]
        panel_name = _STRATEGY_PANELS.get(kind) if kind is not None else None
        if panel_name is not None:
            panel = getattr(page, panel_name)
            page.tabs.setCurrentWidget(panel)  # type: ignore[attr-defined]
            page = panel
        if record_id and step == "map":
            self.window.session.set_current_stakeholder(record_id)
            return
        records = getattr(page, "list", None)
        if record_id and records is not None and hasattr(records, "select_record"):
            records.select_record(record_id)
