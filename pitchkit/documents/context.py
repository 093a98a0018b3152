"""The render context: read-only views of a project, as templates see it.

Templates never touch the model itself: every record is copied into a frozen view
(`context_views.py`) whose references (ids) are resolved to the views they point at.
Records are indexed by id once, so building the context is linear in the size of the
project.  Everything worked out about the pitch (quadrants, talking points, engagement
order, health findings, suggested champion) comes from one `Analysis` of the project
(`core/analysis.py`); its costly parts are worked out only if the template uses them, and
then once for the whole document.

`TOP_LEVEL` documents every name a template starts from; docs/templates.md is generated
from it and from the views' `FIELDS` tables.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from pitchkit.core.analysis import Analysis, analyse
from pitchkit.core.model import ActionKind, Project, Stance
from pitchkit.core.playbook import Playbook, find_pattern
from pitchkit.core.playbook_nl import localised
from pitchkit.core.roles import Role, involvement, roles
from pitchkit.documents.context_derived import audience_view, findings, meeting, sequence_steps
from pitchkit.documents.context_groups import groups
from pitchkit.documents.context_plan import (
    ActionView,
    AdviceView,
    AgendaItemView,
    AttemptView,
    BusyPeriodView,
    FindingView,
    GuidanceView,
    MeetingView,
    StepView,
    StrategyView,
)
from pitchkit.documents.context_private import Private, hidden, kept_or_hidden
from pitchkit.documents.context_views import (
    EvidenceView,
    LazyList,
    LinkView,
    PatternView,
    PitchView,
    ProblemView,
    ProjectView,
    ResistanceView,
    Shared,
    StakeholderView,
    set_back_references,
)

#: Every top-level name: (its type, what it is, an example of its use).
TOP_LEVEL: dict[str, tuple[str, str, str]] = {
    "language": ("text", 'the language the document is written in: "en" or "nl"', "{% if language == \"nl\" %}"),
    "project": ("project view", "the project as a whole", "{{ project.title }}"),
    "pitch": ("pitch view", "what is proposed, by whom, and the ask", "{{ pitch.ask|sentence }}"),
    "audience": (
        "stakeholder view or none",
        "the person the document is written for (--audience), else none",
        "{% if audience %}Prepared for {{ audience.name }}.{% endif %}",
    ),
    "stakeholders": ("list of stakeholder views", "everyone on the map, in project order", "{{ stakeholders|length }}"),
    "resistances": ("list of resistance views", "every objection recorded", "{% for r in resistances if r.status != 'Resolved' %}...{% endfor %}"),
    "problems": ("list of problem views", "every business problem", "{{ problems[0].description }}"),
    "links": ("list of link views", "who influences whom", "{% for k in links %}{{ k.source.name }} -> {{ k.target.name }}{% endfor %}"),
    "evidence": ("list of evidence views", "the pitch's evidence (same as pitch.evidence)", "{% for e in evidence %}- {{ e.title }}{% endfor %}"),
    "strategy": ("strategy view", "champion, the user's order, actions, attempts, busy periods", "{{ strategy.champion.name if strategy.champion }}"),
    "sequence": (
        "list of step views",
        "the order of conversations: the user's own if set, else PitchKit's suggestion, each with its reason",
        "{% for step in sequence %}{{ step.position }}. {{ step.stakeholder.name }}{% endfor %}",
    ),
    "health": (
        "list of finding views",
        "the pitch health check, most severe first (for the advocate's own documents)",
        "{% for f in health if f.severity == 'High' %}- {{ f.message }}{% endfor %}",
    ),
    "meeting": ("meeting view", "the decision meeting: attendees and agenda, fitted to the chosen advice", "{% for i in meeting.items %}| {{ i.minutes }} min | {{ i.title }} |{% endfor %}"),
    "guidance": ("mapping of guidance views by id", "the playbook's general advice for the advocate", "{{ guidance['self-check'].text }}"),
    "advice": ("list of advice views", "advice from the advocate's own network (same as strategy.advice; private)", "{% for v in advice %}- {{ v.use }}{% endfor %}"),
    "today": ("date", "the date the document is rendered", "{{ today|date }}"),
    "left_off_map": (
        "list of stakeholder views",
        "the people the document's map leaves out: none up to 50 people; beyond, the map keeps "
        "decision-makers, the champion, people linked to a decision-maker and key players",
        "{% if left_off_map %}The map shows {{ stakeholders|length - left_off_map|length }} of them.{% endif %}",
    ),
    "decision_makers": (
        "list of stakeholder views",
        "the people who sign off the decision, in project order (stakeholders whose decision_maker is set)",
        "{{ decision_makers|map(attribute='name')|join(' and ') }}",
    ),
    "open_resistances": (
        "list of resistance views",
        "the objections not resolved yet, in project order (resistances whose status is not Resolved)",
        "{{ open_resistances|length }} open",
    ),
    "open_by_pattern": (
        "mapping of lists of resistance views by pattern id",
        "the objections not resolved yet, grouped by the id of the playbook pattern they match; "
        "those that match none are under the empty key",
        "{% for r in open_by_pattern.get('turf-protection', []) %}...{% endfor %}",
    ),
}
#: Every view, in the order the reference lists them.
VIEWS: tuple[type, ...] = (
    ProjectView,
    PitchView,
    EvidenceView,
    StakeholderView,
    ResistanceView,
    PatternView,
    ProblemView,
    LinkView,
    StrategyView,
    ActionView,
    AttemptView,
    AdviceView,
    BusyPeriodView,
    StepView,
    FindingView,
    MeetingView,
    AgendaItemView,
    GuidanceView,
)


def _people(
    project: Project, shared: Shared, found: Analysis, private: bool
) -> dict[str, StakeholderView]:
    """Every stakeholder's view; without `private`, their private fields are markers."""
    # Labels depend only on the enum values: worked out once per value, not per person
    # (the enum properties are slow enough to show on a 5,000-person project).
    labels = {stance: stance.label for stance in Stance}
    parts = roles(project)
    gaps, quadrants = found.gaps, found.quadrants
    # A shared document's people share one marker per private field (a marker holds only
    # the field's name), and the phrase for each combination of parts is made once.
    marks = {} if private else {f: hidden(f) for f in _PRIVATE_PERSON}
    phrases: dict[tuple[Role, ...], str] = {}
    people: dict[str, StakeholderView] = {}
    for person in project.stakeholders:
        held = parts[person.id]
        phrase = phrases.get(held)
        if phrase is None:
            phrase = phrases[held] = involvement(held)
        view = StakeholderView(
            id=person.id,
            name=person.name,
            role=person.role,
            department=person.department,
            power=person.power,
            interest=person.interest,
            stance=labels[person.stance] if private else marks["stance"],
            stance_wanted=labels[person.stance_wanted] if private else marks["stance_wanted"],
            gap=gaps[person.id] if private else marks["gap"],
            quadrant=quadrants[person.id].value,
            decision_maker=person.decision_maker,
            channel=person.channel,
            notes=person.notes if private else marks["notes"],
            tags=tuple(person.tags),
            avoid_terms=tuple(t for t in person.avoid_terms if t.strip()) if private else marks["avoid_terms"],
            last_assessed=person.last_assessed,
            _shared=shared,
            involvement=phrase,
        )
        people[person.id] = view
    return people


#: The stakeholder view's private fields that are stored (the rest are properties).
_PRIVATE_PERSON = ("stance", "stance_wanted", "gap", "notes", "avoid_terms")


def _pattern_views(project: Project, book: Playbook) -> dict[str, PatternView | None]:
    """Pattern name as typed -> its playbook pattern (looked up once per distinct name)."""
    found: dict[str, PatternView | None] = {}
    for name in {r.pattern for r in project.resistances}:
        pattern = find_pattern(name, book) if name.strip() else None
        found[name] = (
            PatternView(
                id=pattern.id,
                name=pattern.name,
                concern=pattern.concern,
                counters=tuple(c.text for c in pattern.counter_strategies),
                adkar_stage=str(pattern.adkar_stage),
            )
            if pattern is not None
            else None
        )
    return found


def build_context(
    project: Project,
    audience_id: str | None = None,
    *,
    playbook: Playbook | None = None,
    analysis: Analysis | None = None,
    language: str = "en",
    shared: bool = False,
) -> dict[str, Any]:
    """Everything a template can use, for `project` (and one reader, with `audience_id`).

    With `shared` (a document that goes to other people) the private data is not in the
    context at all: each private field is a marker that refuses any use (context_private.py),
    the champion is the chosen one only (a suggested one is read from stances), and
    pre-wiring conversations are left out of the actions.

    `analysis` is the analysis of this state of `project`, when the caller has one already
    (the preview shares it with the health panel); else one is made here, with `playbook`.
    """
    found = analysis or analyse(project, playbook=playbook)
    book = localised(found.playbook, language)
    people: dict[str, StakeholderView] = {}

    def resolve(ids: list[str]) -> tuple[StakeholderView, ...]:
        return tuple(people[i] for i in dict.fromkeys(ids) if i in people)

    def points() -> Mapping[str, list[str]]:
        return found.talking_points

    def champion() -> StakeholderView | None:
        lead = found.chosen_champion if shared else found.champion
        return people.get(lead.id) if lead is not None else None

    own = frozenset(p.stakeholder for p in project.strategy.talking_points if p.text.strip())
    common = Shared(points, champion, own, private=not shared)
    people.update(_people(project, common, found, private=not shared))

    marks: dict[str, Any] = {}  # one marker per private field: it holds only the name

    def keep(field: str, value: Any) -> Any:
        if not shared:
            return value
        if field not in marks:
            marks[field] = kept_or_hidden(shared, field, value)
        return marks[field]

    patterns = _pattern_views(project, book)
    resistances = tuple(
        ResistanceView(
            id=r.id,
            stakeholder=keep("stakeholder", people.get(r.stakeholder)),
            pattern=r.pattern,
            pattern_info=patterns[r.pattern],
            heard=keep("heard", r.heard),
            concern=keep("concern", r.concern),
            severity=r.severity.label,
            counter_strategy=keep("counter_strategy", r.counter_strategy),
            status=r.status.label,
        )
        for r in project.resistances
    )
    problems = tuple(
        ProblemView(
            id=p.id,
            description=p.description,
            kpi=p.kpi,
            baseline=p.baseline,
            target=p.target,
            how_helps=p.how_helps,
            pattern=p.pattern,
            stakeholders=resolve(p.stakeholders),
        )
        for p in project.problems
    )
    links = tuple(
        LinkView(source=people[k.source], target=people[k.target], strength=k.strength, note=keep("note", k.note))
        for k in project.links
        if k.source in people and k.target in people
    )
    strategy = project.strategy
    actions = tuple(
        ActionView(
            kind=a.kind.label,
            title=a.title,
            detail=a.detail,
            stakeholders=resolve(a.stakeholders),
            due=a.due,
            done=a.done,
        )
        for a in strategy.actions
        if not (shared and a.kind is ActionKind.PRE_WIRE)
    )
    attempts = tuple(
        AttemptView(
            date=t.date,
            stakeholders=resolve(t.stakeholders),
            what_happened=t.what_happened,
            outcome=t.outcome,
            lesson=t.lesson,
            failed=t.failed,
        )
        for t in sorted(strategy.attempts, key=lambda t: t.date or datetime.date.min)
    )
    _link_back(
        people,
        {"resistances": resistances, "problems": problems, "links": links, "actions": actions, "attempts": attempts},
    )
    if shared:
        for view in people.values():
            set_back_references(view, resistances=keep("resistances", ()), attempts=keep("attempts", ()))

    advice = tuple(AdviceView(v.source, v.date, v.said, v.use) for v in strategy.advice)
    pitch = project.pitch
    evidence = tuple(EvidenceView(e.title, e.detail, e.source) for e in pitch.evidence)
    pitch_view = PitchView(
        organisation=pitch.organisation,
        initiative=pitch.initiative,
        advocate=pitch.advocate,
        advocate_role=pitch.advocate_role,
        ask=pitch.ask,
        budget=pitch.budget,
        pilot_scope=pitch.pilot_scope,
        meeting_date=pitch.meeting_date,
        deadline=pitch.deadline,
        story=pitch.story,
        evidence=evidence,
        meeting_invitees=resolve(pitch.meeting_invitees),
        meeting_agreed=pitch.meeting_agreed,
        meeting_open=pitch.meeting_open,
    )
    strategy_view = StrategyView(
        champion_chosen=bool(strategy.champion) and strategy.champion in people,
        sequence=keep("sequence", resolve(strategy.sequence)),
        actions=actions,
        attempts=keep("attempts", attempts),
        busy_periods=tuple(BusyPeriodView(b.label, b.start, b.end) for b in strategy.busy_periods),
        advice=keep("advice", advice),
        _shared=common,
    )
    return {
        "project": ProjectView(title=project.title, stakeholder_count=len(people)),
        "pitch": pitch_view,
        "audience": audience_view(project, people, audience_id),
        "stakeholders": tuple(people.values()),
        "resistances": resistances,
        "problems": problems,
        "links": links,
        "evidence": evidence,
        "strategy": strategy_view,
        "sequence": keep("sequence", LazyList(lambda: sequence_steps(project, people, found))),
        "advice": keep("advice", advice),
        "meeting": meeting(project, people),
        "guidance": {g.id: GuidanceView(g.id, g.topic, g.text, g.source) for g in book.guidance},
        "health": keep("health", LazyList(lambda: findings(project, people, found))),
        "today": found.today,
        "language": language,
        "left_off_map": LazyList(lambda: _left_off_map(project, people)),
        **groups(people.values(), resistances),
    }


def _left_off_map(project: Project, people: dict[str, StakeholderView]) -> list[StakeholderView]:
    from pitchkit.core.document_map import document_people

    return [people[p.id] for p in document_people(project)[1] if p.id in people]


#: The stakeholder view's back references: its field -> the reference (owner kind, field) it
#: follows (`pitchkit.core.references`).  The owner's view holds the resolved reference under
#: the model's field name.
BACK_REFERENCES: dict[str, tuple[str, str]] = {
    "resistances": ("resistances", "stakeholder"),
    "problems": ("problems", "stakeholders"),
    "actions": ("actions", "stakeholders"),
    "attempts": ("attempts", "stakeholders"),
    "influenced_by": ("links", "target"),
    "influences": ("links", "source"),
}
#: References to stakeholders that the stakeholder view shows otherwise, and how.
SHOWN_OTHERWISE: dict[tuple[str, str], str] = {
    ("strategy", "champion"): "is_champion, strategy.champion",
    ("strategy", "sequence"): "the top-level sequence, strategy.sequence",
    ("talking_points", "stakeholder"): "talking_points",
    ("pitch", "meeting_invitees"): "pitch.meeting_invitees, meeting.attendees",
}


def _link_back(people: dict[str, StakeholderView], views: dict[str, tuple[Any, ...]]) -> None:
    """Give each stakeholder view the records that point at it (one pass over each list)."""
    for name, (owner, field) in BACK_REFERENCES.items():
        by_id: dict[str, list[Any]] = {}
        for view in views[owner]:
            value = getattr(view, field)
            if isinstance(value, Private):
                continue  # a shared document's context: the reference is private
            # A list reference is already unique (resolve() drops repeats); a single one may be None.
            for person in value if isinstance(value, tuple) else (value,):
                if person is not None:
                    by_id.setdefault(person.id, []).append(view)
        for pid, records in by_id.items():
            set_back_references(people[pid], **{name: tuple(records)})
