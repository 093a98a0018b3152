"""Each person's part in the decision, from what the user said, never from the grid alone.

A person's roles come from the decision-maker flag, the chosen champion, influence links
into a decision-maker (advisers), and whose team the pilot touches (they own one of the
business problems, or take part in a pilot action).  Someone with none of these is kept
informed: a high place on the power/interest grid alone makes nobody a decider.
"""

from __future__ import annotations

import enum

from pitchkit.core.model import ActionKind, Project
from pitchkit.core.say import word


class Role(enum.StrEnum):
    """One part a person plays in the decision, as the proposal's table names it."""

    DECIDES = "Decides"
    SPONSOR = "Sponsor"
    ADVISES = "Advises the decision-maker"
    AFFECTED = "Their team is affected"
    INFORMED = "Kept informed"


def roles(project: Project) -> dict[str, tuple[Role, ...]]:
    """Stakeholder id -> their roles, most decisive first (INFORMED when none applies)."""
    deciders = {p.id for p in project.stakeholders if p.decision_maker}
    champion = project.strategy.champion
    advisers = {k.source for k in project.links if k.target in deciders and k.source != k.target}
    affected = {pid for problem in project.problems for pid in problem.stakeholders}
    for action in project.strategy.actions:
        if action.kind is ActionKind.PILOT:
            affected.update(action.stakeholders)
    found: dict[str, tuple[Role, ...]] = {}
    for person in project.stakeholders:
        held = [
            role
            for role, holds in (
                (Role.DECIDES, person.id in deciders),
                (Role.SPONSOR, person.id == champion),
                (Role.ADVISES, person.id in advisers and person.id not in deciders),
                (Role.AFFECTED, person.id in affected and person.id not in deciders),
            )
            if holds
        ]
        found[person.id] = tuple(held) or (Role.INFORMED,)
    return found


def involvement(held: tuple[Role, ...]) -> str:
    """The roles as one phrase for a table cell: "Sponsor; their team is affected"."""
    text = "; ".join(word(role.value) for role in held)  # in the language being written
    return text[:1] + text[1:].lower()
