"""The PitchKit domain model: one pitch, its stakeholders and everything said about them.

The model is plain msgspec Structs.  The field order here is the key order in the
`.pitchkit` file, so a new field goes at the end of its record to keep diffs small.
Every record has a stable string id; references between records are by id, in fields
typed with a reference alias (`StakeholderRef`) so that pitchkit/core/references.py finds
them.  Each record's `field_docs` says what each field means: docs/file-format.md's field
tables are generated from them (scripts/make_format_tables.py).
"""

from __future__ import annotations

import datetime
from typing import ClassVar, Literal

import msgspec

from pitchkit.core.annotations import resolve as _resolve_annotations

# The base record, and the record a merge leaves, live in their own modules (importable here).
from pitchkit.core.conflict_record import Conflict
from pitchkit.core.record import UNKNOWN_KEY, Record, new_id

# The values records hold are defined in values.py (and can be imported from here too).
from pitchkit.core.values import (
    ActionKind,
    ConflictReason,
    ConflictRecordId,
    Id,
    ProjectId,
    ResistanceStatus,
    Score,
    Severity,
    StakeholderRef,
    Stance,
    Strength,
    Text,
)

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "UNKNOWN_KEY", "new_id",
    "ActionKind", "Id", "ResistanceStatus", "Score", "Severity", "StakeholderRef", "Stance",
    "Strength", "Text", "ConflictReason", "ConflictRecordId", "ProjectId",
    "Record", "Evidence", "Pitch", "Stakeholder", "Link", "Resistance", "Problem", "Action",
    "Attempt", "TalkingPoint", "BusyPeriod", "Advice", "Strategy", "Conflict", "Project",
]

FORMAT_NAME = "pitchkit"
FORMAT_VERSION = 2

class Evidence(Record, kw_only=True):
    """Something that shows the idea works: pilot results, a testimonial, a figure."""

    id_prefix: ClassVar[str] = "e"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "title": "what it is, in a few words",
        "detail": "the figures or the quote",
        "source": "where the figure or quote comes from",
    }

    id: Id
    title: Text = ""
    detail: Text = ""
    source: Text = ""


class Pitch(Record, kw_only=True):
    """What is being proposed, by whom, to whom, and what is asked for."""

    field_docs: ClassVar[dict[str, str]] = {
        "organisation": "the organisation the pitch is made in",
        "initiative": "the idea being proposed, in plain words",
        "advocate": "the person making the pitch",
        "advocate_role": "their job title",
        "ask": "the decision asked for",
        "budget": "the money and time asked for",
        "pilot_scope": "who and what a pilot would cover, and for how long",
        "meeting_date": "when the pitch will be presented",
        "deadline": "when a decision is needed",
        "story": "the personal story used to open the conversation",
        "evidence": "what already shows that the idea works",
        "meeting_invitees": "who is invited to the decision meeting (the agenda, the calendar event and the follow-up email are for them)",
        "meeting_agreed": "after the meeting: what was agreed, in your words (nothing is \"agreed\" in a document until this is filled in)",
        "meeting_open": "after the meeting: what is still open",
    }

    organisation: Text = ""
    initiative: Text = ""
    advocate: Text = ""
    advocate_role: Text = ""
    ask: Text = ""
    budget: Text = ""
    pilot_scope: Text = ""
    meeting_date: datetime.date | None = None
    deadline: datetime.date | None = None
    story: Text = ""
    evidence: list[Evidence] = []
    meeting_invitees: list[StakeholderRef] = []
    meeting_agreed: Text = ""
    meeting_open: Text = ""


class Stakeholder(Record, kw_only=True):
    """A person whose support, neutrality or consent the pitch needs."""

    id_prefix: ClassVar[str] = "s"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id, e.g. `s-dana`",
        "name": "the person's name",
        "role": "job title",
        "department": "where they work",
        "power": "how much they can affect the decision",
        "interest": "how much they care about, or are affected by, the idea",
        "stance": "where they stand today",
        "stance_wanted": "where the pitch needs them to be",
        "channel": "the best way to reach them",
        "notes": "anything else worth knowing",
        "tags": "free labels for filtering",
        "decision_maker": "this person makes the final decision",
        "avoid_terms": "words that put this person off; generated documents for them should not use them",
        "last_assessed": "when power, interest and stance were last checked",
        "email": "their email address, for the follow-up email draft (a contact detail: left out of anonymised copies)",
    }

    id: Id
    name: Text
    role: Text = ""
    department: Text = ""
    power: Score = 5.0
    interest: Score = 5.0
    stance: Stance = Stance.NEUTRAL
    stance_wanted: Stance = Stance.SUPPORTIVE
    channel: Text = ""
    notes: Text = ""
    tags: list[Text] = []
    decision_maker: bool = False
    avoid_terms: list[Text] = []
    last_assessed: datetime.date | None = None
    email: Text = ""

    def __post_init__(self) -> None:
        # Whole numbers set in code would be written as 8 and read back as 8.0: one
        # spurious diff line. Scores are always floats.
        self.power = float(self.power)
        self.interest = float(self.interest)


class Link(Record, kw_only=True):
    """Who influences whom: `source` is listened to by `target`."""

    id_prefix: ClassVar[str] = "l"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "source": "the stakeholder who has the influence",
        "target": "the stakeholder who is influenced; must differ from `source`",
        "strength": "1 weak, 2 moderate, 3 strong",
        "note": "what the influence rests on",
    }

    id: Id
    source: StakeholderRef
    target: StakeholderRef
    strength: Strength = 2
    note: Text = ""


class Resistance(Record, kw_only=True):
    """One objection a stakeholder has, why, and what will be done about it."""

    id_prefix: ClassVar[str] = "r"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "stakeholder": "who raises the objection",
        "pattern": "the pattern's name, from the playbook or your own, e.g. `\"Not now, year-end\"`",
        "heard": "what was actually said",
        "concern": "the worry underneath it",
        "severity": "how far it could stop the pitch",
        "counter_strategy": "what will be done about it",
        "status": "where that work stands",
    }

    id: Id
    stakeholder: StakeholderRef
    pattern: Text = ""
    heard: Text = ""
    concern: Text = ""
    severity: Severity = Severity.MEDIUM
    counter_strategy: Text = ""
    status: ResistanceStatus = ResistanceStatus.OPEN


class Problem(Record, kw_only=True):
    """A business problem in a stakeholder's own words, with the number that shows it."""

    id_prefix: ClassVar[str] = "p"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "description": "the problem, in the stakeholder's own words",
        "kpi": "the measure that shows the problem",
        "baseline": "its value today",
        "target": "the value the initiative aims for",
        "how_helps": "how the initiative moves the measure",
        "stakeholders": "whose problem it is",
        "pattern": "the playbook problem it matches, if any",
    }

    id: Id
    description: Text
    kpi: Text = ""
    baseline: Text = ""
    target: Text = ""
    how_helps: Text = ""
    stakeholders: list[StakeholderRef] = []
    pattern: Text = ""


class Action(Record, kw_only=True):
    """Something to do (rather than say): a demo, a pilot, a story, a conversation."""

    id_prefix: ClassVar[str] = "a"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "kind": 'what sort of action; `"pre-wire"` is a one-to-one conversation before the meeting',
        "title": "the action, in a few words",
        "detail": "what exactly will be done",
        "stakeholders": "who it is for or with",
        "due": "when it should be done",
        "done": "whether it has been done",
    }

    id: Id
    kind: ActionKind = ActionKind.OTHER
    title: Text = ""
    detail: Text = ""
    stakeholders: list[StakeholderRef] = []
    due: datetime.date | None = None
    done: bool = False


class Attempt(Record, kw_only=True):
    """One try at winning someone over: what happened and what changes next time."""

    id_prefix: ClassVar[str] = "t"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "date": "when it happened",
        "stakeholders": "who was involved",
        "what_happened": "what was tried, and how it went",
        "outcome": "where it left things",
        "lesson": "what changes next time",
        "failed": "whether the attempt failed",
    }

    id: Id
    date: datetime.date | None = None
    stakeholders: list[StakeholderRef] = []
    what_happened: Text = ""
    outcome: Text = ""
    lesson: Text = ""
    failed: bool = False


class TalkingPoint(Record, kw_only=True):
    """A point to make to one stakeholder, written or accepted by the user."""

    id_prefix: ClassVar[str] = "k"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "stakeholder": "who the point is for",
        "text": "the point to make",
    }

    id: Id
    stakeholder: StakeholderRef
    text: Text


class BusyPeriod(Record, kw_only=True):
    """A stretch of the year when meetings are likely to be declined (year-end, audits)."""

    id_prefix: ClassVar[str] = "b"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "label": 'what the period is, e.g. `"Year-end close"`',
        "start": "the first day",
        "end": "the last day; may not be before `start`",
    }

    id: Id
    label: Text = ""
    start: datetime.date
    end: datetime.date


class Advice(Record, kw_only=True):
    """Advice sought from your own network: who you asked, what they said, what you will use."""

    id_prefix: ClassVar[str] = "v"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "stable id",
        "source": "who you asked: a person, a community, your personal learning network",
        "date": "when",
        "said": "what they said",
        "use": "what you will use from it",
    }

    id: Id
    source: Text = ""
    date: datetime.date | None = None
    said: Text = ""
    use: Text = ""


class Strategy(Record, kw_only=True):
    """How the pitch will be won: champion, order of conversations, actions, attempts."""

    field_docs: ClassVar[dict[str, str]] = {
        "champion": "the senior supporter who opens doors for the pitch",
        "sequence": "the order in which to talk to people",
        "talking_points": "what to say to whom",
        "actions": "things to do rather than say",
        "attempts": "what has been tried, and what was learned",
        "busy_periods": "times when meetings are likely to be declined",
        "advice": "advice sought from your own network, and what you will use from it",
    }

    champion: StakeholderRef | None = None
    sequence: list[StakeholderRef] = []
    talking_points: list[TalkingPoint] = []
    actions: list[Action] = []
    attempts: list[Attempt] = []
    busy_periods: list[BusyPeriod] = []
    advice: list[Advice] = []


class Project(Record, kw_only=True):
    """A whole `.pitchkit` file."""

    field_docs: ClassVar[dict[str, str]] = {
        "format": "marks the file as a PitchKit project; any other value is refused",
        "version": "the format version the file was written in (a whole number, 1 or more)",
        "title": "the project's name, shown in the window title",
        "pitch": "what is proposed, by whom, and what is asked for",
        "stakeholders": "the people whose support the pitch needs",
        "links": "who influences whom",
        "resistances": "objections, why they are raised, and the answer to each",
        "problems": "business problems, in the stakeholders' own words",
        "strategy": "champion, order of conversations, actions, attempts",
        "project_id": "one id shared by every copy of this project, given by the app on the first save; never changes (see Merging copies)",
        "conflicts": "what a merge could not decide, waiting for a choice in the app's Conflicts panel",
        "language": 'the language its documents are written in by default: "en" or "nl" (left out: the user\'s own)',
    }

    format: str = FORMAT_NAME
    version: int = FORMAT_VERSION
    title: Text = ""
    pitch: Pitch = msgspec.field(default_factory=Pitch)
    stakeholders: list[Stakeholder] = []
    links: list[Link] = []
    resistances: list[Resistance] = []
    problems: list[Problem] = []
    strategy: Strategy = msgspec.field(default_factory=Strategy)
    project_id: ProjectId = ""
    conflicts: list[Conflict] = []
    #: Optional and last; unset, it is not written, so files without it stay byte for byte
    #: the same (docs/decisions.md, "Dutch").
    language: Literal["en", "nl"] | msgspec.UnsetType = msgspec.UNSET

    def stakeholder(self, stakeholder_id: str) -> Stakeholder | None:
        """The stakeholder with this id, or None."""
        for person in self.stakeholders:
            if person.id == stakeholder_id:
                return person
        return None

    def find_stakeholder(self, key: str) -> Stakeholder | None:
        """A stakeholder by id, or else by exact name (case-insensitive)."""
        found = self.stakeholder(key)
        if found is not None:
            return found
        folded = key.casefold()
        matches = [p for p in self.stakeholders if p.name.casefold() == folded]
        return matches[0] if len(matches) == 1 else None


# Evaluated once here rather than by msgspec on every look (core/annotations.py).
_resolve_annotations(*(value for value in list(globals().values()) if isinstance(value, type) and issubclass(value, msgspec.Struct)))
