"""The engagement sequence: who to talk to in which order, each with why it comes there.

Champion first; then allies; then neutral and unaware people (those the champion can reach
first); then the resistant, one to one (pre-wiring) before any group meeting;
decision-makers last, through the champion where a link exists.  People in the Monitor
quadrant who are not decision-makers are left out: a short note is enough for them.
`core/analysis.py` works the order out once per project state.
"""

from __future__ import annotations

import msgspec

from pitchkit.core.grid import Quadrant, is_ally, is_high, quadrant
from pitchkit.core.influence import Graph, Reach
from pitchkit.core.model import Project, ResistanceStatus, Stakeholder, Stance
from pitchkit.core.say import label, say, written_day


class Step(msgspec.Struct, frozen=True):
    """One conversation in the suggested order, with why it comes there."""

    stakeholder: Stakeholder
    position: int  # 1-based
    reason: str


def _open_resistance_names(project: Project) -> dict[str, list[str]]:
    """stakeholder id -> the patterns of their unresolved resistances."""
    names: dict[str, list[str]] = {}
    for r in project.resistances:
        if r.status != ResistanceStatus.RESOLVED:
            names.setdefault(r.stakeholder, []).append(r.pattern or say("an objection"))
    return names


def suggest_sequence(
    project: Project, lead: Stakeholder | None, graph: Graph, from_lead: Reach
) -> list[Step]:
    """The suggested order of conversations, each with its reason (see the module docstring).

    `lead` is the champion (chosen or suggested), `from_lead` who they reach through links.
    """
    names = {person.id: person.name for person in project.stakeholders}

    def chain(path: list[str]) -> str:
        return " \u2192 ".join(names.get(pid, pid) for pid in path)

    meeting = project.pitch.meeting_date
    before_meeting = (
        say("before the group meeting on {date}", date=written_day(meeting))
        if meeting
        else say("before any group meeting")
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
            say("your chosen champion")
            if project.strategy.champion == lead.id
            else say("the best-placed supporter")
        )
        why = say("Champion ({how}): first, so they can open doors, speak for it and give others tacit permission", how=how)
        if lead.decision_maker:
            why += say("; as a decision-maker they can also sponsor it directly")
        steps.append((lead, why + "."))
    for person in allies:
        steps.append(
            (
                person,
                say("Ally ({stance}): line up their backing and stories before any resistant conversation.",
                    stance=label(person.stance).lower()),
            )
        )
    for person in undecided:
        why = say("{stance}, {quadrant}: win them one to one {when}", stance=label(person.stance),
                  quadrant=label(quadrant(person)).lower(), when=before_meeting)
        if lead is not None and person.id in from_lead and from_lead[person.id][0] == 1:
            why += say("; {name} can brief them first, as they listen to the champion", name=lead.name)
        doubters = [
            by_id[pid].name
            for pid in listens_to.get(person.id, [])
            if by_id[pid].stance == Stance.RESISTANT
        ]
        if doubters:
            listened = ", ".join(doubters)
            why += (
                say("; they listen to {names}, who is resistant, so let them hear the case from you first", names=listened)
                if len(doubters) == 1
                else say("; they listen to {names}, who are resistant, so let them hear the case from you first", names=listened)
            )
        steps.append((person, why + "."))
    for person in resistant:
        patterns = objections.get(person.id, [])
        about = f" ({', '.join(patterns)})" if patterns else ""
        why = say("Resistant{about}: after the allies are in place, pre-wire one to one {when}, with the counter-strategy ready",
                  about=about, when=before_meeting)
        if lead is not None and person.id in from_lead:
            why += say("; {name} can vouch for it ({chain})", name=lead.name, chain=chain(from_lead[person.id][1]))
        elif is_high(person.power):
            why += say("; no supporter influences them, so if they cannot be won, ask the champion for tacit permission to go ahead")
        steps.append((person, why + "."))
    for person in deciders:
        if lead is not None and person.id in from_lead:
            why = say("Decision-maker: last, through the champion ({chain}), once the others are on side",
                      chain=chain(from_lead[person.id][1]))
        elif lead is not None:
            why = say("Decision-maker: last, once the others are on side; no influence link from the champion is known, so find one or pre-wire them yourself")
        else:
            why = say("Decision-maker: last, once the others are on side; there is no champion yet to open the door")
        steps.append((person, why + "."))
    return [Step(person, i, reason) for i, (person, reason) in enumerate(steps, start=1)]


def departures(project: Project, lead: Stakeholder | None) -> list[str]:
    """Where the user's own sequence departs from the suggested principles (empty if fine)."""
    order = [project.stakeholder(pid) for pid in project.strategy.sequence]
    people = [p for p in order if p is not None]
    notes: list[str] = []
    for i, person in enumerate(people):
        if person.stance != Stance.RESISTANT:
            continue
        if lead is not None and lead in people[i + 1 :]:
            notes.append(say("{name} (resistant) comes before the champion, {lead}.", name=person.name, lead=lead.name))
        later_allies = [p.name for p in people[i + 1 :] if is_ally(p) and p is not lead]
        if later_allies:
            notes.append(
                say("{name} (resistant) comes before allies: {allies}.", name=person.name, allies=", ".join(later_allies))
            )
    return notes
