"""The Generate page's file pickers and "open it" hand-off, behind plain patchable functions.

Like `prompts`, tests replace these with recorders instead of driving a modal dialog or
launching the system's viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

#: File-dialog filter per export format.
FORMAT_FILTERS = {
    "docx": "Word documents (*.docx)",
    "pdf": "PDF documents (*.pdf)",
    "html": "Web pages (*.html)",
    "md": "Markdown (*.md)",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("export_prompts", text)


def ask_export_path(parent: QWidget | None, suggested: str, fmt: str) -> str:
    """Ask where to write the `fmt` export, starting at `suggested`; "" when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(
        parent, _tr("Export"), suggested, _tr(FORMAT_FILTERS.get(fmt, "All files (*)"))
    )
    return path


def ask_reference_docx(parent: QWidget | None, folder: str) -> str:
    """Ask for a Word document whose styles the .docx export uses; "" when cancelled."""
    path, _selected = QFileDialog.getOpenFileName(
        parent, _tr("Choose a Reference Document"), folder, _tr("Word documents and templates (*.docx *.dotx);;All files (*)")
    )
    return path


def open_in_viewer(path: str) -> bool:
    """Open `path` in the system's viewer for its type; False when nothing could open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
