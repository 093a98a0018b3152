"""The PitchKit domain model: one pitch, its stakeholders and everything said about them.

The model is plain msgspec Structs.  The field order here is the key order in the
`.pitchkit` file, so a new field goes at the end of its record to keep diffs small.
Every record has a stable string id; references between records are by id.
"""

from __future__ import annotations

import datetime
import enum
import os
from typing import Annotated, Any, ClassVar

import msgspec

FORMAT_NAME = "pitchkit"
FORMAT_VERSION = 2

#: Where unknown fields of a record are parked between load and save (never written).
UNKNOWN_KEY = "__unknown__"

Score = Annotated[float, msgspec.Meta(ge=0, le=10, description="0 (none) to 10 (highest)")]
Strength = Annotated[int, msgspec.Meta(ge=1, le=3, description="1 weak, 2 moderate, 3 strong")]
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Text = Annotated[str, msgspec.Meta(max_length=100_000)]


class Stance(enum.StrEnum):
    """Engagement level (PMI stakeholder engagement assessment matrix), lowest first."""

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        return list(Stance).index(self)


class Severity(enum.StrEnum):
    """How much a resistance could stop the pitch."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ResistanceStatus(enum.StrEnum):
    """Where the work on one resistance stands."""

    OPEN = "open"
    ADDRESSING = "addressing"
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ActionKind(enum.StrEnum):
    """'Do rather than say': what kind of action moves a stakeholder."""

    DEMO = "demo"
    PILOT = "pilot"
    STORY = "story"
    MEETING = "meeting"
    PRE_WIRE = "pre-wire"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"pre-wire": "Pre-wiring conversation"}.get(self.value, self.value.capitalize())


def new_id(prefix: str) -> str:
    """A fresh id: short, random (so two colleagues adding records never collide), never reused."""
    return f"{prefix}-{os.urandom(4).hex()}"


class Record(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Base of every stored record; keeps fields this version does not know.

    Records never form reference cycles, so they stay out of Python's cycle collector
    (`gc=False`): less collector work on big projects, and a record is never emptied by
    the collector while a Qt object that is being torn down still reads it.

    Unknown fields are refused by the fast typed decoder; the file reader then takes the
    general path, which parks them in `unknown` (UNSET, and so never written, when empty).
    """

    id_prefix: ClassVar[str] = "r"
    unknown: dict[str, Any] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name=UNKNOWN_KEY)


class Evidence(Record, kw_only=True):
    """Something that shows the idea works: pilot results, a testimonial, a figure."""

    id_prefix: ClassVar[str] = "e"
    id: Id
    title: Text = ""
    detail: Text = ""
    source: Text = ""


class Pitch(Record, kw_only=True):
    """What is being proposed, by whom, to whom, and what is asked for."""

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


class Stakeholder(Record, kw_only=True):
    """A person whose support, neutrality or consent the pitch needs."""

    id_prefix: ClassVar[str] = "s"
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

    def __post_init__(self) -> None:
        # Whole numbers set in code would be written as 8 and read back as 8.0: one
        # spurious diff line. Scores are always floats.
        self.power = float(self.power)
        self.interest = float(self.interest)


class Link(Record, kw_only=True):
    """Who influences whom: `source` is listened to by `target`."""

    id_prefix: ClassVar[str] = "l"
    id: Id
    source: Id
    target: Id
    strength: Strength = 2
    note: Text = ""


class Resistance(Record, kw_only=True):
    """One objection a stakeholder has, why, and what will be done about it."""

    id_prefix: ClassVar[str] = "r"
    id: Id
    stakeholder: Id
    pattern: Text = ""
    heard: Text = ""
    concern: Text = ""
    severity: Severity = Severity.MEDIUM
    counter_strategy: Text = ""
    status: ResistanceStatus = ResistanceStatus.OPEN


class Problem(Record, kw_only=True):
    """A business problem in a stakeholder's own words, with the number that shows it."""

    id_prefix: ClassVar[str] = "p"
    id: Id
    description: Text
    kpi: Text = ""
    baseline: Text = ""
    target: Text = ""
    how_helps: Text = ""
    stakeholders: list[Id] = []
    pattern: Text = ""


class Action(Record, kw_only=True):
    """Something to do (rather than say): a demo, a pilot, a story, a conversation."""

    id_prefix: ClassVar[str] = "a"
    id: Id
    kind: ActionKind = ActionKind.OTHER
    title: Text = ""
    detail: Text = ""
    stakeholders: list[Id] = []
    due: datetime.date | None = None
    done: bool = False


class Attempt(Record, kw_only=True):
    """One try at winning someone over: what happened and what changes next time."""

    id_prefix: ClassVar[str] = "t"
    id: Id
    date: datetime.date | None = None
    stakeholders: list[Id] = []
    what_happened: Text = ""
    outcome: Text = ""
    lesson: Text = ""
    failed: bool = False


class TalkingPoint(Record, kw_only=True):
    """A point to make to one stakeholder, written or accepted by the user."""

    id_prefix: ClassVar[str] = "k"
    id: Id
    stakeholder: Id
    text: Text


class BusyPeriod(Record, kw_only=True):
    """A stretch of the year when meetings are likely to be declined (year-end, audits)."""

    id_prefix: ClassVar[str] = "b"
    id: Id
    label: Text = ""
    start: datetime.date
    end: datetime.date


class Strategy(Record, kw_only=True):
    """How the pitch will be won: champion, order of conversations, actions, attempts."""

    champion: Id | None = None
    sequence: list[Id] = []
    talking_points: list[TalkingPoint] = []
    actions: list[Action] = []
    attempts: list[Attempt] = []
    busy_periods: list[BusyPeriod] = []


#: A project's own id, shared by every copy of it ("" until the app first saves it).
ProjectId = Annotated[str, msgspec.Meta(max_length=64, pattern=r"^[A-Za-z0-9_.:-]*$")]


class ConflictReason(enum.StrEnum):
    """Why a merge could not decide a value by itself."""

    BOTH_CHANGED = "both-changed"  # the same field changed two ways
    DELETED_AND_CHANGED = "deleted-and-changed"  # one side deleted the record, the other edited it
    REFERENCE_DELETED = "reference-deleted"  # a link to a stakeholder the other side deleted
    DIFFERENT = "different"  # a two-way merge (no common version): the copies differ here


class Conflict(Record, kw_only=True):
    """One value a merge could not decide: OURS is in the project, the others are kept here.

    `field` is empty when the whole record is at stake (deleted on one side); a value of
    null in `base`, `ours` or `theirs` then means "not there" on that side.
    """

    id_prefix: ClassVar[str] = "c"
    id: Id
    kind: Text
    record_id: Text = ""
    field: Text = ""
    reason: ConflictReason = ConflictReason.BOTH_CHANGED
    base: Any = None
    ours: Any = None
    theirs: Any = None


class Project(Record, kw_only=True):
    """A whole `.pitchkit` file."""

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
