"""The map layout as it was before the faster search (a verbatim copy, the reference for
tests/core/test_map_layout_equivalence.py).  Do not change it: it pins every position."""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

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


#: How far (in cards: a card's width across, its height up and down) a card may be moved
#: from its place before a coarser search of the whole plot takes over.
SEARCH_RADIUS = 6.0
#: Places tried around a card before the rest are ruled out all at once (`resolve_overlaps`).
CROWDED_AFTER = 400


@lru_cache(maxsize=8)
def _offsets(gap_x: float, gap_y: float) -> tuple[tuple[float, float], ...]:
    """Places to try around a card's own, nearest first (steps of 1/6 card across, 1/4 up)."""
    return tuple((dx, dy) for _i, _j, dx, dy in _grid_offsets(gap_x, gap_y))


@lru_cache(maxsize=8)
def _grid_offsets(gap_x: float, gap_y: float) -> tuple[tuple[int, int, float, float], ...]:
    """`_offsets` with each place's steps (i across, j down) before its offset."""
    step_x, step_y = gap_x / 6, gap_y / 4
    reach_x, reach_y = int(SEARCH_RADIUS * 6), int(SEARCH_RADIUS * 4)
    found = []
    for i in range(-reach_x, reach_x + 1):
        for j in range(-reach_y, reach_y + 1):
            far = (i / 6) ** 2 + (j / 4) ** 2
            if far <= SEARCH_RADIUS**2:
                # Ties: vertical before horizontal, then down/right before up/left.
                found.append((far, abs(i), -j, -i, i, j, i * step_x, j * step_y))
    found.sort()
    return tuple((i, j, dx, dy) for *_key, i, j, dx, dy in found)


@lru_cache(maxsize=8)
def _offset_numbers(gap_x: float, gap_y: float) -> dict[tuple[int, int], int]:
    """(i, j) steps -> the place's number in `_offsets`."""
    return {(i, j): k for k, (i, j, _dx, _dy) in enumerate(_grid_offsets(gap_x, gap_y))}


def label_boxes(plot: Rect, style: MapStyle) -> list[Rect]:
    """The band at the top left of each quadrant where its name and action are written.

    Cards are kept out of it so the recommended action stays readable.
    """
    return [Rect(box.rect.x, box.rect.y, style.label_width, style.label_height) for box in quadrant_boxes(plot)]


def resolve_overlaps(nodes: list[NodePlacement], style: MapStyle, plot: Rect,
                     keep_out: list[Rect] | None = None) -> None:
    """Move cards so none overlaps another (or a `keep_out` box) and every name stays readable.

    One deterministic pass: cards are placed in list order, each at its own point if that
    is free, else at the nearest free place (`_offsets`).  A spatial hash with card-sized
    cells answers "is this free?" from the nine cells around a place, so each card costs
    about the same however many there are; the canvas grows with the head count
    (`style_for`) so the density, and the places tried per card, stay about constant:
    linear in the number of cards.  Moving one card changes only cards placed after it
    that wanted the same spot.
    """
    gap_x, gap_y = style.node_width + 6, style.node_height + 6
    half_w, half_h = style.node_width / 2, style.node_height / 2
    left, right = plot.x + half_w, plot.x + plot.w - half_w
    top, bottom = plot.y + half_h, plot.y + plot.h - half_h
    # A card centred inside one of these boxes would cover a label.
    blocked = [(b.x - half_w, b.y - half_h, b.x + b.w + half_w, b.y + b.h + half_h) for b in keep_out or ()]
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}

    def blocker(x: float, y: float) -> tuple[float, float] | None:
        """The placed card (or label box, as its centre) that a card at (x, y) would overlap."""
        for x0, y0, x1, y1 in blocked:
            if x0 < x < x1 and y0 < y < y1:
                return (x0 + x1) / 2, (y0 + y1) / 2
        cx, cy = int(x // gap_x), int(y // gap_y)
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for px, py in cells.get((gx, gy), ()):
                    if abs(px - x) < gap_x and abs(py - y) < gap_y:
                        return px, py
        return None

    offsets = _grid_offsets(gap_x, gap_y)
    numbers = _offset_numbers(gap_x, gap_y)
    step_x, step_y = gap_x / 6, gap_y / 4
    reach_x, reach_y = int(SEARCH_RADIUS * 6), int(SEARCH_RADIUS * 4)

    def steps(p: float, p0: float, step: float, gap: float, reach: int) -> list[int]:
        """The steps k (|k| <= reach) whose place p0 + k * step is within `gap` of p (tested as `blocker` does)."""
        low = max(-reach, math.floor((p - p0 - gap) / step) - 1)
        high = min(reach, math.ceil((p - p0 + gap) / step) + 1)
        return [k for k in range(low, high + 1) if abs(p - (p0 + k * step)) < gap]

    def taken_places(x0: float, y0: float) -> dict[int, int]:
        """Every place around (x0, y0) a placed card covers: per step down, a bit per step across."""
        taken: dict[int, int] = {}
        cx, cy = int(x0 // gap_x), int(y0 // gap_y)
        for gx in range(cx - reach_x // 6 - 2, cx + reach_x // 6 + 3):
            for gy in range(cy - reach_y // 4 - 2, cy + reach_y // 4 + 3):
                for px, py in cells.get((gx, gy), ()):
                    across = sum(1 << (i + reach_x) for i in steps(px, x0, step_x, gap_x, reach_x))
                    if across:
                        for j in steps(py, y0, step_y, gap_y, reach_y):
                            taken[j] = taken.get(j, 0) | across
        return taken

    for node in nodes:
        x0 = min(right, max(left, node.x))
        y0 = min(bottom, max(top, node.y))
        spot = None
        # The places a card already found in the way covers: most places tried near it are
        # in its way too, and a set says so faster than the spatial hash (or than asking
        # every card found so far: a card in a crowd tries ~2,800 places).
        covered: set[int] = set()
        taken: dict[int, int] | None = None
        for k, (i, j, dx, dy) in enumerate(offsets):
            x, y = x0 + dx, y0 + dy
            if not (left <= x <= right and top <= y <= bottom):
                continue
            if k in covered:
                continue
            if k >= CROWDED_AFTER:
                # Deep in a crowd: every covered place at once, as bits (each is one `blocker`
                # would find taken), rather than card by card as they are met.
                if taken is None:
                    taken = taken_places(x0, y0)
                if taken.get(j, 0) >> (i + reach_x) & 1:
                    continue
            found = blocker(x, y)
            if found is None:
                spot = (x, y)
                break
            if found in cells.get((int(found[0] // gap_x), int(found[1] // gap_y)), ()):
                px, py = found
                for i in range(math.floor((px - x0 - gap_x) / step_x) - 1, math.ceil((px - x0 + gap_x) / step_x) + 2):
                    for j in range(math.floor((py - y0 - gap_y) / step_y) - 1, math.ceil((py - y0 + gap_y) / step_y) + 2):
                        near = numbers.get((i, j))
                        if near is not None:
                            _ni, _nj, ndx, ndy = offsets[near]
                            if abs(px - (x0 + ndx)) < gap_x and abs(py - (y0 + ndy)) < gap_y:
                                covered.add(near)
        if spot is None:
            spot = _far_spot(x0, y0, gap_x, gap_y, (left, top, right, bottom), lambda x, y: blocker(x, y) is None)
        node.x, node.y = spot
        cells.setdefault((int(spot[0] // gap_x), int(spot[1] // gap_y)), []).append(spot)


def _far_spot(x0: float, y0: float, gap_x: float, gap_y: float, bounds: tuple[float, float, float, float],
              free: Callable[[float, float], bool]) -> tuple[float, float]:
    """The nearest free place on a card-sized grid over the whole plot (a crowd at one spot)."""
    left, top, right, bottom = bounds
    rings = int(max((right - left) / gap_x, (bottom - top) / gap_y)) + 1
    for ring in range(int(SEARCH_RADIUS), rings + 1):
        for i in range(-ring, ring + 1):
            # The ring's own places only, in the same order as scanning its whole square.
            for j in range(-ring, ring + 1) if abs(i) == ring else (-ring, ring):
                x, y = x0 + i * gap_x, y0 + j * gap_y
                if left <= x <= right and top <= y <= bottom and free(x, y):
                    return x, y
    return x0, y0  # no room anywhere: the plot is full


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


# The document map before the faster search (pitchkit/core/document_map.py, verbatim but for
# the layout it calls: the reference above).
import msgspec as _msgspec

from pitchkit.core.analysis import Quadrant, quadrant

DOCUMENT_MAP_LIMIT = 50
DOCUMENT_MAP_MOST = 56
DOCUMENT_NODE_WIDTH = 228.0
DOCUMENT_MAX_HEIGHT = 1400.0


def document_style(count: int) -> MapStyle:
    base = MapStyle()
    if count <= ROOMY_COUNT:
        return base
    height = min(DOCUMENT_MAX_HEIGHT, round(1.2 * base.height * count / ROOMY_COUNT))
    return replace(base, node_width=DOCUMENT_NODE_WIDTH, height=height)


def document_people(project: Project) -> tuple[list[Stakeholder], list[Stakeholder]]:
    people = project.stakeholders
    if len(people) <= DOCUMENT_MAP_LIMIT:
        return list(people), []
    deciders = {s.id for s in people if s.decision_maker}
    first = set(deciders)
    if project.strategy.champion:
        first.add(project.strategy.champion)
    linked = {link.source for link in project.links if link.target in deciders}
    linked |= {link.target for link in project.links if link.source in deciders}

    def rank(order: int, person: Stakeholder) -> tuple[int, float, int]:
        if person.id in first:
            group = 0
        elif person.id in linked:
            group = 1
        elif quadrant(person) is Quadrant.KEY_PLAYERS:
            group = 2
        else:
            group = 3
        return group, -(person.power + person.interest), order

    chosen: set[int] = set()
    for key, n in sorted((rank(n, p), n) for n, p in enumerate(people)):
        room = DOCUMENT_MAP_MOST if key[0] < 3 else DOCUMENT_MAP_LIMIT
        if len(chosen) >= room:
            break
        chosen.add(n)
    shown = [p for n, p in enumerate(people) if n in chosen]
    left = [p for n, p in enumerate(people) if n not in chosen]
    return shown, left


def document_map(project: Project) -> MapLayout:
    shown, left = document_people(project)
    if left:
        project = _msgspec.structs.replace(project, stakeholders=shown)
    if len(shown) <= ROOMY_COUNT:
        return layout_map(project)
    return layout_map(project, document_style(len(shown)))
