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
        return [], translate("MapPage", "Route: no one is marked as signing off the decision (Stakeholders step).")
    if start is None or project.stakeholder(start) is None:
        lead = found.champion
        if lead is None:
            return [], translate("MapPage", "Route: select a person, or choose a champion, to see their route to the decision-maker.")
        start = lead.id
    paths = [p for p in (found.path(start, d.id) for d in deciders) if p]
    name = project.stakeholder(start).name
    if not paths:
        return [start], translate("MapPage", "Route: no chain of influence links from {name} to a decision-maker yet.").format(name=name)
    best = min(paths, key=len)
    if len(best) == 1:
        return best, translate("MapPage", "Route: {name} signs off the decision.").format(name=name)
    return best, translate("MapPage", "Route: {path}").format(path=path_names(project, best))


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate
