"""The rows of the Map step's people list as `MapPeopleList.refill` made them before it was
made linear (a verbatim copy of its row-making code, the reference for
tests/gui/test_map_people_rows.py).  Do not change it: it pins every row."""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

from pitchkit.core.model import Project
from pitchkit.gui.fields import stakeholder_label
from pitchkit.gui.labels import label


def rows(self, project: Project) -> list[tuple[str, str, str, str]]:
    """(id, text, tooltip, accessible description) of each row; `self` is a MapPeopleList (for its tr)."""
    made = []
    for person in project.stakeholders if project is not None else []:
        text = stakeholder_label(person.name, person.role)
        described = self.tr("{stance}; power {power:g}, interest {interest:g}").format(
            stance=label(person.stance), power=person.power, interest=person.interest)
        made.append((person.id, text, text, "; ".join([described, *link_words(self, project, person.id)])))
    return made


def link_words(self, project: Project, person_id: str) -> list[str]:
    """Each influence link of `person_id` in words, for a screen reader."""
    names = {p.id: p.name or p.id for p in project.stakeholders}
    strengths = {1: self.tr("weak"), 2: self.tr("moderate"), 3: self.tr("strong")}
    found = []
    for link in project.links:
        if person_id == link.source:
            said = self.tr("influences {name} ({strength})")
        elif person_id == link.target:
            said = self.tr("listens to {name} ({strength})")
        else:
            continue
        other = names.get(link.target if person_id == link.source else link.source, "")
        words = said.format(name=other, strength=strengths.get(link.strength, ""))
        found.append(f"{words}: {link.note}" if link.note else words)
    return found
