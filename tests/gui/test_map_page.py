"""The Map page driven like a user: drag cards, draw and delete links, select, export pictures."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pitchkit.core.map_layout import point_for
from pitchkit.core.model import Link
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.map_view import LEGIBLE_ZOOM
from pitchkit.gui.pages import map_page
from pitchkit.gui.pages.map_page import MapPage
from pitchkit.qtrender.map_painter import PICTURE_SCALE

pytestmark = pytest.mark.gui


def open_on_the_map(qtbot, path) -> MainWindow:
    """A main window showing the Map step of the project at `path`."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1500, 900)  # the whole map at zoom 1, beside the list of people
    window.show()
    qtbot.waitExposed(window)
    window.load(path)
    window.show_step("map")
    return window


@pytest.fixture
def window(qtbot, project_path) -> MainWindow:
    return open_on_the_map(qtbot, project_path)


@pytest.fixture
def page(window) -> MapPage:
    page = window.pages["map"]
    assert isinstance(page, MapPage)
    page.view.set_zoom(1.0)
    return page


def view_point(page: MapPage, scene_point: QPointF) -> QPoint:
    page.view.ensureVisible(scene_point.x() - 5, scene_point.y() - 5, 10, 10, 0, 0)
    return page.view.mapFromScene(scene_point)


def drag(page: MapPage, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier, steps: int = 8) -> None:
    """Press, move in steps with the button held, release: what a user's mouse does."""
    viewport = page.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, start)
    for i in range(1, steps + 1):
        pos = QPointF(start + (end - start) * (i / steps))
        event = QMouseEvent(QEvent.Type.MouseMove, pos, viewport.mapToGlobal(pos), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, modifiers)
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def test_map_shows_every_stakeholder_and_the_quadrants(window, page):
    assert window.current_page() is page
    assert set(page.scene.nodes) == {"s-cfo", "s-hr", "s-it"}
    assert {q.name for q in page.scene.layout.quadrants} == {"Key players", "Keep satisfied", "Keep informed", "Monitor"}
    node = page.scene.nodes["s-cfo"]
    assert (node.placement.name, node.placement.role) == ("Dana Ruiz", "CFO")


def test_dragging_a_card_writes_power_and_interest_as_one_undo_step(window, page):
    person = window.project.stakeholder("s-it")
    item = page.scene.nodes["s-it"]
    target = QPointF(*point_for(8.0, 9.0, page.scene.layout.plot))
    steps_before = window.session.undo_stack.count()
    drag(page, view_point(page, item.pos()), view_point(page, target))
    assert window.session.undo_stack.count() == steps_before + 1
    assert person.power == pytest.approx(8.0, abs=0.3) and person.interest == pytest.approx(9.0, abs=0.3)
    assert page.scene.nodes["s-it"] is item, "the item is kept, not recreated"
    window.session.undo_stack.undo()
    assert (person.power, person.interest) == (3.0, 6.0)
    placed = page.scene.layout.node("s-it")
    assert item.pos() == item.home == QPointF(placed.x, placed.y)


def test_keyboard_moves_the_selected_card(window, page, qtbot):
    person = window.project.stakeholder("s-hr")
    page.scene.select_node("s-hr")
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Up)
    QTest.keyClick(page.view, Qt.Key.Key_Up)
    QTest.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert (person.power, person.interest) == (8.5, 7.9)
    window.session.undo_stack.undo()
    assert (person.power, person.interest) == (7.5, 8.0), "a run of key presses is one undo step"


def test_shift_drag_draws_a_link_and_delete_removes_it(window, page):
    scene = page.scene
    source, target = scene.nodes["s-hr"], scene.nodes["s-cfo"]
    drag(page, view_point(page, source.pos()), view_point(page, target.pos()), Qt.KeyboardModifier.ShiftModifier)
    links = window.project.links
    assert [(link.source, link.target) for link in links] == [("s-hr", "s-cfo")]
    assert window.project.stakeholder("s-hr").power == 7.5, "linking does not move the card"
    edge = scene.edges[links[0].id]
    assert edge.source is source and edge.target is target

    scene.clearSelection()
    edge.setSelected(True)
    page.view.setFocus()
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert window.project.links == [] and scene.edges == {}
    window.session.undo_stack.undo()
    assert len(window.project.links) == 1 and len(scene.edges) == 1
    window.session.undo_stack.undo()
    assert window.project.links == [] and scene.edges == {}


def test_link_mode_draws_without_shift(window, page):
    page.link_action.trigger()
    scene = page.scene
    drag(page, view_point(page, scene.nodes["s-it"].pos()), view_point(page, scene.nodes["s-hr"].pos()))
    assert [(link.source, link.target) for link in window.project.links] == [("s-it", "s-hr")]


def test_selection_follows_the_stakeholders_page_and_back(window, page, qtbot):
    viewport = page.view.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(page, page.scene.nodes["s-cfo"].pos()))
    assert page.scene.selected_node_ids() == ["s-cfo"]
    assert window.session.current_stakeholder == "s-cfo"
    assert window.stakeholders_page.list.current_record().id == "s-cfo"

    window.show_step("stakeholders")
    window.stakeholders_page.list.select_record("s-it")
    assert window.session.current_stakeholder == "s-it"
    window.show_step("map")
    assert page.scene.selected_node_ids() == ["s-it"]


def test_route_to_the_decision_maker_is_highlighted(window, page):
    project = window.project
    project.stakeholders[0].decision_maker = True  # Dana signs
    window.session.add_record("links", Link(id="l-a", source="s-it", target="s-hr"))
    window.session.add_record("links", Link(id="l-b", source="s-hr", target="s-cfo"))
    page.scene.select_node("s-it")
    page.route_action.trigger()
    assert page.scene.route == ["s-it", "s-hr", "s-cfo"]
    assert page.scene.edges["l-a"].highlighted and page.scene.nodes["s-hr"].highlighted
    assert "Alex Chen → Ben Okafor → Dana Ruiz" in page.status_label.text()
    page.route_action.trigger()
    assert page.scene.route == [] and not page.scene.edges["l-a"].highlighted


def test_network_view_drag_moves_the_card_but_not_the_values(window, page):
    window.session.add_record("links", Link(id="l-a", source="s-it", target="s-hr"))
    page.network_action.trigger()
    assert page.scene.layout.kind == "network" and "do not change" in page.hint_label.text()
    item = page.scene.nodes["s-it"]
    person = window.project.stakeholder("s-it")
    steps_before = window.session.undo_stack.count()
    start = item.pos()
    drag(page, view_point(page, start), view_point(page, start + QPointF(60, 40)))
    assert (person.power, person.interest) == (3.0, 6.0)
    assert window.session.undo_stack.count() == steps_before
    assert item.pos() != start and item.pos() == item.home
    page.grid_action.trigger()
    assert page.scene.layout.kind == "grid"


def test_zoom_and_fit(page):
    page.zoom_in_action.trigger()
    assert page.view.zoom() == pytest.approx(1.25)
    page.zoom_out_action.trigger()
    page.zoom_out_action.trigger()
    assert page.view.zoom() == pytest.approx(0.8)
    page.fit_action.trigger()
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    assert visible.contains(page.scene.sceneRect().adjusted(2, 2, -2, -2))


def test_a_fitted_map_follows_the_window_size_until_zoomed_by_hand(window, qtbot):
    view = window.pages["map"].view
    window.resize(1900, 1100)
    qtbot.waitUntil(lambda: view.width() > 1300)
    view.fit()
    before = view.zoom()
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: view.zoom() < before * 0.9)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.scene().sceneRect().adjusted(2, 2, -2, -2))

    # Too small for the whole map at a legible size: the text stays legible and the map scrolls.
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: view.width() < 800)
    assert view.zoom() == pytest.approx(LEGIBLE_ZOOM)
    assert view.horizontalScrollBar().maximum() > 0

    view.zoom_in()
    zoomed = view.zoom()
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: view.width() > 900)
    assert view.zoom() == pytest.approx(zoomed)


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_export_writes_a_real_picture_of_the_map(page, tmp_path, monkeypatch, fmt):
    asked: list[str] = []

    def ask(parent, suggested, kind):
        asked.append(kind)
        return str(tmp_path / "map")

    monkeypatch.setattr(map_page, "ask_export_path", ask)
    (page.png_action if fmt == "png" else page.svg_action).trigger()
    out = tmp_path / f"map.{fmt}"
    assert asked == [fmt] and out.exists()
    style = page.scene.layout.style
    if fmt == "png":
        image = QImage(str(out))
        assert (image.width(), image.height()) == (int(style.width * PICTURE_SCALE), int(style.height * PICTURE_SCALE))
    else:
        root = ET.fromstring(out.read_bytes())
        assert root.tag.endswith("svg") and root.get("viewBox") == f"0 0 {int(style.width)} {int(style.height)}"
        assert "Dana Ruiz" in out.read_text(encoding="utf-8")


def test_export_is_the_document_picture(page, window):
    from pitchkit.qtrender.renderers import qt_pictures

    shown = QImage.fromData(map_page.render_picture(window.project, page.scene.shown_layout(), "png"))
    document = QImage.fromData(qt_pictures()["pitchkit:map"](window.project))
    assert shown == document
