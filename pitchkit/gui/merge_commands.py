"""The undo command of merging and of settling conflicts: the project's content swapped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from pitchkit.core.model import Project
from pitchkit.gui.kinds import ALL

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession


def _fields(project: Project) -> dict[str, Any]:
    return {name: getattr(project, name) for name in project.__struct_fields__}


class ReplaceProjectCommand(QUndoCommand):
    """Put the content of `new` into the open project (the same object, so every page and
    the session keep it), and back again on undo."""

    def __init__(self, session: ProjectSession, new: Project, text: str) -> None:
        super().__init__(text)
        self.session = session
        project = session.project
        assert project is not None
        self.before = _fields(project)
        self.after = _fields(new)

    def _apply(self, values: dict[str, Any]) -> None:
        project = self.session.project
        assert project is not None
        for name, value in values.items():
            setattr(project, name, value)
        self.session.notify(ALL, None)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
