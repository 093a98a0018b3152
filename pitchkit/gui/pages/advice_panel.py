"""The advice log on the Strategy step: who you asked, what they said, what you will use."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLineEdit, QWidget

from pitchkit.core.model import Advice, new_id
from pitchkit.gui import kinds
from pitchkit.gui.fields import DateEdit
from pitchkit.gui.form_binding import DateBinding, LineBinding, TextBinding
from pitchkit.gui.pages.base import add_row, text_box
from pitchkit.gui.pages.strategy_panels import _Panel
from pitchkit.gui.record_model import ColumnSpec, RecordTableModel
from pitchkit.gui.session import ProjectSession


class AdviceTableModel(RecordTableModel):
    """Advice sought from the advocate's own network."""

    kind = kinds.ADVICE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Asked"), lambda v: v.source, field="source", editor="text"),
            ColumnSpec(self.tr("When"), lambda v: v.date.strftime("%d %b %Y") if v.date else ""),
        ]


class AdvicePanel(_Panel):
    """Ask your network and keep what they said: the advice log."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, AdviceTableModel, QCoreApplication.translate("AdvicePanel", "advice"), parent)
        self.source_edit = QLineEdit(self.box)
        self.source_edit.setPlaceholderText(self.tr("A colleague, a community, your learning network"))
        self.date_edit = DateEdit(self.box)
        self.said_edit = text_box(self.box, 4, self.tr("What they said"))
        self.use_edit = text_box(self.box, 3, self.tr("What you will use from it"))
        bind = self.form.bind
        bind(LineBinding(self.form, self.source_edit, "source"))
        bind(DateBinding(self.form, self.date_edit, "date"))
        bind(TextBinding(self.form, self.said_edit, "said"))
        bind(TextBinding(self.form, self.use_edit, "use"))
        add_row(self.form_layout, self.tr("&Asked:"), self.source_edit)
        add_row(self.form_layout, self.tr("&Date:"), self.date_edit)
        add_row(self.form_layout, self.tr("&They said:"), self.said_edit)
        add_row(self.form_layout, self.tr("You will &use:"), self.use_edit)
        self.finish(self.source_edit)

    def new_record(self) -> Advice:
        return Advice(id=new_id(Advice.id_prefix), source=self.tr("Someone I asked"), date=datetime.date.today())
