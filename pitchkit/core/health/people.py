"""Health rules about the people on the map: someone to talk to, each judged afresh after a setback."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    A_STAKEHOLDER,
    ON_STAKEHOLDERS,
    Finding,
    check,
    field_target,
    rule,
    stakeholder_target,
)
from pitchkit.core.model import Severity

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

NO_STAKEHOLDERS = rule(
    "no-stakeholders",
    Severity.HIGH,
    ON_STAKEHOLDERS,
    title="The project has no stakeholders yet.",
    explanation="The project has no stakeholders yet.",
    mend="Add the people whose support the pitch needs on the Stakeholders step, starting with who decides.",
)
NOT_REASSESSED = rule(
    "not-reassessed",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="A stakeholder has not been re-assessed since a failed attempt that involved them.",
    explanation="A stakeholder took part in a failed attempt and has not been re-assessed since (their \"last assessed\" date is earlier): fail fast, reform, re-approach.",
    mend="Review their stance, power, interest and resistances, then set their \"last assessed\" date.",
)


@check(NO_STAKEHOLDERS, needs_stakeholders=False)
def no_stakeholders(analysis: Analysis) -> Iterator[Finding]:
    """Someone on the map at all."""
    if not analysis.project.stakeholders:
        yield NO_STAKEHOLDERS.finding(
            field_target("stakeholders"),
            "no stakeholders yet",
            "add the people whose support, neutrality or consent the pitch needs, starting with who decides.",
        )


@check(NOT_REASSESSED)
def not_reassessed(analysis: Analysis) -> Iterator[Finding]:
    """Everyone in a failed attempt re-assessed since."""
    project = analysis.project
    last_failure: dict[str, datetime.date] = {}
    for attempt in project.strategy.attempts:
        if not attempt.failed or attempt.date is None:
            continue
        for pid in attempt.stakeholders:
            if pid not in last_failure or attempt.date > last_failure[pid]:
                last_failure[pid] = attempt.date
    for person in project.stakeholders:
        failed_on = last_failure.get(person.id)
        if failed_on is None:
            continue
        if person.last_assessed is None or person.last_assessed < failed_on:
            when = person.last_assessed.isoformat() if person.last_assessed else "never"
            yield NOT_REASSESSED.finding(
                stakeholder_target(person),
                f"not re-assessed since the failed attempt on {failed_on.isoformat()} (last assessed: {when})",
                "review their stance, power, interest and resistances in the light of what happened before trying again.",
            )
