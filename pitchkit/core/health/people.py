"""Health rules about the people on the map as a whole: someone to talk to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    ON_STAKEHOLDERS,
    Finding,
    check,
    field_target,
    rule,
)
from pitchkit.core.model import Severity

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

NO_STAKEHOLDERS = rule(
    "no-stakeholders",
    Severity.HIGH,
    ON_STAKEHOLDERS,
    title="The project has no stakeholders yet.",
    explanation="The project has no stakeholders yet.",
    mend="Add the people whose support the pitch needs on the Stakeholders step, starting with who decides.",
)


@check(NO_STAKEHOLDERS, needs_stakeholders=False)
def no_stakeholders(analysis: Analysis) -> Iterator[Finding]:
    """Someone on the map at all."""
    if not analysis.project.stakeholders:
        yield NO_STAKEHOLDERS.finding(
            field_target("stakeholders"),
            "no stakeholders yet",
            "add the people whose support, neutrality or consent the pitch needs, starting with who decides.",
        )
