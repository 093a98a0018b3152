"""The decision meeting: its action in the plan (if any) and who is invited to it.

The invitees are `Pitch.meeting_invitees`; while that list is empty, they are the
stakeholders of the decision-meeting action (an action of kind "meeting" due on the
meeting date, else the first open meeting action).
"""

from __future__ import annotations

from pitchkit.core.model import Action, ActionKind, Project, Stakeholder


def decision_meeting_action(project: Project) -> Action | None:
    """The action that stands for the decision meeting, or None."""
    meetings = [a for a in project.strategy.actions if a.kind is ActionKind.MEETING]
    on_the_day = [a for a in meetings if project.pitch.meeting_date and a.due == project.pitch.meeting_date]
    open_ones = [a for a in meetings if not a.done]
    found = on_the_day or open_ones
    return found[0] if found else None


def invitees(project: Project) -> list[Stakeholder]:
    """The people invited to the decision meeting, in the order they were listed."""
    ids = list(project.pitch.meeting_invitees)
    if not ids:
        action = decision_meeting_action(project)
        ids = list(action.stakeholders) if action is not None else []
    people = {person.id: person for person in project.stakeholders}
    return [people[i] for i in dict.fromkeys(ids) if i in people]


def addressed(people: list[Stakeholder]) -> list[Stakeholder]:
    """Those of `people` who have an email address."""
    return [person for person in people if "@" in person.email]
