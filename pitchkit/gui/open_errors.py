"""What the app says when a project cannot be opened: the error, and a backup only if one exists."""

from __future__ import annotations

import os
from pathlib import Path

from pitchkit.core.errors import ProjectError
from pitchkit.core.messages import text
from pitchkit.core.safe_write import backup_path

#: The errors of a damaged file, for which an earlier copy is the way out.
_DAMAGED = ("project-not-utf8", "project-truncated")


def open_error_text(err: ProjectError, path: str | os.PathLike[str]) -> str:
    """`err` as the command line prints it, plus where the previous version is, when it is there."""
    shown = str(err)
    backup = backup_path(Path(path))
    if err.what in {text(name) for name in _DAMAGED} and backup.is_file():
        shown += "\n\n" + text("backup-kept", backup=backup)
    return shown
