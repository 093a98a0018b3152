"""The faster layout gives exactly the layout it replaced: every card, edge, quadrant and size.

`reference_map_layout.py` is the layout as it was before (a verbatim copy); each case lays a
project out both ways and compares the whole `MapLayout`, encoded, float for float.  The
digests pin a few of those layouts as the old code drew them, so the two cannot drift
apart together.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import msgspec
import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core import network_layout as network_module
from pitchkit.core.document_map import document_map
from pitchkit.core.map_layout import MapLayout, layout_map, style_for
from pitchkit.core.model import Project, Stakeholder
from pitchkit.core.network_layout import network_layout
from pitchkit.core.project_file import load_project
from tests.core import reference_map_layout as reference

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
SIZES = [(n, seed) for n in (10, 30, 31, 50, 51, 120, 200, 300) for seed in (42, 7)] + [(2000, 42)]


@cache
def generated(count: int, seed: int) -> Project:
    return generate_project(count, seed)


def encoded(layout: object) -> bytes:
    return msgspec.json.encode(layout)


def crowd(count: int, power: float, interest: float) -> Project:
    return Project(stakeholders=[
        Stakeholder(id=f"s-{i:03d}", name=f"P{i}", power=power, interest=interest) for i in range(count)
    ])


@pytest.mark.parametrize(("count", "seed"), SIZES)
def test_the_document_map_is_the_one_before(count, seed):
    project = generated(count, seed)
    assert encoded(document_map(project)) == encoded(reference.document_map(project))


@pytest.mark.parametrize(("count", "seed"), SIZES)
def test_the_map_steps_layout_is_the_one_before(count, seed):
    project = generated(count, seed)
    assert encoded(layout_map(project)) == encoded(reference.layout_map(project))


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.pitchkit")))
def test_the_bundled_examples_are_laid_out_as_before(example):
    project = load_project(EXAMPLES / example).project
    assert encoded(layout_map(project)) == encoded(reference.layout_map(project))
    assert encoded(document_map(project)) == encoded(reference.document_map(project))
    assert encoded(layout_map(project, resolve=False)) == encoded(reference.layout_map(project, resolve=False))


@pytest.mark.parametrize(("count", "power", "interest"), [(150, 5, 5), (90, 10, 10), (90, 0, 0), (60, 10, 0), (40, 9.9, 0.1)])
def test_a_crowd_at_one_spot_is_spread_as_before(count, power, interest):
    project = crowd(count, power, interest)
    assert encoded(layout_map(project)) == encoded(reference.layout_map(project))
    assert encoded(document_map(project)) == encoded(reference.document_map(project))


@pytest.mark.parametrize("count", [70, 120])
def test_a_full_plot_is_filled_as_before(count):
    # More people than the picture holds: the far search runs out of room for some.
    from pitchkit.core.map_layout import MapStyle

    project = generated(count, 3)
    small = MapStyle(width=900, height=600)
    assert encoded(layout_map(project, small)) == encoded(reference.layout_map(project, reference.MapStyle(width=900, height=600)))


ODD_STYLES = [
    dict(width=120, height=50),  # narrower and lower than a card: nowhere to go
    dict(width=1234.5, height=777.7, node_width=151.3, node_height=41.7, label_width=200.1),
    dict(width=997, height=1403, margin_left=13.3, margin_top=7.1, node_width=228.0),
    dict(width=3000, height=500, node_width=99.9, node_height=33.3, label_height=0.0),
]


@pytest.mark.parametrize("sizes", ODD_STYLES)
@pytest.mark.parametrize("count", [10, 80])
def test_odd_picture_and_card_sizes_are_laid_out_as_before(sizes, count):
    from pitchkit.core.map_layout import MapStyle

    project = generated(count, 11)
    fast = layout_map(project, MapStyle(**sizes))
    assert encoded(fast) == encoded(reference.layout_map(project, reference.MapStyle(**sizes)))


@pytest.mark.parametrize("count", [25, 120])
def test_the_network_layout_is_the_one_before(count, monkeypatch):
    project = generated(count, 42)
    fast = encoded(network_layout(project))
    monkeypatch.setattr(network_module, "resolve_overlaps", reference.resolve_overlaps)
    assert fast == encoded(network_layout(project))


#: sha256 of the encoded layouts drawn by the code before the faster search.
DIGESTS = {
    ("document", 200, 42): "c68d0ec53c95d5f3d7a599bdc5407fbfa724f78e492ac3fd726c0290045e26ec",
    ("document", 2000, 42): "bb473a41b55c24893479c765eb2ffe63ea049fb3987e24c55aff93e2eef017cd",
    ("document", 50, 7): "3fb01904cb37da9a5e59e67014629cc89a2c199ffd223b2cb02177ff541cdbec",
    ("map", 200, 42): "09b9f314c31f5bc7f44b56c21396a58d5a05860c2799360081aacd264bee4b8a",
    ("map", 300, 7): "66c55eace89e47025785ee532aee5bc5ab660e42571bbdd9618a84951083190c",
}


@pytest.mark.parametrize("case", sorted(DIGESTS))
def test_pinned_layouts_are_unchanged(case):
    kind, count, seed = case
    project = generated(count, seed)
    layout: MapLayout = document_map(project) if kind == "document" else layout_map(project, style_for(count))
    assert hashlib.sha256(encoded(layout)).hexdigest() == DIGESTS[case]


@pytest.mark.parametrize("gaps", [(156.0, 46.0), (234.0, 46.0), (157.3, 47.7)])
def test_the_places_are_tried_in_the_order_before(gaps):
    from pitchkit.core.map_search import offsets

    assert offsets(*gaps) == reference._offsets(*gaps)
