"""A table model over one list of core records, read on demand; edits go through the session."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)

from pitchkit.core.model import Project, Record
from pitchkit.gui.kinds import ALL, Change, records_of

if TYPE_CHECKING:
    from pitchkit.gui.session import ProjectSession

#: A value that sorts a column the way a person expects (numbers as numbers, stances by rank).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: One row's searchable text (every text column), asked of column 0 by the filter.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
#: How a cell is edited: None, "text", "score", or an enum class (a choice of its members).
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# Scores are 0-10: centred they read as a scale and keep clear of the next column's text.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex


def score_text(value: float) -> str:
    """A 0-10 score as people write it: 9, 7.5."""
    return f"{value:g}"


class ColumnSpec(msgspec.Struct, frozen=True):
    """One column: its header, the text shown, the value sorted by, and what editing sets."""

    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    field: str | None = None
    editor: Any = None  # None (read-only), "text", "score" or an enum class
    tip: str = ""
    numeric: bool = False
    searchable: bool = True
    tooltip: Callable[[Any], str] | None = None


class RecordTableModel(QAbstractTableModel):
    """Rows are the records of one `kind`, read from the core list whenever Qt asks.

    With a session, editable cells push a `SetFieldCommand`; the model follows the session's
    `changed` signal (a reset when rows were added, removed or moved; `dataChanged` for the
    rows whose fields changed).  `depends_on` names other kinds the cells show (for example
    stakeholder names in the resistance table).
    """

    kind = ""
    depends_on: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._records: list[Record] = []  # the core list itself, looked up once per project
        self._session: ProjectSession | None = None
        self.columns: list[ColumnSpec] = []

    # ----------------------------------------------------------------------------------------
    # The data
    # ----------------------------------------------------------------------------------------

    def project(self) -> Project | None:
        return self._project

    def set_project(self, project: Project | None) -> None:
        """Show `project`'s records (None shows an empty table)."""
        self.beginResetModel()
        self._project = project
        self._records = [] if project is None else records_of(project, self.kind)
        self.endResetModel()

    def set_session(self, session: ProjectSession) -> None:
        """Follow `session`'s project and make the editable columns editable."""
        self._session = session
        session.changed.connect(self._on_changed)
        self.set_project(session.project)

    def records(self) -> list[Record]:
        """The core list shown (empty without a project)."""
        return self._records

    def record(self, row: int) -> Any:
        """The record shown in source row `row`."""
        return self.records()[row]

    def row_of(self, record_id: str) -> int:
        """The row of the record with this id, or -1."""
        for row, record in enumerate(self.records()):
            if record.id == record_id:
                return row
        return -1

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind == ALL:
            self.set_project(self._session.project if self._session else None)
        elif change.kind == self.kind and change.ids is None:
            self.beginResetModel()
            self.endResetModel()
        elif change.kind == self.kind:
            last = self.columnCount() - 1
            for row in (self.row_of(record_id) for record_id in change.ids):
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        elif change.kind in self.depends_on and self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # ----------------------------------------------------------------------------------------
    # QAbstractTableModel
    # ----------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._project is None:
            return None
        record = self._records[index.row()]
        spec = self.columns[index.column()]
        if role == _DISPLAY:
            return spec.text(record)
        if role == _EDIT:
            value = getattr(record, spec.field) if spec.field else spec.text(record)
            return value.value if isinstance(value, enum.Enum) else value
        if role == SORT_ROLE:
            return (spec.sort or spec.text)(record)
        if role == SEARCH_ROLE:
            return "\n".join(c.text(record) for c in self.columns if c.searchable)
        if role == EDITOR_ROLE:
            return spec.editor
        if role == _ALIGN and spec.numeric:
            return NUMBER_ALIGNMENT
        if role == _TOOLTIP and spec.tooltip is not None:
            return spec.tooltip(record) or None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._session is not None and self.columns[index.column()].field:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or not index.isValid() or self._session is None:
            return False
        spec = self.columns[index.column()]
        if spec.field is None:
            return False
        if isinstance(spec.editor, type) and issubclass(spec.editor, enum.Enum):
            value = spec.editor(value)
        elif spec.editor == "score":
            value = min(10.0, max(0.0, float(value)))
        elif isinstance(value, str):
            value = value.strip()
            if not value and spec.field in ("name", "description"):
                return False  # required text: keep what was there
        self._session.set_field(self.kind, self.records()[index.row()], spec.field, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == _DISPLAY:
            return spec.header
        if role == _TOOLTIP:
            return spec.tip or None
        if role == _ALIGN and spec.numeric:
            return NUMBER_ALIGNMENT
        return None


class RecordProxyModel(QSortFilterProxyModel):
    """Sorts by the column's natural value and filters on every searchable column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
