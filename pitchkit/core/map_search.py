"""The nearest free place for a card on the map: the places tried and the search through them.

`map_layout.resolve_overlaps` places the cards one by one; this module answers where a
card goes when its own point is taken: the first free place in a fixed order around it
(`offsets`, nearest first), else the nearest free place on a card-sized grid over the
whole plot.  Plain floats only; the result is the same as trying the places one by one.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

#: How far (in cards: a card's width across, its height up and down) a card may be moved
#: from its place before a coarser search of the whole plot takes over.
SEARCH_RADIUS = 6.0
#: The search looks this far (in cards) around a card first, and further only when every
#: place that near is taken (`resolve_overlaps`).
SEARCH_STAGES = (1.0, 2.0, 3.0, SEARCH_RADIUS)
#: Steps across (1/6 card) and down (1/4 card) within `SEARCH_RADIUS`.
REACH_X, REACH_Y = int(SEARCH_RADIUS * 6), int(SEARCH_RADIUS * 4)
_LEFT_HALF = (1 << (REACH_X + 1)) - 1  # the bits of the places at or left of a card's own


def place_key(i: int, j: int) -> tuple[float, int, int, int]:
    """Where the place i steps across and j down comes in `offsets`: the nearest first; on a
    tie, vertical before horizontal, then down/right before up/left."""
    return (i / 6) ** 2 + (j / 4) ** 2, abs(i), -j, -i


@lru_cache(maxsize=8)
def offsets(gap_x: float, gap_y: float) -> tuple[tuple[float, float], ...]:
    """Places to try around a card's own, nearest first (steps of 1/6 card across, 1/4 up).

    The order the search keeps; `near_spot` finds the first free one without the list.
    """
    step_x, step_y = gap_x / 6, gap_y / 4
    found = sorted(
        (place_key(i, j), i, j)
        for i in range(-REACH_X, REACH_X + 1)
        for j in range(-REACH_Y, REACH_Y + 1)
        if place_key(i, j)[0] <= SEARCH_RADIUS**2
    )
    return tuple((i * step_x, j * step_y) for _key, i, j in found)


class Places:
    """The places around a card as a grid of steps, for `near_spot`.

    Row r is step j = r - REACH_Y down, bit b of a row is step i = b - REACH_X across.
    """

    __slots__ = ("dxs", "dys", "stages")

    def __init__(self, gap_x: float, gap_y: float) -> None:
        step_x, step_y = gap_x / 6, gap_y / 4
        #: The offset of each step across and down, as `offsets` has them.
        self.dxs = tuple(i * step_x for i in range(-REACH_X, REACH_X + 1))
        self.dys = tuple(j * step_y for j in range(-REACH_Y, REACH_Y + 1))
        #: Per stage: (radius, its rows as (the `place_key` of the row's nearest place, row,
        #: bits of the places within the radius)), nearest row first.
        self.stages = tuple((radius, _rows_within(radius)) for radius in SEARCH_STAGES)


def _rows_within(radius: float) -> tuple[tuple[tuple[float, int, int, int], int, int], ...]:
    """The rows of places within `radius` cards (by `place_key`'s distance), nearest row first.

    Distance grows with the steps across, so a row's places within are one run of steps
    around its middle: every place within comes before every place beyond in `offsets`.
    """
    rows = []
    for j in range(-REACH_Y, REACH_Y + 1):
        if place_key(0, j)[0] > radius**2:
            continue
        widest = min(REACH_X, int(6 * math.sqrt(max(0.0, radius**2 - (j / 4) ** 2))))
        while widest < REACH_X and place_key(widest + 1, j)[0] <= radius**2:
            widest += 1
        while place_key(widest, j)[0] > radius**2:
            widest -= 1
        rows.append((place_key(0, j), j + REACH_Y, ((1 << (2 * widest + 1)) - 1) << (REACH_X - widest)))
    return tuple(sorted(rows))


@lru_cache(maxsize=8)
def places_around(gap_x: float, gap_y: float) -> Places:
    """The `Places` for cards `gap_x` by `gap_y` apart (kept: a layout asks once per card)."""
    return Places(gap_x, gap_y)


def _within(values: list[float], p: float, gap: float) -> tuple[int, int]:
    """The indices [low, high) of the (ascending) `values` v with abs(p - v) < gap, exactly."""
    low, high, n = bisect_left(values, p - gap), bisect_right(values, p + gap), len(values)
    # p - v falls as v rises, so each test holds for a run of indices; the bisection is
    # only a first guess (p - gap < v is not quite p - v < gap in floating point).
    while low > 0 and p - values[low - 1] < gap:
        low -= 1
    while low < n and not p - values[low] < gap:
        low += 1
    while high < n and p - values[high] > -gap:
        high += 1
    while high > low and not p - values[high - 1] > -gap:
        high -= 1
    return low, high


Cells = dict[tuple[int, int], list[tuple[float, float]]]


def near_spot(x0: float, y0: float, places: Places, cells: Cells, gaps: tuple[float, float],
              bounds: tuple[float, float, float, float],
              blocked: list[tuple[float, float, float, float]]) -> tuple[float, float] | None:
    """The first free place in `offsets` order around (x0, y0), or None if all are taken.

    Every place is a bit: a row of bits per step down, one bit per step across.  Each card
    near enough to be in the way takes its places at once, a run of bits in a run of rows
    (found by bisection, then checked with the very test a place-by-place search makes);
    a row's nearest free bit is then a couple of integer operations.  The cards are read a
    stage (`SEARCH_STAGES`) at a time: most cards find a place within one card or two.
    """
    gap_x, gap_y = gaps
    left, top, right, bottom = bounds
    xs = [x0 + dx for dx in places.dxs]
    ys = [y0 + dy for dy in places.dys]
    low, high = bisect_left(xs, left), bisect_right(xs, right)
    on_plot = ((1 << max(0, high - low)) - 1) << low
    first_row, end_row = bisect_left(ys, top), bisect_right(ys, bottom)
    taken = [0] * len(ys)
    for bx0, by0, bx1, by1 in blocked:
        low, high = bisect_right(xs, bx0), bisect_left(xs, bx1)
        if high > low:
            for row in range(bisect_right(ys, by0), bisect_left(ys, by1)):
                taken[row] |= ((1 << (high - low)) - 1) << low
    # Every card is on the plot, so only its cells can hold one.
    least_x, least_y = int(min(left, right) // gap_x), int(min(top, bottom) // gap_y)
    most_x, most_y = int(max(left, right) // gap_x), int(max(top, bottom) // gap_y)
    done = (0, -1, 0, -1)  # the cells already read into `taken`: first and last column and row
    for radius, rows in places.stages:
        # A card in the way of a place within `radius` is less than radius + 1 cards away
        # (a pixel more allows for rounding).
        far_x, far_y = (radius + 1) * gap_x + 1, (radius + 1) * gap_y + 1
        gx0, gx1 = max(least_x, int((x0 - far_x) // gap_x)), min(most_x, int((x0 + far_x) // gap_x))
        gy0, gy1 = max(least_y, int((y0 - far_y) // gap_y)), min(most_y, int((y0 + far_y) // gap_y))
        for gy in range(gy0, gy1 + 1):
            inner = done[2] <= gy <= done[3]
            for gx in range(gx0, gx1 + 1):
                if inner and done[0] <= gx <= done[1]:
                    continue
                for px, py in cells.get((gx, gy), ()):
                    low, high = _within(xs, px, gap_x)
                    if high > low:
                        bits = ((1 << (high - low)) - 1) << low
                        first, end = _within(ys, py, gap_y)
                        for row in range(first, end):
                            taken[row] |= bits
        done = (gx0, gx1, gy0, gy1)
        best: tuple[float, int, int, int] | None = None
        spot = (x0, y0)
        for nearest, row, bits in rows:
            if best is not None and nearest > best:
                break  # no place in this row or the rest comes before the best found
            if not first_row <= row < end_row:
                continue
            open_ = bits & on_plot & ~taken[row]
            if not open_:
                continue
            # The row's nearest open step: the lowest open bit right of the card's own (or
            # at it), the highest at or left of it; on a tie, right.
            right_bits, left_bits = open_ >> REACH_X, open_ & _LEFT_HALF
            step = (right_bits & -right_bits).bit_length() - 1 if right_bits else REACH_X + 1
            if left_bits and REACH_X + 1 - left_bits.bit_length() < step:
                step = left_bits.bit_length() - 1 - REACH_X
            key = place_key(step, row - REACH_Y)
            if best is None or key < best:
                best, spot = key, (xs[step + REACH_X], ys[row])
        if best is not None:
            return spot
    return None


def far_spot(x0: float, y0: float, gap_x: float, gap_y: float, bounds: tuple[float, float, float, float],
              free: Callable[[float, float], bool]) -> tuple[float, float]:
    """The nearest free place on a card-sized grid over the whole plot (a crowd at one spot)."""
    left, top, right, bottom = bounds
    rings = int(max((right - left) / gap_x, (bottom - top) / gap_y)) + 1
    across = on_plot(x0, gap_x, left, right, rings)
    down = on_plot(y0, gap_y, top, bottom, rings)
    for ring in range(int(SEARCH_RADIUS), rings + 1):
        # The ring's own places on the plot only, in the same order as scanning its square.
        for i in range(max(-ring, across.start), min(ring + 1, across.stop)):
            if abs(i) == ring:
                steps: range | tuple[int, ...] = range(max(-ring, down.start), min(ring + 1, down.stop))
            else:
                steps = tuple(j for j in (-ring, ring) if j in down)
            for j in steps:
                x, y = x0 + i * gap_x, y0 + j * gap_y
                if left <= x <= right and top <= y <= bottom and free(x, y):
                    return x, y
    return x0, y0  # no room anywhere: the plot is full


def on_plot(p0: float, gap: float, low: float, high: float, reach: int) -> range:
    """The steps k (|k| <= reach) with low <= p0 + k * gap <= high, exactly as `far_spot` tests."""
    first = max(-reach, math.ceil((low - p0) / gap))
    last = min(reach, math.floor((high - p0) / gap))
    # p0 + k * gap rises with k: move each end until the test itself agrees.
    while first > -reach and low <= p0 + (first - 1) * gap:
        first -= 1
    while first <= reach and not low <= p0 + first * gap:
        first += 1
    while last < reach and p0 + (last + 1) * gap <= high:
        last += 1
    while last >= -reach and not p0 + last * gap <= high:
        last -= 1
    return range(first, max(first, last + 1))
