"""The undo command of merging and of settling conflicts: the project's content swapped in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from pitchkit.core.model import Project
from pitchkit.gui import kinds

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession

#: Everything a page may show, announced after a swap (each list re-read, as after a delete).
_KINDS = (
    kinds.PROJECT, kinds.PITCH, kinds.EVIDENCE, kinds.LINKS, kinds.RESISTANCES, kinds.PROBLEMS,
    kinds.STRATEGY, kinds.TALKING_POINTS, kinds.ACTIONS, kinds.ATTEMPTS, kinds.BUSY_PERIODS,
    kinds.STAKEHOLDERS,
)
_NESTED = ("pitch", "strategy")


def _values(record: Any) -> dict[str, Any]:
    # Lists by value: the swap fills the project's own lists, so they keep their identity.
    return {name: list(value) if isinstance(value, list) else value
            for name in record.__struct_fields__ if name not in _NESTED
            for value in [getattr(record, name)]}


def _snapshot(project: Project) -> dict[str, dict[str, Any]]:
    return {"": _values(project), "pitch": _values(project.pitch), "strategy": _values(project.strategy)}


class ReplaceProjectCommand(QUndoCommand):
    """Put the content of `new` into the open project and back again on undo.

    The project, its pitch and strategy, and each of its lists stay the same objects (only
    their content changes), so every page, the file guard and autosave keep following the
    same project; the pages are told that every kind of record changed.
    """

    def __init__(self, session: ProjectSession, new: Project, text: str) -> None:
        super().__init__(text)
        self.session = session
        project = session.project
        assert project is not None
        self.before = _snapshot(project)
        self.after = _snapshot(new)

    def _apply(self, snapshot: dict[str, dict[str, Any]]) -> None:
        project = self.session.project
        assert project is not None
        for path, values in snapshot.items():
            record = getattr(project, path) if path else project
            for name, value in values.items():
                current = getattr(record, name)
                if isinstance(value, list) and isinstance(current, list):
                    current[:] = value
                else:
                    setattr(record, name, list(value) if isinstance(value, list) else value)
        for kind in _KINDS:
            self.session.notify(kind, None)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
