"""One analysis of one state of a project: everything PitchKit works out about the pitch.

`analyse(project)` gives an `Analysis`: the quadrants and stance gaps, the decision-makers,
the champion candidates and the champion, who the champion reaches and the chains of links
to each decision-maker, the suggested engagement sequence with its reasons, the talking
points and the health findings.  The render context, the GUI pages and `pitchkit check` all read this
one value instead of working the same things out again; each part is worked out on first
use and then kept, so a document that never shows the findings does not pay for them.

An `Analysis` is for the project as it was when it was made: after an edit, make a new one
(the GUI analyses a snapshot per state; an export or a check analyses once).  The building
blocks live in `grid.py` (one person), `influence.py` (links), `champion.py` and
`engagement.py`; the functions below them are kept for callers that need one answer only.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from pitchkit.core.champion import Candidate, rank_candidates
from pitchkit.core.engagement import Step, departures, suggest_sequence
from pitchkit.core.grid import (
    HIGH_SCORE,
    Quadrant,
    decision_makers,
    is_ally,
    is_high,
    quadrant,
    stance_gap,
)
from pitchkit.core.influence import (
    MAX_PATH,
    Graph,
    Reach,
    adjacency,
    distances,
    influence_paths,
    influencers_of,
    path_names,
    shortest_path,
)
from pitchkit.core.model import Project, Stakeholder, Stance

if TYPE_CHECKING:
    from pitchkit.core.health import Finding
    from pitchkit.core.playbook import Playbook

__all__ = [
    "HIGH_SCORE",
    "MAX_PATH",
    "Analysis",
    "Candidate",
    "Quadrant",
    "Step",
    "analyse",
    "champion",
    "champion_candidates",
    "decision_makers",
    "engagement_sequence",
    "influence_paths",
    "influencers_of",
    "is_ally",
    "is_high",
    "path_names",
    "quadrant",
    "sequence_notes",
    "shortest_path",
    "stance_gap",
]

T = TypeVar("T")


class _Part(Generic[T]):
    """A part of an analysis, worked out on first use and then kept on that analysis.

    Like `functools.cached_property`, but without its lock: on Python 3.11 that lock is
    shared by every instance, so the GUI thread would wait for a preview worker's analysis
    of another snapshot.  Two threads asking for the same part at once both work it out, and
    get equal values.
    """

    def __init__(self, make: Callable[[Analysis], T]) -> None:
        self._make = make
        self._name = make.__name__
        self.__doc__ = make.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _Part[T]: ...
    @overload
    def __get__(self, instance: Analysis, owner: type | None = None) -> T: ...
    def __get__(self, instance: Analysis | None, owner: type | None = None) -> _Part[T] | T:
        if instance is None:
            return self
        kept = instance.__dict__
        if self._name not in kept:
            kept[self._name] = self._make(instance)
        value: T = kept[self._name]
        return value


@dataclass(frozen=True, eq=False)
class Analysis:
    """Everything worked out about one state of a project, each part once (see the module docstring)."""

    project: Project
    #: The date the date-based health checks compare with.
    today: datetime.date
    #: The chosen template's text, for the health check's jargon rule (None: no template).
    template_text: str | None = None
    #: The playbook to use; None loads the built-in one merged with the user's.
    given_playbook: Playbook | None = None

    @_Part
    def playbook(self) -> Playbook:
        """The playbook the advice comes from."""
        from pitchkit.core.playbook import load_playbook

        return self.given_playbook or load_playbook()

    @_Part
    def graph(self) -> Graph:
        """Who listens to whom: source id -> target ids."""
        return adjacency(self.project)

    @_Part
    def quadrants(self) -> Mapping[str, Quadrant]:
        """Stakeholder id -> their quadrant on the power/interest grid."""
        return MappingProxyType({p.id: quadrant(p) for p in self.project.stakeholders})

    @_Part
    def gaps(self) -> Mapping[str, int]:
        """Stakeholder id -> how many engagement levels they should move up (0 if none)."""
        # Worked out once per pair of stances, not per person: the enum properties are slow
        # enough to show on a 5,000-person project.
        by_pair: dict[tuple[Stance, Stance], int] = {}
        gaps: dict[str, int] = {}
        for person in self.project.stakeholders:
            pair = (person.stance, person.stance_wanted)
            if pair not in by_pair:
                by_pair[pair] = stance_gap(person)
            gaps[person.id] = by_pair[pair]
        return MappingProxyType(gaps)

    @_Part
    def decision_makers(self) -> tuple[Stakeholder, ...]:
        """The stakeholders marked as decision-makers, in project order."""
        return tuple(decision_makers(self.project))

    @_Part
    def candidates(self) -> tuple[Candidate, ...]:
        """High-power supporters who could champion it, best placed first."""
        return tuple(rank_candidates(self.project, self.graph, list(self.decision_makers)))

    @_Part
    def neutral_candidates(self) -> tuple[Candidate, ...]:
        """The candidates with high-power neutral people too (people to win over first)."""
        return tuple(
            rank_candidates(self.project, self.graph, list(self.decision_makers), include_neutral=True)
        )

    @_Part
    def chosen_champion(self) -> Stakeholder | None:
        """The champion the user chose, or None."""
        chosen = self.project.strategy.champion
        return self.project.stakeholder(chosen) if chosen else None

    @_Part
    def champion(self) -> Stakeholder | None:
        """The champion the user chose, else the best supportive candidate, else None."""
        if self.chosen_champion is not None:
            return self.chosen_champion
        return self.candidates[0].stakeholder if self.candidates else None

    @_Part
    def champion_reach(self) -> Reach:
        """Everyone the champion reaches through links: id -> (links, chain from the champion)."""
        lead = self.champion
        return distances(self.graph, lead.id, MAX_PATH) if lead is not None else {}

    @_Part
    def paths_to_decision_makers(self) -> Mapping[str, list[str]]:
        """Decision-maker id -> the shortest chain from the champion (only those reached)."""
        reach = self.champion_reach
        return MappingProxyType(
            {d.id: reach[d.id][1] for d in self.decision_makers if d.id in reach}
        )

    @_Part
    def sequence(self) -> tuple[Step, ...]:
        """The suggested order of conversations, each with its reason."""
        return tuple(suggest_sequence(self.project, self.champion, self.graph, self.champion_reach))

    @_Part
    def sequence_notes(self) -> tuple[str, ...]:
        """Where the user's own order departs from the suggested principles."""
        return tuple(departures(self.project, self.champion))

    @_Part
    def talking_points(self) -> Mapping[str, list[str]]:
        """Stakeholder id -> their talking points: the user's own first, then suggestions."""
        from pitchkit.core.talking_points import all_talking_points

        return MappingProxyType(all_talking_points(self.project, analysis=self))

    @_Part
    def findings(self) -> tuple[Finding, ...]:
        """The pitch health check's findings, most severe first."""
        from pitchkit.core.health import run_checks

        return tuple(run_checks(self))

    def path(self, from_id: str, to_id: str) -> list[str] | None:
        """The shortest influence chain from one stakeholder to another, or None."""
        reach = distances(self.graph, from_id, MAX_PATH)
        return reach[to_id][1] if to_id in reach else None

    def with_template(self, template_text: str | None) -> Analysis:
        """This analysis for another template's text: only the findings are worked out again."""
        if template_text == self.template_text:
            return self
        other = dataclasses.replace(self, template_text=template_text)
        fields = {f.name for f in dataclasses.fields(self)}
        kept: dict[str, Any] = {
            name: value
            for name, value in self.__dict__.items()
            if name not in fields and name != "findings"
        }
        other.__dict__.update(kept)
        return other


def analyse(
    project: Project,
    *,
    today: datetime.date | None = None,
    template_text: str | None = None,
    playbook: Playbook | None = None,
) -> Analysis:
    """The analysis of `project` as it is now (`today` defaults to the current date)."""
    return Analysis(project, today or datetime.date.today(), template_text, playbook)


# ---------------------------------------------------------------------------------------------
# One answer at a time (each makes its own analysis: use `analyse` for more than one)
# ---------------------------------------------------------------------------------------------


def champion_candidates(project: Project, *, include_neutral: bool = False) -> list[Candidate]:
    """High-power stakeholders who support the idea, best placed first.

    The score adds power, stance (leading counts more), interest, and how closely they are
    linked to each decision-maker.  With `include_neutral`, high-power neutral people are
    listed too (people to win over first, when nobody high-placed supports the idea yet).
    """
    found = analyse(project)
    return list(found.neutral_candidates if include_neutral else found.candidates)


def champion(project: Project) -> Stakeholder | None:
    """The champion the user chose, else the best supportive candidate, else None."""
    return analyse(project).champion


def engagement_sequence(project: Project) -> list[Step]:
    """The suggested order of conversations, each with its reason (see `engagement.py`)."""
    return list(analyse(project).sequence)


def sequence_notes(project: Project) -> list[str]:
    """Where the user's own sequence departs from the suggested principles (empty if fine)."""
    return list(analyse(project).sequence_notes)
