"""The render context: read-only views of a project, as templates see it.

Templates never touch the model itself: every record is copied into a frozen view whose
references (ids) are resolved to the views they point at.  This module is the reference
for template authors; each view's fields are listed in its docstring order.

Top-level names: `pitch`, `project`, `stakeholders`, `resistances`, `problems`, `links`,
`strategy`, `evidence`, `audience` (a stakeholder or None) and `today`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project, Stakeholder

#: Scores above this are "high" on the power/interest grid.
HIGH_SCORE = 5.0

KEY_PLAYERS = "Key players"
KEEP_SATISFIED = "Keep satisfied"
KEEP_INFORMED = "Keep informed"
MONITOR = "Monitor"


def quadrant(power: float, interest: float) -> str:
    """Mendelow's power/interest grid quadrant for these scores (high means above 5)."""
    high_power = power > HIGH_SCORE
    high_interest = interest > HIGH_SCORE
    if high_power:
        return KEY_PLAYERS if high_interest else KEEP_SATISFIED
    return KEEP_INFORMED if high_interest else MONITOR


@dataclass(frozen=True, slots=True, eq=False)
class StakeholderView:
    """A stakeholder with labels worked out and their resistances, problems and points."""

    id: str
    name: str
    role: str
    department: str
    power: float
    interest: float
    stance: str  # label, e.g. "Neutral"
    stance_wanted: str
    stance_gap: int  # how many engagement levels they should move up (0 if none)
    quadrant: str  # "Key players", "Keep satisfied", "Keep informed" or "Monitor"
    decision_maker: bool
    channel: str
    notes: str
    tags: tuple[str, ...]
    avoid_terms: tuple[str, ...]
    is_champion: bool
    talking_points: tuple[str, ...]
    # Filled once the resistances and problems are built (they point back here).
    resistances: tuple[ResistanceView, ...] = ()
    problems: tuple[ProblemView, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class ResistanceView:
    """One objection, with the stakeholder who raised it."""

    id: str
    stakeholder: StakeholderView | None
    pattern: str
    heard: str
    concern: str
    severity: str  # "Low", "Medium", "High"
    counter_strategy: str
    status: str  # "Open", "Addressing", "Resolved"


@dataclass(frozen=True, slots=True, eq=False)
class ProblemView:
    """A business problem, its KPI, and the stakeholders who own it."""

    id: str
    description: str
    kpi: str
    baseline: str
    target: str
    how_helps: str
    pattern: str
    stakeholders: tuple[StakeholderView, ...]


@dataclass(frozen=True, slots=True, eq=False)
class LinkView:
    """`source` is listened to by `target`; strength 1 (weak) to 3 (strong)."""

    source: StakeholderView
    target: StakeholderView
    strength: int
    note: str


@dataclass(frozen=True, slots=True, eq=False)
class EvidenceView:
    """Something that shows the idea works."""

    title: str
    detail: str
    source: str


@dataclass(frozen=True, slots=True, eq=False)
class PitchView:
    """What is proposed, by whom, and what is asked for."""

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


@dataclass(frozen=True, slots=True, eq=False)
class ActionView:
    """Something to do rather than say."""

    kind: str  # label, e.g. "Demo"
    title: str
    detail: str
    stakeholders: tuple[StakeholderView, ...]
    due: datetime.date | None
    done: bool


@dataclass(frozen=True, slots=True, eq=False)
class StrategyView:
    """The plan: champion, order of conversations, and actions."""

    champion: StakeholderView | None
    sequence: tuple[StakeholderView, ...]
    actions: tuple[ActionView, ...]


@dataclass(frozen=True, slots=True, eq=False)
class ProjectView:
    """The project as a whole."""

    title: str
    stakeholder_count: int


def _stakeholder_view(person: Stakeholder, project: Project) -> StakeholderView:
    points = tuple(
        point.text for point in project.strategy.talking_points if point.stakeholder == person.id
    )
    return StakeholderView(
        id=person.id,
        name=person.name,
        role=person.role,
        department=person.department,
        power=person.power,
        interest=person.interest,
        stance=person.stance.label,
        stance_wanted=person.stance_wanted.label,
        stance_gap=max(0, person.stance_wanted.rank - person.stance.rank),
        quadrant=quadrant(person.power, person.interest),
        decision_maker=person.decision_maker,
        channel=person.channel,
        notes=person.notes,
        tags=tuple(person.tags),
        avoid_terms=tuple(person.avoid_terms),
        is_champion=person.id == project.strategy.champion,
        talking_points=points,
    )


def build_context(project: Project, audience_id: str | None = None) -> dict[str, Any]:
    """Everything a template can use, for `project` (and one reader, with `audience_id`)."""
    people = {p.id: _stakeholder_view(p, project) for p in project.stakeholders}

    def resolve(ids: list[str]) -> tuple[StakeholderView, ...]:
        return tuple(people[i] for i in ids if i in people)

    resistances = tuple(
        ResistanceView(
            id=r.id,
            stakeholder=people.get(r.stakeholder),
            pattern=r.pattern,
            heard=r.heard,
            concern=r.concern,
            severity=r.severity.label,
            counter_strategy=r.counter_strategy,
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
    # Back-references: the views are frozen for templates; the builder fills these once.
    for view in people.values():
        object.__setattr__(
            view, "resistances", tuple(r for r in resistances if r.stakeholder is view)
        )
        object.__setattr__(view, "problems", tuple(p for p in problems if view in p.stakeholders))

    links = tuple(
        LinkView(source=people[k.source], target=people[k.target], strength=k.strength, note=k.note)
        for k in project.links
        if k.source in people and k.target in people
    )
    pitch = project.pitch
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
        evidence=tuple(EvidenceView(e.title, e.detail, e.source) for e in pitch.evidence),
    )
    strategy = project.strategy
    strategy_view = StrategyView(
        champion=people.get(strategy.champion) if strategy.champion else None,
        sequence=resolve(strategy.sequence),
        actions=tuple(
            ActionView(
                kind=a.kind.label,
                title=a.title,
                detail=a.detail,
                stakeholders=resolve(a.stakeholders),
                due=a.due,
                done=a.done,
            )
            for a in strategy.actions
        ),
    )
    return {
        "pitch": pitch_view,
        "project": ProjectView(title=project.title, stakeholder_count=len(people)),
        "stakeholders": tuple(people.values()),
        "resistances": resistances,
        "problems": problems,
        "links": links,
        "evidence": pitch_view.evidence,
        "strategy": strategy_view,
        "audience": _audience(project, people, audience_id),
        "today": datetime.date.today(),
    }


def _audience(
    project: Project, people: dict[str, StakeholderView], audience_id: str | None
) -> StakeholderView | None:
    if audience_id is None:
        return None
    found = project.find_stakeholder(audience_id)
    if found is None:
        raise TemplateError(f'no stakeholder "{audience_id}"', where="--audience")
    return people[found.id]
