"""Pure analysis of a pitch: quadrants, stance gaps, influence paths, champion, engagement order.

Every function takes the project (and nothing else it could change) and returns values; the
same project always gives the same answer.  "High" on the power/interest grid means above 5.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pitchkit.core.model import Project, Stakeholder, Stance

if TYPE_CHECKING:
    from pitchkit.core.playbook import GridQuadrant

#: Scores above this are "high" on the power/interest grid.
HIGH_SCORE = 5.0
#: Longest chain of influence links the analysis follows.
MAX_PATH = 4

_ALLY_STANCES = (Stance.SUPPORTIVE, Stance.LEADING)


class Quadrant(enum.StrEnum):
    """Mendelow's power/interest grid quadrants, by their canonical names."""

    KEY_PLAYERS = "Key players"
    KEEP_SATISFIED = "Keep satisfied"
    KEEP_INFORMED = "Keep informed"
    MONITOR = "Monitor"

    @property
    def label(self) -> str:
        return self.value

    @property
    def action(self) -> str:
        """The recommended action for this quadrant (from the playbook's frameworks)."""
        return self._info().action

    @property
    def for_the_pitch(self) -> str:
        """What the quadrant means for a pitch (from the playbook's frameworks)."""
        return self._info().for_the_pitch

    def _info(self) -> GridQuadrant:
        from pitchkit.core.playbook import builtin_playbook  # lazily: keeps this module light

        frameworks = builtin_playbook().frameworks
        found = frameworks.quadrant(self.value) if frameworks else None
        if found is None:  # pragma: no cover - the built-in playbook is tested
            raise LookupError(f"the playbook does not describe the quadrant {self.value!r}")
        return found


def is_high(score: float) -> bool:
    """Whether a 0-10 power or interest score counts as high (above 5)."""
    return score > HIGH_SCORE


def quadrant(person: Stakeholder) -> Quadrant:
    """The stakeholder's quadrant on the power/interest grid."""
    if is_high(person.power):
        return Quadrant.KEY_PLAYERS if is_high(person.interest) else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if is_high(person.interest) else Quadrant.MONITOR


def stance_gap(person: Stakeholder) -> int:
    """How many engagement levels the stakeholder should move up (0 if none)."""
    return max(0, person.stance_wanted.rank - person.stance.rank)


def is_ally(person: Stakeholder) -> bool:
    """Supportive or leading now."""
    return person.stance in _ALLY_STANCES


def decision_makers(project: Project) -> list[Stakeholder]:
    """The stakeholders marked as decision-makers, in project order."""
    return [person for person in project.stakeholders if person.decision_maker]


# ---------------------------------------------------------------------------------------------
# Influence
# ---------------------------------------------------------------------------------------------


def _adjacency(project: Project) -> dict[str, list[str]]:
    """source id -> target ids (links to unknown people are ignored), in link order."""
    known = {person.id for person in project.stakeholders}
    out: dict[str, list[str]] = {pid: [] for pid in known}
    for link in project.links:
        if link.source in known and link.target in known and link.target not in out[link.source]:
            out[link.source].append(link.target)
    return out


def influence_paths(
    project: Project, from_id: str, to_id: str, max_len: int = MAX_PATH
) -> list[list[str]]:
    """Every chain of influence links from one stakeholder to another, shortest first.

    A path is a list of stakeholder ids from `from_id` to `to_id` with at most `max_len`
    links and no one twice (so cycles of links are safe).  `from_id == to_id` gives `[[id]]`.
    """
    graph = _adjacency(project)
    if from_id not in graph or to_id not in graph:
        return []
    if from_id == to_id:
        return [[from_id]]
    found: list[list[str]] = []
    queue: deque[list[str]] = deque([[from_id]])
    while queue:
        path = queue.popleft()
        if len(path) > max_len:
            continue
        for nxt in graph[path[-1]]:
            if nxt in path:
                continue
            if nxt == to_id:
                found.append([*path, nxt])
            else:
                queue.append([*path, nxt])
    return found


def shortest_path(
    project: Project, from_id: str, to_id: str, max_len: int = MAX_PATH
) -> list[str] | None:
    """The shortest influence chain from one stakeholder to another, or None."""
    distances = _distances(_adjacency(project), from_id, max_len)
    if to_id not in distances:
        return None
    return distances[to_id][1]


def _distances(
    graph: dict[str, list[str]], start: str, max_len: int
) -> dict[str, tuple[int, list[str]]]:
    """Breadth-first: id -> (number of links, path) for everyone reachable from `start`."""
    if start not in graph:
        return {}
    seen: dict[str, tuple[int, list[str]]] = {start: (0, [start])}
    queue: deque[str] = deque([start])
    while queue:
        current = queue.popleft()
        hops, path = seen[current]
        if hops >= max_len:
            continue
        for nxt in graph[current]:
            if nxt not in seen:
                seen[nxt] = (hops + 1, [*path, nxt])
                queue.append(nxt)
    return seen


def influencers_of(project: Project, stakeholder_id: str) -> list[Stakeholder]:
    """The stakeholders with a link straight to this one (people they listen to)."""
    sources = {link.source for link in project.links if link.target == stakeholder_id}
    return [person for person in project.stakeholders if person.id in sources]


def path_names(project: Project, path: list[str]) -> str:
    """A chain of ids as 'Name -> Name -> Name'."""
    names = {person.id: person.name for person in project.stakeholders}
    return " \u2192 ".join(names.get(pid, pid) for pid in path)


# ---------------------------------------------------------------------------------------------
# Champion
# ---------------------------------------------------------------------------------------------

_REACH_POINTS = {0: 3.0, 1: 3.0, 2: 2.0, 3: 1.0, 4: 0.5}


@dataclass(frozen=True)
class Candidate:
    """A possible champion, how well placed they are, and why."""

    stakeholder: Stakeholder
    score: float
    reasons: tuple[str, ...]
    paths: dict[str, list[str]] = field(default_factory=dict)  # decision-maker id -> path


def champion_candidates(project: Project, *, include_neutral: bool = False) -> list[Candidate]:
    """High-power stakeholders who support the idea, best placed first.

    The score adds power, stance (leading counts more), interest, and how closely they are
    linked to each decision-maker.  With `include_neutral`, high-power neutral people are
    listed too (people to win over first, when nobody high-placed supports the idea yet).
    """
    stances = (*_ALLY_STANCES, Stance.NEUTRAL) if include_neutral else _ALLY_STANCES
    deciders = decision_makers(project)
    graph = _adjacency(project)
    found: list[Candidate] = []
    for person in project.stakeholders:
        if not is_high(person.power) or person.stance not in stances:
            continue
        score = person.power
        reasons = [f"power {person.power:g} of 10"]
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
            reasons.append(f"interested (interest {person.interest:g})")
        reach = _distances(graph, person.id, MAX_PATH)
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
                reasons.append(
                    f"reaches decision-maker {decider.name} via {path_names(project, path)}"
                )
            else:
                reasons.append(f"no known link toward decision-maker {decider.name}")
        if not deciders:
            reasons.append("no decision-maker is marked, so reach cannot be judged")
        found.append(Candidate(person, round(score, 2), tuple(reasons), paths))
    index = {person.id: i for i, person in enumerate(project.stakeholders)}
    return sorted(found, key=lambda c: (-c.score, index[c.stakeholder.id]))


def champion(project: Project) -> Stakeholder | None:
    """The champion the user chose, else the best supportive candidate, else None."""
    chosen = project.strategy.champion
    if chosen is not None and project.stakeholder(chosen) is not None:
        return project.stakeholder(chosen)
    candidates = champion_candidates(project)
    return candidates[0].stakeholder if candidates else None


# ---------------------------------------------------------------------------------------------
# Engagement sequence
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One conversation in the suggested order, with why it comes there."""

    stakeholder: Stakeholder
    position: int  # 1-based
    reason: str


def _open_resistance_names(project: Project) -> dict[str, list[str]]:
    """stakeholder id -> the patterns of their unresolved resistances."""
    names: dict[str, list[str]] = {}
    for r in project.resistances:
        if r.status != "resolved":
            names.setdefault(r.stakeholder, []).append(r.pattern or "an objection")
    return names


def engagement_sequence(project: Project) -> list[Step]:
    """The suggested order of conversations, each with its reason.

    Champion first; then allies; then neutral and unaware people (those the champion can
    reach first); then the resistant, one to one (pre-wiring) before any group meeting;
    decision-makers last, through the champion where a link exists.  People in the Monitor
    quadrant who are not decision-makers are left out: a short note is enough for them.
    """
    lead = champion(project)
    graph = _adjacency(project)
    from_lead = _distances(graph, lead.id, MAX_PATH) if lead else {}
    meeting = project.pitch.meeting_date
    before_meeting = (
        f"before the group meeting on {meeting.isoformat()}"
        if meeting
        else "before any group meeting"
    )
    index = {person.id: i for i, person in enumerate(project.stakeholders)}
    by_id = {person.id: person for person in project.stakeholders}
    listens_to: dict[str, list[str]] = {}
    for source, targets in graph.items():
        for target in targets:
            listens_to.setdefault(target, []).append(source)
    for sources in listens_to.values():
        sources.sort(key=index.__getitem__)
    objections = _open_resistance_names(project)

    def reach_key(person: Stakeholder) -> tuple[float, float, int]:
        hops = from_lead[person.id][0] if person.id in from_lead else 99
        return (hops, -person.power, index[person.id])

    def in_scope(person: Stakeholder) -> bool:
        return person.decision_maker or quadrant(person) != Quadrant.MONITOR

    rest = [p for p in project.stakeholders if p is not lead and in_scope(p)]
    deciders = [p for p in rest if p.decision_maker]
    others = [p for p in rest if not p.decision_maker]
    allies = sorted((p for p in others if is_ally(p)), key=lambda p: (-p.power, index[p.id]))
    undecided = sorted(
        (p for p in others if p.stance in (Stance.NEUTRAL, Stance.UNAWARE)), key=reach_key
    )
    resistant = sorted((p for p in others if p.stance == Stance.RESISTANT), key=reach_key)
    deciders.sort(key=lambda p: (p.power, index[p.id]))

    steps: list[tuple[Stakeholder, str]] = []
    if lead is not None:
        how = (
            "your chosen champion"
            if project.strategy.champion == lead.id
            else "the best-placed supporter"
        )
        why = f"Champion ({how}): first, so they can open doors, speak for it and give others tacit permission"
        if lead.decision_maker:
            why += "; as a decision-maker they can also sponsor it directly"
        steps.append((lead, why + "."))
    for person in allies:
        steps.append(
            (
                person,
                f"Ally ({person.stance.label.lower()}): line up their backing and stories before any resistant conversation.",
            )
        )
    for person in undecided:
        why = f"{person.stance.label}, {quadrant(person).value.lower()}: win them one to one {before_meeting}"
        if lead is not None and person.id in from_lead and from_lead[person.id][0] == 1:
            why += f"; {lead.name} can brief them first, as they listen to the champion"
        doubters = [
            by_id[pid].name
            for pid in listens_to.get(person.id, [])
            if by_id[pid].stance == Stance.RESISTANT
        ]
        if doubters:
            who = "who is" if len(doubters) == 1 else "who are"
            why += f"; they listen to {', '.join(doubters)}, {who} resistant, so let them hear the case from you first"
        steps.append((person, why + "."))
    for person in resistant:
        names = objections.get(person.id, [])
        about = f" ({', '.join(names)})" if names else ""
        why = f"Resistant{about}: after the allies are in place, pre-wire one to one {before_meeting}, with the counter-strategy ready"
        if lead is not None and person.id in from_lead:
            why += (
                f"; {lead.name} can vouch for it ({path_names(project, from_lead[person.id][1])})"
            )
        elif is_high(person.power):
            why += "; no supporter influences them, so if they cannot be won, ask the champion for tacit permission to go ahead"
        steps.append((person, why + "."))
    for person in deciders:
        if lead is not None and person.id in from_lead:
            why = f"Decision-maker: last, through the champion ({path_names(project, from_lead[person.id][1])}), once the others are on side"
        elif lead is not None:
            why = "Decision-maker: last, once the others are on side; no influence link from the champion is known, so find one or pre-wire them yourself"
        else:
            why = "Decision-maker: last, once the others are on side; there is no champion yet to open the door"
        steps.append((person, why + "."))
    return [Step(person, i, reason) for i, (person, reason) in enumerate(steps, start=1)]


def sequence_notes(project: Project) -> list[str]:
    """Where the user's own sequence departs from the suggested principles (empty if fine)."""
    order = [project.stakeholder(pid) for pid in project.strategy.sequence]
    people = [p for p in order if p is not None]
    notes: list[str] = []
    lead = champion(project)
    for i, person in enumerate(people):
        if person.stance != Stance.RESISTANT:
            continue
        if lead is not None and lead in people[i + 1 :]:
            notes.append(f"{person.name} (resistant) comes before the champion, {lead.name}.")
        later_allies = [p.name for p in people[i + 1 :] if is_ally(p) and p is not lead]
        if later_allies:
            notes.append(
                f"{person.name} (resistant) comes before allies: {', '.join(later_allies)}."
            )
    return notes
