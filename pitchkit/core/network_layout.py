"""The influence network as a picture: people placed by who influences whom, not by scores.

A deterministic force-directed layout (Fruchterman-Reingold): links pull people together,
everyone pushes everyone near them apart.  Repulsion looks only at neighbouring cells of a
spatial hash, so an iteration costs about O(people + links) rather than O(people²).  It
starts from the power/interest grid positions, so the same project always gives the same
picture and people keep roughly their place when switching views.  No Qt here.
"""

from __future__ import annotations

import math

from pitchkit.core.map_layout import MapLayout, MapStyle, layout_map, resolve_overlaps, style_for
from pitchkit.core.model import Project

#: Force-directed rounds; enough for 500 people and 1,000 links to settle.
ITERATIONS = 30
#: Neighbouring cells looked at from each cell, so that every pair of cells meets once.
_FORWARD = ((1, -1), (1, 0), (1, 1), (0, 1))
#: How hard everyone is pulled to the middle, relative to the pull that balances the
#: crowd's repulsion at the plot's edge.
GRAVITY = 2.5


def network_layout(project: Project, style: MapStyle | None = None, *, iterations: int = ITERATIONS) -> MapLayout:
    """The map of `project` with people placed by their influence links (kind "network").

    Without a `style` the picture is roomier than the grid's: links need space between cards.
    """
    layout = layout_map(project, style or style_for(2 * len(project.stakeholders)), resolve=False)
    layout.kind = "network"
    nodes = layout.nodes
    if not nodes:
        return layout
    plot, style_ = layout.plot, layout.style
    index = {node.id: i for i, node in enumerate(nodes)}
    xs = [node.x for node in nodes]
    ys = [node.y for node in nodes]
    pairs = [(index[e.source], index[e.target]) for e in layout.edges if e.source != e.target]
    # The ideal distance between people: the plot shared out evenly, at least a card apart.
    k = max(style_.node_width * 1.1, math.sqrt(plot.w * plot.h / len(nodes)) * 0.9)
    # Push apart only within about one ideal distance: far-away people hardly matter.
    cell = 1.3 * k
    reach2, k2 = cell * cell, k * k
    left, top = plot.x + style_.node_width / 2, plot.y + style_.node_height / 2
    right, bottom = plot.x + plot.w - style_.node_width / 2, plot.y + plot.h - style_.node_height / 2
    cx, cy = plot.x + plot.w / 2, plot.y + plot.h / 2
    temperature = max(plot.w, plot.h) / 8
    # Gravity strong enough to balance everyone's repulsion (about people x k² / r at the
    # rim of a crowd of radius r) near the plot's edge, so the crowd fills the plot instead
    # of piling up against its walls; per axis, for a plot wider than tall.
    pull_x = GRAVITY * len(nodes) * k * k / (plot.w / 2) ** 2
    pull_y = GRAVITY * len(nodes) * k * k / (plot.h / 2) ** 2
    for step in range(iterations):
        dx = [0.0] * len(nodes)
        dy = [0.0] * len(nodes)
        cells: dict[tuple[int, int], list[int]] = {}
        for i in range(len(nodes)):
            cells.setdefault((int(xs[i] // cell), int(ys[i] // cell)), []).append(i)
        for (gx, gy), members in cells.items():
            # Each pair once: within the cell, then with four of the eight neighbours.
            count = len(members)
            groups = [(members[a], members[a + 1:]) for a in range(count - 1)]
            for ox, oy in _FORWARD:
                other = cells.get((gx + ox, gy + oy))
                if other:
                    groups.extend((i, other) for i in members)
            for i, others in groups:
                xi, yi = xs[i], ys[i]
                fx = fy = 0.0
                for j in others:
                    vx, vy = xi - xs[j], yi - ys[j]
                    dist2 = vx * vx + vy * vy
                    if dist2 >= reach2:
                        continue
                    if dist2 < 1e-6:
                        # Same spot: split them by index so the result stays deterministic.
                        vx, vy, dist2 = 1.0, 0.5, 1.25
                    force = k2 / dist2
                    fx += vx * force
                    fy += vy * force
                    dx[j] -= vx * force
                    dy[j] -= vy * force
                dx[i] += fx
                dy[i] += fy
        _far_field(xs, ys, dx, dy, 4 * cell, k)
        for i, j in pairs:
            vx, vy = xs[i] - xs[j], ys[i] - ys[j]
            dist = math.sqrt(vx * vx + vy * vy) or 1e-3
            pull = dist / k
            dx[i] -= vx * pull
            dy[i] -= vy * pull
            dx[j] += vx * pull
            dy[j] += vy * pull
        for i in range(len(nodes)):
            # A little gravity keeps people without links from drifting into the corners.
            dx[i] += (cx - xs[i]) * pull_x
            dy[i] += (cy - ys[i]) * pull_y
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                move = min(length, temperature)
                xs[i] = min(right, max(left, xs[i] + dx[i] / length * move))
                ys[i] = min(bottom, max(top, ys[i] + dy[i] / length * move))
        temperature = max(1.0, temperature * (1 - (step + 1) / (iterations + 1)) ** 0.5)
    # Gravity keeps the crowd (and people without links) off the walls; now stretch it to
    # fill the plot.
    _fit(xs, left, right)
    _fit(ys, top, bottom)
    for node, x, y in zip(nodes, xs, ys, strict=True):
        node.x, node.y = x, y
    resolve_overlaps(nodes, style_, plot)
    return layout


def _fit(values: list[float], low: float, high: float) -> None:
    """Stretch `values` (in place) so they run from `low` to `high`."""
    least, most = min(values), max(values)
    if most - least < 1e-9:
        return
    scale = (high - low) / (most - least)
    for i, value in enumerate(values):
        values[i] = low + (value - least) * scale


def _far_field(xs: list[float], ys: list[float], dx: list[float], dy: list[float], size: float, k: float) -> None:
    """Repulsion from far-away people, felt between coarse cells' centres of mass.

    Every person in a cell gets the push its cell's centre feels from every other cell's
    (count x the usual repulsion): O(people + cells²) a round instead of O(people²), or
    O(people x cells) had each person looked at every cell.  Without it the links would
    pull the whole network into one knot.
    """
    mass: dict[tuple[int, int], list[float]] = {}
    homes = []
    for x, y in zip(xs, ys, strict=True):
        home = (int(x // size), int(y // size))
        homes.append(home)
        entry = mass.get(home)
        if entry is None:
            entry = mass[home] = [0.0, 0.0, 0.0]
        entry[0] += 1
        entry[1] += x
        entry[2] += y
    centres = [(key, count, sx / count, sy / count) for key, (count, sx, sy) in mass.items()]
    k2 = k * k
    soft = size * size
    push: dict[tuple[int, int], tuple[float, float]] = {}
    for key, _count, x, y in centres:
        fx = fy = 0.0
        for other, count, mx, my in centres:
            if other == key:
                continue
            vx, vy = x - mx, y - my
            # Softened by a cell's size: neighbouring cells' centres can be close together,
            # and the near field already pushes people there apart one by one.
            force = count * k2 / (vx * vx + vy * vy + soft)
            fx += vx * force
            fy += vy * force
        push[key] = (fx, fy)
    for i, home in enumerate(homes):
        fx, fy = push[home]
        dx[i] += fx
        dy[i] += fy
