"""The map scene keeps its items in step with the layout: same items, moved; paints like the picture."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsSceneMouseEvent

from benchmarks.projectgen import generate_project
from pitchkit.core.map_layout import layout_map
from pitchkit.core.model import Link, Project, Stakeholder
from pitchkit.gui.map_scene import MapScene
from pitchkit.qtrender.map_painter import render_image

pytestmark = pytest.mark.gui


def people(*ids: str) -> list[Stakeholder]:
    return [Stakeholder(id=i, name=i.upper(), power=2 + n * 2, interest=8 - n * 2) for n, i in enumerate(ids)]


def test_items_are_kept_by_id_and_follow_the_layout(qapp):
    project = Project(stakeholders=people("s-a", "s-b", "s-c"), links=[Link(id="l-1", source="s-a", target="s-b")])
    scene = MapScene()
    scene.set_layout(layout_map(project))
    a, edge = scene.nodes["s-a"], scene.edges["l-1"]
    project.stakeholders[0].power = 9.0
    project.stakeholders.pop(2)
    project.stakeholders.append(Stakeholder(id="s-d", name="D"))
    scene.set_layout(layout_map(project))
    assert set(scene.nodes) == {"s-a", "s-b", "s-d"}
    assert scene.nodes["s-a"] is a and scene.edges["l-1"] is edge
    assert a.pos() == QPointF(scene.layout.node("s-a").x, scene.layout.node("s-a").y)
    project.links.clear()
    scene.set_layout(layout_map(project))
    assert scene.edges == {} and a.edges == []


def chain_scene() -> MapScene:
    """A scene of three people, a -> b -> c."""
    project = Project(stakeholders=people("s-a", "s-b", "s-c"),
                      links=[Link(id="l-1", source="s-a", target="s-b"), Link(id="l-2", source="s-b", target="s-c")])
    scene = MapScene()
    scene.set_layout(layout_map(project))
    return scene


def test_moving_a_card_moves_only_its_arrows(qapp):
    scene = chain_scene()
    l1, l2 = scene.edges["l-1"], scene.edges["l-2"]
    before = (l1.boundingRect(), l2.boundingRect())
    scene.nodes["s-a"].setPos(scene.nodes["s-a"].pos() + QPointF(-80, 60))
    assert l1.boundingRect() != before[0] and l2.boundingRect() == before[1]


def test_cards_stay_inside_the_plot_while_dragged(qapp):
    scene = MapScene()
    scene.set_layout(layout_map(Project(stakeholders=people("s-a"))))
    item = scene.nodes["s-a"]
    item.setPos(QPointF(-5000, 5000))
    plot = scene.layout.plot
    assert plot.x < item.pos().x() < plot.x + plot.w and plot.y < item.pos().y() < plot.y + plot.h


def test_a_release_reports_the_cards_that_moved(qapp):
    scene = MapScene()
    scene.set_layout(layout_map(Project(stakeholders=people("s-a", "s-b"))))
    reported: list[list] = []
    scene.nodes_moved.connect(reported.append)
    item = scene.nodes["s-b"]
    item.setSelected(True)
    item.setPos(item.pos() + QPointF(30, 30))
    release = QGraphicsSceneMouseEvent(QEvent.Type.GraphicsSceneMouseRelease)
    release.setButton(Qt.MouseButton.LeftButton)
    QApplication.sendEvent(scene, release)
    assert [[entry[0] for entry in batch] for batch in reported] == [["s-b"]]


def test_the_scene_paints_the_same_picture_as_the_documents(qapp, example_path):
    from pitchkit.core.project_file import load_project

    project = load_project(example_path).project
    layout = layout_map(project)
    scene = MapScene()
    scene.set_layout(layout)
    style = layout.style
    image = QImage(int(style.width), int(style.height), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, scene.sceneRect(), scene.sceneRect())
    painter.end()
    picture = render_image(layout, scale=1.0)
    differing = sum(
        1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
        if image.pixelColor(x, y) != picture.pixelColor(x, y)
    )
    # The same painter functions: only anti-aliasing at item edges may differ.
    assert differing < image.width() * image.height() / 16 * 0.02


def test_a_crowded_map_grows_so_cards_do_not_overlap(qapp):
    project = generate_project(200)
    layout = layout_map(project)
    assert layout.style.width > 1000
    scene = MapScene()
    scene.set_layout(layout)
    assert len(scene.nodes) == 200 and len(scene.edges) == len(layout.edges)


def test_a_drag_repaints_only_the_dragged_cards_arrows_as_items(qapp):
    scene = chain_scene()
    l1, l2 = scene.edges["l-1"], scene.edges["l-2"]
    # At rest the scene's (cached) background draws the arrows.
    assert not l1.floating and not l2.floating
    scene.nodes["s-a"].setSelected(True)
    scene.begin_drag()
    assert l1.floating and not l2.floating
    scene.end_drag()
    assert not l1.floating
    l2.setSelected(True)
    assert l2.floating  # drawn by its item, in the selection colour
