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


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save, starting at `suggested` (a folder or a file); "" when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(
        parent, _tr("Save Project As"), suggested, _tr(PROJECT_FILTER)
    )
    return path


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """Unsaved changes to `name`: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Unsaved Changes"))
    box.setText(_tr("Save the changes to “{name}” before closing it?").format(name=name))
    box.setInformativeText(_tr("If you don't save, your changes will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"
