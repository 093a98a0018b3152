"""The Generate page's file pickers and "open it" hand-off, behind plain patchable functions.

Like `prompts`, tests replace these with recorders instead of driving a modal dialog or
launching the system's viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from pitchkit.documents import formats

#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def format_text(text: str) -> str:
    """A format's label or file filter from formats.py, in the user's language."""
    return QCoreApplication.translate("formats", text)


def ask_export_path(parent: QWidget | None, suggested: str, fmt: str) -> str:
    """Ask where to write the `fmt` export, starting at `suggested`; "" when cancelled."""
    spec = formats.find(fmt)
    # The registry's labels are English; translations are looked up in the "formats" context.
    file_filter = format_text(spec.file_filter) if spec is not None else translate("export_prompts", "All files (*)")
    path, _selected = QFileDialog.getSaveFileName(parent, translate("export_prompts", "Export"), suggested, file_filter)
    return path


def ask_reference_docx(parent: QWidget | None, folder: str) -> str:
    """Ask for a Word document whose styles the .docx export uses; "" when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(
        parent, translate("export_prompts", "Choose a Reference Document"), folder, translate("export_prompts", "Word documents and templates (*.docx *.dotx);;All files (*)")
    )
    return path


def open_in_viewer(path: str) -> bool:
    """Open `path` in the system's viewer for its type; False when nothing could open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
