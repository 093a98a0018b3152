"""Health rules about objections: every resistance that matters has an answer ready."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.grid import is_high
from pitchkit.core.health.registry import (
    A_RESISTANCE,
    A_STAKEHOLDER,
    Finding,
    check,
    resistance_target,
    rule,
    stakeholder_target,
)
from pitchkit.core.model import Resistance, ResistanceStatus, Severity, Stakeholder, Stance
from pitchkit.core.playbook import Playbook, find_pattern

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

RESISTANT_NO_COUNTER = rule(
    "resistant-no-counter",
    Severity.HIGH,
    (A_RESISTANCE, A_STAKEHOLDER),
    title="A high-power resistant stakeholder has an objection with no counter-strategy, or nothing recorded about why they resist.",
    explanation="A high-power (above 5) resistant stakeholder has an open objection with no counter-strategy, or nothing is recorded about why they resist. The advice quotes the playbook's counters for the pattern.",
    mend="Record what they said and what worries them, then choose a counter-strategy on the Resistances step.",
)
RESISTANCE_NO_COUNTER = rule(
    "resistance-no-counter",
    (Severity.MEDIUM, Severity.LOW),
    A_RESISTANCE,
    title="Another open resistance has no counter-strategy.",
    explanation="Any other open resistance without a counter-strategy (medium when the resistance is marked high).",
    mend="Choose a counter-strategy, or mark the resistance resolved.",
)


def _high_and_resistant(person: Stakeholder | None) -> bool:
    return person is not None and person.stance == Stance.RESISTANT and is_high(person.power)


def _unanswered(project_resistances: list[Resistance]) -> Iterator[Resistance]:
    for res in project_resistances:
        if res.status != ResistanceStatus.RESOLVED and not res.counter_strategy.strip():
            yield res


def _objection(res: Resistance) -> str:
    return f'"{res.pattern}"' if res.pattern else "an objection"


def _advice(res: Resistance, book: Playbook) -> str:
    pattern = find_pattern(res.pattern, book) if res.pattern else None
    if pattern is not None:
        options = "; or ".join(c.text.rstrip(".") for c in pattern.counter_strategies[:2])
        return f"choose a counter-strategy; the playbook suggests: {options}."
    return "choose a counter-strategy, or pick the matching playbook pattern to see suggestions."


@check(RESISTANT_NO_COUNTER)
def resistant_without_counter(analysis: Analysis) -> Iterator[Finding]:
    """High-power resistant people with nothing recorded, or an objection left unanswered."""
    project = analysis.project
    recorded = {r.stakeholder for r in project.resistances}
    for person in project.stakeholders:
        if _high_and_resistant(person) and person.id not in recorded:
            yield RESISTANT_NO_COUNTER.finding(
                stakeholder_target(person),
                "high power and resistant, but nothing is recorded about what they object to",
                "find out what they heard and what worries them (listen before pitching), then pick a counter-strategy from the playbook.",
            )
    people = {person.id: person for person in project.stakeholders}
    for res in _unanswered(project.resistances):
        owner = people.get(res.stakeholder)
        if owner is not None and _high_and_resistant(owner):
            yield RESISTANT_NO_COUNTER.finding(
                resistance_target(res, owner.name),
                f"high power, resistant, and no counter-strategy for {_objection(res)}",
                _advice(res, analysis.playbook),
            )


@check(RESISTANCE_NO_COUNTER)
def resistance_without_counter(analysis: Analysis) -> Iterator[Finding]:
    """Other open objections with no counter-strategy."""
    project = analysis.project
    people = {person.id: person for person in project.stakeholders}
    for res in _unanswered(project.resistances):
        person = people.get(res.stakeholder)
        if _high_and_resistant(person):
            continue
        yield RESISTANCE_NO_COUNTER.finding(
            resistance_target(res, person.name if person else ""),
            f"no counter-strategy for {_objection(res)}",
            _advice(res, analysis.playbook),
            severity=Severity.MEDIUM if res.severity == Severity.HIGH else Severity.LOW,
        )
