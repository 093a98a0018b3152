"""The open project, its file and its undo history; one "what changed" signal for every page.

Pages never change the core model themselves: they ask the session, which pushes a
`QUndoCommand`; each command's redo/undo changes the core `Project` and emits `changed`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pitchkit.core.model import Project, Record
from pitchkit.core.project_file import FILE_SUFFIX, LoadResult, load_project, save_project
from pitchkit.gui.commands import (
    AddRecordCommand,
    MoveRecordCommand,
    RemoveRecordCommand,
    SetFieldCommand,
)
from pitchkit.gui.kinds import ALL, PROJECT, Change, ChangeKind, records_of


class ProjectSession(QObject):
    """The project one window edits: the core model, where it is saved, and its undo stack.

    `changed(change)` is emitted after every change with a `Change`: its `kind` (a
    `ChangeKind`) and `ids`, the ids of records whose fields changed (empty for records
    without an id, such as the pitch), or None when records of `kind` were added, removed or
    reordered (re-read the whole list).
    """

    changed = Signal(Change)
    #: The stakeholder selected in any page (id, or None): pages follow it to stay in step.
    current_stakeholder_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._path: Path | None = None
        self._example_name = ""
        self._merge_group = 0
        self.undo_stack = QUndoStack(self)
        self._current_stakeholder: str | None = None

    # ----------------------------------------------------------------------------------------
    # The project and its file
    # ----------------------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        """The project being edited, or None before one is opened."""
        return self._project

    @property
    def path(self) -> Path | None:
        """Where Save writes; None for a new project and for the bundled example."""
        return self._path

    @property
    def is_example(self) -> bool:
        """True for the bundled example, which is edited as an untitled copy."""
        return bool(self._example_name)

    @property
    def display_name(self) -> str:
        """The name shown in the title bar."""
        if self._path is not None:
            return self._path.name
        if self._example_name:
            return self.tr("{name} (example)").format(name=self._example_name)
        return self.tr("Untitled")

    def is_modified(self) -> bool:
        """Whether there are edits that are not saved."""
        return self._project is not None and not self.undo_stack.isClean()

    def set_project(self, project: Project, path: Path | None, *, example_name: str = "") -> None:
        """Show `project` (from `path`, or untitled); the undo history starts afresh."""
        self.undo_stack.clear()
        self._project = project
        self._path = path
        self._example_name = example_name
        self.undo_stack.setClean()
        self._current_stakeholder = None
        self.changed.emit(Change(ALL))

    def close_project(self) -> None:
        """Show no project (the start screen); the undo history goes with it."""
        self.undo_stack.clear()
        self._project = None
        self._path = None
        self._example_name = ""
        self._current_stakeholder = None
        self.changed.emit(Change(ALL))

    def new_project(self) -> None:
        """Start an empty, untitled project."""
        self.set_project(Project(), None)

    def open(self, path: str | os.PathLike[str], *, as_example: bool = False) -> LoadResult:
        """Load the project at `path`; ProjectError leaves the current project untouched."""
        path = Path(path)
        result = load_project(path)
        if as_example:
            self.set_project(result.project, None, example_name=path.name)
        else:
            self.set_project(result.project, path)
            if result.project.project_id:  # a version this computer has seen: a merge base later
                from pitchkit.core import history

                history.remember_file(result.project, path)
        return result

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Save to `path` (or the current file); raises ProjectError when it cannot."""
        assert self._project is not None
        target = Path(path) if path is not None else self._path
        if target is None:
            raise ValueError("an untitled project needs a path to save to")
        if target.suffix == "":
            target = target.with_suffix(FILE_SUFFIX)
        from pitchkit.core import history  # on save, not at start-up

        history.ensure_project_id(self._project)  # shared by every copy of this project
        save_project(self._project, target)
        history.remember_file(self._project, target)
        self._path = target
        self._example_name = ""
        self.undo_stack.setClean()
        self.changed.emit(Change(PROJECT, frozenset()))
        return target

    @property
    def current_stakeholder(self) -> str | None:
        """The id of the stakeholder selected in the app (shared by the pages), or None."""
        return self._current_stakeholder

    def set_current_stakeholder(self, stakeholder_id: str | None) -> None:
        """Select a stakeholder for every page; emits only when the selection changes."""
        if stakeholder_id != self._current_stakeholder:
            self._current_stakeholder = stakeholder_id
            self.current_stakeholder_changed.emit(stakeholder_id)

    # ----------------------------------------------------------------------------------------
    # Edits: every one is an undo command
    # ----------------------------------------------------------------------------------------

    def notify(self, kind: ChangeKind | str, ids: Iterable[str] | None) -> None:
        """Tell the pages what a command just changed (commands call this with a core kind)."""
        self.changed.emit(Change(ChangeKind(kind), None if ids is None else frozenset(ids)))

    @property
    def merge_group(self) -> int:
        """Typing commands merge only within one group; a group ends when an editor is left."""
        return self._merge_group

    def end_typing(self) -> None:
        """The next edit starts a new undo step even if it is to the same field."""
        self._merge_group += 1

    def set_field(
        self, kind: ChangeKind, record: Record, field: str, value: Any, *, typing: bool = False
    ) -> None:
        """Set one field of one record (typing into a field merges into one undo step)."""
        old = getattr(record, field)
        if old == value:
            return
        self.undo_stack.push(SetFieldCommand(self, kind, record, field, old, value, typing=typing))

    def add_record(self, kind: ChangeKind, record: Record, index: int | None = None, *, text: str = "") -> None:
        """Insert `record` into the list of `kind` (at the end when `index` is None)."""
        self.undo_stack.push(AddRecordCommand(self, kind, record, index, text=text))

    def remove_records(self, kind: ChangeKind, records: list[Record], *, text: str = "") -> None:
        """Delete `records` of `kind`, and whatever refers to a deleted stakeholder."""
        if records:
            self.undo_stack.push(RemoveRecordCommand(self, kind, records, text=text))

    def move_record(self, kind: ChangeKind, row: int, to_row: int) -> None:
        """Move the record at `row` of the list of `kind` to `to_row`."""
        size = len(records_of(self._require(), kind))
        if row != to_row and 0 <= row < size and 0 <= to_row < size:
            self.undo_stack.push(MoveRecordCommand(self, kind, row, to_row))

    def _require(self) -> Project:
        assert self._project is not None, "no project is open"
        return self._project

    def suggested_save_path(self, folder: str) -> str:
        """Where Save As starts: the current file, or a name made from the pitch."""
        if self._path is not None:
            return str(self._path)
        project = self._require()
        if self._example_name:
            stem = Path(self._example_name).stem
        else:
            stem = project.title or project.pitch.organisation or "pitch"
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "-" for ch in stem).strip() or "pitch"
        return str(Path(folder) / f"{safe}{FILE_SUFFIX}")
