"""Judgements about one stakeholder: their quadrant on the power/interest grid and stance gap.

"High" on the power/interest grid means above 5.  These are the building blocks of the
analysis (`core/analysis.py`); each takes one person, or the project's list of people.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from pitchkit.core.model import Project, Stakeholder, Stance

if TYPE_CHECKING:
    from pitchkit.core.playbook import GridQuadrant

#: Scores above this are "high" on the power/interest grid.
HIGH_SCORE = 5.0

ALLY_STANCES = (Stance.SUPPORTIVE, Stance.LEADING)


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
        # Imported here to keep this module light.
        from pitchkit.core.language import current_language
        from pitchkit.core.playbook import builtin_playbook
        from pitchkit.core.playbook_nl import localised

        # In the language being spoken; a quadrant keeps its English name among its others.
        frameworks = localised(builtin_playbook(), current_language()).frameworks
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
    return person.stance in ALLY_STANCES


def decision_makers(project: Project) -> list[Stakeholder]:
    """The stakeholders marked as decision-makers, in project order."""
    return [person for person in project.stakeholders if person.decision_maker]
