"""The main window's File slots: open, save, save as, and the unsaved-changes question.

`MainWindow` mixes these in (moved out of main_window.py to keep it under 400 lines); they
use the window's `session`, `file_guard`, `autosave` and start page.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot

from pitchkit.core.errors import ProjectError
from pitchkit.core.language import current_language
from pitchkit.gui import prompts
from pitchkit.gui.open_errors import open_error_text
from pitchkit.gui.recent_files import add_recent, last_folder, remove_recent, set_last_folder
from pitchkit.paths import example_project_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from pitchkit.gui.autosave import AutosaveController
    from pitchkit.gui.file_guard import FileGuard
    from pitchkit.gui.session import ProjectSession


#: Called by this name so pyside6-lupdate finds the strings (this class is mixed into MainWindow).
translate = QCoreApplication.translate


class FileSlotsMixin:
    """File > New, Open…, Open the Example, Save, Save As…, and asking before changes are lost."""

    if TYPE_CHECKING:
        session: ProjectSession
        file_guard: FileGuard

        @property
        def autosave(self) -> AutosaveController: ...
        def refresh_start_page(self) -> None: ...
        def show_step(self, key: str) -> None: ...
        def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)
        def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)
        def tr(self, text: str) -> str: ...

    def load(self, path: str | os.PathLike[str], *, as_example: bool = False) -> bool:
        """Open the project at `path` (no unsaved-changes prompt; callers ask first).

        On failure the user sees the same message as the command line prints, and the
        current project stays as it was.
        """
        parent = self if self.isVisible() else None
        if not as_example and not self.file_guard.ask_before_open(parent, path):
            return False
        try:
            result = self.session.open(path, as_example=as_example)
        except ProjectError as err:
            self.file_guard.open_failed()
            prompts.show_error(parent, open_error_text(err, path), title=translate("MainWindow", "Cannot Open Project"))
            return False
        if not as_example:
            add_recent(path)
            set_last_folder(path)
        self.refresh_start_page()
        for warning in result.warnings:
            prompts.show_warning(parent, f"{path}: {warning}", title=translate("MainWindow", "Opened With a Warning"))
        return True

    def offer_recovery(self) -> bool:
        """At start: offer unsaved work left by a crash (not over a project with changes)."""
        return not self.session.is_modified() and self.autosave.offer_restore(self if self.isVisible() else None)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving failed)."""
        if not self.session.is_modified():
            return True
        answer = prompts.ask_save_changes(self, self.session.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    @Slot()
    def new_project(self) -> None:
        """File > New: an empty, untitled project."""
        if self.maybe_save():
            self.session.new_project()
            self.show_step("pitch")

    @Slot()
    def open_project(self) -> None:
        """File > Open…: ask for a file and load it."""
        folder = last_folder()
        if self.session.path is not None:
            folder = str(self.session.path.parent)
        if not self.maybe_save():
            return
        path = prompts.ask_open_path(self, folder)
        if path:
            self.load(path)

    @Slot(str)
    def open_path(self, path: str) -> bool:
        """Open `path` (recent files, drag and drop), asking about unsaved changes first."""
        if not self.maybe_save():
            return False
        if not self.load(path):
            if not Path(path).exists():
                remove_recent(path)
                self.refresh_start_page()
            return False
        return True

    @Slot()
    def open_example(self) -> None:
        """File > Open the Example: the bundled example, as an untitled copy."""
        if self.maybe_save():
            self.load(example_project_path(current_language()), as_example=True)  # in the app's language

    @Slot()
    def save(self) -> bool:
        """File > Save (Save As for an untitled project); False when nothing was saved."""
        if self.session.project is None:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    @Slot()
    def save_as(self) -> bool:
        """File > Save As…: ask for a file name and save there."""
        if self.session.project is None:
            return False
        path = prompts.ask_save_path(self, self.session.suggested_save_path(last_folder()))
        return bool(path) and self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        verdict = self.file_guard.check_save(self, path)  # open elsewhere, changed on disk
        if verdict == "save-as":
            return self.save_as()
        if verdict == "reload":
            self.load(path)
        if verdict != "save":
            return False
        try:
            saved = self.session.save(path)
        except ProjectError as err:
            prompts.show_error(self, str(err), title=translate("MainWindow", "Cannot Save Project"))
            return False
        self.file_guard.saved(saved)
        add_recent(saved)
        set_last_folder(saved)
        self.refresh_start_page()
        self.statusBar().showMessage(translate("MainWindow", "Saved {path}").format(path=saved), 4000)
        return True
