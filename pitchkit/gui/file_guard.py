"""Guards the open project's file: a lock against a second editor, and a check that the file
was not changed on disk by someone else before Save overwrites it.  See pitchkit.core.locking."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from pitchkit.core import locking
from pitchkit.gui import prompts
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.session import ProjectSession


class FileGuard(QObject):
    """Holds the lock of the session's file and remembers what the file looked like.

    The lock is taken before the file is read (O_EXCL: of two windows opening the same file
    at once, exactly one gets it and the other asks), and a live lock of someone else is
    never deleted: "Open Anyway" opens the file unlocked.
    """

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_only = False
        self._path: Path | None = None
        self._owned: Path | None = None  # the file whose lock is ours
        self._pending: Path | None = None  # locked by ask_before_open, not opened yet
        self._stamp: locking.DiskStamp | None = None
        self._next_read_only = False
        session.changed.connect(self._on_changed)

    @property
    def path(self) -> Path | None:
        """The file guarded (locked unless read-only or opened anyway)."""
        return self._path

    @property
    def locked(self) -> bool:
        """Whether this window holds the lock of its file."""
        return self._owned is not None and self._owned == self._path

    def ask_before_open(self, parent: QWidget | None, path: str | Path) -> bool:
        """Before opening `path`: lock it, or ask if it is open elsewhere; False on Cancel."""
        self._next_read_only = False
        self._pending = None
        path = Path(path)
        if self._path is not None and _same_file(path, self._path):
            return True  # reopening our own file
        holder = locking.acquire(path)
        if holder is None:
            self._pending = path
            return True
        answer = prompts.ask_lock_choice(parent, str(path), holder.describe())
        self._next_read_only = answer == "read-only"
        return answer in ("read-only", "anyway")

    def open_failed(self) -> None:
        """The file asked about could not be opened: give back the lock taken for it."""
        if self._pending is not None and self._pending != self._owned:
            locking.release(self._pending)
        self._pending = None

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:  # a project was opened, restored or created
            self._follow(self.session.path, read_only=self._next_read_only)
            self._next_read_only = False

    def _follow(self, path: Path | None, *, read_only: bool) -> None:
        if self._pending is not None and self._pending != path:
            self.open_failed()
        if self._owned is not None and (path != self._owned or read_only):
            locking.release(self._owned)
            self._owned = None
        self.read_only = read_only
        if path is not None and not read_only and self._owned != path:
            if self._pending != path:
                locking.acquire(path)  # a live lock of someone else is left alone
            info = locking.read_lock(path)
            self._owned = path if info is not None and info.is_mine() else None
        self._pending = None
        self._path = path
        self._stamp = locking.DiskStamp.of(path) if path is not None else None

    def check_save(self, parent: QWidget | None, path: Path) -> str:
        """Before saving to `path`: "save", "save-as", "reload" or "cancel"."""
        if _read_only(path):
            answer = prompts.ask_read_only_file(parent, str(path))
            if answer != "make-writable":
                return answer
            try:
                mode = os.stat(path).st_mode
                os.chmod(path, stat.S_IMODE(mode) | stat.S_IWUSR)
            except OSError as err:
                prompts.show_error(parent, f"{path}: {err.strerror or err}")
                return "cancel"
        if self._path is None or not _same_file(path, self._path):
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


def _read_only(path: Path) -> bool:
    """Whether the file at `path` is marked read-only (no write permission bit), or is not
    writable for us: either way Save must ask (an administrator could replace it anyway)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return False
