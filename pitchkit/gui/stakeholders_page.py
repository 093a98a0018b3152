"""The Stakeholders step: a filterable, sortable table of the people the pitch needs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.model import Project, Stance
from pitchkit.gui.stakeholder_model import Column, StakeholderProxyModel, StakeholderTableModel

# Free text stretches to share the width; numbers and stances take what they need.
_STRETCH_COLUMNS = (Column.NAME, Column.ROLE, Column.DEPARTMENT)


class StakeholdersPage(QWidget):
    """A filter box above the stakeholder table; read-only for now."""

    #: (rows shown after filtering, stakeholders in the project)
    count_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StakeholderTableModel(self)
        self.proxy = StakeholderProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, role, department or stance"))
        self.filter_edit.setAccessibleName(self.tr("Filter stakeholders"))
        self.filter_edit.setClearButtonEnabled(True)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        for column in Column:
            if column in _STRETCH_COLUMNS:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(column, self._fixed_width(column))
        # File order until the user clicks a header; a third click goes back to it.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.find_action = QAction(self.tr("Find"), self)
        self.find_action.setShortcuts(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.find_action.triggered.connect(self._on_find)
        self.proxy.modelReset.connect(self._on_rows_changed)
        self.proxy.layoutChanged.connect(self._on_rows_changed)
        self.proxy.rowsInserted.connect(self._on_rows_changed)
        self.proxy.rowsRemoved.connect(self._on_rows_changed)

    def _fixed_width(self, column: Column) -> int:
        # Short columns hold known values: size them from those, not by measuring every row.
        values = {
            Column.POWER: ["10"],
            Column.INTEREST: ["10"],
            Column.STANCE: [stance.label for stance in Stance],
            Column.WANTED: [stance.label for stance in Stance],
        }[column]
        title = self.model.headerData(column, Qt.Orientation.Horizontal)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in [title, *values])
        # Padding on both sides plus room for the sort arrow.
        return widest + 2 * metrics.averageCharWidth() + 16

    def set_project(self, project: Project | None) -> None:
        """Show `project`'s stakeholders; the filter text stays as typed."""
        self.model.set_project(project)

    def shown_count(self) -> int:
        """Rows left after filtering."""
        return self.proxy.rowCount()

    def total_count(self) -> int:
        """Stakeholders in the project."""
        return self.model.rowCount()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._on_rows_changed()

    @Slot()
    def _on_find(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot()
    def _on_rows_changed(self) -> None:
        self.count_changed.emit(self.shown_count(), self.total_count())
