"""Health rules about the pitch itself: evidence people can see, and a story to open with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    ON_PITCH,
    ON_STRATEGY,
    Finding,
    check,
    field_target,
    rule,
)
from pitchkit.core.model import ActionKind, Severity

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

NO_EVIDENCE = rule(
    "no-evidence",
    Severity.HIGH,
    ON_PITCH,
    title="There is no evidence and no demo or pilot planned.",
    explanation="No evidence and no demo or pilot planned: do rather than say.",
    mend="Add evidence on the Pitch step, or plan a demo or pilot on the Strategy step.",
)
NO_DEMO = rule(
    "no-demo",
    Severity.LOW,
    ON_STRATEGY,
    title="There is evidence, but nothing planned that lets people see or try it.",
    explanation="There is evidence, but nothing planned lets people see or try it.",
    mend="Plan a short demo or a pilot on the Strategy step.",
)
NO_STORY = rule(
    "no-story",
    Severity.MEDIUM,
    ON_PITCH,
    title="There is no lead-in story.",
    explanation="There is no lead-in story (neither a story in the pitch nor a story action).",
    mend="Write a short personal story on the Pitch step.",
)


@check(NO_EVIDENCE, NO_DEMO, NO_STORY, needs_stakeholders=False)
def evidence(analysis: Analysis) -> Iterator[Finding]:
    """Evidence, something people can see or try, and a story to open with."""
    project = analysis.project
    kinds = {action.kind for action in project.strategy.actions}
    shows = kinds & {ActionKind.DEMO, ActionKind.PILOT}
    if not project.pitch.evidence and not shows:
        yield NO_EVIDENCE.finding(
            field_target("pitch.evidence"),
            "no evidence and no demo or pilot planned",
            "do rather than say: plan a short demo on their own case or a small pilot, and collect results from any pilot elsewhere in the business.",
        )
    elif not shows:
        yield NO_DEMO.finding(
            field_target("strategy.actions"),
            "evidence, but nothing planned that lets people see or try it",
            "add a short live demo or a pilot: people understand it once they see it on a case of their own.",
        )
    if not project.pitch.story.strip() and ActionKind.STORY not in kinds:
        yield NO_STORY.finding(
            field_target("pitch.story"),
            "no lead-in story",
            "open with a short personal story, for example how your own network of peers helped you with this very problem.",
        )
