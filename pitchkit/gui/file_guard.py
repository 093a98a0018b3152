"""Guards the open project's file: a lock against a second editor, and a check that the file
was not changed on disk by someone else before Save overwrites it.  See pitchkit.core.locking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from pitchkit.core import locking
from pitchkit.gui import prompts
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.session import ProjectSession


class FileGuard(QObject):
    """Holds the lock of the session's file and remembers what the file looked like."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self._path: Path | None = None
        self._stamp: locking.DiskStamp | None = None
        self._next_read_only = False
        session.changed.connect(self._on_changed)

    @property
    def path(self) -> Path | None:
        """The file guarded (locked unless read-only)."""
        return self._path

    def ask_before_open(self, parent: QWidget | None, path: str | Path) -> bool:
        """Before opening `path`: if it is open elsewhere, ask; False when the user cancels."""
        self._next_read_only = False
        path = Path(path)
        if self._path is not None and path.resolve() == self._path.resolve():
            return True  # reopening our own file
        holder = locking.read_lock(path)
        if holder is None or not locking.is_live(holder):
            return True
        answer = prompts.ask_lock_choice(parent, str(path), holder.describe())
        self._next_read_only = answer == "read-only"
        return answer in ("read-only", "anyway")

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:  # a project was opened, restored or created
            self._follow(self.session.path, read_only=self._next_read_only)
            self._next_read_only = False

    def _follow(self, path: Path | None, *, read_only: bool) -> None:
        if self._path is not None and not self.read_only and path != self._path:
            locking.release(self._path)
        if path != self._path or self.read_only != read_only:
            self.read_only = read_only
            if path is not None and not read_only:
                locking.acquire(path, force=True)
        self._path = path
        self._stamp = locking.DiskStamp.of(path) if path is not None else None

    def check_save(self, parent: QWidget | None, path: Path) -> str:
        """Before saving to `path`: "save", "save-as", "reload" or "cancel"."""
        if self._path is None or path.resolve() != self._path.resolve():
            return "save"
        if self.read_only:
            prompts.show_warning(
                parent,
                self.tr("{path}: opened read-only because it is open elsewhere; save your version "
                        "under another name.").format(path=path),
            )
            return "save-as"
        if self._stamp is not None and self._stamp.changed(path):
            answer = prompts.ask_external_change(parent, str(path))
            return "save" if answer == "overwrite" else answer
        return "save"

    def saved(self, path: Path) -> None:
        """After a save to `path`: it is now ours, locked and stamped."""
        self._follow(path, read_only=False)

    def release(self) -> None:
        """The window closes: give the lock back."""
        self._follow(None, read_only=False)
