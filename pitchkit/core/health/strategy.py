"""Health rules about who decides, who champions it, and the order of conversations."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    A_STAKEHOLDER,
    ON_STAKEHOLDERS,
    ON_STRATEGY,
    Finding,
    check,
    field_target,
    rule,
    stakeholder_target,
)
from pitchkit.core.model import Severity, Stance
from pitchkit.core.say import label, say

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

NO_DECISION_MAKER = rule(
    "no-decision-maker",
    Severity.MEDIUM,
    ON_STAKEHOLDERS,
    title="Nobody is marked as the decision-maker.",
    explanation="Nobody is marked as the decision-maker.",
    mend="Find out who signs off and tick \"decision-maker\" for them on the Stakeholders step.",
)
SEVERAL_DECISION_MAKERS = rule(
    "several-decision-makers",
    Severity.LOW,
    ON_STAKEHOLDERS,
    title="More than one stakeholder is marked as the decision-maker.",
    explanation="More than one decision-maker is marked: check who is finally accountable.",
    mend="Keep the mark on the one person who is accountable, or plan a route to each of them.",
)
NO_CHAMPION = rule(
    "no-champion",
    Severity.HIGH,
    ON_STRATEGY,
    title="No champion is chosen.",
    explanation="No champion is chosen. The advice names the best-placed supporter (or, if nobody high-placed supports the idea, someone to win over first).",
    mend="Choose a champion on the Strategy step.",
)
CHAMPION_NOT_SUPPORTIVE = rule(
    "champion-not-supportive",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="The chosen champion is not supportive or leading yet.",
    explanation="The chosen champion is not supportive or leading yet.",
    mend="Win the champion over first (and update their stance), or choose a supporter.",
)
CHAMPION_NO_PATH = rule(
    "champion-no-path",
    Severity.HIGH,
    A_STAKEHOLDER,
    title="The champion has no chain of influence links toward any decision-maker.",
    explanation="The champion has no chain of influence links (up to four) toward any decision-maker.",
    mend="Add the influence link on the Map step if one exists, or choose a champion the decision-maker listens to.",
)
SEQUENCE_ORDER = rule(
    "sequence-order",
    Severity.LOW,
    ON_STRATEGY,
    title="The chosen engagement sequence meets a resistant stakeholder before the champion or allies.",
    explanation="Your engagement sequence meets a resistant stakeholder before the champion or an ally.",
    mend="Move the champion and the allies earlier in the order of conversations.",
)


@check(NO_DECISION_MAKER, SEVERAL_DECISION_MAKERS)
def decision_makers(analysis: Analysis) -> Iterator[Finding]:
    """Exactly one person should be marked as signing off."""
    deciders = analysis.decision_makers
    if not deciders:
        yield NO_DECISION_MAKER.finding(
            field_target("stakeholders"),
            say("nobody is marked as the decision-maker"),
            say("find out who actually signs off (the one Accountable person) and mark them; gatekeepers are often not the decision-maker."),
        )
    elif len(deciders) > 1:
        names = ", ".join(p.name for p in deciders)
        yield SEVERAL_DECISION_MAKERS.finding(
            field_target("stakeholders"),
            say("{count} decision-makers are marked ({names})", count=len(deciders), names=names),
            say("check who is finally accountable (exactly one per decision) and plan a route to each one."),
        )


@check(NO_CHAMPION, CHAMPION_NOT_SUPPORTIVE, CHAMPION_NO_PATH)
def champion(analysis: Analysis) -> Iterator[Finding]:
    """A chosen champion who supports the idea and reaches the decision-maker."""
    lead = analysis.chosen_champion
    if lead is None:
        candidates = analysis.candidates
        if candidates:
            best = candidates[0]
            advice = say(
                "ask a high-placed supporter to walk the talk and give tacit permission; the best placed is {name} ({reasons}).",
                name=best.stakeholder.name, reasons="; ".join(best.reasons[1:]) or best.reasons[0],
            )
        else:
            neutral = analysis.neutral_candidates
            advice = say("nobody high-placed supports the idea yet: win one over first")
            advice += (
                say(", for example {name}.", name=neutral[0].stakeholder.name)
                if neutral
                else say(", or add the senior people who could sponsor it.")
            )
        yield NO_CHAMPION.finding(field_target("strategy.champion"), say("no champion is chosen"), advice)
        return
    if lead.stance not in (Stance.SUPPORTIVE, Stance.LEADING):
        yield CHAMPION_NOT_SUPPORTIVE.finding(
            stakeholder_target(lead),
            say("the champion is {stance}, not supportive or leading", stance=label(lead.stance).lower()),
            say("win the champion over before relying on them, or choose a supporter with a route to the decision-maker."),
        )
    deciders = analysis.decision_makers
    if deciders and not lead.decision_maker and not analysis.paths_to_decision_makers:
        names = ", ".join(d.name for d in deciders)
        yield CHAMPION_NO_PATH.finding(
            stakeholder_target(lead),
            say("the champion has no known link toward the decision-maker ({names})", names=names),
            say("add the influence link if one exists, choose a champion the decision-maker listens to, or ask the champion to meet the decision-maker directly."),
        )


@check(SEQUENCE_ORDER)
def sequence_order(analysis: Analysis) -> Iterator[Finding]:
    """The user's own order of conversations follows the principles."""
    notes = analysis.sequence_notes
    if notes:
        # One finding for the order as a whole, however many people it puts too early.
        yield SEQUENCE_ORDER.finding(
            field_target("strategy.sequence"),
            " ".join(notes).rstrip("."),
            say("meet allies and the champion before the resistant, so their backing is in place first."),
        )
