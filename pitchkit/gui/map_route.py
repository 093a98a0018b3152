"""The route to the decision-maker: the shortest chain of influence links, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pitchkit.core.analysis import analyse, path_names
from pitchkit.core.model import Project


def route_to_decision_maker(project: Project, start: str | None) -> tuple[list[str], str]:
    """The shortest influence chain from `start` (or the champion) to a decision-maker, and its description."""
    found = analyse(project)
    deciders = found.decision_makers
    if not deciders:
        return [], _tr("Route: no one is marked as signing off the decision (Stakeholders step).")
    if start is None or project.stakeholder(start) is None:
        lead = found.champion
        if lead is None:
            return [], _tr("Route: select a person, or choose a champion, to see their route to the decision-maker.")
        start = lead.id
    paths = [p for p in (found.path(start, d.id) for d in deciders) if p]
    name = project.stakeholder(start).name
    if not paths:
        return [start], _tr("Route: no chain of influence links from {name} to a decision-maker yet.").format(name=name)
    best = min(paths, key=len)
    if len(best) == 1:
        return best, _tr("Route: {name} signs off the decision.").format(name=name)
    return best, _tr("Route: {path}").format(path=path_names(project, best))


def _tr(text: str) -> str:
    return QCoreApplication.translate("MapPage", text)
