"""The names of what changed: the kinds of records a `ProjectSession` announces, and the change."""

from __future__ import annotations

import enum

import msgspec

from pitchkit.core.model import Project, Record
from pitchkit.core.references import records_of as _core_records_of


class ChangeKind(enum.StrEnum):
    """What a change names: a collection of the project, one of its single records, or all of it.

    The values are the kinds of `pitchkit.core.references` (a collection's field name), so a
    kind the core reports (say, what a delete touched) converts with `ChangeKind(kind)`.
    """

    #: The whole project was replaced (opened, restored, created).
    ALL = "*"
    PROJECT = "project"
    PITCH = "pitch"
    EVIDENCE = "evidence"
    STAKEHOLDERS = "stakeholders"
    LINKS = "links"
    RESISTANCES = "resistances"
    PROBLEMS = "problems"
    STRATEGY = "strategy"
    TALKING_POINTS = "talking_points"
    ACTIONS = "actions"
    ATTEMPTS = "attempts"
    BUSY_PERIODS = "busy_periods"
    ADVICE = "advice"
    CONFLICTS = "conflicts"


class Change(msgspec.Struct, frozen=True):
    """One change announced by the session.

    `ids` holds the ids of the records of `kind` whose fields changed (empty for records
    without an id, such as the pitch), or is None when records of `kind` were added, removed
    or reordered (re-read the whole list).
    """

    kind: ChangeKind
    ids: frozenset[str] | None = None


# The members by their short names, as the pages import them.
ALL = ChangeKind.ALL
PROJECT = ChangeKind.PROJECT
PITCH = ChangeKind.PITCH
EVIDENCE = ChangeKind.EVIDENCE
STAKEHOLDERS = ChangeKind.STAKEHOLDERS
LINKS = ChangeKind.LINKS
RESISTANCES = ChangeKind.RESISTANCES
PROBLEMS = ChangeKind.PROBLEMS
STRATEGY = ChangeKind.STRATEGY
TALKING_POINTS = ChangeKind.TALKING_POINTS
ACTIONS = ChangeKind.ACTIONS
ATTEMPTS = ChangeKind.ATTEMPTS
BUSY_PERIODS = ChangeKind.BUSY_PERIODS
ADVICE = ChangeKind.ADVICE


def records_of(project: Project, kind: str) -> list[Record]:
    """The core list that holds the records of `kind` (a collection above)."""
    return _core_records_of(project, kind)
