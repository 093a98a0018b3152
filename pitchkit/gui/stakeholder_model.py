"""Qt item models over the project's stakeholder list (the core list stays the only store)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from pitchkit.core.model import Project, Stakeholder

#: A value that sorts a column the way a person expects (numbers as numbers, stances by rank).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: One row's searchable text (every text column), asked of column 0 by the filter.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# Scores are 0-10: centred they read as a scale and keep clear of the next column's text.
_NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignCenter

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The table's columns, in order."""

    NAME = 0
    ROLE = 1
    DEPARTMENT = 2
    POWER = 3
    INTEREST = 4
    STANCE = 5
    WANTED = 6


def _score(value: float) -> str:
    return f"{value:g}"


# Per column: the text shown, and the value sorted by.
_DISPLAY_TEXT: dict[Column, Callable[[Stakeholder], str]] = {
    Column.NAME: lambda person: person.name,
    Column.ROLE: lambda person: person.role,
    Column.DEPARTMENT: lambda person: person.department,
    Column.POWER: lambda person: _score(person.power),
    Column.INTEREST: lambda person: _score(person.interest),
    Column.STANCE: lambda person: person.stance.label,
    Column.WANTED: lambda person: person.stance_wanted.label,
}
_SORT_VALUE: dict[Column, Callable[[Stakeholder], Any]] = {
    **_DISPLAY_TEXT,
    Column.POWER: lambda person: person.power,
    Column.INTEREST: lambda person: person.interest,
    Column.STANCE: lambda person: person.stance.rank,
    Column.WANTED: lambda person: person.stance_wanted.rank,
}
_TEXT_COLUMNS = (Column.NAME, Column.ROLE, Column.DEPARTMENT, Column.STANCE, Column.WANTED)
_NUMBER_COLUMNS = (Column.POWER, Column.INTEREST)


class StakeholderTableModel(QAbstractTableModel):
    """A read-only table over `project.stakeholders`; rows are read from the list on demand."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.DEPARTMENT: self.tr("Department"),
            Column.POWER: self.tr("Power"),
            Column.INTEREST: self.tr("Interest"),
            Column.STANCE: self.tr("Stance"),
            Column.WANTED: self.tr("Wanted"),
        }
        self._header_tips = {
            Column.POWER: self.tr("Power or influence over the decision, 0 to 10"),
            Column.INTEREST: self.tr("How much the pitch concerns them, 0 to 10"),
            Column.STANCE: self.tr("Where they stand now"),
            Column.WANTED: self.tr("Where the pitch needs them to stand"),
        }

    # ----------------------------------------------------------------------------------------
    # The project
    # ----------------------------------------------------------------------------------------

    def project(self) -> Project | None:
        return self._project

    def set_project(self, project: Project | None) -> None:
        """Show `project`'s stakeholders (None shows an empty table)."""
        self.beginResetModel()
        self._project = project
        self.endResetModel()

    def stakeholder(self, row: int) -> Stakeholder:
        """The stakeholder shown in source row `row`."""
        assert self._project is not None
        return self._project.stakeholders[row]

    # ----------------------------------------------------------------------------------------
    # QAbstractTableModel
    # ----------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        if parent.isValid() or self._project is None:
            return 0
        return len(self._project.stakeholders)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self._project is None:
            return None
        person = self._project.stakeholders[index.row()]
        column = Column(index.column())
        if role == _DISPLAY:
            return _DISPLAY_TEXT[column](person)
        if role == SORT_ROLE:
            return _SORT_VALUE[column](person)
        if role == SEARCH_ROLE:
            return "\n".join(_DISPLAY_TEXT[c](person) for c in _TEXT_COLUMNS)
        if role == _ALIGN and column in _NUMBER_COLUMNS:
            return _NUMBER_ALIGNMENT
        if role == _TOOLTIP and column == Column.NAME and person.notes:
            return person.notes
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == _DISPLAY:
            return self._headers[column]
        if role == _TOOLTIP:
            return self._header_tips.get(column)
        if role == _ALIGN and column in _NUMBER_COLUMNS:
            return _NUMBER_ALIGNMENT
        return None


class StakeholderProxyModel(QSortFilterProxyModel):
    """Sorts stakeholders by the column's natural value and filters on every text column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(Column.NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
