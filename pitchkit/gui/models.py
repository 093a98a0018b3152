"""Table models over the other record lists: resistances, problems, evidence and strategy."""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QObject

from pitchkit.core.model import ActionKind, ResistanceStatus, Severity
from pitchkit.gui import kinds
from pitchkit.gui.labels import label
from pitchkit.gui.record_model import ColumnSpec, RecordTableModel


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _date(value: datetime.date | None) -> str:
    return "" if value is None else value.isoformat()


class _PeopleModel(RecordTableModel):
    """A table whose cells name stakeholders: keeps an id -> name map for fast lookups."""

    depends_on = (kinds.STAKEHOLDERS,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] | None = None

    def _on_changed(self, change: kinds.Change) -> None:
        if change.kind in (kinds.STAKEHOLDERS, kinds.ALL):
            self._names = None
        super()._on_changed(change)

    def set_project(self, project: Any) -> None:
        self._names = None
        super().set_project(project)

    def name_of(self, stakeholder_id: str | None) -> str:
        if stakeholder_id is None or self._project is None:
            return ""
        if self._names is None:
            self._names = {person.id: person.name for person in self._project.stakeholders}
        return self._names.get(stakeholder_id, stakeholder_id)

    def names(self, record: Any) -> str:
        return ", ".join(self.name_of(i) for i in record.stakeholders)

    def person(self, record: Any) -> str:
        return self.name_of(record.stakeholder)


class ResistanceTableModel(_PeopleModel):
    """Every resistance, with the stakeholder who has it."""

    kind = kinds.RESISTANCES

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Stakeholder"), self.person),
            ColumnSpec(self.tr("Pattern"), lambda r: r.pattern, field="pattern", editor="text"),
            ColumnSpec(
                self.tr("Heard"), lambda r: _first_line(r.heard), tooltip=lambda r: r.heard
            ),
            ColumnSpec(
                self.tr("Severity"),
                lambda r: label(r.severity),
                sort=lambda r: list(Severity).index(r.severity),
                field="severity",
                editor=Severity,
            ),
            ColumnSpec(
                self.tr("Status"),
                lambda r: label(r.status),
                sort=lambda r: list(ResistanceStatus).index(r.status),
                field="status",
                editor=ResistanceStatus,
            ),
        ]


class ProblemTableModel(_PeopleModel):
    """Business problems with their KPI, baseline, target and whose problem it is."""

    kind = kinds.PROBLEMS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(
                self.tr("Problem"), lambda p: _first_line(p.description), tooltip=lambda p: p.description
            ),
            ColumnSpec(self.tr("KPI"), lambda p: p.kpi, field="kpi", editor="text"),
            ColumnSpec(self.tr("Baseline"), lambda p: p.baseline, field="baseline", editor="text"),
            ColumnSpec(self.tr("Target"), lambda p: p.target, field="target", editor="text"),
            ColumnSpec(self.tr("Stakeholders"), self.names),
        ]


class EvidenceTableModel(RecordTableModel):
    """Evidence that the idea works."""

    kind = kinds.EVIDENCE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Title"), lambda e: e.title, field="title", editor="text"),
            ColumnSpec(self.tr("Source"), lambda e: e.source, field="source", editor="text"),
        ]


class ActionTableModel(_PeopleModel):
    """Things to do rather than say."""

    kind = kinds.ACTIONS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        done = self.tr("Done")
        self.columns = [
            ColumnSpec(self.tr("Action"), lambda a: a.title, field="title", editor="text"),
            ColumnSpec(
                self.tr("Kind"),
                lambda a: label(a.kind),
                sort=lambda a: list(ActionKind).index(a.kind),
                field="kind",
                editor=ActionKind,
            ),
            ColumnSpec(self.tr("Due"), lambda a: _date(a.due)),
            ColumnSpec(done, lambda a: done if a.done else ""),
            ColumnSpec(self.tr("With"), self.names),
        ]


class AttemptTableModel(_PeopleModel):
    """The attempts log: what happened and what changes next time."""

    kind = kinds.ATTEMPTS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        failed = self.tr("Failed")
        self.columns = [
            ColumnSpec(self.tr("Date"), lambda t: _date(t.date)),
            ColumnSpec(
                self.tr("What happened"),
                lambda t: _first_line(t.what_happened),
                tooltip=lambda t: t.what_happened,
            ),
            ColumnSpec(self.tr("Outcome"), lambda t: t.outcome, field="outcome", editor="text"),
            ColumnSpec(failed, lambda t: failed if t.failed else ""),
            ColumnSpec(self.tr("With"), self.names),
        ]


class TalkingPointTableModel(_PeopleModel):
    """Points to make to one stakeholder each."""

    kind = kinds.TALKING_POINTS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Stakeholder"), self.person),
            ColumnSpec(self.tr("Point"), lambda k: _first_line(k.text), tooltip=lambda k: k.text),
        ]


class BusyPeriodTableModel(RecordTableModel):
    """Stretches of the year when meetings are likely to be declined."""

    kind = kinds.BUSY_PERIODS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = [
            ColumnSpec(self.tr("Period"), lambda b: b.label, field="label", editor="text"),
            ColumnSpec(self.tr("From"), lambda b: _date(b.start)),
            ColumnSpec(self.tr("To"), lambda b: _date(b.end)),
        ]
