"""Rows as tall as their word-wrapped text: a delegate that measures at the column's width.

Qt's own size hint measures a wrapped cell without knowing how wide its column is, so a
long text got the height of its unwrapped lines and was cut at the top and bottom.  This
delegate measures each cell at its column's current width, and the view lays its rows out
again whenever a column changes width (the window resized, a column dragged).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Slot
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

AnyIndex = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """Word-wrapped cells of a tree or list view, each row as tall as its wrapped text.

    A tree's cells wrap at their column's width; a list's items at the list's width.
    """

    def __init__(self, view: QTreeView | QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            view.header().sectionResized.connect(self._on_section_resized)
        else:
            view.setUniformItemSizes(False)
            view.setResizeMode(QListView.ResizeMode.Adjust)  # laid out again at every new width

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 - Qt name
        measured = QStyleOptionViewItem(option)
        view = self._view
        if isinstance(view, QTreeView):
            width = view.header().sectionSize(index.column())
            if index.column() == 0 and view.rootIsDecorated():
                width -= view.indentation()
        else:
            width = view.viewport().width() - 2 * view.spacing()
        # A valid rect of that width: the style wraps the text to it when measuring.
        measured.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(measured, index)

    @Slot(int, int, int)
    def _on_section_resized(self, section: int, old: int, new: int) -> None:
        self._view.scheduleDelayedItemsLayout()


class FitWidthDelegate(QStyledItemDelegate):
    """A list's items as wide as the list, never wider: long text is elided, not scrolled to.

    A list view lays items out at their text's width, so one long path gave the whole list a
    horizontal scroll bar and eliding never happened.  Set the view's elide mode to choose
    where the "…" goes (a path: in the middle); the item's tooltip should carry the whole text.
    """

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 - Qt name
        hint = super().sizeHint(option, index)
        room = self._view.viewport().width() - 2 * self._view.spacing()
        return QSize(min(hint.width(), max(room, 1)), hint.height())
