"""A filterable, sortable table of one kind of record with add, duplicate, delete and reorder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.model import Record, new_id
from pitchkit.gui.column_fit import ColumnFitter
from pitchkit.gui.delegates import RecordDelegate
from pitchkit.gui.focus_frame import show_button_focus, show_focus, tab_chain
from pitchkit.gui.icons import icon
from pitchkit.gui.record_model import RecordProxyModel, RecordTableModel
from pitchkit.gui.session import ProjectSession

_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def copy_record(record: Any) -> Any:
    """A deep copy of `record` with a fresh id (and "(copy)" after its name or title)."""
    copy = msgspec.convert(msgspec.to_builtins(record), type(record))
    copy.id = new_id(type(record).id_prefix)
    for field in ("name", "title"):
        if isinstance(getattr(copy, field, None), str) and getattr(copy, field):
            setattr(copy, field, getattr(copy, field) + " (copy)")
            break
    return copy


class RecordListEditor(QWidget):
    """The list half of a step page: toolbar, filter box and table over one record kind.

    `current_changed(record or None)` follows the current row; the selection survives
    every reset the session causes (undo, redo, adding or deleting) by following record ids.
    """

    current_changed = Signal(object)
    #: (rows shown after filtering, records in the project)
    count_changed = Signal(int, int)
    #: A record the user just added or duplicated (the page moves focus to its form).
    record_added = Signal(object)

    def __init__(
        self,
        session: ProjectSession,
        model: RecordTableModel,
        make_record: Callable[[], Any],
        *,
        noun: str,
        filter_hint: str,
        stretch: tuple[int, ...] = (0,),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = model
        self._make_record = make_record
        self._current_id: str | None = None
        self._current_row = -1

        self.proxy = RecordProxyModel(self)
        self.proxy.setSourceModel(model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(filter_hint)
        self.filter_edit.setAccessibleName(self.tr("Filter {noun}").format(noun=noun))
        self.filter_edit.setClearButtonEnabled(True)

        self.table = QTableView(self)
        show_focus(self.table)
        self.table.setAccessibleName(noun.capitalize())
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(RecordDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the form, as in a dialog
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Short columns as wide as their contents, the text ones sharing the rest, name first.
        self.column_fitter = ColumnFitter(self.table, stretch)
        # File order until the user clicks a header; a third click goes back to it.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.add_action = self._action("add", self.tr("&Add"), self.tr("Add a new record below the list"))
        self.add_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return))
        self.duplicate_action = self._action("duplicate", self.tr("D&uplicate"), self.tr("Copy the selected records"))
        self.duplicate_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.delete_action = self._action("remove", self.tr("&Delete"), self.tr("Delete the selected records (undoable)"))
        self.delete_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.up_action = self._action("move-up", self.tr("Move &Up"), self.tr("Move up in the file order"))
        self.up_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.down_action = self._action("move-down", self.tr("Move Do&wn"), self.tr("Move down in the file order"))
        self.down_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        # Row keys act on the table only, so Delete in a text field still deletes text.
        for action in self.row_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.add_action)

        tools = QHBoxLayout()
        tools.setSpacing(2)
        self._buttons: dict[QAction, QToolButton] = {}
        for action in (self.add_action, self.duplicate_action, self.delete_action, self.up_action, self.down_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            # Reordering is rarer: icons only, named by their tooltips and accessible names.
            if action in (self.up_action, self.down_action):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setAccessibleName(action.text().replace("&", ""))
            else:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            show_button_focus(button)
            tools.addWidget(button)
            self._buttons[action] = button
        tools.addSpacing(12)
        tools.addWidget(self.filter_edit, 1)
        # Tab in reading order: the buttons, the filter box, then the table.
        tab_chain(*self._buttons.values(), self.filter_edit, self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.add_action.triggered.connect(self.add_record)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.up_action.triggered.connect(self.move_up)
        self.down_action.triggered.connect(self.move_down)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header.sortIndicatorChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._on_reset)
        for signal in (self.proxy.layoutChanged, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._on_rows_changed)
        self._update_actions()

    #: The filter box's least width before Duplicate and Delete give up their words.
    FILTER_ROOM = 140

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        """In a narrow list, Duplicate and Delete show their icons only (named in tooltips and
        for screen readers), so the filter box keeps room to type in."""
        super().resizeEvent(event)
        wordy = (self.duplicate_action, self.delete_action)
        if not hasattr(self, "_full_width"):
            self._full_width = sum(b.sizeHint().width() + 2 for b in self._buttons.values()) + 12
        compact = event.size().width() < self._full_width + self.FILTER_ROOM
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if compact else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for action in wordy:
            button = self._buttons[action]
            button.setAccessibleName(action.text().replace("&", ""))
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

    def _action(self, icon_name: str, text: str, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def tool_button(self, action: QAction) -> QToolButton:
        """The toolbar button of one of the list's actions."""
        return self._buttons[action]

    def row_actions(self) -> list[QAction]:
        return [self.duplicate_action, self.delete_action, self.up_action, self.down_action]

    # ----------------------------------------------------------------------------------------
    # Selection
    # ----------------------------------------------------------------------------------------

    def current_record(self) -> Any:
        row = self._source_row(self.table.currentIndex())
        return self.model.record(row) if row >= 0 else None

    def selected_records(self) -> list[Record]:
        rows = sorted({self._source_row(i) for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(row) for row in rows if row >= 0]

    def select_record(self, record_id: str | None) -> bool:
        """Make the record with this id current (clearing the filter if it hides it)."""
        row = -1 if record_id is None else self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(index, _SELECT_ROW)
        self.table.scrollTo(index)
        return True

    def _source_row(self, index: QModelIndex) -> int:
        return self.proxy.mapToSource(index).row() if index.isValid() else -1

    def _is_sorted(self) -> bool:
        return self.table.horizontalHeader().sortIndicatorSection() >= 0

    # ----------------------------------------------------------------------------------------
    # Slots
    # ----------------------------------------------------------------------------------------

    @Slot()
    def add_record(self) -> None:
        if self.session.project is None:
            return
        record = self._make_record()
        if record is None:  # the page said why not
            return
        self.session.add_record(self.model.kind, record)
        self.select_record(record.id)
        self.record_added.emit(record)

    @Slot()
    def duplicate_selected(self) -> None:
        records = self.selected_records()
        if not records:
            return
        copies = [copy_record(record) for record in records]
        stack = self.session.undo_stack
        if len(copies) > 1:
            stack.beginMacro(self.tr("Duplicate {count} records").format(count=len(copies)))
        for original, copy in zip(records, copies, strict=True):
            index = self.model.records().index(original) + 1
            self.session.add_record(self.model.kind, copy, index)
        if len(copies) > 1:
            stack.endMacro()
        self.select_record(copies[-1].id)
        self.record_added.emit(copies[-1])

    @Slot()
    def delete_selected(self) -> None:
        self.session.remove_records(self.model.kind, self.selected_records())

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(+1)

    def _move(self, step: int) -> None:
        record = self.current_record()
        if record is None or self._is_sorted():
            return
        row = self.model.records().index(record)
        self.session.move_record(self.model.kind, row, row + step)
        self.select_record(record.id)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        record = self.current_record()
        self._current_id = None if record is None else record.id
        self._current_row = self._source_row(current)
        self.current_changed.emit(record)
        self._update_actions()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._update_actions()

    @Slot()
    def _on_reset(self) -> None:
        # Keep following the same record; if it went away, its neighbour takes its place.
        if not self.select_record(self._current_id):
            rows = self.proxy.rowCount()
            if rows and self._current_row >= 0:
                index = self.proxy.index(min(self._current_row, rows - 1), 0)
                self.table.setCurrentIndex(index)
            else:
                self.current_changed.emit(None)
        self._on_rows_changed()

    @Slot()
    def _update_actions(self) -> None:
        has_project = self.session.project is not None
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.add_action.setEnabled(has_project)
        self.duplicate_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        row = self._source_row(self.table.currentIndex())
        can_move = has_selection and not self._is_sorted() and row >= 0
        self.up_action.setEnabled(can_move and row > 0)
        self.down_action.setEnabled(can_move and row < self.model.rowCount() - 1)

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._on_rows_changed()

    @Slot()
    def focus_filter(self) -> None:
        """Edit > Find: type in the filter box."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot()
    def _on_rows_changed(self) -> None:
        self._update_actions()
        self.count_changed.emit(self.proxy.rowCount(), self.model.rowCount())
