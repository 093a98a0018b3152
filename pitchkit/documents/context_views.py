"""The read-only views of people and the pitch that templates see, with their field docs.

The views of the plan (actions, attempts, the engagement order, health findings) are in
`context_plan.py`.

Every view lists its public fields in `FIELDS` (name -> (what it is, an example)); the
template reference in docs/templates.md is generated from these tables by
`scripts/make_context_reference.py`, and a test checks that every public attribute of every
view is in its table, so the reference cannot drift from the code.

Some values cost time on a large project (suggested talking points, the engagement order,
the health check, the suggested champion): they are worked out on first use, once for the
whole document, by the shared `Lazy` object the builder in `context.py` attaches.

Views are frozen `msgspec.Struct`s, not dataclasses: the same read-only records with
identity equality, but a class costs ~0.03 ms to define instead of ~1.4 ms, which took
~15 ms off every export's start (docs/performance.md).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast, overload

import msgspec

from pitchkit.documents.context_private import hidden

if TYPE_CHECKING:
    from pitchkit.documents.context_plan import ActionView, AttemptView

T = TypeVar("T")

#: name -> (what it is, an example value or use)
FieldDocs = dict[str, tuple[str, str]]


class LazyList(Sequence[T], Generic[T]):
    """A read-only list whose items are made on first use (for costly analysis)."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[], Sequence[T]]) -> None:
        self._make: Callable[[], Sequence[T]] | None = make
        self._items: tuple[T, ...] = ()

    def _load(self) -> tuple[T, ...]:
        if self._make is not None:
            self._items = tuple(self._make())
            self._make = None
        return self._items

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        return self._load()[index]

    def __len__(self) -> int:
        return len(self._load())

    def __iter__(self) -> Iterator[T]:
        return iter(self._load())

    def __bool__(self) -> bool:
        return bool(self._load())

    def __repr__(self) -> str:
        return f"LazyList({list(self._load())!r})"


class Shared:
    """What every view of one document shares: values worked out once, on first use."""

    __slots__ = ("champion", "own_points", "points", "private")

    def __init__(
        self,
        points: Callable[[], Mapping[str, list[str]]],
        champion: Callable[[], StakeholderView | None],
        own_points: frozenset[str],
        *,
        private: bool = True,
    ) -> None:
        self.points = _once(points)
        self.champion = _once(champion)
        self.own_points = own_points
        #: False in a shared document's context: private properties give markers.
        self.private = private


def _once(make: Callable[[], T]) -> Callable[[], T]:
    cache: list[T] = []

    def get() -> T:
        if not cache:
            cache.append(make())
        return cache[0]

    return get


class PatternView(msgspec.Struct, frozen=True, eq=False):
    """A resistance pattern from the playbook: the concern in general terms and its answers."""

    FIELDS: ClassVar[FieldDocs] = {
        "id": ("the pattern's id in the playbook", "turf-protection"),
        "name": ("the pattern's name", "Turf protection"),
        "concern": ("what usually lies behind it, in general terms", "Colleagues who built the current programmes want to keep quality control ..."),
        "counters": ("the playbook's counter-strategies (texts), best first", "{{ r.pattern_info.counters[0] }}"),
        "adkar_stage": ("the ADKAR building block it blocks", "Desire"),
    }

    id: str
    name: str
    concern: str
    counters: tuple[str, ...]
    adkar_stage: str


class StakeholderView(msgspec.Struct, frozen=True, eq=False):
    """A stakeholder with their labels worked out and everything recorded about them."""

    FIELDS: ClassVar[FieldDocs] = {
        "id": ("stable id; use it with --audience", "s-joanne"),
        "name": ("full name", "Joanne Pike"),
        "role": ("job title", "Learning Programmes Manager"),
        "department": ("department or unit", "People"),
        "power": ("power/influence over the decision, 0 to 10", "6.5"),
        "interest": ("interest in the decision, 0 to 10", "3"),
        "stance": ("engagement now: Unaware, Resistant, Neutral, Supportive or Leading", "Neutral"),
        "stance_wanted": ("the engagement the pitch needs from them", "Supportive"),
        "gap": ("how many engagement levels they should move up (0 if none)", "1"),
        "quadrant": ("place on the power/interest grid: Key players, Keep satisfied, Keep informed or Monitor", "Keep satisfied"),
        "decision_maker": ("whether they sign off the decision", "{% if s.decision_maker %}...{% endif %}"),
        "channel": ("how they like to be approached", "Email with a concrete example first, then a short call"),
        "notes": ("the advocate's private notes (keep out of documents they will read)", "Runs induction and ..."),
        "tags": ("free labels", "{{ s.tags|join(', ') }}"),
        "avoid_terms": ("words they switch off at; use with the plain filter", "{{ text|plain(s.avoid_terms) }}"),
        "last_assessed": ("when power, interest and stance were last checked (a date), or none", "{{ s.last_assessed|date if s.last_assessed }}"),
        "resistances": ("their objections (resistance views)", "{% for r in s.resistances %}...{% endfor %}"),
        "open_resistances": ("their objections that are not resolved yet", "{{ s.open_resistances|length }}"),
        "problems": ("the business problems they own (problem views)", "{{ s.problems[0].description }}"),
        "actions": ("planned actions that involve them (demo, pilot, story, meeting ...)", "{% for a in s.actions %}...{% endfor %}"),
        "attempts": ("earlier attempts that involved them, oldest first", "{{ s.attempts[-1].lesson }}"),
        "influenced_by": ("links from the people they listen to (link.source is the influencer)", "{{ s.influenced_by[0].source.name }}"),
        "influences": ("links to the people who listen to them", "{{ s.influences|length }}"),
        "talking_points": ("points to make to them: the user's own first, then suggestions (texts)", "{% for t in s.talking_points %}- {{ t }}{% endfor %}"),
        "own_points": ("whether the user wrote points of their own for them (they come first)", "{% if not s.own_points %}(suggested){% endif %}"),
        "is_champion": ("whether they are the champion (chosen, or the best-placed supporter; in a shared document only the chosen one)", "{% if s.is_champion %}...{% endif %}"),
        "involvement": ("their part in the decision, from what you recorded (decides, sponsor, advises the decision-maker, their team takes part, kept informed)", "Advises the decision-maker; their team takes part"),
    }

    id: str
    name: str
    role: str
    department: str
    power: float
    interest: float
    stance: str
    stance_wanted: str
    gap: int
    quadrant: str
    decision_maker: bool
    channel: str
    notes: str
    tags: tuple[str, ...]
    avoid_terms: tuple[str, ...]
    last_assessed: datetime.date | None
    _shared: Shared
    # Filled by the builder once the records pointing here exist (views are frozen).
    resistances: tuple[ResistanceView, ...] = ()
    problems: tuple[ProblemView, ...] = ()
    actions: tuple[ActionView, ...] = ()
    attempts: tuple[AttemptView, ...] = ()
    influenced_by: tuple[LinkView, ...] = ()
    influences: tuple[LinkView, ...] = ()
    involvement: str = ""

    @property
    def open_resistances(self) -> tuple[ResistanceView, ...]:
        """Their resistances that are not resolved."""
        if not self._shared.private:
            return cast("tuple[ResistanceView, ...]", hidden("open_resistances"))
        return tuple(r for r in self.resistances if r.status != "Resolved")

    @property
    def talking_points(self) -> tuple[str, ...]:
        """The user's own points for them, then suggestions (worked out once per document)."""
        if not self._shared.private:
            return cast("tuple[str, ...]", hidden("talking_points"))
        return tuple(self._shared.points().get(self.id, ()))

    @property
    def own_points(self) -> bool:
        """Whether the user wrote points of their own for them."""
        if not self._shared.private:
            return cast("bool", hidden("own_points"))
        return self.id in self._shared.own_points

    @property
    def is_champion(self) -> bool:
        """Whether they are the document's champion."""
        return self._shared.champion() is self


class ResistanceView(msgspec.Struct, frozen=True, eq=False):
    """One objection, who raised it, and the playbook pattern it matches."""

    FIELDS: ClassVar[FieldDocs] = {
        "id": ("stable id", "r-joanne-vague"),
        "stakeholder": ("who raised it (a stakeholder view, or none)", "{{ r.stakeholder.name }}"),
        "pattern": ("the pattern as the user named it", "Whatever that means"),
        "pattern_info": ("the matching playbook pattern (a pattern view), or none", "{{ r.pattern_info.concern if r.pattern_info }}"),
        "heard": ("what was said, in their words (private: never quote it to others)", "People here already talk to each other."),
        "concern": ("the advocate's reading of what lies behind it (private)", "Without a course she cannot report on it."),
        "severity": ("Low, Medium or High", "High"),
        "counter_strategy": ("the chosen answer (private: may name colleagues)", "Show one concrete case from her world ..."),
        "status": ("Open, Addressing or Resolved", "Open"),
    }

    id: str
    stakeholder: StakeholderView | None
    pattern: str
    pattern_info: PatternView | None
    heard: str
    concern: str
    severity: str
    counter_strategy: str
    status: str


class ProblemView(msgspec.Struct, frozen=True, eq=False):
    """A business problem in its owner's words, with the KPI that shows it."""

    FIELDS: ClassVar[FieldDocs] = {
        "id": ("stable id", "p-repeat"),
        "description": ("the problem, in the owner's words", "The same questions come back to my team a few weeks after every course."),
        "kpi": ("the measure that shows it", "Follow-up support requests to the programmes team"),
        "baseline": ("where the measure stands now", "About 40 a month"),
        "target": ("where it should get to", "25 a month"),
        "how_helps": ("how the initiative helps with it", "Course participants are matched with ..."),
        "pattern": ("the playbook business problem it matches, as named by the user", "Low transfer of formal training"),
        "stakeholders": ("the people who own it (stakeholder views)", "{{ p.stakeholders|map(attribute='name')|join(', ') }}"),
    }

    id: str
    description: str
    kpi: str
    baseline: str
    target: str
    how_helps: str
    pattern: str
    stakeholders: tuple[StakeholderView, ...]


class LinkView(msgspec.Struct, frozen=True, eq=False):
    """Who influences whom: `source` is listened to by `target`."""

    FIELDS: ClassVar[FieldDocs] = {
        "source": ("the influencer (a stakeholder view)", "{{ k.source.name }}"),
        "target": ("the person who listens to them", "{{ k.target.name }}"),
        "strength": ("1 weak, 2 moderate, 3 strong", "3"),
        "note": ("why the link matters", "Joanne checks new ideas with Martin before committing her team."),
    }

    source: StakeholderView
    target: StakeholderView
    strength: int
    note: str


class EvidenceView(msgspec.Struct, frozen=True, eq=False):
    """Something that shows the idea works."""

    FIELDS: ClassVar[FieldDocs] = {
        "title": ("a short headline", "Freight Services pilot: 142 conversations in 12 weeks"),
        "detail": ("the figures or the quote", "86% of the 95 participants rated their match as useful."),
        "source": ("where it comes from", "Freight Services pilot report, September 2026"),
    }

    title: str
    detail: str
    source: str


class PitchView(msgspec.Struct, frozen=True, eq=False):
    """What is proposed, by whom, and what is asked for."""

    FIELDS: ClassVar[FieldDocs] = {
        "organisation": ("the organisation pitched to", "Northwind Logistics"),
        "initiative": ("what is proposed, in one or two sentences", "Peer matching: a tool that pairs people ..."),
        "advocate": ("who is making the pitch", "Helen Marsh"),
        "advocate_role": ("the advocate's role", "Learning Technologist, Learning & Development"),
        "ask": ("the decision asked for", "Agreement to run a six-month peer-matching pilot ..."),
        "budget": ("the money and time asked for", "£18,000 for a six-month licence ..."),
        "pilot_scope": ("who and what the pilot covers", "Customer Service (180 people) and Finance (60 people) ..."),
        "meeting_date": ("the date of the decision meeting, or none", "{{ pitch.meeting_date|date }} gives 19 January 2027"),
        "deadline": ("the date a decision is needed by, or none", "{{ pitch.deadline|date }}"),
        "story": ("the personal lead-in story (may have several paragraphs)", "{{ pitch.story|paragraphs }}"),
        "evidence": ("evidence views, also available as the top-level evidence", "{% for e in pitch.evidence %}...{% endfor %}"),
        "meeting_invitees": ("who is invited to the decision meeting (stakeholder views)", "{{ pitch.meeting_invitees|map(attribute='name')|join(', ') }}"),
        "meeting_agreed": ("after the meeting: what was agreed, or empty", "{% if pitch.meeting_agreed %}...{% endif %}"),
        "meeting_open": ("after the meeting: what is still open, or empty", "{{ pitch.meeting_open|paragraphs }}"),
    }

    organisation: str
    initiative: str
    advocate: str
    advocate_role: str
    ask: str
    budget: str
    pilot_scope: str
    meeting_date: datetime.date | None
    deadline: datetime.date | None
    story: str
    evidence: tuple[EvidenceView, ...]
    meeting_invitees: tuple[StakeholderView, ...] = ()
    meeting_agreed: str = ""
    meeting_open: str = ""


class ProjectView(msgspec.Struct, frozen=True, eq=False):
    """The project as a whole."""

    FIELDS: ClassVar[FieldDocs] = {
        "title": ("the project's title", "Peer learning at Northwind"),
        "stakeholder_count": ("how many stakeholders there are", "12"),
    }

    title: str
    stakeholder_count: int


def public_attributes(view: type) -> list[str]:
    """The names a template can read on `view`: public fields and properties."""
    names = [name for name in view_fields(view) if not name.startswith("_")]
    names += [
        name
        for name, value in vars(view).items()
        if isinstance(value, property) and not name.startswith("_")
    ]
    return names


def view_fields(view: type) -> tuple[str, ...]:
    """Every field of the view class `view`, in order (private `_` ones included)."""
    return cast("type[msgspec.Struct]", view).__struct_fields__


def set_back_references(view: Any, **values: Any) -> None:
    """Fill the fields of a frozen view that point back at records built after it."""
    for name, value in values.items():
        msgspec.structs.force_setattr(view, name, value)
