"""Where everything on the stakeholder map goes: the power/interest grid as plain geometry.

This is the one description of the map.  The app's interactive map and the picture in the
documents both paint from a `MapLayout` (pitchkit/qtrender/map_painter.py), so they cannot
disagree.  No Qt here: coordinates are floats in picture units, colours are hex strings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from pitchkit.core.map_search import Cells, far_spot, near_spot, places_around
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
    #: The band at a quadrant's top left holding its name and recommended action.
    label_width: float = 232.0
    label_height: float = 46.0


@dataclass(frozen=True)
class Rect:
    """A rectangle in picture units: its top left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


@dataclass(frozen=True)
class QuadrantBox:
    """One quadrant of the grid: its name, recommended action, place and fill colour."""

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
    """One influence link drawn on the map, from `source` to `target` (stakeholder ids)."""

    source: str
    target: str
    strength: int
    id: str = ""


@dataclass
class MapLayout:
    """The whole map: its sizes, plot, quadrants, cards and arrows."""

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


def label_boxes(plot: Rect, style: MapStyle) -> list[Rect]:
    """The band at the top left of each quadrant where its name and action are written.

    Cards are kept out of it so the recommended action stays readable.
    """
    return [Rect(box.rect.x, box.rect.y, style.label_width, style.label_height) for box in quadrant_boxes(plot)]


def resolve_overlaps(nodes: list[NodePlacement], style: MapStyle, plot: Rect,
                     keep_out: list[Rect] | None = None) -> None:
    """Move cards so none overlaps another (or a `keep_out` box) and every name stays readable.

    One deterministic pass: cards are placed in list order, each at its own point if that
    is free, else at the first free place around it (`map_search.offsets`, nearest first;
    `map_search.near_spot` finds it), else at the nearest free place on a coarser grid over
    the whole plot (`map_search.far_spot`).  A spatial hash with card-sized cells answers
    "is this free?" from the nine cells around a place, so each card costs about the same
    however many there are; the canvas grows with the head count (`style_for`) so the
    density, and the places tried per card, stay about constant: linear in the number of
    cards.  Moving one card changes only cards placed after it that wanted the same spot.
    """
    gap_x, gap_y = style.node_width + 6, style.node_height + 6
    half_w, half_h = style.node_width / 2, style.node_height / 2
    left, right = plot.x + half_w, plot.x + plot.w - half_w
    top, bottom = plot.y + half_h, plot.y + plot.h - half_h
    bounds = (left, top, right, bottom)
    # A card centred inside one of these boxes would cover a label.
    blocked = [(b.x - half_w, b.y - half_h, b.x + b.w + half_w, b.y + b.h + half_h) for b in keep_out or ()]
    cells: Cells = {}
    places = places_around(gap_x, gap_y)

    def free(x: float, y: float) -> bool:
        """Whether a card at (x, y) would overlap no placed card and no label box."""
        for x0, y0, x1, y1 in blocked:
            if x0 < x < x1 and y0 < y < y1:
                return False
        cx, cy = int(x // gap_x), int(y // gap_y)
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for px, py in cells.get((gx, gy), ()):
                    if abs(px - x) < gap_x and abs(py - y) < gap_y:
                        return False
        return True

    for node in nodes:
        x0 = min(right, max(left, node.x))
        y0 = min(bottom, max(top, node.y))
        if left <= x0 <= right and top <= y0 <= bottom and free(x0, y0):
            spot = (x0, y0)
        else:
            spot = (near_spot(x0, y0, places, cells, (gap_x, gap_y), bounds, blocked)
                    or far_spot(x0, y0, gap_x, gap_y, bounds, free))
        node.x, node.y = spot
        cells.setdefault((int(spot[0] // gap_x), int(spot[1] // gap_y)), []).append(spot)


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
        resolve_overlaps(nodes, style, plot, keep_out=label_boxes(plot, style))
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
