"""Health rules a senior change consultant would raise before the decision meeting.

Who advises the decision-maker, what the shared documents cannot say truthfully yet
(deadline, budget, invitees, the meeting's outcome), how strong the evidence is, whether
the meeting repeats what failed, and whether the business voices are in the room.
Findings about several people are grouped into one that names them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pitchkit.core.health.registry import (
    A_STAKEHOLDER,
    AN_ACTION,
    ON_PITCH,
    Finding,
    action_target,
    check,
    field_target,
    rule,
    stakeholder_target,
)
from pitchkit.core.meeting_plan import attendees
from pitchkit.core.model import ActionKind, Severity, Stance
from pitchkit.core.say import say

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis

_ALLIES = (Stance.SUPPORTIVE, Stance.LEADING)
_UNCONFIRMED = re.compile(r"\b(to be (confirmed|agreed|decided)|tbc|tbd|unknown)\b", re.IGNORECASE)
_OWN_NOTES = re.compile(r"\b(my|own|personal) (own )?(notes?|observations?|impressions?)\b", re.IGNORECASE)
_VENDOR = re.compile(r"\b(vendor|supplier|start-up|startup|sales)\b", re.IGNORECASE)

RESISTANT_ADVISER = rule(
    "resistant-adviser",
    Severity.HIGH,
    A_STAKEHOLDER,
    title="Someone resistant advises a decision-maker.",
    explanation="A resistant person has an influence link into a decision-maker: the decision-maker will hear their view, probably before yours.",
    mend="Talk to them one to one before the decision-maker does, and give them a part in shaping the pilot; record the outcome on the Resistances step.",
)
NO_DEADLINE = rule(
    "no-deadline",
    Severity.MEDIUM,
    ON_PITCH,
    title="No date is set for the decision.",
    explanation="Without a deadline the decision can drift (death by delay), and the documents cannot say when an answer is needed.",
    mend="Agree a decision date with the decision-maker and enter it on the Pitch step.",
)
BUDGET_UNCONFIRMED = rule(
    "budget-unconfirmed",
    Severity.MEDIUM,
    ON_PITCH,
    title="The budget is missing or still to be confirmed.",
    explanation="The budget is empty or says it is still to be confirmed; a decision-maker cannot approve an open amount, and the documents leave the cost out.",
    mend="Work out the cost of the pilot (licence, people's time) and enter it on the Pitch step.",
)
OWN_NOTES_EVIDENCE = rule(
    "own-notes-evidence",
    Severity.MEDIUM,
    ON_PITCH,
    title="The only evidence is the advocate's own notes.",
    explanation="Every piece of evidence comes from your own notes or names no source: a sceptical reader will discount it.",
    mend="Add results someone else can check: a pilot's figures, a testimonial from the business, a measured baseline.",
)
HOST_INFLUENCER_RESISTANT = rule(
    "pilot-host-influencer-resistant",
    Severity.HIGH,
    A_STAKEHOLDER,
    title="Someone the pilot's people listen to is resistant.",
    explanation="A resistant person influences someone who takes part in the pilot (often their manager): the pilot can stall from above.",
    mend="Win their consent before the pilot starts: agree with them what they need to see, and how their team's time is protected.",
)
VENDOR_DEMO = rule(
    "vendor-demo-no-business-voice",
    Severity.MEDIUM,
    AN_ACTION,
    title="A supplier-led demo has no supporter from the business in it.",
    explanation="A demo run by a supplier, with nobody supportive from the business taking part, sounds like a sales pitch.",
    mend="Ask someone who has used it in the business to present their own results, with the supplier in support.",
)
ALLIES_ABSENT = rule(
    "allies-absent",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="Business allies are not invited to the decision meeting.",
    explanation="Supporters whose teams are affected, or the champion, are not among the invitees: the room hears only the doubts.",
    mend="Invite them to the decision meeting on the Pitch step, or ask them to speak to the decision-maker beforehand.",
)
NO_INVITEES = rule(
    "no-invitees",
    Severity.LOW,
    ON_PITCH,
    title="The decision meeting has a date but no invitees.",
    explanation="The meeting has a date, but nobody is recorded as invited: the agenda and the follow-up guess who attends.",
    mend="Record who is invited on the Pitch step.",
)
NO_OUTCOME = rule(
    "no-meeting-outcome",
    Severity.LOW,
    ON_PITCH,
    title="The meeting has passed, but nothing is recorded as agreed.",
    explanation="The meeting date has passed and its outcome is empty: the follow-up email cannot say what was agreed.",
    mend="Write what was agreed, and what is still open, on the Pitch step.",
)
REPEATS_FAILURE = rule(
    "repeats-failed-approach",
    Severity.HIGH,
    A_STAKEHOLDER,
    title="The next meeting repeats a failed attempt's people and format.",
    explanation="After a failed attempt, the plan brings the same people together in the same format: fail fast, reform, re-approach means changing something.",
    mend="Change the format (one-to-one conversations first, a shorter slot, a business voice leading) or who is in the room.",
)
STORY_ECHOES = rule(
    "story-repeats-dismissal",
    Severity.MEDIUM,
    A_STAKEHOLDER,
    title="The story repeats a stakeholder's dismissive words.",
    explanation="The lead-in story quotes what a colleague said against the idea; told in the room, it will sound like a dig at them.",
    mend="Rewrite the story on the Pitch step around your own experience, without their words.",
)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.casefold()))


@check(RESISTANT_ADVISER, HOST_INFLUENCER_RESISTANT, ALLIES_ABSENT)
def people_around_the_decision(analysis: Analysis) -> Iterator[Finding]:
    """Resistant advisers of a decision-maker or of the pilot's people, and allies left out."""
    project = analysis.project
    by_id = {p.id: p for p in project.stakeholders}
    deciders = {p.id for p in analysis.decision_makers}
    resistant = {p.id for p in project.stakeholders if p.stance is Stance.RESISTANT}
    advisers = [
        by_id[i] for i in dict.fromkeys(k.source for k in project.links if k.target in deciders and k.source in resistant)
    ]
    if advisers:
        yield RESISTANT_ADVISER.grouped(
            [stakeholder_target(p) for p in advisers],
            say("resistant, and advises the decision-maker"),
            say("talk to them one to one first and give them a part in shaping the pilot, so the decision-maker hears a view you have answered."),
        )
    pilot_people = {i for a in project.strategy.actions if a.kind is ActionKind.PILOT for i in a.stakeholders}
    above = [
        by_id[i] for i in dict.fromkeys(
            k.source for k in project.links if k.target in pilot_people and k.source in resistant
        )
        if i not in {p.id for p in advisers}
    ]
    if above:
        yield HOST_INFLUENCER_RESISTANT.grouped(
            [stakeholder_target(p) for p in above],
            say("resistant, and listened to by people in the pilot"),
            say("win their consent before the start: agree what they need to see and how their team's time is protected."),
        )
    people, recorded = attendees(project)
    if recorded:
        invited = {p.id for p in people}
        owners = {i for problem in project.problems for i in problem.stakeholders}
        allies = [
            p for p in project.stakeholders
            if p.id not in invited and p.stance in _ALLIES
            and (p.id in owners or p.id == project.strategy.champion)
        ]
        if allies:
            yield ALLIES_ABSENT.grouped(
                [stakeholder_target(p) for p in allies],
                say("supporters from the business are not invited to the decision meeting"),
                say("invite them, or ask them to tell the decision-maker in their own words what they need."),
            )


@check(NO_DEADLINE, BUDGET_UNCONFIRMED, OWN_NOTES_EVIDENCE, NO_INVITEES, NO_OUTCOME, needs_stakeholders=False)
def what_the_documents_cannot_say(analysis: Analysis) -> Iterator[Finding]:
    """The facts a shared document needs to be true: deadline, budget, evidence, invitees, outcome."""
    pitch = analysis.project.pitch
    if pitch.deadline is None:
        yield NO_DEADLINE.finding(
            field_target("pitch.deadline"),
            say("no date is set for the decision"),
            say("agree a decision date with the decision-maker; the documents leave the date out until then."),
        )
    if not pitch.budget.strip() or _UNCONFIRMED.search(pitch.budget):
        yield BUDGET_UNCONFIRMED.finding(
            field_target("pitch.budget"),
            say("the budget is missing or still to be confirmed"),
            say("work out what the pilot costs in money and people's time; an open amount cannot be approved."),
        )
    if pitch.evidence and all(not e.source.strip() or _OWN_NOTES.search(e.source) for e in pitch.evidence):
        yield OWN_NOTES_EVIDENCE.finding(
            field_target("pitch.evidence"),
            say("the only evidence is your own notes"),
            say("add something others can check: a pilot's figures, a testimonial from the business, a measured baseline."),
        )
    people, recorded = attendees(analysis.project)
    if pitch.meeting_date is not None and not recorded:
        yield NO_INVITEES.finding(
            field_target("pitch.meeting_invitees"),
            say("the meeting has a date but nobody is recorded as invited"),
            say("record the invitees, so the agenda and the follow-up go to the right people."),
        )
    if pitch.meeting_date is not None and pitch.meeting_date < analysis.today and not pitch.meeting_agreed.strip():
        yield NO_OUTCOME.finding(
            field_target("pitch.meeting_agreed"),
            say("the meeting has passed, but nothing is recorded as agreed"),
            say("write what was agreed and what is open; the follow-up email says nothing is agreed until then."),
        )


@check(VENDOR_DEMO, REPEATS_FAILURE, STORY_ECHOES)
def repeats_and_echoes(analysis: Analysis) -> Iterator[Finding]:
    """A supplier-led demo, a re-approach that repeats a failure, a story that echoes a dismissal."""
    project = analysis.project
    by_id = {p.id: p for p in project.stakeholders}
    demos = [a for a in project.strategy.actions if a.kind is ActionKind.DEMO and not a.done]
    for demo in demos:
        if _VENDOR.search(f"{demo.title} {demo.detail}") and not any(
            by_id[i].stance in _ALLIES for i in demo.stakeholders if i in by_id
        ):
            yield VENDOR_DEMO.finding(
                action_target(demo),
                say("a supplier-led demo with nobody supportive from the business in it"),
                say("ask someone who has used it to present their own results, with the supplier in support."),
            )
    people, _ = attendees(project)
    coming = {p.id for p in people}
    for attempt in project.strategy.attempts:
        tried = set(attempt.stakeholders)
        same_format = bool(demos) and "demo" in attempt.what_happened.casefold()
        if attempt.failed and len(tried) > 1 and tried == coming and same_format:
            yield REPEATS_FAILURE.grouped(
                [stakeholder_target(by_id[i]) for i in attempt.stakeholders if i in by_id],
                say("the next meeting brings the same people to the same kind of demo that failed before"),
                say("change something: one-to-one conversations first, a shorter slot, someone from the business leading, or different people in the room."),
            )
    story = _words(project.pitch.story)
    if story:
        echoed = []
        for res in project.resistances:
            phrases = [_words(part) for part in re.split(r"[.?!;,\u2013\u2014-]", res.heard)]
            if any(len(p.split()) >= 2 and p in story for p in phrases) and res.stakeholder in by_id:
                echoed.append(res.stakeholder)
        if echoed:
            yield STORY_ECHOES.grouped(
                [stakeholder_target(by_id[i]) for i in dict.fromkeys(echoed)],
                say("the story repeats their dismissive words"),
                say("tell it around your own experience, without their words, so nobody in the room feels quoted."),
            )
