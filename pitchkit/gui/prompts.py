"""Small modal prompts (message boxes, file pickers) behind plain functions.

Windows call these instead of QMessageBox / QFileDialog directly, so a test replaces one
function with a recorder instead of driving a modal event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PROJECT_FILTER = "PitchKit projects (*.pitchkit);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("prompts", text)


def show_error(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something failed; `text` is the full message (file, place, problem)."""
    QMessageBox.critical(parent, title or _tr("PitchKit"), text)


def show_warning(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something worked, but with a caveat they should know about."""
    QMessageBox.warning(parent, title or _tr("PitchKit"), text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    """The Help > About box (`text` may be rich text)."""
    QMessageBox.about(parent, title, text)


def ask_open_path(parent: QWidget | None, folder: str) -> str:
    """Ask for a project file to open, starting in `folder`; "" when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(
        parent, _tr("Open Project"), folder, _tr(PROJECT_FILTER)
    )
    return path
