"""The registry of health rules: what each finding code means, where it is mended, who checks it.

A **rule** declares one finding code: its severities, the step and the kind of record its
findings point to, and its documentation (a title, what it means, how to mend it).  The
table of findings in docs/playbook.md is generated from the rules by
`scripts/make_health_reference.py`.  A **check** is a function of the `Analysis` that yields
findings of the rules it names; it makes them with `Rule.finding` (one record) or
`Rule.grouped` (several records in one finding), so every finding carries the step and the
record ids the app's health panel jumps to.  See docs/playbook.md, "Adding a health rule".
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from pitchkit.core.model import Action, Problem, Resistance, Severity, Stakeholder
from pitchkit.core.say import label

if TYPE_CHECKING:
    from pitchkit.core.analysis import Analysis


class StepKey(enum.StrEnum):
    """The walk-through step where a finding is mended (the keys of the app's steps)."""

    PITCH = "pitch"
    STAKEHOLDERS = "stakeholders"
    MAP = "map"
    RESISTANCES = "resistances"
    PROBLEMS = "problems"
    STRATEGY = "strategy"


class RecordKind(enum.StrEnum):
    """The kind of record a finding's ids name; NONE for a field or the step as a whole."""

    NONE = "none"
    STAKEHOLDER = "stakeholder"
    RESISTANCE = "resistance"
    PROBLEM = "problem"
    ACTION = "action"


class Place(NamedTuple):
    """Where a finding points: the step, and the kind of record on it."""

    step: StepKey
    record: RecordKind


class Target(NamedTuple):
    """One thing a finding concerns: its id ("" for none), path in the file, name and place."""

    record_id: str
    where: str
    label: str
    place: Place


@dataclass(frozen=True)
class Finding:
    """One thing to fix: how serious, which record, what is wrong, what to do.

    A grouped finding concerns several records of one kind (`record_ids`); `record_id` is
    the first of them, and `label` names them all.
    """

    severity: Severity
    code: str
    record_id: str  # the id of the record concerned, "" for the pitch as a whole
    message: str
    advice: str
    where: str = ""  # e.g. "stakeholders[s-martin]" or "pitch.story"
    label: str = ""  # the record's human name, e.g. "Martin Cole"
    step: str = ""  # the step to mend it on (a StepKey), "" when not known
    record_ids: tuple[str, ...] = ()  # every record concerned; (record_id,) unless grouped

    def __post_init__(self) -> None:
        if not self.record_ids and self.record_id:
            object.__setattr__(self, "record_ids", (self.record_id,))

    def line(self) -> str:
        """One line: `high: stakeholders[s-martin] Martin Cole: <what> — <what to do>`."""
        place = " ".join(part for part in (self.where, self.label) if part)
        severity = label(self.severity).lower()  # "high" in English, "hoog" in Dutch
        head = f"{severity}: {place}: " if place else f"{severity}: "
        return f"{head}{self.message} \u2014 {self.advice}"

    def __str__(self) -> str:
        return self.line()


@dataclass(frozen=True)
class Rule:
    """One finding code, declared once: severities, where it points, and its documentation."""

    code: str
    #: The severities its findings can have, the usual one first.
    severities: tuple[Severity, ...]
    #: Where its findings point, the usual place first.
    places: tuple[Place, ...]
    #: One sentence: the situation it flags.
    title: str
    #: What it means, for docs/playbook.md.
    explanation: str
    #: How to mend it, for docs/playbook.md.
    mend: str

    def finding(
        self, target: Target, message: str, advice: str, *, severity: Severity | None = None
    ) -> Finding:
        """A finding of this rule about one record (or field) of the project."""
        return self.grouped((target,), message, advice, severity=severity)

    def grouped(
        self,
        targets: Sequence[Target],
        message: str,
        advice: str,
        *,
        severity: Severity | None = None,
    ) -> Finding:
        """One finding of this rule about several records of one kind (the first leads)."""
        first = targets[0]
        ids = tuple(t.record_id for t in targets if t.record_id)
        label = ", ".join(t.label for t in targets if t.label)
        return Finding(
            severity or self.severities[0],
            self.code,
            first.record_id,
            message,
            advice,
            first.where,
            label,
            first.place.step.value,
            ids,
        )


#: A check: the analysis in, findings of its rules out.
CheckFunction = Callable[["Analysis"], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    """A function that finds what its rules flag, and the module (theme) it belongs to."""

    function: CheckFunction
    rules: tuple[Rule, ...]
    theme: str
    #: False for the checks that also run on a project with nobody on the map yet.
    needs_stakeholders: bool


class Registry:
    """Every rule and every check, in the order they were declared."""

    def __init__(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.checks: list[Check] = []

    def rule(
        self,
        code: str,
        severities: Severity | tuple[Severity, ...],
        places: Place | tuple[Place, ...],
        *,
        title: str,
        explanation: str,
        mend: str,
    ) -> Rule:
        """Declare a rule (a code may be declared once)."""
        if code in self.rules:
            raise ValueError(f"the health rule {code!r} is declared twice")
        declared = Rule(
            code,
            severities if isinstance(severities, tuple) else (severities,),
            (places,) if isinstance(places, Place) else places,
            title,
            explanation,
            mend,
        )
        self.rules[code] = declared
        return declared

    def check(
        self, *rules: Rule, needs_stakeholders: bool = True
    ) -> Callable[[CheckFunction], CheckFunction]:
        """Decorator: register a check that yields findings of `rules`."""

        def register(function: CheckFunction) -> CheckFunction:
            theme = getattr(function, "__module__", "")
            self.checks.append(Check(function, rules, theme, needs_stakeholders))
            return function

        return register


#: The one registry the theme modules declare their rules and checks in.
REGISTRY = Registry()
rule = REGISTRY.rule
check = REGISTRY.check


# Places and targets used by many rules.
ON_PITCH = Place(StepKey.PITCH, RecordKind.NONE)
ON_STAKEHOLDERS = Place(StepKey.STAKEHOLDERS, RecordKind.NONE)
A_STAKEHOLDER = Place(StepKey.STAKEHOLDERS, RecordKind.STAKEHOLDER)
A_RESISTANCE = Place(StepKey.RESISTANCES, RecordKind.RESISTANCE)
ON_PROBLEMS = Place(StepKey.PROBLEMS, RecordKind.NONE)
A_PROBLEM = Place(StepKey.PROBLEMS, RecordKind.PROBLEM)
ON_STRATEGY = Place(StepKey.STRATEGY, RecordKind.NONE)
AN_ACTION = Place(StepKey.STRATEGY, RecordKind.ACTION)


def written_date(day: datetime.date) -> str:
    """A date as the documents write it: "19 January 2027" (findings reach private documents).

    In the language of PitchKit's messages: "19 januari 2027" in Dutch.
    """
    from pitchkit.core.say import written_day

    return written_day(day)


def field_target(where: str) -> Target:
    """A field or list of the project, e.g. "pitch.story" or "stakeholders"."""
    step = StepKey(where.split(".", 1)[0].split("[", 1)[0])
    return Target("", where, "", Place(step, RecordKind.NONE))


def stakeholder_target(person: Stakeholder) -> Target:
    """A stakeholder, by name."""
    return Target(person.id, f"stakeholders[{person.id}]", person.name, A_STAKEHOLDER)


def resistance_target(resistance: Resistance, label: str) -> Target:
    """A resistance, named by `label` (the name of whoever raised it)."""
    return Target(resistance.id, f"resistances[{resistance.id}]", label, A_RESISTANCE)


def problem_target(problem: Problem) -> Target:
    """A business problem, named by the start of its description."""
    label = problem.description.strip()
    label = label if len(label) <= 50 else label[:47].rstrip() + "..."
    return Target(problem.id, f"problems[{problem.id}]", label, A_PROBLEM)


def action_target(action: Action) -> Target:
    """A planned action, by its title."""
    return Target(action.id, f"strategy.actions[{action.id}]", action.title, AN_ACTION)
