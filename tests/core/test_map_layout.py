"""The map layout: positions follow power and interest, nothing overlaps, edges are kept."""

from __future__ import annotations

import itertools

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.map_layout import (
    MapStyle,
    label_boxes,
    layout_map,
    plot_rect,
    point_for,
    values_for,
)
from pitchkit.core.model import Link, Project, Stakeholder, Stance


def overlapping(a, b, style: MapStyle) -> bool:
    return abs(a.x - b.x) < style.node_width and abs(a.y - b.y) < style.node_height


def test_axes_interest_right_power_up():
    plot = plot_rect(MapStyle())
    low_x, low_y = point_for(power=0, interest=0, plot=plot)
    high_x, high_y = point_for(power=10, interest=10, plot=plot)
    assert high_x > low_x and high_y < low_y


@pytest.mark.parametrize(("power", "interest"), [(0, 0), (10, 10), (7.5, 2.5), (3.3, 9.9)])
def test_values_round_trip(power, interest):
    plot = plot_rect(MapStyle())
    assert values_for(*point_for(power, interest, plot), plot) == (power, interest)


def test_values_are_clamped_to_the_grid():
    plot = plot_rect(MapStyle())
    assert values_for(-500, -500, plot) == (10.0, 0.0)
    assert values_for(5000, 5000, plot) == (0.0, 10.0)


def test_quadrant_names_are_mendelows():
    layout = layout_map(Project())
    assert {q.name for q in layout.quadrants} == {"Key players", "Keep satisfied", "Keep informed", "Monitor"}
    key = next(q for q in layout.quadrants if q.name == "Key players")
    x, y = point_for(9, 9, layout.plot)
    assert key.rect.x <= x <= key.rect.x + key.rect.w and key.rect.y <= y <= key.rect.y + key.rect.h


def test_people_at_the_same_spot_are_pushed_apart():
    people = [Stakeholder(id=f"s-{i}", name=f"Person {i}", power=7, interest=7) for i in range(6)]
    layout = layout_map(Project(stakeholders=people))
    for a, b in itertools.combinations(layout.nodes, 2):
        assert not overlapping(a, b, layout.style), (a.id, b.id)
    # Each stays near where its values put it.
    for node in layout.nodes:
        assert abs(node.x - node.anchor[0]) < 400 and abs(node.y - node.anchor[1]) < 300


def test_colours_follow_stance_and_edges_are_kept():
    people = [
        Stakeholder(id="s-a", name="A", stance=Stance.RESISTANT, stance_wanted=Stance.SUPPORTIVE),
        Stakeholder(id="s-b", name="B", stance=Stance.LEADING, stance_wanted=Stance.LEADING),
    ]
    project = Project(stakeholders=people, links=[Link(id="l-1", source="s-a", target="s-b", strength=3)])
    project.strategy.champion = "s-b"
    layout = layout_map(project)
    a, b = layout.node("s-a"), layout.node("s-b")
    assert a.colour != b.colour and a.wanted_colour != a.colour
    assert b.champion and not a.champion
    assert [(e.source, e.target, e.strength) for e in layout.edges] == [("s-a", "s-b", 3)]


def test_layout_is_deterministic():
    project = generate_project(60)
    first = [(n.id, n.x, n.y) for n in layout_map(project).nodes]
    assert first == [(n.id, n.x, n.y) for n in layout_map(project).nodes]


def _covers(node, box, style: MapStyle) -> bool:
    return (abs(node.x - (box.x + box.w / 2)) < (style.node_width + box.w) / 2
            and abs(node.y - (box.y + box.h / 2)) < (style.node_height + box.h) / 2)


@pytest.mark.parametrize("count", [12, 200, 500])
def test_no_card_covers_a_quadrants_name_and_action(count):
    layout = layout_map(generate_project(count))
    boxes = label_boxes(layout.plot, layout.style)
    assert len(boxes) == 4
    for node in layout.nodes:
        assert not any(_covers(node, box, layout.style) for box in boxes), node.id


def test_a_crowd_at_one_spot_is_spread_without_overlaps():
    people = [Stakeholder(id=f"s-{i:03d}", name=f"P{i}", power=5, interest=5) for i in range(150)]
    layout = layout_map(Project(stakeholders=people))
    plot, style = layout.plot, layout.style
    for a, b in itertools.combinations(layout.nodes, 2):
        assert not overlapping(a, b, style), (a.id, b.id)
    for node in layout.nodes:
        assert plot.x <= node.x - style.node_width / 2 and node.x + style.node_width / 2 <= plot.x + plot.w
        assert plot.y <= node.y - style.node_height / 2 and node.y + style.node_height / 2 <= plot.y + plot.h


def test_moving_one_person_leaves_people_placed_before_them_alone():
    project = generate_project(120)
    before = {n.id: (n.x, n.y) for n in layout_map(project).nodes}
    moved = project.stakeholders[60]
    moved.power, moved.interest = 9.5, 0.5
    after = {n.id: (n.x, n.y) for n in layout_map(project).nodes}
    assert all(after[p.id] == before[p.id] for p in project.stakeholders[:60])


def _plain_resolve(nodes, style, plot, keep_out):
    """The crowd search before it kept a set of covered places: each place is checked
    against every card met so far, and the whole plot is searched square by square."""
    from pitchkit.core.map_search import SEARCH_RADIUS, offsets

    gap_x, gap_y = style.node_width + 6, style.node_height + 6
    half_w, half_h = style.node_width / 2, style.node_height / 2
    left, right, top, bottom = plot.x + half_w, plot.x + plot.w - half_w, plot.y + half_h, plot.y + plot.h - half_h
    blocked = [(b.x - half_w, b.y - half_h, b.x + b.w + half_w, b.y + b.h + half_h) for b in keep_out]
    placed: list[tuple[float, float]] = []

    def blocker(x, y):
        for x0, y0, x1, y1 in blocked:
            if x0 < x < x1 and y0 < y < y1:
                return (x0 + x1) / 2, (y0 + y1) / 2, False
        for px, py in placed:
            if abs(px - x) < gap_x and abs(py - y) < gap_y:
                return px, py, True
        return None

    for node in nodes:
        x0, y0 = min(right, max(left, node.x)), min(bottom, max(top, node.y))
        spot, known = None, []
        for dx, dy in offsets(gap_x, gap_y):
            x, y = x0 + dx, y0 + dy
            if not (left <= x <= right and top <= y <= bottom):
                continue
            if any(abs(px - x) < gap_x and abs(py - y) < gap_y for px, py in known):
                continue
            found = blocker(x, y)
            if found is None:
                spot = (x, y)
                break
            if found[2]:
                known.append(found[:2])
        if spot is None:
            rings = int(max((right - left) / gap_x, (bottom - top) / gap_y)) + 1
            spot = next(
                ((x0 + i * gap_x, y0 + j * gap_y) for ring in range(int(SEARCH_RADIUS), rings + 1)
                 for i in range(-ring, ring + 1) for j in range(-ring, ring + 1)
                 if max(abs(i), abs(j)) == ring and left <= x0 + i * gap_x <= right
                 and top <= y0 + j * gap_y <= bottom and blocker(x0 + i * gap_x, y0 + j * gap_y) is None),
                (x0, y0),
            )
        node.x, node.y = spot
        placed.append(spot)


@pytest.mark.parametrize("people, seed", [(60, 3), (200, 42)])
def test_the_crowd_search_places_every_card_where_the_plain_search_does(people, seed):
    import copy

    import msgspec

    from pitchkit.core import map_layout
    from pitchkit.core.document_map import document_people, document_style

    shown, _left = document_people(generate_project(people, seed))  # a page-shaped crowd
    project = msgspec.structs.replace(generate_project(people, seed), stakeholders=shown)
    layout = layout_map(project, document_style(len(shown)), resolve=False)
    style, plot = layout.style, plot_rect(layout.style)
    fast, plain = layout.nodes, copy.deepcopy(layout.nodes)
    far = []
    real_far_spot = map_layout.far_spot
    with pytest.MonkeyPatch.context() as patch:  # count the cards that needed the whole plot
        patch.setattr(map_layout, "far_spot", lambda *args: far.append(1) or real_far_spot(*args))
        map_layout.resolve_overlaps(fast, style, plot, keep_out=label_boxes(plot, style))
    _plain_resolve(plain, style, plot, label_boxes(plot, style))
    assert far  # the crowd search ran out of near places at least once
    assert [(n.x, n.y) for n in fast] == [(n.x, n.y) for n in plain]
    assert len({(n.x, n.y) for n in fast}) == len(fast)
