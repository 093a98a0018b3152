"""Undo commands of the map: moving people on the power/interest grid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pitchkit.core.model import Stakeholder
from pitchkit.gui.commands import describe
from pitchkit.gui.kinds import STAKEHOLDERS

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession

#: QUndoCommand.id() of map moves: keyboard nudges of the same people merge.
MOVE_ID = 101

Values = tuple[float, float]  # (power, interest)


class MoveStakeholdersCommand(QUndoCommand):
    """Set power and interest of one or more people at once: one drag, one undo step.

    `nudge` marks keyboard moves: consecutive nudges of the same people merge into one step
    until the session's typing group ends.
    """

    def __init__(
        self, session: ProjectSession, moves: list[tuple[Stakeholder, Values]], *, nudge: bool = False
    ) -> None:
        if len(moves) == 1:
            text = QCoreApplication.translate("commands", "Move “{name}” on the map").format(name=describe(moves[0][0]))
        else:
            text = QCoreApplication.translate("commands", "Move {count} people on the map").format(count=len(moves))
        super().__init__(text)
        self.session = session
        self.people = [person for person, _values in moves]
        self.old = [(person.power, person.interest) for person in self.people]
        self.new = [values for _person, values in moves]
        self.nudge = nudge
        self.group = session.merge_group

    def id(self) -> int:
        return MOVE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, MoveStakeholdersCommand)
            and self.nudge
            and other.nudge
            and other.group == self.group
            and [id(p) for p in other.people] == [id(p) for p in self.people]
        ):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def _apply(self, values: list[Values]) -> None:
        for person, (power, interest) in zip(self.people, values, strict=True):
            person.power, person.interest = float(power), float(interest)
        self.session.notify(STAKEHOLDERS, [person.id for person in self.people])

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


def move_stakeholders(session: ProjectSession, moves: list[tuple[Stakeholder, Values]], *, nudge: bool = False) -> bool:
    """Push one move of `moves` (people whose values do not change are left out); True if pushed."""
    changed = [(p, v) for p, v in moves if (p.power, p.interest) != (float(v[0]), float(v[1]))]
    if not changed:
        return False
    session.undo_stack.push(MoveStakeholdersCommand(session, changed, nudge=nudge))
    return True
