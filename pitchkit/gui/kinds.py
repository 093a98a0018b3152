"""The names of what changed: the kinds of records a `ProjectSession` announces."""

from __future__ import annotations

from typing import Any

from pitchkit.core.model import Project

# What `changed` names: a collection of the project (or "pitch", "strategy", "project" for
# the single records, and ALL when the whole project was replaced).
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


def records_of(project: Project, kind: str) -> list[Any]:
    """The core list that holds the records of `kind` (a collection name above)."""
    lists = {
        EVIDENCE: project.pitch.evidence,
        STAKEHOLDERS: project.stakeholders,
        LINKS: project.links,
        RESISTANCES: project.resistances,
        PROBLEMS: project.problems,
        TALKING_POINTS: project.strategy.talking_points,
        ACTIONS: project.strategy.actions,
        ATTEMPTS: project.strategy.attempts,
        BUSY_PERIODS: project.strategy.busy_periods,
    }
    return lists[kind]
