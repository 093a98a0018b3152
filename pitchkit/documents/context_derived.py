"""The parts of the render context worked out from the analysis: order, findings, meeting.

Split from `context.py`, which builds the views of the records themselves.
"""

from __future__ import annotations

from pitchkit.core.analysis import Analysis
from pitchkit.core.meeting_plan import plan_meeting
from pitchkit.core.messages import message
from pitchkit.core.model import Project
from pitchkit.documents.context_plan import AgendaItemView, FindingView, MeetingView, StepView
from pitchkit.documents.context_views import StakeholderView


def sequence_steps(
    project: Project, people: dict[str, StakeholderView], found: Analysis
) -> list[StepView]:
    """The user's order when set (with the suggested reasons where they apply), else the suggestion."""
    suggested = found.sequence
    chosen = [pid for pid in dict.fromkeys(project.strategy.sequence) if pid in people]
    if not chosen:
        return [
            StepView(step.position, people[step.stakeholder.id], step.reason, True)
            for step in suggested
        ]
    # A suggested reason is kept only where the user's order puts the person where the
    # suggestion does: "after the allies are in place" beside "1 of 7" would contradict it.
    reasons = {step.stakeholder.id: (step.position, step.reason) for step in suggested}
    return [
        StepView(position, people[pid], _reason_at(reasons.get(pid), position), False)
        for position, pid in enumerate(chosen, start=1)
    ]


def _reason_at(suggested: tuple[int, str] | None, position: int) -> str:
    if suggested is None:
        return ""
    where, reason = suggested
    return reason if where == position else ""


def meeting(project: Project, people: dict[str, StakeholderView]) -> MeetingView:
    plan = plan_meeting(project)
    items, start = [], 0
    for item in plan.items:
        items.append(AgendaItemView(start, item.minutes, item.title, item.led_by))
        start += item.minutes
    return MeetingView(
        attendees=tuple(people[p.id] for p in plan.attendees),
        items=tuple(items),
        minutes=plan.minutes,
        slot=plan.slot,
        invitees_recorded=plan.invitees_recorded,
    )


def findings(
    project: Project, people: dict[str, StakeholderView], analysis: Analysis
) -> list[FindingView]:
    by_resistance = {r.id: r.stakeholder for r in project.resistances}
    found = []
    for finding in analysis.findings:
        concerned = [
            people.get(i) or people.get(by_resistance.get(i, "")) for i in finding.record_ids
        ]
        everyone = tuple(dict.fromkeys(p for p in concerned if p is not None))
        owner = everyone[0] if everyone else None
        found.append(
            FindingView(
                severity=finding.severity.label,
                code=finding.code,
                message=finding.message,
                advice=finding.advice,
                label=finding.label,
                stakeholder=owner,
                stakeholders=everyone,
            )
        )
    return found


def audience_view(
    project: Project, people: dict[str, StakeholderView], audience_id: str | None
) -> StakeholderView | None:
    if audience_id is None:
        return None
    found = project.find_stakeholder(audience_id)
    if found is None:
        raise message("audience-unknown", where="--audience", id=audience_id)
    return people[found.id]

