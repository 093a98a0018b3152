"""Where everything on the stakeholder map goes: the power/interest grid as plain geometry.

This is the one description of the map.  The app's interactive map and the picture in the
documents both paint from a `MapLayout` (pitchkit/gui/map_painter.py), so they cannot
disagree.  No Qt here: coordinates are floats in picture units, colours are hex strings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from pitchkit.core.model import Project, Stakeholder, Stance

STANCE_COLOURS: dict[Stance, str] = {
    Stance.UNAWARE: "#8a94a6",
    Stance.RESISTANT: "#c8553d",
    Stance.NEUTRAL: "#d9a441",
    Stance.SUPPORTIVE: "#4f9d69",
    Stance.LEADING: "#2b6cb0",
}

#: (name, recommended action, is high power, is high interest), from Mendelow's grid.
QUADRANTS = (
    ("Keep satisfied", "Meet their needs; keep it brief", True, False),
    ("Key players", "Manage closely; involve them", True, True),
    ("Monitor", "Light touch; watch for change", False, False),
    ("Keep informed", "Update often; recruit as allies", False, True),
)
HIGH = 5.0


@dataclass(frozen=True)
class MapStyle:
    """Sizes of the picture, in picture units (pixels at 1x)."""

    width: float = 1000.0
    height: float = 720.0
    margin_left: float = 56.0
    margin_right: float = 16.0
    margin_top: float = 16.0
    margin_bottom: float = 48.0
    node_width: float = 150.0
    node_height: float = 40.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


@dataclass(frozen=True)
class QuadrantBox:
    name: str
    action: str
    rect: Rect
    fill: str


@dataclass
class NodePlacement:
    """One stakeholder on the map; (x, y) is the node centre after overlaps are resolved."""

    id: str
    name: str
    role: str
    stance: Stance
    stance_wanted: Stance
    x: float
    y: float
    anchor: tuple[float, float]
    colour: str
    wanted_colour: str
    decision_maker: bool = False
    champion: bool = False


@dataclass(frozen=True)
class EdgePlacement:
    source: str
    target: str
    strength: int
    id: str = ""


@dataclass
class MapLayout:
    style: MapStyle
    plot: Rect
    quadrants: list[QuadrantBox]
    nodes: list[NodePlacement] = field(default_factory=list)
    edges: list[EdgePlacement] = field(default_factory=list)
    #: "grid" (power/interest, with quadrants) or "network" (who influences whom).
    kind: str = "grid"

    def node(self, stakeholder_id: str) -> NodePlacement | None:
        for node in self.nodes:
            if node.id == stakeholder_id:
                return node
        return None


#: Up to this many people fit the standard picture size with room to read every name.
ROOMY_COUNT = 30


def style_for(count: int, base: MapStyle | None = None) -> MapStyle:
    """The picture size for `count` people: the standard size, grown for crowded maps.

    Nodes keep their size; the plot grows with the square root of the head count so a
    500-person map keeps roughly the density of a 30-person one.
    """
    base = base or MapStyle()
    if count <= ROOMY_COUNT:
        return base
    grow = math.sqrt(count / ROOMY_COUNT)
    return replace(base, width=round(base.width * grow), height=round(base.height * grow))


def plot_rect(style: MapStyle) -> Rect:
    return Rect(
        style.margin_left,
        style.margin_top,
        style.width - style.margin_left - style.margin_right,
        style.height - style.margin_top - style.margin_bottom,
    )


def point_for(power: float, interest: float, plot: Rect) -> tuple[float, float]:
    """Interest runs left to right, power bottom to top (0-10 each)."""
    return plot.x + plot.w * interest / 10.0, plot.y + plot.h * (1.0 - power / 10.0)


def values_for(x: float, y: float, plot: Rect) -> tuple[float, float]:
    """(power, interest) for a point, clamped to 0-10 and rounded to one decimal."""
    interest = min(10.0, max(0.0, (x - plot.x) / plot.w * 10.0))
    power = min(10.0, max(0.0, (1.0 - (y - plot.y) / plot.h) * 10.0))
    return round(power, 1), round(interest, 1)


def quadrant_boxes(plot: Rect) -> list[QuadrantBox]:
    half_w, half_h = plot.w / 2, plot.h / 2
    fills = {"Key players": "#eef3fb", "Keep satisfied": "#f6f3ec", "Keep informed": "#eef6f0", "Monitor": "#f4f4f6"}
    boxes = []
    for name, action, high_power, high_interest in QUADRANTS:
        x = plot.x + (half_w if high_interest else 0)
        y = plot.y + (0 if high_power else half_h)
        boxes.append(QuadrantBox(name, action, Rect(x, y, half_w, half_h), fills[name]))
    return boxes


def _node(person: Stakeholder, plot: Rect, champion: str | None) -> NodePlacement:
    x, y = point_for(person.power, person.interest, plot)
    return NodePlacement(
        id=person.id,
        name=person.name,
        role=person.role,
        stance=person.stance,
        stance_wanted=person.stance_wanted,
        x=x,
        y=y,
        anchor=(x, y),
        colour=STANCE_COLOURS[person.stance],
        wanted_colour=STANCE_COLOURS[person.stance_wanted],
        decision_maker=person.decision_maker,
        champion=person.id == champion,
    )


def resolve_overlaps(nodes: list[NodePlacement], style: MapStyle, plot: Rect, rounds: int = 40) -> None:
    """Push overlapping nodes apart (deterministically) so every name stays readable.

    A spatial hash keeps each round close to linear in the number of nodes.
    """
    gap_x, gap_y = style.node_width + 6, style.node_height + 6
    half_w, half_h = style.node_width / 2, style.node_height / 2
    for _ in range(rounds):
        moved = False
        cells: dict[tuple[int, int], list[NodePlacement]] = {}
        for node in nodes:
            cells.setdefault((int(node.x // gap_x), int(node.y // gap_y)), []).append(node)
        for node in nodes:
            cx, cy = int(node.x // gap_x), int(node.y // gap_y)
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for other in cells.get((cx + dx, cy + dy), ()):
                        if other is node or other.id < node.id:
                            continue
                        ox, oy = gap_x - abs(node.x - other.x), gap_y - abs(node.y - other.y)
                        if ox <= 0 or oy <= 0:
                            continue
                        moved = True
                        # Separate along the axis that needs the smaller push.
                        if ox / gap_x < oy / gap_y:
                            sign = -1.0 if node.x < other.x or (node.x == other.x and node.id < other.id) else 1.0
                            node.x += sign * ox / 2
                            other.x -= sign * ox / 2
                        else:
                            sign = -1.0 if node.y < other.y or (node.y == other.y and node.id < other.id) else 1.0
                            node.y += sign * oy / 2
                            other.y -= sign * oy / 2
        for node in nodes:
            node.x = min(plot.x + plot.w - half_w, max(plot.x + half_w, node.x))
            node.y = min(plot.y + plot.h - half_h, max(plot.y + half_h, node.y))
        if not moved:
            break


def layout_map(project: Project, style: MapStyle | None = None, *, resolve: bool = True) -> MapLayout:
    """The whole map for `project`: quadrants, nodes (overlaps resolved) and influence edges.

    Without a `style`, the picture grows for crowded projects (`style_for`).  `resolve=False`
    leaves nodes exactly at their power/interest point (where another layout starts from).
    """
    style = style or style_for(len(project.stakeholders))
    plot = plot_rect(style)
    champion = project.strategy.champion
    nodes = [_node(person, plot, champion) for person in project.stakeholders]
    if resolve:
        resolve_overlaps(nodes, style, plot)
    known = {node.id for node in nodes}
    edges = [
        EdgePlacement(link.source, link.target, link.strength, link.id)
        for link in project.links
        if link.source in known and link.target in known
    ]
    return MapLayout(style, plot, quadrant_boxes(plot), nodes, edges)


def edge_endpoints(a: NodePlacement, b: NodePlacement, style: MapStyle) -> tuple[float, float, float, float]:
    """Where an arrow from node `a` to node `b` leaves and meets the node boxes."""

    def border(n: NodePlacement, dx: float, dy: float) -> tuple[float, float]:
        if dx == 0 and dy == 0:
            return n.x, n.y
        half_w, half_h = style.node_width / 2, style.node_height / 2
        scale = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
        return n.x + dx * scale, n.y + dy * scale

    dx, dy = b.x - a.x, b.y - a.y
    x1, y1 = border(a, dx, dy)
    x2, y2 = border(b, -dx, -dy)
    return x1, y1, x2, y2
