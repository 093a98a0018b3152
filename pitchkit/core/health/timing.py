"""Health rules about timing: a fresh look after a setback, no busy periods, nothing overdue."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    A_STAKEHOLDER,
    AN_ACTION,
    ON_PITCH,
    Finding,
    action_target,
    check,
    field_target,
    rule,
    stakeholder_target,
    written_date,
)
from pitchkit.core.model import ActionKind, Project, Severity, Stakeholder
from pitchkit.core.say import label, say

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

_CONVERSATIONS = (ActionKind.MEETING, ActionKind.PRE_WIRE, ActionKind.DEMO)

NOT_REASSESSED = rule(
    "not-reassessed",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="A stakeholder has not been re-assessed since a failed attempt that involved them.",
    explanation="A stakeholder took part in a failed attempt and has not been re-assessed since (their \"last assessed\" date is earlier): fail fast, reform, re-approach.",
    mend="Review their stance, power, interest and resistances, then set their \"last assessed\" date.",
)
BUSY_PERIOD = rule(
    "busy-period",
    (Severity.HIGH, Severity.MEDIUM),
    (ON_PITCH, AN_ACTION),
    title="The meeting, or a conversation, is planned in a known busy period.",
    explanation="The meeting (high) or a planned meeting, pre-wiring conversation or demo (medium) falls in a busy period set in the project, such as year-end.",
    mend="Move the meeting date on the Pitch step, or the action's due date on the Strategy step, outside the busy period.",
)
YEAR_END_MEETING = rule(
    "year-end-meeting",
    Severity.MEDIUM,
    ON_PITCH,
    title="The meeting falls around year-end and no busy periods are set.",
    explanation="No busy periods are set and the meeting falls between 15 November and 10 January.",
    mend="Add year-end as a busy period on the Strategy step if it applies, and move the meeting.",
)
MEETING_PASSED = rule(
    "meeting-passed",
    Severity.LOW,
    ON_PITCH,
    title="The meeting date has passed and no attempt since then is logged.",
    explanation="The meeting date has passed and no attempt since then is logged.",
    mend="Log what happened in the attempts log, then set the next meeting date.",
)
ACTION_OVERDUE = rule(
    "action-overdue",
    Severity.LOW,
    AN_ACTION,
    title="A planned action is past its due date and not done.",
    explanation="A planned action is past its due date and not done.",
    mend="Do it, give it a new due date, or mark it done.",
)


def _busy(project: Project, day: datetime.date) -> str | None:
    for period in project.strategy.busy_periods:
        if period.start <= day <= period.end:
            return period.label or say("{start} to {end}", start=written_date(period.start), end=written_date(period.end))
    return None


def _around_year_end(day: datetime.date) -> bool:
    return (
        day.month == 12 or (day.month == 11 and day.day >= 15) or (day.month == 1 and day.day <= 10)
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
    stale: dict[datetime.date, list[Stakeholder]] = {}
    for person in project.stakeholders:
        failed_on = last_failure.get(person.id)
        if failed_on is None:
            continue
        if person.last_assessed is None or person.last_assessed < failed_on:
            stale.setdefault(failed_on, []).append(person)
    # One finding per failed attempt, naming everyone not looked at again since.
    for failed_on, people in sorted(stale.items()):
        yield NOT_REASSESSED.grouped(
            [stakeholder_target(person) for person in people],
            say("not re-assessed since the failed attempt on {date}", date=written_date(failed_on)),
            say("review their stance, power, interest and resistances in the light of what happened before trying again."),
        )


@check(BUSY_PERIOD, YEAR_END_MEETING, MEETING_PASSED, ACTION_OVERDUE, needs_stakeholders=False)
def timing(analysis: Analysis) -> Iterator[Finding]:
    """The meeting and the planned conversations outside busy periods, and nothing overdue."""
    project, today = analysis.project, analysis.today
    meeting = project.pitch.meeting_date
    if meeting is not None:
        busy = _busy(project, meeting)
        if busy:
            yield BUSY_PERIOD.finding(
                field_target("pitch.meeting_date"),
                say("the meeting on {date} falls in a busy period ({busy})", date=written_date(meeting), busy=busy),
                say("move it outside the busy period and keep the ask small and time-boxed; people declining at short notice is the usual result."),
            )
        elif not project.strategy.busy_periods and _around_year_end(meeting):
            yield YEAR_END_MEETING.finding(
                field_target("pitch.meeting_date"),
                say("the meeting on {date} is around year-end and no busy periods are set", date=written_date(meeting)),
                say("check whether the people you need are closing the year then; if so, add year-end as a busy period and move the meeting."),
            )
        logged_since = any(
            a.date is not None and a.date >= meeting for a in project.strategy.attempts
        )
        if meeting < today and not logged_since:
            yield MEETING_PASSED.finding(
                field_target("pitch.meeting_date"),
                say("the meeting date {date} has passed and no attempt since then is logged", date=written_date(meeting)),
                say("log what happened and what changes next time, then set the next date: fail fast, reform and re-approach."),
            )
    for action in project.strategy.actions:
        if action.done or action.due is None:
            continue
        busy = _busy(project, action.due) if action.kind in _CONVERSATIONS else None
        if busy:
            yield BUSY_PERIOD.finding(
                action_target(action),
                say("{kind} planned on {date}, in a busy period ({busy})", kind=label(action.kind).lower(), date=written_date(action.due), busy=busy),
                say("book it outside the busy period, or make it a short, fixed slot with one decision on the agenda."),
                severity=Severity.MEDIUM,
            )
        if action.due < today:
            yield ACTION_OVERDUE.finding(
                action_target(action),
                say("was due on {date} and is not done", date=written_date(action.due)),
                say("do it, re-date it, or mark it done."),
            )
