"""The seven steps of the walk-through: titles, guidance, completeness."""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtCore import QCoreApplication

from pitchkit.core.model import Project, Stance

#: Called by this name so pyside6-lupdate finds the strings (context "steps").
translate = QCoreApplication.translate


class Step(msgspec.Struct, frozen=True):
    """One step: its key, title, one line of guidance (what to do and why), and a check."""

    key: str
    title: str
    guidance: str
    #: Why the step is not done yet, or "" when it is (cheap: it runs after every edit).
    missing: Callable[[Project], str]
    #: Also incomplete while the health check has high-severity findings.
    needs_health: bool = False


def _pitch_missing(project: Project) -> str:
    pitch = project.pitch
    if not pitch.initiative.strip():
        return translate("steps", "Describe the initiative you are proposing.")
    if not pitch.ask.strip():
        return translate("steps", "Say what you are asking for.")
    return ""


def _stakeholders_missing(project: Project) -> str:
    return "" if project.stakeholders else translate("steps", "Add the people whose support the pitch needs.")


def _map_missing(project: Project) -> str:
    if not project.stakeholders:
        return translate("steps", "Nobody is on the map yet: add stakeholders first.")
    if len(project.stakeholders) > 1 and not project.links:
        return translate("steps", "Nobody is shown influencing anybody yet.")
    return ""


def _resistances_missing(project: Project) -> str:
    heard = {res.stakeholder for res in project.resistances}
    for person in project.stakeholders:
        if person.stance == Stance.RESISTANT and person.id not in heard:
            return translate("steps", "{name} is resistant, but no resistance is noted.").format(name=person.name)
    if not project.resistances:
        return translate("steps", "No resistance is noted yet: note the objections you expect or have heard.")
    return ""


def _problems_missing(project: Project) -> str:
    if not project.problems:
        return translate("steps", "Add the business problems the initiative solves.")
    for problem in project.problems:
        if not problem.kpi.strip():
            return translate("steps", "Every problem needs a measurable KPI.")
    return ""


def _strategy_missing(project: Project) -> str:
    if project.strategy.champion is None:
        return translate("steps", "Choose a champion.")
    if not project.strategy.sequence:
        return translate("steps", "Set the order of conversations.")
    return ""


def _generate_missing(project: Project) -> str:
    if not (project.pitch.initiative.strip() or project.stakeholders):
        return translate("steps", "There is nothing to generate yet: describe the pitch first.")
    return ""


def health_missing(high_findings: int) -> str:
    """Why a step that needs a healthy pitch is not done ("" with no high-severity findings)."""
    if high_findings == 1:
        return translate("steps", "The health check has 1 high-severity finding.")
    if high_findings:
        return translate("steps", "The health check has {n} high-severity findings.").format(n=high_findings)
    return ""


def steps() -> list[Step]:
    """The steps in order (translated when called)."""
    return [
        Step(
            "pitch",
            translate("steps", "Pitch"),
            translate("steps", "Say what you propose, to whom, and what you ask for: every document opens with this."),
            _pitch_missing,
        ),
        Step(
            "stakeholders",
            translate("steps", "Stakeholders"),
            translate("steps", "List everyone whose support the pitch needs, how much say they have and where they stand now."),
            _stakeholders_missing,
        ),
        Step(
            "map",
            translate("steps", "Map"),
            translate("steps", "Place people on the power/interest grid and draw who listens to whom, to see where effort pays."),
            _map_missing,
        ),
        Step(
            "resistances",
            translate("steps", "Resistances"),
            translate("steps", "For each objection, note what you heard, the concern underneath and how you will answer it."),
            _resistances_missing,
        ),
        Step(
            "problems",
            translate("steps", "Business problems"),
            translate("steps", "Write each problem in the stakeholder's own words, with a number that shows it and a target."),
            _problems_missing,
        ),
        Step(
            "strategy",
            translate("steps", "Strategy"),
            translate("steps", "Pick a champion and the order of conversations; plan what to do rather than say, and learn from each attempt."),
            _strategy_missing,
        ),
        Step(
            "generate",
            translate("steps", "Generate"),
            translate("steps", "Choose a document and an audience, check the preview and the pitch's health, then export."),
            _generate_missing,
            needs_health=True,
        ),
    ]
