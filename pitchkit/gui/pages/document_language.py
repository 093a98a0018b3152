"""The Generate step's choice of the document's language: the project's `language`, undoably.

A consultant in Ghent may write to a Dutch-speaking managing director from an English app:
the document's language is the project's own (saved with it), shown here, and until one is
chosen the app's language (pitchkit/documents/export.py, `document_language`).  Choosing one
is an edit of the project, so it is one step on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from pitchkit.documents.export import document_language
from pitchkit.gui.kinds import ALL, PROJECT, Change

if TYPE_CHECKING:
    from pitchkit.gui.pages.generate_page import GeneratePage
    from pitchkit.gui.session import ProjectSession

#: The languages a document can be written in, by their own names.
CHOICES = (("en", "English"), ("nl", "Nederlands"))


class DocumentLanguageChoice(QWidget):
    """A label and a combo box: the document's language; templates are listed in it."""

    def __init__(self, session: ProjectSession, page: GeneratePage) -> None:
        super().__init__(page)
        self.session = session
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Document language"))
        self.combo.setToolTip(self.tr("The language the document is written in (saved with the project)"))
        for key, name in CHOICES:
            self.combo.addItem(name, key)
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self._show()
        self.combo.currentIndexChanged.connect(self._on_chosen)
        session.changed.connect(self._on_session_changed)

    def language(self) -> str:
        """The language documents are written in now: "en" or "nl"."""
        project = self.session.project
        return document_language(project) if project is not None else str(self.combo.currentData())

    def _show(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findData(self.language()), 0))
        self.combo.blockSignals(False)

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        project = self.session.project
        if project is None:
            return
        self.session.set_field(PROJECT, project, "language", str(self.combo.currentData()))

    @Slot(object)
    def _on_session_changed(self, change: Change) -> None:
        if change.kind not in (ALL, PROJECT):
            return
        self._show()
        # No Python reference to the page: a cycle would let the cycle collector, running in
        # a worker thread, delete widgets there.
        page = cast("GeneratePage", self.parentWidget())
        if page.template_combo.count():
            # The templates are listed by their names in the document's language.
            page._fill_templates(page.template_combo.currentData() or "proposal")  # noqa: SLF001
