"""Autosave: unsaved changes go to a recovery file in app data every so often (never over the
user's file); the recovery file goes away on save, discard and normal close, and a leftover one
is offered back when the next window opens.  See pitchkit.core.recovery."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from pitchkit.core import recovery
from pitchkit.core.errors import ProjectError
from pitchkit.gui import prompts
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.session import ProjectSession


class AutosaveController(QObject):
    """Writes the session's unsaved project to its recovery slot on a timer."""

    #: How often unsaved work is written aside, in milliseconds.
    INTERVAL_MS = 60_000

    def __init__(self, session: ProjectSession, parent: QObject | None = None, *, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._key: str | None = None
        self._key_path: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS if interval_ms is None else interval_ms)
        self.timer.timeout.connect(self.write_now)
        session.changed.connect(self._on_changed)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.timer.start()

    @property
    def recovery_file(self) -> Path | None:
        """The current recovery file, when one has been written."""
        if self._key is None:
            return None
        path = recovery.slot_file(self._key)
        return path if path.exists() else None

    @Slot()
    def write_now(self) -> None:
        """Write the recovery file if there are unsaved changes (the timer calls this)."""
        project = self.session.project
        if project is None or not self.session.is_modified():
            return
        if self._key is None or self._key_path != self.session.path:
            self.discard()
            self._key = recovery.slot_key(self.session.path)
            self._key_path = self.session.path
        # Autosave must never disturb the user: a full disk shows up when they save.
        with contextlib.suppress(OSError, ProjectError):
            recovery.write_recovery(self._key, project, self.session.path)

    @Slot()
    def discard(self) -> None:
        """Remove the recovery file (saved, discarded, closed normally)."""
        if self._key is not None:
            recovery.remove_recovery(self._key)
        self._key = None
        self._key_path = None

    def stop(self) -> None:
        """Normal close: no more writes, and no recovery file left behind."""
        self.timer.stop()
        self.discard()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:  # another project is shown: its predecessor's slot is obsolete
            self.discard()

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def offer_restore(self, parent: QWidget | None) -> bool:
        """Offer each leftover recovery file; True when one was restored into the session."""
        for entry in recovery.find_recoveries():
            answer = prompts.ask_restore(parent, entry.describe())
            if answer == "discard":
                recovery.remove_recovery(entry.key)
            elif answer == "restore":
                try:
                    result = entry.load()
                except ProjectError as err:
                    prompts.show_error(parent, str(err))
                    continue
                self.session.set_project(result.project, entry.original_path)
                self.session.undo_stack.resetClean()  # unsaved until the user saves it
                self._key, self._key_path = entry.key, entry.original_path
                return True
        return False
