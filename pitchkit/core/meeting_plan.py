"""The decision meeting's plan: who attends, the items, who leads each, and how long it takes.

The plan follows the advice the user chose.  When a chosen counter-strategy for an attendee
names a slot ("a fixed 20-minute slot"), the meeting fits the shortest such slot: optional
items go first (the story, then the results, then the problems, then the demo), and the
rest share the time.  Only invitees lead items: a demo is led by an invited supporter in it,
the results by the chosen champion when invited, everything else by the advocate.  Item
titles are PitchKit's own wording, never an action's title (which may be the advocate's
own to-do).
"""

from __future__ import annotations

import re

import msgspec

from pitchkit.core.model import ActionKind, Project, ResistanceStatus, Stakeholder, Stance
from pitchkit.core.say import say

#: "a fixed 20-minute slot", "a 30 minute meeting" (numbers only; "a 10-minute demo" is not a slot).
_SLOT = re.compile(r"(?<!\d)(\d{1,3})[\s-]*(?:minutes?|min)\s+(?:slot|meeting|call)\b", re.IGNORECASE)
#: The kinds of action that happen in the meeting itself.
_IN_MEETING = (ActionKind.MEETING, ActionKind.DEMO, ActionKind.STORY)
#: Fewest minutes an item can have.
_SHORTEST = 2


class AgendaItem(msgspec.Struct, frozen=True):
    """One item: its length, what it is, who leads it (a name, or "All")."""

    minutes: int
    title: str
    led_by: str
    #: Items left out first when the slot is short: higher goes earlier (0: always kept).
    optional: int = 0


class MeetingPlan(msgspec.Struct, frozen=True):
    """The meeting as planned: attendees, items and the slot they fit."""

    attendees: tuple[Stakeholder, ...]
    items: tuple[AgendaItem, ...]
    #: The slot from a chosen counter-strategy, in minutes, or None.
    slot: int | None
    #: True when the attendees are the recorded invitees (not inferred from the actions).
    invitees_recorded: bool

    @property
    def minutes(self) -> int:
        """The meeting's total length."""
        return sum(item.minutes for item in self.items)


def attendees(project: Project) -> tuple[tuple[Stakeholder, ...], bool]:
    """The invitees if recorded, else the people in the meeting's own actions; and which it is."""
    people = {p.id: p for p in project.stakeholders}
    pitch = project.pitch
    invited = [people[i] for i in dict.fromkeys(pitch.meeting_invitees) if i in people]
    if invited:
        return tuple(invited), True
    ids: list[str] = []
    if pitch.meeting_date is not None:
        for action in project.strategy.actions:
            if action.kind in _IN_MEETING and action.due == pitch.meeting_date:
                ids += action.stakeholders
    return tuple(people[i] for i in dict.fromkeys(ids) if i in people), False


def slot_minutes(project: Project, people: tuple[Stakeholder, ...]) -> int | None:
    """The shortest slot named by a chosen counter-strategy for one of `people` (all, if none)."""
    ids = {p.id for p in people}
    found = [
        int(match.group(1))
        for r in project.resistances
        if r.status != ResistanceStatus.RESOLVED and (not ids or r.stakeholder in ids)
        for match in _SLOT.finditer(r.counter_strategy)
    ]
    found = [m for m in found if 10 <= m <= 240]
    return min(found) if found else None


def plan_meeting(project: Project) -> MeetingPlan:
    """The decision meeting's plan (see the module docstring)."""
    people, recorded = attendees(project)
    invited = {p.id for p in people}
    pitch = project.pitch
    host = pitch.advocate or say("Host")
    items = [AgendaItem(5, say("Welcome, the purpose of the meeting and the decision asked for"), host)]
    if pitch.story.strip():
        items.append(AgendaItem(3, say("Why this matters: a short story"), host, optional=4))
    if project.problems:
        items.append(AgendaItem(10, say("The problems to solve, and how they will be measured"), host, optional=2))
    demo = next((a for a in project.strategy.actions if a.kind is ActionKind.DEMO and not a.done), None)
    if demo is not None:
        by_id = {p.id: p for p in project.stakeholders}
        presenters = [
            by_id[i] for i in demo.stakeholders
            if i in invited and i in by_id and by_id[i].stance in (Stance.SUPPORTIVE, Stance.LEADING)
        ]
        items.append(AgendaItem(15, say("A short live demonstration"), presenters[0].name if presenters else host, optional=1))
    if pitch.evidence:
        champion = project.strategy.champion
        lead = project.stakeholder(champion) if champion and champion in invited else None
        items.append(AgendaItem(10, say("Results so far"), lead.name if lead else host, optional=3))
    items += [
        AgendaItem(10, say("The proposal: scope, cost and timeline"), host),
        AgendaItem(15, say("Questions and concerns"), say("All")),
        AgendaItem(5, say("Decision and next steps"), say("All")),
    ]
    slot = slot_minutes(project, people)
    return MeetingPlan(people, tuple(_fit(items, slot) if slot else items), slot, recorded)


def _fit(items: list[AgendaItem], slot: int) -> list[AgendaItem]:
    """`items` within `slot` minutes: optional ones dropped until each gets enough time."""
    kept = list(items)
    while len(kept) * 3 > slot and any(i.optional for i in kept):
        kept.remove(max(kept, key=lambda i: i.optional))
    total = sum(i.minutes for i in kept)
    if total <= slot:
        return kept
    sized = [
        AgendaItem(max(_SHORTEST, round(i.minutes * slot / total)), i.title, i.led_by, i.optional)
        for i in kept
    ]
    over = sum(i.minutes for i in sized) - slot
    while over != 0:
        step = 1 if over > 0 else -1
        longest = max(range(len(sized)), key=lambda n: sized[n].minutes)
        item = sized[longest]
        if step > 0 and item.minutes <= _SHORTEST:
            break
        sized[longest] = AgendaItem(item.minutes - step, item.title, item.led_by, item.optional)
        over -= step
    return sized
