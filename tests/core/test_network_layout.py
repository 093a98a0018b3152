"""The network layout: deterministic, linked people closer, everyone inside the plot."""

from __future__ import annotations

import math
import statistics

from benchmarks.projectgen import generate_project
from pitchkit.core.model import Link, Project, Stakeholder
from pitchkit.core.network_layout import network_layout


def test_same_project_same_picture():
    project = generate_project(40)
    first = [(n.id, n.x, n.y) for n in network_layout(project).nodes]
    assert first == [(n.id, n.x, n.y) for n in network_layout(project).nodes]
    assert network_layout(project).kind == "network"


def test_linked_people_end_up_closer_than_strangers():
    project = generate_project(60)
    layout = network_layout(project)
    at = {n.id: (n.x, n.y) for n in layout.nodes}
    linked = {(e.source, e.target) for e in layout.edges}
    ids = sorted(at)
    near = statistics.median(math.dist(at[a], at[b]) for a, b in linked)
    apart = statistics.median(
        math.dist(at[a], at[b]) for a in ids[:20] for b in ids[20:40] if (a, b) not in linked and (b, a) not in linked
    )
    assert near < apart


def test_everyone_stays_inside_the_plot_and_is_kept():
    project = Project(
        stakeholders=[Stakeholder(id=f"s-{i}", name=str(i), power=5, interest=5) for i in range(8)],
        links=[Link(id="l-1", source="s-0", target="s-1")],
    )
    layout = network_layout(project)
    plot, style = layout.plot, layout.style
    assert [n.id for n in layout.nodes] == [p.id for p in project.stakeholders]
    for node in layout.nodes:
        assert plot.x + style.node_width / 2 - 1e-6 <= node.x <= plot.x + plot.w - style.node_width / 2 + 1e-6
        assert plot.y + style.node_height / 2 - 1e-6 <= node.y <= plot.y + plot.h - style.node_height / 2 + 1e-6
    assert [(e.source, e.target, e.id) for e in layout.edges] == [("s-0", "s-1", "l-1")]


def test_empty_project():
    assert network_layout(Project()).nodes == []


def test_cards_spread_over_the_plot_instead_of_piling_against_its_walls():
    project = generate_project(300)
    layout = network_layout(project)
    plot, style = layout.plot, layout.style
    half_w, half_h = style.node_width / 2, style.node_height / 2
    at_wall = [
        n for n in layout.nodes
        if min(n.x - plot.x - half_w, plot.x + plot.w - half_w - n.x) < 1
        or min(n.y - plot.y - half_h, plot.y + plot.h - half_h - n.y) < 1
    ]
    assert len(at_wall) <= len(layout.nodes) * 0.03
    # Spread over the plot: each half of it holds at least a quarter of the people.
    for axis, middle in (("x", plot.x + plot.w / 2), ("y", plot.y + plot.h / 2)):
        below = sum(1 for n in layout.nodes if getattr(n, axis) < middle)
        assert 0.25 <= below / len(layout.nodes) <= 0.75, axis
