"""The recently opened projects, newest first, kept in QSettings."""

from __future__ import annotations

import os
from pathlib import Path

from pitchkit.gui.settings import gui_settings

_RECENT_KEY = "files/recent"
_LAST_FOLDER_KEY = "files/last_folder"
MAX_RECENT = 10


def recent_files() -> list[str]:
    """Paths of recently opened or saved projects, newest first."""
    value = gui_settings().value(_RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a one-item list as a plain string
        value = [value] if value else []
    return [str(item) for item in value or []]


def add_recent(path: str | os.PathLike[str]) -> None:
    """Put `path` at the top of the list."""
    text = str(Path(path).resolve())
    items = [text] + [item for item in recent_files() if item != text]
    gui_settings().setValue(_RECENT_KEY, items[:MAX_RECENT])


def remove_recent(path: str | os.PathLike[str]) -> None:
    """Forget `path` (it could not be opened)."""
    text = str(Path(path).resolve())
    gui_settings().setValue(_RECENT_KEY, [item for item in recent_files() if item != text])


def clear_recent() -> None:
    gui_settings().remove(_RECENT_KEY)


def last_folder() -> str:
    """The folder of the last file opened or saved; the home folder at first."""
    folder = str(gui_settings().value(_LAST_FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def set_last_folder(path: str | os.PathLike[str]) -> None:
    """Remember the folder of `path` (a file) for the next file dialog."""
    gui_settings().setValue(_LAST_FOLDER_KEY, str(Path(path).resolve().parent))
