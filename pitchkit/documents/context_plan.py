"""The read-only views of the plan: strategy, actions, attempts, engagement order, findings.

Each view documents its public fields in `FIELDS`, like those in `context_views.py`.
"""

from __future__ import annotations

import datetime
from typing import ClassVar

import msgspec

from pitchkit.documents.context_views import FieldDocs, Shared, StakeholderView


class ActionView(msgspec.Struct, frozen=True, eq=False):
    """Something to do rather than say."""

    FIELDS: ClassVar[FieldDocs] = {
        "kind": ("Demo, Pilot, Story, Meeting, Pre-wiring conversation or Other", "Demo"),
        "title": ("what will happen", "15-minute live demo using an induction case"),
        "detail": ("how, with whom", "Amir shows on his phone how a new starter is matched ..."),
        "stakeholders": ("the people involved (stakeholder views)", "{{ a.stakeholders|length }}"),
        "due": ("when, or none", "{{ a.due|date }}"),
        "done": ("whether it has happened", "{% if not a.done %}...{% endif %}"),
    }

    kind: str
    title: str
    detail: str
    stakeholders: tuple[StakeholderView, ...]
    due: datetime.date | None
    done: bool


class AttemptView(msgspec.Struct, frozen=True, eq=False):
    """One earlier try at winning people over: what happened and what changes next time."""

    FIELDS: ClassVar[FieldDocs] = {
        "date": ("when, or none", "{{ t.date|date }}"),
        "stakeholders": ("who was involved (stakeholder views)", "{{ t.stakeholders|map(attribute='name')|join(', ') }}"),
        "what_happened": ("what was tried", "Invited the L&D leads to a vendor demo."),
        "outcome": ("what came of it", "No meeting took place."),
        "lesson": ("what to change next time", "Book outside the year-end period ..."),
        "failed": ("whether it failed", "{% if t.failed %}...{% endif %}"),
    }

    date: datetime.date | None
    stakeholders: tuple[StakeholderView, ...]
    what_happened: str
    outcome: str
    lesson: str
    failed: bool


class AdviceView(msgspec.Struct, frozen=True, eq=False):
    """Advice sought from the advocate's own network (private)."""

    FIELDS: ClassVar[FieldDocs] = {
        "source": ("who was asked", "Learning and Change community"),
        "date": ("when, or none", "{{ v.date|date }}"),
        "said": ("what they said", "Find a problem of theirs first ..."),
        "use": ("what the advocate will use from it", "Open with the induction case ..."),
    }

    source: str
    date: datetime.date | None
    said: str
    use: str


class BusyPeriodView(msgspec.Struct, frozen=True, eq=False):
    """A stretch of the year when people are likely to decline meetings."""

    FIELDS: ClassVar[FieldDocs] = {
        "label": ("what it is", "Year-end close and peak season"),
        "start": ("first day", "{{ b.start|date }}"),
        "end": ("last day", "{{ b.end|date }}"),
    }

    label: str
    start: datetime.date
    end: datetime.date


class StepView(msgspec.Struct, frozen=True, eq=False):
    """One conversation in the engagement order, with why it comes there."""

    FIELDS: ClassVar[FieldDocs] = {
        "position": ("1 for the first conversation", "1"),
        "stakeholder": ("who to talk to (a stakeholder view)", "{{ step.stakeholder.name }}"),
        "reason": ("why they come here (may be empty for the user's own order)", "Champion: first, so they can open doors ..."),
        "suggested": ("true when the order is PitchKit's suggestion, false when the user set it", "{% if step.suggested %}(suggested){% endif %}"),
    }

    position: int
    stakeholder: StakeholderView
    reason: str
    suggested: bool


class FindingView(msgspec.Struct, frozen=True, eq=False):
    """One health-check finding: how serious, about whom, what is wrong, what to do."""

    FIELDS: ClassVar[FieldDocs] = {
        "severity": ("High, Medium or Low", "High"),
        "code": ("the check's code (see docs/playbook.md)", "no-story"),
        "message": ("what is wrong", "no lead-in story"),
        "advice": ("what to do about it", "open with a short personal story ..."),
        "label": ("the name of the record concerned, or empty", "Martin Cole"),
        "stakeholder": ("the (first) stakeholder it concerns (a stakeholder view), or none", "{% if f.stakeholder is audience %}...{% endif %}"),
        "stakeholders": ("everyone it concerns: a grouped finding names several people", "{% if audience in f.stakeholders %}...{% endif %}"),
    }

    severity: str
    code: str
    message: str
    advice: str
    label: str
    stakeholder: StakeholderView | None
    stakeholders: tuple[StakeholderView, ...] = ()


class StrategyView(msgspec.Struct, frozen=True, eq=False):
    """The plan: champion, the user's order of conversations, actions and attempts."""

    FIELDS: ClassVar[FieldDocs] = {
        "champion": ("the chosen champion, else the best-placed supporter, else none", "{{ strategy.champion.name }}"),
        "champion_chosen": ("whether the user chose the champion (false when suggested)", "{% if strategy.champion_chosen %}...{% endif %}"),
        "sequence": ("the user's own order of conversations (stakeholder views); see also the top-level sequence", "{{ strategy.sequence|length }}"),
        "actions": ("every planned action (action views)", "{% for a in strategy.actions if a.kind == 'Demo' %}...{% endfor %}"),
        "attempts": ("every earlier attempt (attempt views)", "{{ strategy.attempts|selectattr('failed')|list|length }}"),
        "busy_periods": ("times to avoid (busy period views)", "{% for b in strategy.busy_periods %}...{% endfor %}"),
        "advice": ("advice sought from the advocate's own network (advice views; private)", "{% for v in strategy.advice %}...{% endfor %}"),
    }

    champion_chosen: bool
    sequence: tuple[StakeholderView, ...]
    actions: tuple[ActionView, ...]
    attempts: tuple[AttemptView, ...]
    busy_periods: tuple[BusyPeriodView, ...]
    advice: tuple[AdviceView, ...]
    _shared: Shared

    @property
    def champion(self) -> StakeholderView | None:
        """The champion (chosen or suggested), worked out on first use."""
        return self._shared.champion()


class AgendaItemView(msgspec.Struct, frozen=True, eq=False):
    """One item of the decision meeting's agenda."""

    FIELDS: ClassVar[FieldDocs] = {
        "start": ("minutes from the start of the meeting", "0"),
        "minutes": ("how long it takes", "5"),
        "title": ("what it is", "Results so far"),
        "led_by": ("who leads it: an invitee's name, the advocate, or All", "Dana Whitfield"),
    }

    start: int
    minutes: int
    title: str
    led_by: str


class MeetingView(msgspec.Struct, frozen=True, eq=False):
    """The decision meeting: who attends, the agenda, and the slot it fits."""

    FIELDS: ClassVar[FieldDocs] = {
        "attendees": ("the invitees (pitch.meeting_invitees), else the people in the meeting's own actions", "{{ meeting.attendees|length }}"),
        "items": ("the agenda (agenda item views), fitted to the slot the chosen advice names", "{% for i in meeting.items %}...{% endfor %}"),
        "minutes": ("the total length", "20"),
        "slot": ("the slot a chosen counter-strategy names, in minutes, or none", "{% if meeting.slot %}...{% endif %}"),
        "invitees_recorded": ("whether the invitees were recorded (else they are inferred)", "{% if not meeting.invitees_recorded %}...{% endif %}"),
    }

    attendees: tuple[StakeholderView, ...]
    items: tuple[AgendaItemView, ...]
    minutes: int
    slot: int | None
    invitees_recorded: bool


class GuidanceView(msgspec.Struct, frozen=True, eq=False):
    """One piece of the playbook's general advice for the advocate."""

    FIELDS: ClassVar[FieldDocs] = {
        "id": ("its id in the playbook", "self-check"),
        "topic": ("what it is about", "Mindset"),
        "text": ("the advice", "Check how you come across ..."),
        "source": ("where it comes from", "activatelearning (seed post)"),
    }

    id: str
    topic: str
    text: str
    source: str
