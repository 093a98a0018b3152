"""Qt item models over the project's stakeholder list (the core list stays the only store)."""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject

from pitchkit.core.model import Stakeholder, Stance
from pitchkit.gui.kinds import STAKEHOLDERS
from pitchkit.gui.labels import label
from pitchkit.gui.record_model import (
    SEARCH_ROLE,
    SORT_ROLE,
    ColumnSpec,
    RecordProxyModel,
    RecordTableModel,
    score_text,
)

__all__ = ["SEARCH_ROLE", "SORT_ROLE", "Column", "StakeholderProxyModel", "StakeholderTableModel"]


class Column(enum.IntEnum):
    """The table's columns, in order."""

    NAME = 0
    ROLE = 1
    DEPARTMENT = 2
    POWER = 3
    INTEREST = 4
    STANCE = 5
    WANTED = 6


def _name(person: Stakeholder) -> str:
    return person.name


def _role(person: Stakeholder) -> str:
    return person.role


def _department(person: Stakeholder) -> str:
    return person.department


def _power(person: Stakeholder) -> str:
    return score_text(person.power)


def _interest(person: Stakeholder) -> str:
    return score_text(person.interest)


def _stance(person: Stakeholder) -> str:
    return label(person.stance)


def _wanted(person: Stakeholder) -> str:
    return label(person.stance_wanted)


def _notes(person: Stakeholder) -> str:
    return person.notes


class StakeholderTableModel(RecordTableModel):
    """The stakeholder table: name, role, department, power, interest, stance now and wanted."""

    kind = STAKEHOLDERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Name"), _name, field="name", editor="text", tooltip=_notes),
            ColumnSpec(self.tr("Role"), _role, field="role", editor="text"),
            ColumnSpec(self.tr("Department"), _department, field="department", editor="text"),
            ColumnSpec(
                self.tr("Power"),
                _power,
                sort=lambda person: person.power,
                field="power",
                editor="score",
                tip=self.tr("Power or influence over the decision, 0 to 10"),
                numeric=True,
                searchable=False,
            ),
            ColumnSpec(
                self.tr("Interest"),
                _interest,
                sort=lambda person: person.interest,
                field="interest",
                editor="score",
                tip=self.tr("How much the pitch concerns them, 0 to 10"),
                numeric=True,
                searchable=False,
            ),
            ColumnSpec(
                self.tr("Stance"),
                _stance,
                sort=lambda person: person.stance.rank,
                field="stance",
                editor=Stance,
                tip=self.tr("Where they stand now"),
            ),
            ColumnSpec(
                self.tr("Wanted"),
                _wanted,
                sort=lambda person: person.stance_wanted.rank,
                field="stance_wanted",
                editor=Stance,
                tip=self.tr("Where the pitch needs them to stand"),
            ),
        ]

    def stakeholder(self, row: int) -> Stakeholder:
        """The stakeholder shown in source row `row`."""
        return self.record(row)


class StakeholderProxyModel(RecordProxyModel):
    """Sorts stakeholders by the column's natural value and filters on every text column."""
