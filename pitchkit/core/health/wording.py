"""Health rules about words: nobody meets the terms they switch off at."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    A_STAKEHOLDER,
    Finding,
    check,
    rule,
    stakeholder_target,
)
from pitchkit.core.model import Severity
from pitchkit.core.say import say
from pitchkit.core.talking_points import uses_term

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

JARGON = rule(
    "jargon",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="Someone who switches off at a term will meet it in the template, their talking points or the pitch text.",
    explanation="A stakeholder who switches off at a term (their \"avoid terms\") will meet it in the chosen template, in their own talking points, or in your own text that shared documents print as written (initiative, ask, story, pilot scope, evidence, business problems): shared documents never reword it, so it is flagged here instead.",
    mend="Reword the text in their terms: the concrete mechanism and their problem.",
)


@check(JARGON)
def jargon(analysis: Analysis) -> Iterator[Finding]:
    """Terms a stakeholder switches off at, wherever they would meet them."""
    project = analysis.project
    template_text = analysis.template_text
    # The user's own text that shared documents print as written (never reworded there).
    pitch_text = {
        say("the initiative"): project.pitch.initiative,
        say("the ask"): project.pitch.ask,
        say("the story"): project.pitch.story,
        say("the pilot scope"): project.pitch.pilot_scope,
        say("the evidence"): " ".join(f"{e.title} {e.detail}" for e in project.pitch.evidence),
        say("a business problem"): " ".join(f"{p.description} {p.how_helps}" for p in project.problems),
    }
    points_by_person: dict[str, list[str]] = {}
    for point in project.strategy.talking_points:
        points_by_person.setdefault(point.stakeholder, []).append(point.text)
    for person in project.stakeholders:
        terms = [t for t in person.avoid_terms if t.strip()]
        if not terms:
            continue
        places: list[tuple[str, str]] = []
        own = " ".join(points_by_person.get(person.id, []))
        for term in terms:
            if template_text and uses_term(template_text, term):
                places.append((term, say("the chosen template")))
            if uses_term(own, term):
                places.append((term, say("their talking points")))
            for where, text in pitch_text.items():
                if uses_term(text, term):
                    places.append((term, where))
        for term, where in places:
            yield JARGON.finding(
                stakeholder_target(person),
                say('switches off at "{term}", but it appears in {where}', term=term, where=where),
                say("reword it in their terms: describe the concrete mechanism and their problem, for example 'colleagues learning from each other'."),
            )
