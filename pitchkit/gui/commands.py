"""Undo commands: the only code that changes the core model while the app runs.

Each command changes the `Project` in `redo()`, restores it exactly in `undo()`, and then
tells the session what changed so the pages refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pitchkit.core.model import Record
from pitchkit.core.references import Removal, delete
from pitchkit.gui.kinds import ChangeKind, records_of

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession

#: QUndoCommand.id() of field edits: consecutive edits of one field may merge.
SET_FIELD_ID = 1


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def describe(record: Record) -> str:
    """A short name for a record in undo texts ("Delete “Dana Ruiz”")."""
    for field in ("name", "title", "pattern", "description", "text", "label", "id"):
        value = getattr(record, field, "")
        if isinstance(value, str) and value.strip():
            value = value.strip().splitlines()[0]
            return value if len(value) <= 40 else value[:39] + "…"
    return ""


def _ids(record: Record) -> frozenset[str]:
    record_id = getattr(record, "id", None)
    return frozenset() if record_id is None else frozenset({record_id})


def _copy(value: Any) -> Any:
    # Lists are stored by value: the model and the undo history must never share one.
    return list(value) if isinstance(value, list) else value


class SetFieldCommand(QUndoCommand):
    """Set `record.field` from `old` to `new`; typing into one field merges into one step."""

    def __init__(
        self,
        session: ProjectSession,
        kind: ChangeKind,
        record: Record,
        field: str,
        old: Any,
        new: Any,
        *,
        typing: bool = False,
        text: str = "",
    ) -> None:
        super().__init__(text or translate("commands", "Edit {field}").format(field=field.replace("_", " ")))
        self.session = session
        self.kind = kind
        self.record = record
        self.field = field
        self.old = _copy(old)
        self.new = _copy(new)
        self.typing = typing
        self.group = session.merge_group

    def id(self) -> int:
        return SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetFieldCommand)
            and self.typing
            and other.typing
            and other.record is self.record
            and other.field == self.field
            and other.group == self.group
        ):
            return False
        self.new = other.new
        # Typing back to where it started leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        setattr(self.record, self.field, _copy(self.new))
        self.session.notify(self.kind, _ids(self.record))

    def undo(self) -> None:
        setattr(self.record, self.field, _copy(self.old))
        self.session.notify(self.kind, _ids(self.record))


class AddRecordCommand(QUndoCommand):
    """Insert one record into its list (at the end when `index` is None)."""

    def __init__(
        self, session: ProjectSession, kind: ChangeKind, record: Record, index: int | None, *, text: str = ""
    ) -> None:
        label = describe(record)
        super().__init__(text or (translate("commands", "Add “{name}”").format(name=label) if label else translate("commands", "Add")))
        self.session = session
        self.kind = kind
        self.record = record
        self.index = index

    def redo(self) -> None:
        records = records_of(self.session.project, self.kind)
        if self.index is None or not 0 <= self.index <= len(records):
            self.index = len(records)
        records.insert(self.index, self.record)
        self.session.notify(self.kind, None)

    def undo(self) -> None:
        records = records_of(self.session.project, self.kind)
        assert records[self.index] is self.record
        del records[self.index]
        self.session.notify(self.kind, None)


class MoveRecordCommand(QUndoCommand):
    """Move the record at `row` to `to_row` within its list."""

    def __init__(self, session: ProjectSession, kind: ChangeKind, row: int, to_row: int) -> None:
        record = records_of(session.project, kind)[row]
        label = describe(record)
        super().__init__(translate("commands", "Move “{name}”").format(name=label) if label else translate("commands", "Move"))
        self.session = session
        self.kind = kind
        self.row = row
        self.to_row = to_row

    def _move(self, source: int, target: int) -> None:
        records = records_of(self.session.project, self.kind)
        records.insert(target, records.pop(source))
        self.session.notify(self.kind, None)

    def redo(self) -> None:
        self._move(self.row, self.to_row)

    def undo(self) -> None:
        self._move(self.to_row, self.row)


class RemoveRecordCommand(QUndoCommand):
    """Delete records of one kind, and detach everything that refers to them.

    `pitchkit.core.references.delete` does the work from the references the model declares:
    a deleted stakeholder's links, resistances and talking points go too, their id leaves
    problems, actions, attempts and the engagement sequence, and the champion is cleared if
    it was them.  Undo puts back each record and each reference at exactly the place it had.
    """

    def __init__(
        self, session: ProjectSession, kind: ChangeKind, records: list[Record], *, text: str = ""
    ) -> None:
        if not text:
            if len(records) == 1 and describe(records[0]):
                text = translate("commands", "Delete “{name}”").format(name=describe(records[0]))
            else:
                text = translate("commands", "Delete {count} records").format(count=len(records))
        super().__init__(text)
        self.session = session
        self.kind = kind
        self.records = list(records)
        self._removal = Removal()

    def redo(self) -> None:
        project = self.session.project
        assert project is not None
        self._removal = delete(project, self.kind, self.records)
        self._notify()

    def undo(self) -> None:
        self._removal.restore()
        self._notify()

    def _notify(self) -> None:
        # The deleted kind last, so pages that show it see the references already restored.
        for kind in sorted(self._removal.touched - {self.kind}):
            self.session.notify(kind, None)
        self.session.notify(self.kind, None)
