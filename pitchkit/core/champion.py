"""Champion candidates: the high-placed supporters best placed to open doors, with reasons.

The score adds power, stance (leading counts more), interest, and how closely they are
linked to each decision-maker.  `core/analysis.py` ranks them once per project state.
"""

from __future__ import annotations

import msgspec

from pitchkit.core.grid import ALLY_STANCES, is_high
from pitchkit.core.influence import MAX_PATH, Graph, distances
from pitchkit.core.model import Project, Stakeholder, Stance
from pitchkit.core.say import say

#: Points for reaching a decision-maker, by the number of links in between.
_REACH_POINTS = {0: 3.0, 1: 3.0, 2: 2.0, 3: 1.0, 4: 0.5}


class Candidate(msgspec.Struct, frozen=True):
    """A possible champion, how well placed they are, and why."""

    stakeholder: Stakeholder
    score: float
    reasons: tuple[str, ...]
    paths: dict[str, list[str]] = msgspec.field(default_factory=dict)  # decision-maker id -> path


def rank_candidates(
    project: Project,
    graph: Graph,
    deciders: list[Stakeholder],
    *,
    include_neutral: bool = False,
) -> list[Candidate]:
    """High-power stakeholders who support the idea, best placed first.

    With `include_neutral`, high-power neutral people are listed too (people to win over
    first, when nobody high-placed supports the idea yet).
    """
    stances = (*ALLY_STANCES, Stance.NEUTRAL) if include_neutral else ALLY_STANCES
    names = {person.id: person.name for person in project.stakeholders}
    found: list[Candidate] = []
    for person in project.stakeholders:
        if not is_high(person.power) or person.stance not in stances:
            continue
        score = person.power
        reasons = [say("power {power} of 10", power=f"{person.power:g}")]
        if person.stance == Stance.LEADING:
            score += 2
            reasons.append("already leading: walks the talk")
        elif person.stance == Stance.SUPPORTIVE:
            score += 1
            reasons.append("supportive")
        else:
            reasons.append("neutral now: would need winning over first")
        if is_high(person.interest):
            score += 1
            reasons.append(say("interested (interest {interest})", interest=f"{person.interest:g}"))
        reach = distances(graph, person.id, MAX_PATH)
        paths: dict[str, list[str]] = {}
        for decider in deciders:
            if decider.id == person.id:
                score += _REACH_POINTS[0]
                reasons.append("is a decision-maker: can sponsor it directly")
                paths[decider.id] = [person.id]
            elif decider.id in reach:
                hops, path = reach[decider.id]
                score += _REACH_POINTS[hops]
                paths[decider.id] = path
                chain = " \u2192 ".join(names.get(pid, pid) for pid in path)
                reasons.append(say("reaches decision-maker {name} via {chain}", name=decider.name, chain=chain))
            else:
                reasons.append(say("no known link toward decision-maker {name}", name=decider.name))
        if not deciders:
            reasons.append("no decision-maker is marked, so reach cannot be judged")
        found.append(Candidate(person, round(score, 2), tuple(reasons), paths))
    index = {person.id: i for i, person in enumerate(project.stakeholders)}
    return sorted(found, key=lambda c: (-c.score, index[c.stakeholder.id]))
