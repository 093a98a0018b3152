"""The import of a spreadsheet as one undo step: the accepted rows' changes, all at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pitchkit.core.model import Stakeholder
from pitchkit.core.register_import import ImportPlan
from pitchkit.gui.kinds import STAKEHOLDERS

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession


class ImportStakeholdersCommand(QUndoCommand):
    """Apply the rows of `plan` numbered in `rows`; undo puts every field and list back."""

    def __init__(self, session: ProjectSession, plan: ImportPlan, rows: set[int]) -> None:
        super().__init__(QCoreApplication.translate("commands", "Import {count} rows from {name}").format(
            count=len(rows), name=plan.file.replace("\\", "/").rsplit("/", 1)[-1]))
        self.session = session
        self.plan = plan
        self.rows = set(rows)
        self._added: list[Stakeholder] = []

    def redo(self) -> None:
        project = self.session.project
        assert project is not None
        self._added = self.plan.apply(project, self.rows)
        self.session.notify(STAKEHOLDERS, None)

    def undo(self) -> None:
        project = self.session.project
        assert project is not None
        people = {person.id: person for person in project.stakeholders}
        for change in reversed(self.plan.rows):
            if change.row not in self.rows or change.added:
                continue
            for item in change.changes:
                setattr(people[change.stakeholder_id], item.field, item.old)
        added = {id(person) for person in self._added}
        project.stakeholders[:] = [p for p in project.stakeholders if id(p) not in added]
        self.session.notify(STAKEHOLDERS, None)
