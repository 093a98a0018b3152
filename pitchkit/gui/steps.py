"""The seven steps of the walk-through: titles, guidance, completeness."""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from PySide6.QtCore import QCoreApplication

from pitchkit.core.model import Project, Stance


def _tr(text: str) -> str:
    return QCoreApplication.translate("steps", text)


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
        return _tr("Describe the initiative you are proposing.")
    if not pitch.ask.strip():
        return _tr("Say what you are asking for.")
    return ""


def _stakeholders_missing(project: Project) -> str:
    return "" if project.stakeholders else _tr("Add the people whose support the pitch needs.")


def _map_missing(project: Project) -> str:
    if not project.stakeholders:
        return _tr("Nobody is on the map yet: add stakeholders first.")
    if len(project.stakeholders) > 1 and not project.links:
        return _tr("Nobody is shown influencing anybody yet.")
    return ""


def _resistances_missing(project: Project) -> str:
    heard = {res.stakeholder for res in project.resistances}
    for person in project.stakeholders:
        if person.stance == Stance.RESISTANT and person.id not in heard:
            return _tr("{name} is resistant, but no resistance is noted.").format(name=person.name)
    if not project.resistances:
        return _tr("No resistance is noted yet: note the objections you expect or have heard.")
    return ""


def _problems_missing(project: Project) -> str:
    if not project.problems:
        return _tr("Add the business problems the initiative solves.")
    for problem in project.problems:
        if not problem.kpi.strip():
            return _tr("Every problem needs a measurable KPI.")
    return ""


def _strategy_missing(project: Project) -> str:
    if project.strategy.champion is None:
        return _tr("Choose a champion.")
    if not project.strategy.sequence:
        return _tr("Set the order of conversations.")
    return ""


def _generate_missing(project: Project) -> str:
    if not (project.pitch.initiative.strip() or project.stakeholders):
        return _tr("There is nothing to generate yet: describe the pitch first.")
    return ""


def health_missing(high_findings: int) -> str:
    """Why a step that needs a healthy pitch is not done ("" with no high-severity findings)."""
    if high_findings == 1:
        return _tr("The health check has 1 high-severity finding.")
    if high_findings:
        return _tr("The health check has {n} high-severity findings.").format(n=high_findings)
    return ""


def steps() -> list[Step]:
    """The steps in order (translated when called)."""
    return [
        Step(
            "pitch",
            _tr("Pitch"),
            _tr("Say what you propose, to whom, and what you ask for: every document opens with this."),
            _pitch_missing,
        ),
        Step(
            "stakeholders",
            _tr("Stakeholders"),
            _tr("List everyone whose support the pitch needs, how much say they have and where they stand now."),
            _stakeholders_missing,
        ),
        Step(
            "map",
            _tr("Map"),
            _tr("Place people on the power/interest grid and draw who listens to whom, to see where effort pays."),
            _map_missing,
        ),
        Step(
            "resistances",
            _tr("Resistances"),
            _tr("For each objection, note what you heard, the concern underneath and how you will answer it."),
            _resistances_missing,
        ),
        Step(
            "problems",
            _tr("Business problems"),
            _tr("Write each problem in the stakeholder's own words, with a number that shows it and a target."),
            _problems_missing,
        ),
        Step(
            "strategy",
            _tr("Strategy"),
            _tr("Pick a champion and the order of conversations; plan what to do rather than say, and learn from each attempt."),
            _strategy_missing,
        ),
        Step(
            "generate",
            _tr("Generate"),
            _tr("Choose a document and an audience, check the preview and the pitch's health, then export."),
            _generate_missing,
            needs_health=True,
        ),
    ]
