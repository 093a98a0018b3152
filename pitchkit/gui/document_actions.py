"""File ▸ Export…, Print… and Close: what a project's window does with the document as a whole.

Export and Print work on the Generate step's current choices (template, audience, format):
Export goes there and asks where to write; Print prints the preview's own document, so the
page on paper is the page on screen.  Close goes back to the start screen, asking to save.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from pitchkit.gui.icons import icon

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from pitchkit.gui.main_window import MainWindow


class PrintDialog:
    """Asks for a printer (QtPrintSupport is imported only when someone prints)."""

    @classmethod
    def get_printer(cls, parent: QWidget | None) -> tuple[QPrinter, bool]:
        """The printer chosen, and whether the user pressed Print (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("PrintDialog", "Print the Document"))
        return printer, dialog.exec() == QPrintDialog.DialogCode.Accepted


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    return QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]


class DocumentActions(QObject):
    """The Export, Print and Close commands of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        keys = QKeySequence.StandardKey
        self.export_action = self._make("export", self.tr("&Export…"), [QKeySequence("Ctrl+E")],
                                        self.tr("Export the document chosen on the Generate step"))
        self.print_action = self._make("print", self.tr("&Print…"), _keys(keys.Print, "Ctrl+P"),
                                       self.tr("Print the document shown in the preview"))
        self.close_action = self._make("close", self.tr("&Close"), [QKeySequence("Ctrl+W")],
                                       self.tr("Close the project and go back to the start screen"))
        self.export_action.triggered.connect(self.export)
        self.print_action.triggered.connect(self.print_document)
        self.close_action.triggered.connect(self.close_project)
        #: Printing waits for the preview when it is not ready yet.
        self._print_pending = False

    def _make(self, icon_name: str, text: str, keys: list[QKeySequence], tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        action.setShortcuts(keys)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        self.window.addAction(action)
        return action

    def add_to(self, file_menu: QMenu, before: QAction) -> None:
        """Export and Print, then Close, above `before` (Quit)."""
        file_menu.insertAction(before, self.export_action)
        file_menu.insertAction(before, self.print_action)
        file_menu.insertSeparator(before)
        file_menu.insertAction(before, self.close_action)

    def set_project_open(self, is_open: bool) -> None:
        for action in (self.export_action, self.print_action, self.close_action):
            action.setEnabled(is_open)

    # ----------------------------------------------------------------------------------------

    @Slot()
    def export(self) -> None:
        """File ▸ Export…: the Generate step, then where to write its current choice."""
        if self.window.session.project is None:
            return
        self.window.show_step("generate")
        self.window.pages["generate"].export()  # type: ignore[attr-defined]

    @Slot()
    def close_project(self) -> bool:
        """File ▸ Close: back to the start screen once unsaved changes are saved or discarded."""
        if self.window.session.project is None or not self.window.maybe_save():
            return False
        self.window.session.close_project()
        return True

    @Slot()
    def print_document(self) -> None:
        """File ▸ Print…: the preview's document, once the preview is up to date."""
        if self.window.session.project is None:
            return
        self.window.show_step("generate")
        page = self.window.pages["generate"]
        document = page.preview_document()  # type: ignore[attr-defined]
        if document is not None and not page.renderer.is_busy():  # type: ignore[attr-defined]
            self._print(document)
        elif not self._print_pending:
            self._print_pending = True
            page.renderer.ready.connect(self._print_when_ready)  # type: ignore[attr-defined]

    @Slot(object)
    def _print_when_ready(self, result: object) -> None:
        page = self.window.pages["generate"]
        page.renderer.ready.disconnect(self._print_when_ready)  # type: ignore[attr-defined]
        self._print_pending = False
        document = page.preview_document()  # type: ignore[attr-defined]
        if document is not None:
            self._print(document)

    def _print(self, document: QTextDocument) -> None:
        printer, accepted = PrintDialog.get_printer(self.window)
        if not accepted:
            return
        page = self.window.pages["generate"]
        if page.preview_partial:  # type: ignore[attr-defined]
            document = self._whole_document()
        from pitchkit.gui.preview_fit import printed_size

        with printed_size(document):  # the pictures as wide as on paper, not as in the preview
            document.print_(printer)

    def _whole_document(self) -> QTextDocument:
        """The whole document, where the preview of a long one shows its first part only."""
        from pitchkit.documents.export import build_document
        from pitchkit.qtrender.pdf_writer import text_document

        renderer = self.window.pages["generate"].renderer  # type: ignore[attr-defined]
        project = self.window.session.project
        assert project is not None
        document = text_document(build_document(project, renderer.template, renderer.audience))
        document.setParent(self)
        return document
