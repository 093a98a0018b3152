"""What every step page shares: a title with its guidance line, and form helpers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pitchkit.gui.combo_fit import fit_combo
from pitchkit.gui.empty_hints import EmptyStateHint
from pitchkit.gui.form_binding import RecordForm
from pitchkit.gui.record_list import RecordListEditor
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step

#: Room around a page's content, in pixels at 1x.
PAGE_MARGIN = 12


class StepPage(QWidget):
    """A step: its title and one line of guidance above the page's own content."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.step = step

        self.title_label = QLabel(step.title, self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName(step.title)

        self.guidance_label = QLabel(step.guidance, self)
        self.guidance_label.setWordWrap(True)

        self.empty_hint = EmptyStateHint(session, step.key, self)

        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 4, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.guidance_label)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self.body, 1)


def scrolling_form(parent: QWidget) -> tuple[QScrollArea, QFormLayout]:
    """A form layout inside a frameless scroll area (forms grow taller than small windows)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Not a Tab stop of its own (an invisible one): Tab goes straight to the first field, and
    # the scroll area still scrolls to whichever field has the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    inner = QWidget(scroll)
    column = QVBoxLayout(inner)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)  # the rows stay at the top of a tall form, not spread down it
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    scroll.setWidget(inner)
    return scroll, form


def add_row(form: QFormLayout, label: str, editor: QWidget, tip: str = "") -> QWidget:
    """A labelled row: the label is the editor's buddy (Alt+letter) and its accessible name."""
    if isinstance(editor, QComboBox):
        # Long suggestions must not widen the form (or push the row onto two lines).
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.setMinimumContentsLength(12)
        fit_combo(editor)
    caption = QLabel(label, form.parentWidget())
    caption.setBuddy(editor)
    editor.setAccessibleName(label.replace("&", ""))
    if tip:
        editor.setToolTip(tip)
        editor.setAccessibleDescription(tip)
    form.addRow(caption, editor)
    return editor


def text_box(parent: QWidget, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line text editor about `lines` lines tall; Tab moves to the next field."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class ListFormPanel(QSplitter):
    """A record list beside the form of its current record; a new record's form gets focus."""

    def __init__(
        self,
        records: RecordListEditor,
        form: RecordForm,
        form_widget: QWidget,
        first_editor: QWidget,
        parent: QWidget | None = None,
        *,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    ) -> None:
        super().__init__(orientation, parent)
        self.records = records
        self.form = form
        self._first_editor = first_editor
        self.setChildrenCollapsible(False)
        self.addWidget(records)
        self.addWidget(form_widget)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([3000, 2000])  # scaled to the space there is: 3:2 from the start
        records.current_changed.connect(self._on_current_changed)
        records.record_added.connect(self._on_record_added)

    @Slot(object)
    def _on_current_changed(self, record: Any) -> None:
        self.form.set_record(record)

    @Slot(object)
    def _on_record_added(self, record: Any) -> None:
        self._first_editor.setFocus(Qt.FocusReason.OtherFocusReason)
        select_all = getattr(self._first_editor, "selectAll", None)
        if select_all is not None:
            select_all()
