"""Health rules about business problems: each one measurable, and one for everyone who matters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.grid import Quadrant
from pitchkit.core.health.registry import (
    A_PROBLEM,
    A_STAKEHOLDER,
    ON_PROBLEMS,
    Finding,
    check,
    field_target,
    problem_target,
    rule,
    stakeholder_target,
)
from pitchkit.core.model import Severity
from pitchkit.core.say import say

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

NO_PROBLEMS = rule(
    "no-problems",
    Severity.HIGH,
    ON_PROBLEMS,
    title="The pitch names no business problem.",
    explanation="The pitch names no business problem.",
    mend="Add the problems the people who decide have, in their words, on the Business problems step.",
)
PROBLEM_NO_KPI = rule(
    "problem-no-kpi",
    Severity.MEDIUM,
    A_PROBLEM,
    title="A business problem has no measurable KPI.",
    explanation="A business problem has no measurable KPI.",
    mend="Agree with its owner the one number that would show it shrinking, and add it as the KPI.",
)
PROBLEM_NO_BASELINE = rule(
    "problem-no-baseline",
    Severity.MEDIUM,
    A_PROBLEM,
    title="A business problem has a KPI but no baseline.",
    explanation="A business problem has a KPI but no baseline.",
    mend="Measure where the KPI stands now and add it as the baseline.",
)
NO_PROBLEM_FOR_STAKEHOLDER = rule(
    "no-problem-for-stakeholder",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="A high-power stakeholder who still has to move has no business problem of theirs in the pitch.",
    explanation="A high-power stakeholder (Key players or Keep satisfied) who still has to move has no business problem of theirs in the pitch: nothing answers \"what is in it for me?\".",
    mend="Ask about their work, then add a problem of theirs and name them as its owner.",
)


@check(NO_PROBLEMS, PROBLEM_NO_KPI, PROBLEM_NO_BASELINE, NO_PROBLEM_FOR_STAKEHOLDER)
def problems(analysis: Analysis) -> Iterator[Finding]:
    """A business problem for each person who matters, each with a KPI and a baseline."""
    project = analysis.project
    if not project.problems:
        yield NO_PROBLEMS.finding(
            field_target("problems"),
            say("no business problem is named"),
            say("find a problem of theirs to solve, such as business acumen or networks across the organisation, with a KPI and baseline."),
        )
    # One pass, so a problem's findings stay together in the list.
    for problem in project.problems:
        if not problem.kpi.strip():
            yield PROBLEM_NO_KPI.finding(
                problem_target(problem),
                say("no measurable KPI"),
                say("agree one number with its owner that would show the problem shrinking (the playbook lists KPIs for each problem)."),
            )
        elif not problem.baseline.strip():
            yield PROBLEM_NO_BASELINE.finding(
                problem_target(problem),
                say("a KPI but no baseline"),
                say("measure where it stands now, before the pilot: observed results are what finance will defend."),
            )
    owners = {pid for problem in project.problems for pid in problem.stakeholders}
    missing = [
        person
        for person in project.stakeholders
        if person.id not in owners
        and analysis.quadrants[person.id] in (Quadrant.KEY_PLAYERS, Quadrant.KEEP_SATISFIED)
        and analysis.gaps[person.id] > 0
    ]
    if missing:
        # One finding naming everyone, rather than one line each.
        yield NO_PROBLEM_FOR_STAKEHOLDER.grouped(
            [stakeholder_target(person) for person in missing],
            say("no business problem of theirs is in the pitch"),
            say("ask about their work and find a problem of theirs this could solve, so the pitch tells them what is in it for them."),
        )
