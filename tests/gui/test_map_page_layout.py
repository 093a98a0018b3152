"""The Map step places every card where the layout before the faster crowd search did:
on opening, after a drag, and in the network view (tests/core/reference_map_layout.py)."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import QPointF

from benchmarks.projectgen import generate_project
from pitchkit.core import network_layout as network_module
from pitchkit.core.map_layout import point_for, style_for
from pitchkit.core.project_file import save_project
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.pages.map_page import MapPage
from tests.core import reference_map_layout as reference
from tests.gui import test_map_page
from tests.gui.test_map_page import drag, open_on_the_map, view_point

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path) -> MainWindow:
    path = tmp_path / "crowded.pitchkit"
    save_project(generate_project(120, 5), path, backup=False)
    return open_on_the_map(qtbot, path)


page = test_map_page.page  # the Map page at zoom 1, of `window` above


def positions(page: MapPage) -> dict[str, tuple[float, float]]:
    """Where the scene's card items are."""
    return {key: (item.pos().x(), item.pos().y()) for key, item in page.scene.nodes.items()}


def test_the_map_step_shows_the_layout_as_before(page):
    expected = reference.layout_map(page.session.project)
    assert msgspec.json.encode(page.scene.shown_layout()) == msgspec.json.encode(expected)
    assert positions(page) == {n.id: (n.x, n.y) for n in expected.nodes}


def test_after_a_drag_the_cards_are_laid_out_as_before(page):
    person = page.session.project.stakeholders[7]
    before = (person.power, person.interest)
    item = page.scene.nodes[person.id]
    drag(page, view_point(page, item.pos()), view_point(page, QPointF(*point_for(5.0, 5.0, page.scene.layout.plot))))
    assert (person.power, person.interest) != before  # into the crowd in the middle
    expected = reference.layout_map(page.session.project)
    assert msgspec.json.encode(page.scene.shown_layout()) == msgspec.json.encode(expected)


def test_the_network_view_is_laid_out_as_before(page, monkeypatch):
    project = page.session.project
    page.network_action.trigger()
    shown = positions(page)
    monkeypatch.setattr(network_module, "resolve_overlaps", reference.resolve_overlaps)
    expected = network_module.network_layout(project, style_for(2 * len(project.stakeholders)))
    assert shown == {n.id: (n.x, n.y) for n in expected.nodes}
