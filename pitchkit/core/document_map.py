"""The map as it appears in a document: whom it shows, and at a size a page can hold.

Up to 30 people a document shows exactly the map of the Map step (its PNG export is the
document picture, pixel for pixel).  Beyond that, the screen's canvas grows in both
directions (`style_for`), but an A4 page is 16 cm wide whatever the head count, so every
name would shrink below reading size.  A crowded document map therefore keeps the
standard width, with wider cards so a full name fits, and grows only downwards (portrait
pages have the room) up to about a page.  Up to `DOCUMENT_MAP_LIMIT` people everyone is
shown; beyond it, the map shows those the decision depends on: decision-makers, the
chosen champion, the key players (high power, high interest) and everyone linked to a
decision-maker, in project order.  The document lists everyone in a table, and templates
can name the people left off (`left_off_map`); docs/map.md says the same.
"""

from __future__ import annotations

import heapq
from dataclasses import replace
from typing import TYPE_CHECKING

import msgspec

from pitchkit.core.analysis import Quadrant, quadrant
from pitchkit.core.model import Project, Stakeholder

if TYPE_CHECKING:  # the layout is imported when a map is laid out: templates that only name
    # the people left off the map (`left_off_map`) need none of it (~9 ms)
    from pitchkit.core.map_layout import MapLayout, MapStyle

#: Everyone is on a document's map up to this many people.
DOCUMENT_MAP_LIMIT = 50
#: The most cards a document's map holds (a 1000 x 1400 picture of 196-unit cards).
DOCUMENT_MAP_MOST = 56
#: Cards in documents: wide enough for a long full name in 12 px bold ("Anna-Maria Kowalczyk").
DOCUMENT_NODE_WIDTH = 228.0
#: The tallest map that fits a portrait page at the standard width (A4 text area ~16 x 23 cm).
DOCUMENT_MAX_HEIGHT = 1400.0


def document_style(count: int) -> MapStyle:
    """The picture size for a document's map of `count` people: the Map step's up to 30,
    then the standard width with wider cards, taller the more people there are."""
    from pitchkit.core.map_layout import ROOMY_COUNT, MapStyle

    base = MapStyle()
    if count <= ROOMY_COUNT:
        return base
    # Wider cards need more room than `style_for` gives: a fifth more height per person.
    height = min(DOCUMENT_MAX_HEIGHT, round(1.2 * base.height * count / ROOMY_COUNT))
    return replace(base, node_width=DOCUMENT_NODE_WIDTH, height=height)


def document_people(project: Project) -> tuple[list[Stakeholder], list[Stakeholder]]:
    """(the people on a document's map, the people left off it), each in project order.

    Beyond `DOCUMENT_MAP_LIMIT`: decision-makers and the champion first, then the people
    linked to a decision-maker, then the other key players, the most powerful and
    interested first, until `DOCUMENT_MAP_MOST` cards (what a page holds); while there are
    fewer than `DOCUMENT_MAP_LIMIT`, the most powerful and interested of the rest fill up.
    """
    people = project.stakeholders
    if len(people) <= DOCUMENT_MAP_LIMIT:
        return list(people), []
    deciders = {s.id for s in people if s.decision_maker}
    first = set(deciders)
    if project.strategy.champion:
        first.add(project.strategy.champion)
    linked = {link.source for link in project.links if link.target in deciders}
    linked |= {link.target for link in project.links if link.source in deciders}

    def group(person: Stakeholder) -> int:
        if person.id in first:
            return 0
        if person.id in linked:
            return 1
        return 2 if quadrant(person) is Quadrant.KEY_PLAYERS else 3

    chosen: set[int] = set()
    ranked = [(group(p), -(p.power + p.interest), n) for n, p in enumerate(people)]
    # No more than DOCUMENT_MAP_MOST are chosen: only the first so many in order count.
    for key in heapq.nsmallest(DOCUMENT_MAP_MOST, ranked):
        room = DOCUMENT_MAP_MOST if key[0] < 3 else DOCUMENT_MAP_LIMIT
        if len(chosen) >= room:
            break
        chosen.add(key[2])
    shown = [p for n, p in enumerate(people) if n in chosen]
    left = [p for n, p in enumerate(people) if n not in chosen]
    return shown, left


def document_map(project: Project) -> MapLayout:
    """The layout of the map a document shows for `project` (document_people, document_style)."""
    from pitchkit.core.map_layout import ROOMY_COUNT, layout_map

    shown, left = document_people(project)
    if left:
        project = msgspec.structs.replace(project, stakeholders=shown)
    if len(shown) <= ROOMY_COUNT:
        return layout_map(project)  # the Map step's own layout
    return layout_map(project, document_style(len(shown)))
