"""The map in documents: the Map step's own up to 30 people, a page-shaped map with room for
every name up to 50, and beyond that the people the decision depends on."""

from __future__ import annotations

import itertools

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.analysis import Quadrant, quadrant
from pitchkit.core.document_map import (
    DOCUMENT_MAP_LIMIT,
    DOCUMENT_MAP_MOST,
    DOCUMENT_MAX_HEIGHT,
    DOCUMENT_NODE_WIDTH,
    document_map,
    document_people,
)
from pitchkit.core.map_layout import MapStyle, layout_map
from pitchkit.core.model import Link, Project, Stakeholder


def overlaps(layout) -> int:
    w, h = layout.style.node_width, layout.style.node_height
    return sum(abs(a.x - b.x) < w and abs(a.y - b.y) < h for a, b in itertools.combinations(layout.nodes, 2))


def inside(layout) -> bool:
    plot, w, h = layout.plot, layout.style.node_width / 2, layout.style.node_height / 2
    return all(plot.x + w - 1e-6 <= n.x <= plot.x + plot.w - w + 1e-6 and plot.y + h - 1e-6 <= n.y <= plot.y + plot.h - h + 1e-6 for n in layout.nodes)


def test_up_to_thirty_people_the_document_map_is_the_map_steps():
    project = generate_project(30)
    mine, theirs = document_map(project), layout_map(project)
    assert mine.style == theirs.style == MapStyle()
    assert [(n.id, n.x, n.y) for n in mine.nodes] == [(n.id, n.x, n.y) for n in theirs.nodes]


def test_fifty_people_all_on_a_page_shaped_map_with_wide_cards():
    project = generate_project(50)
    shown, left = document_people(project)
    assert len(shown) == 50 and left == []
    layout = document_map(project)
    assert layout.style.width == MapStyle().width  # what a page is wide
    assert layout.style.node_width == DOCUMENT_NODE_WIDTH > MapStyle().node_width
    assert MapStyle().height < layout.style.height <= DOCUMENT_MAX_HEIGHT
    assert len(layout.nodes) == 50 and overlaps(layout) == 0 and inside(layout)


def test_one_more_than_the_limit_leaves_off_only_the_least_involved():
    project = generate_project(DOCUMENT_MAP_LIMIT + 1)
    shown, left = document_people(project)
    assert len(shown) == DOCUMENT_MAP_LIMIT and len(left) == 1
    weakest = min(
        (p for p in project.stakeholders if not p.decision_maker and quadrant(p) is not Quadrant.KEY_PLAYERS),
        key=lambda p: p.power + p.interest,
    )
    assert left[0].power + left[0].interest == weakest.power + weakest.interest


def test_large_project_shows_whom_the_decision_depends_on():
    people = [Stakeholder(id=f"s-{n}", name=f"Person {n}", power=2, interest=2) for n in range(300)]
    people[7].decision_maker = True
    people[250].power, people[250].interest = 9, 9  # a key player
    links = [Link(id="k-1", source="s-100", target="s-7"), Link(id="k-2", source="s-7", target="s-200")]
    project = Project(stakeholders=people, links=links)
    project.strategy.champion = "s-299"
    shown, left = document_people(project)
    ids = [p.id for p in shown]
    for must in ("s-7", "s-100", "s-200", "s-250", "s-299"):
        assert must in ids
    assert len(shown) == DOCUMENT_MAP_LIMIT  # the rest of the room goes to the most involved
    assert ids == sorted(ids, key=lambda i: int(i[2:]))  # project order
    assert len(shown) + len(left) == 300 and not set(ids) & {p.id for p in left}


@pytest.mark.parametrize("count", [300, 2000])
def test_a_crowded_document_map_fits_one_page_without_overlaps(count):
    project = generate_project(count)
    shown, left = document_people(project)
    assert len(shown) <= DOCUMENT_MAP_MOST and len(shown) + len(left) == count
    deciders = {p.id for p in project.stakeholders if p.decision_maker}
    assert deciders <= {p.id for p in shown}
    layout = document_map(project)
    assert len(layout.nodes) == len(shown)
    assert layout.style.height == DOCUMENT_MAX_HEIGHT and overlaps(layout) == 0 and inside(layout)

