"""In-table editors: a choice list for enum cells, a 0-10 spin box for scores."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from pitchkit.gui.labels import label
from pitchkit.gui.record_model import EDITOR_ROLE

if TYPE_CHECKING:  # PySide builds a class's enums when its name is first imported (~2 ms here)
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QAbstractItemView, QDoubleSpinBox, QStyleOptionViewItem

AnyIndex = QModelIndex | QPersistentModelIndex


def enum_label(member: enum.Enum) -> str:
    """The words a person reads for an enum member (in the app's language)."""
    return label(member)


def fill_enum_combo(combo: QComboBox, choices: type[enum.Enum]) -> None:
    """One item per member: its label shown, its value as the item data."""
    combo.clear()
    for member in choices:
        combo.addItem(enum_label(member), member.value)


def make_score_spin(parent: QWidget | None) -> QDoubleSpinBox:
    """A 0-10 score editor in half steps."""
    from PySide6.QtWidgets import QDoubleSpinBox

    spin = QDoubleSpinBox(parent)
    spin.setRange(0.0, 10.0)
    spin.setSingleStep(0.5)
    spin.setDecimals(1)
    return spin


class RecordDelegate(QStyledItemDelegate):
    """Picks the editor from the model's EDITOR_ROLE; text cells get the default line edit."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            combo = QComboBox(parent)
            fill_enum_combo(combo, kind)
            return combo
        if kind == "score":
            return make_score_spin(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif _is_spin(editor):
            editor.setValue(float(value))  # type: ignore[attr-defined]
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif _is_spin(editor):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
        else:
            super().setModelData(editor, model, index)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: AnyIndex) -> bool:  # noqa: N802
        """A cell cut short ("Managing Dire…") shows its whole text on hover."""
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text and is_elided(text, option):
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def is_elided(text: str, option: QStyleOptionViewItem) -> bool:
    """Whether `text` is wider than the cell `option` describes (so it is shown cut)."""
    return option.fontMetrics.horizontalAdvance(text) > option.rect.width() - 8


def _is_spin(editor: QWidget) -> bool:
    """Whether `editor` is a score spin box (QDoubleSpinBox is imported once one is made)."""
    from PySide6.QtWidgets import QDoubleSpinBox

    return isinstance(editor, QDoubleSpinBox)
