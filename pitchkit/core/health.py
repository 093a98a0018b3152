"""The pitch health check: what an experienced L&D consultant would flag before the meeting.

`check(project)` returns findings, most severe first.  Each finding names the record it
concerns, what is wrong and what to do.  The same findings feed `pitchkit check`, the
app's health panel and the proposal's health section.  docs/playbook.md explains each code.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Protocol

from pitchkit.core.analysis import (
    Quadrant,
    champion_candidates,
    decision_makers,
    is_high,
    quadrant,
    sequence_notes,
    shortest_path,
    stance_gap,
)
from pitchkit.core.model import (
    ActionKind,
    Project,
    ResistanceStatus,
    Severity,
    Stakeholder,
    Stance,
)
from pitchkit.core.playbook import Playbook, find_pattern, load_playbook
from pitchkit.core.talking_points import uses_term

#: Every finding code and what it means (documented in docs/playbook.md).
CHECKS: dict[str, str] = {
    "no-stakeholders": "The project has no stakeholders yet.",
    "resistant-no-counter": "A high-power resistant stakeholder has an objection with no counter-strategy, or nothing recorded about why they resist.",
    "resistance-no-counter": "Another open resistance has no counter-strategy.",
    "no-champion": "No champion is chosen.",
    "champion-not-supportive": "The chosen champion is not supportive or leading yet.",
    "champion-no-path": "The champion has no chain of influence links toward any decision-maker.",
    "no-decision-maker": "Nobody is marked as the decision-maker.",
    "several-decision-makers": "More than one stakeholder is marked as the decision-maker.",
    "jargon": "Someone who switches off at a term will meet it in the template, their talking points or the pitch text.",
    "no-problems": "The pitch names no business problem.",
    "problem-no-kpi": "A business problem has no measurable KPI.",
    "problem-no-baseline": "A business problem has a KPI but no baseline.",
    "no-problem-for-stakeholder": "A high-power stakeholder who still has to move has no business problem of theirs in the pitch.",
    "busy-period": "The meeting, or a conversation, is planned in a known busy period.",
    "year-end-meeting": "The meeting falls around year-end and no busy periods are set.",
    "no-evidence": "There is no evidence and no demo or pilot planned.",
    "no-demo": "There is evidence, but nothing planned that lets people see or try it.",
    "no-story": "There is no lead-in story.",
    "not-reassessed": "A stakeholder has not been re-assessed since a failed attempt that involved them.",
    "sequence-order": "The chosen engagement sequence meets a resistant stakeholder before the champion or allies.",
    "meeting-passed": "The meeting date has passed and no attempt since then is logged.",
    "action-overdue": "A planned action is past its due date and not done.",
}

_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_CONVERSATIONS = (ActionKind.MEETING, ActionKind.PRE_WIRE, ActionKind.DEMO)


@dataclass(frozen=True)
class Finding:
    """One thing to fix: how serious, which record, what is wrong, what to do."""

    severity: Severity
    code: str
    record_id: str  # the id of the record concerned, "" for the pitch as a whole
    message: str
    advice: str
    where: str = ""  # e.g. "stakeholders[s-martin]" or "pitch.story"
    label: str = ""  # the record's human name, e.g. "Martin Cole"

    def line(self) -> str:
        """One line: `high: stakeholders[s-martin] Martin Cole: <what> — <what to do>`."""
        place = " ".join(part for part in (self.where, self.label) if part)
        head = f"{self.severity.value}: {place}: " if place else f"{self.severity.value}: "
        return f"{head}{self.message} \u2014 {self.advice}"

    def __str__(self) -> str:
        return self.line()


def _who(person: Stakeholder) -> tuple[str, str, str]:
    return person.id, f"stakeholders[{person.id}]", person.name


class _Add(Protocol):
    """How a check reports a finding (the `add` inside `check`)."""

    def __call__(
        self, severity: Severity, code: str, message: str, advice: str, *, record: tuple[str, str, str] = ...
    ) -> None: ...


def check(
    project: Project,
    *,
    template_text: str | None = None,
    today: datetime.date | None = None,
    playbook: Playbook | None = None,
) -> list[Finding]:
    """All findings for the project, most severe first (stable within a severity).

    `template_text` is the text of the chosen template (raw or rendered), for the jargon
    check; `today` defaults to the current date and only affects the date-based checks.
    """
    book = playbook or load_playbook()
    today = today or datetime.date.today()
    found: list[Finding] = []

    def add(
        severity: Severity,
        code: str,
        message: str,
        advice: str,
        *,
        record: tuple[str, str, str] = ("", "", ""),
    ) -> None:
        record_id, where, label = record
        found.append(Finding(severity, code, record_id, message, advice, where, label))

    if not project.stakeholders:
        add(
            Severity.HIGH,
            "no-stakeholders",
            "no stakeholders yet",
            "add the people whose support, neutrality or consent the pitch needs, starting with who decides.",
            record=("", "stakeholders", ""),
        )
    else:
        _check_resistances(project, book, add)
        _check_champion(project, add)
        _check_jargon(project, template_text, add)
        _check_problems(project, add)
        _check_reassessed(project, add)
        for note in sequence_notes(project):
            add(
                Severity.LOW,
                "sequence-order",
                note,
                "meet allies and the champion before the resistant, so their backing is in place first.",
                record=("", "strategy.sequence", ""),
            )
    _check_timing(project, today, add)
    _check_evidence(project, add)
    found.sort(key=lambda finding: _RANK[finding.severity])
    return found


def _check_resistances(project: Project, book: Playbook, add: _Add) -> None:
    people = {person.id: person for person in project.stakeholders}
    recorded = {r.stakeholder for r in project.resistances}
    for person in project.stakeholders:
        if (
            person.stance == Stance.RESISTANT
            and is_high(person.power)
            and person.id not in recorded
        ):
            add(
                Severity.HIGH,
                "resistant-no-counter",
                "high power and resistant, but nothing is recorded about what they object to",
                "find out what they heard and what worries them (listen before pitching), then pick a counter-strategy from the playbook.",
                record=_who(person),
            )
    for res in project.resistances:
        if res.status == ResistanceStatus.RESOLVED or res.counter_strategy.strip():
            continue
        owner = people.get(res.stakeholder)
        name = f'"{res.pattern}"' if res.pattern else "an objection"
        pattern = find_pattern(res.pattern, book) if res.pattern else None
        if pattern is not None:
            options = "; or ".join(c.text.rstrip(".") for c in pattern.counter_strategies[:2])
            advice = f"choose a counter-strategy; the playbook suggests: {options}."
        else:
            advice = "choose a counter-strategy, or pick the matching playbook pattern to see suggestions."
        label = owner.name if owner else ""
        record = (res.id, f"resistances[{res.id}]", label)
        if owner is not None and owner.stance == Stance.RESISTANT and is_high(owner.power):
            add(
                Severity.HIGH,
                "resistant-no-counter",
                f"high power, resistant, and no counter-strategy for {name}",
                advice,
                record=record,
            )
        else:
            severity = Severity.MEDIUM if res.severity == Severity.HIGH else Severity.LOW
            add(
                severity,
                "resistance-no-counter",
                f"no counter-strategy for {name}",
                advice,
                record=record,
            )


def _check_champion(project: Project, add: _Add) -> None:
    deciders = decision_makers(project)
    if not deciders:
        add(
            Severity.MEDIUM,
            "no-decision-maker",
            "nobody is marked as the decision-maker",
            "find out who actually signs off (the one Accountable person) and mark them; gatekeepers are often not the decision-maker.",
            record=("", "stakeholders", ""),
        )
    elif len(deciders) > 1:
        names = ", ".join(p.name for p in deciders)
        add(
            Severity.LOW,
            "several-decision-makers",
            f"{len(deciders)} decision-makers are marked ({names})",
            "check who is finally accountable (exactly one per decision) and plan a route to each one.",
            record=("", "stakeholders", ""),
        )
    chosen_id = project.strategy.champion
    lead = project.stakeholder(chosen_id) if chosen_id else None
    if lead is None:
        candidates = champion_candidates(project)
        if candidates:
            best = candidates[0]
            advice = (
                f"ask a high-placed supporter to walk the talk and give tacit permission; the best placed is "
                f"{best.stakeholder.name} ({'; '.join(best.reasons[1:]) or best.reasons[0]})."
            )
        else:
            neutral = champion_candidates(project, include_neutral=True)
            advice = "nobody high-placed supports the idea yet: win one over first"
            advice += (
                f", for example {neutral[0].stakeholder.name}."
                if neutral
                else ", or add the senior people who could sponsor it."
            )
        add(
            Severity.HIGH,
            "no-champion",
            "no champion is chosen",
            advice,
            record=("", "strategy.champion", ""),
        )
        return
    if lead.stance not in (Stance.SUPPORTIVE, Stance.LEADING):
        add(
            Severity.MEDIUM,
            "champion-not-supportive",
            f"the champion is {lead.stance.label.lower()}, not supportive or leading",
            "win the champion over before relying on them, or choose a supporter with a route to the decision-maker.",
            record=_who(lead),
        )
    if deciders and not lead.decision_maker:
        paths = [shortest_path(project, lead.id, d.id) for d in deciders]
        if not any(paths):
            names = ", ".join(d.name for d in deciders)
            add(
                Severity.HIGH,
                "champion-no-path",
                f"the champion has no known link toward the decision-maker ({names})",
                "add the influence link if one exists, choose a champion the decision-maker listens to, or ask the champion to meet the decision-maker directly.",
                record=_who(lead),
            )


def _check_jargon(project: Project, template_text: str | None, add: _Add) -> None:
    pitch_text = {
        "the initiative": project.pitch.initiative,
        "the ask": project.pitch.ask,
        "the story": project.pitch.story,
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
                places.append((term, "the chosen template"))
            if uses_term(own, term):
                places.append((term, "their talking points"))
            for where, text in pitch_text.items():
                if uses_term(text, term):
                    places.append((term, where))
        for term, where in places:
            add(
                Severity.MEDIUM,
                "jargon",
                f'switches off at "{term}", but it appears in {where}',
                "reword it in their terms: describe the concrete mechanism and their problem, for example 'colleagues learning from each other'.",
                record=_who(person),
            )


def _check_problems(project: Project, add: _Add) -> None:
    if not project.problems:
        add(
            Severity.HIGH,
            "no-problems",
            "no business problem is named",
            "find a problem of theirs to solve, such as business acumen or networks across the organisation, with a KPI and baseline.",
            record=("", "problems", ""),
        )
    for problem in project.problems:
        label = problem.description.strip()
        label = label if len(label) <= 50 else label[:47].rstrip() + "..."
        record = (problem.id, f"problems[{problem.id}]", label)
        if not problem.kpi.strip():
            add(
                Severity.MEDIUM,
                "problem-no-kpi",
                "no measurable KPI",
                "agree one number with its owner that would show the problem shrinking (the playbook lists KPIs for each problem).",
                record=record,
            )
        elif not problem.baseline.strip():
            add(
                Severity.MEDIUM,
                "problem-no-baseline",
                "a KPI but no baseline",
                "measure where it stands now, before the pilot: observed results are what finance will defend.",
                record=record,
            )
    owners = {pid for problem in project.problems for pid in problem.stakeholders}
    for person in project.stakeholders:
        if (
            person.id not in owners
            and quadrant(person) in (Quadrant.KEY_PLAYERS, Quadrant.KEEP_SATISFIED)
            and stance_gap(person) > 0
        ):
            add(
                Severity.MEDIUM,
                "no-problem-for-stakeholder",
                "no business problem of theirs is in the pitch",
                "ask about their work and find a problem of theirs this could solve, so the pitch answers 'what is in it for me?'.",
                record=_who(person),
            )


def _busy(project: Project, day: datetime.date) -> str | None:
    for period in project.strategy.busy_periods:
        if period.start <= day <= period.end:
            return period.label or f"{period.start.isoformat()} to {period.end.isoformat()}"
    return None


def _check_timing(project: Project, today: datetime.date, add: _Add) -> None:
    meeting = project.pitch.meeting_date
    if meeting is not None:
        busy = _busy(project, meeting)
        if busy:
            add(
                Severity.HIGH,
                "busy-period",
                f"the meeting on {meeting.isoformat()} falls in a busy period ({busy})",
                "move it outside the busy period and keep the ask small and time-boxed; people declining at short notice is the usual result.",
                record=("", "pitch.meeting_date", ""),
            )
        elif not project.strategy.busy_periods and _around_year_end(meeting):
            add(
                Severity.MEDIUM,
                "year-end-meeting",
                f"the meeting on {meeting.isoformat()} is around year-end and no busy periods are set",
                "check whether the people you need are closing the year then; if so, add year-end as a busy period and move the meeting.",
                record=("", "pitch.meeting_date", ""),
            )
        logged_since = any(
            a.date is not None and a.date >= meeting for a in project.strategy.attempts
        )
        if meeting < today and not logged_since:
            add(
                Severity.LOW,
                "meeting-passed",
                f"the meeting date {meeting.isoformat()} has passed and no attempt since then is logged",
                "log what happened and what changes next time, then set the next date: fail fast, reform and re-approach.",
                record=("", "pitch.meeting_date", ""),
            )
    for action in project.strategy.actions:
        if action.done or action.due is None:
            continue
        busy = _busy(project, action.due) if action.kind in _CONVERSATIONS else None
        if busy:
            add(
                Severity.MEDIUM,
                "busy-period",
                f"{action.kind.label.lower()} planned on {action.due.isoformat()}, in a busy period ({busy})",
                "book it outside the busy period, or make it a short, fixed slot with one decision on the agenda.",
                record=(action.id, f"strategy.actions[{action.id}]", action.title),
            )
        if action.due < today:
            add(
                Severity.LOW,
                "action-overdue",
                f"was due on {action.due.isoformat()} and is not done",
                "do it, re-date it, or mark it done.",
                record=(action.id, f"strategy.actions[{action.id}]", action.title),
            )


def _around_year_end(day: datetime.date) -> bool:
    return (
        day.month == 12 or (day.month == 11 and day.day >= 15) or (day.month == 1 and day.day <= 10)
    )


def _check_evidence(project: Project, add: _Add) -> None:
    kinds = {action.kind for action in project.strategy.actions}
    shows = kinds & {ActionKind.DEMO, ActionKind.PILOT}
    if not project.pitch.evidence and not shows:
        add(
            Severity.HIGH,
            "no-evidence",
            "no evidence and no demo or pilot planned",
            "do rather than say: plan a short demo on their own case or a small pilot, and collect results from any pilot elsewhere in the business.",
            record=("", "pitch.evidence", ""),
        )
    elif not shows:
        add(
            Severity.LOW,
            "no-demo",
            "evidence, but nothing planned that lets people see or try it",
            "add a short live demo or a pilot: people understand it once they see it on a case of their own.",
            record=("", "strategy.actions", ""),
        )
    if not project.pitch.story.strip() and ActionKind.STORY not in kinds:
        add(
            Severity.MEDIUM,
            "no-story",
            "no lead-in story",
            "open with a short personal story, for example how your own network of peers helped you with this very problem.",
            record=("", "pitch.story", ""),
        )


def _check_reassessed(project: Project, add: _Add) -> None:
    last_failure: dict[str, datetime.date] = {}
    for attempt in project.strategy.attempts:
        if not attempt.failed or attempt.date is None:
            continue
        for pid in attempt.stakeholders:
            if pid not in last_failure or attempt.date > last_failure[pid]:
                last_failure[pid] = attempt.date
    for person in project.stakeholders:
        failed_on = last_failure.get(person.id)
        if failed_on is None:
            continue
        if person.last_assessed is None or person.last_assessed < failed_on:
            when = person.last_assessed.isoformat() if person.last_assessed else "never"
            add(
                Severity.MEDIUM,
                "not-reassessed",
                f"not re-assessed since the failed attempt on {failed_on.isoformat()} (last assessed: {when})",
                "review their stance, power, interest and resistances in the light of what happened before trying again.",
                record=_who(person),
            )
