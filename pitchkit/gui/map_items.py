"""The graphics items of the map; each paints with map_painter, as the document picture does.

Arrows at rest are painted by the scene's background (`MapScene.drawBackground`, cached by
the view), not by their items: a 500-person map has 1,000 long arrows, and each dirty
rectangle of a drag crosses the bounding boxes of a hundred or more of them.  An arrow's
item paints only while it is "floating": selected, on the highlighted route, or attached
to a card being dragged.  The item is always there for clicks, selection and its shape.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pitchkit.core.map_layout import EdgePlacement, MapStyle, NodePlacement, edge_endpoints
from pitchkit.gui.labels import label
from pitchkit.qtrender.map_painter import HIGHLIGHT, paint_edge, paint_node

if TYPE_CHECKING:
    from pitchkit.gui.map_scene import MapScene

#: Room around a card for the selection pen and the route halo.
_HALO = 6.0
EDGE_SELECTED = QColor("#102a43")


class NodeItem(QGraphicsObject):
    """One stakeholder card; its position is the card's centre (node-local painting)."""

    def __init__(self, placement: NodePlacement, style: MapStyle) -> None:
        super().__init__()
        self.placement = replace(placement)
        self.style = style
        self.home = QPointF(placement.x, placement.y)
        self.edges: list[EdgeItem] = []
        self.highlighted = False
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(
            flags.ItemIsMovable | flags.ItemIsSelectable | flags.ItemIsFocusable | flags.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.setPos(self.home)
        self.setToolTip(self._tip())
        self.setAcceptHoverEvents(False)

    @property
    def id(self) -> str:
        return self.placement.id

    def _tip(self) -> str:
        p = self.placement
        return f"{p.name} — {p.role}\n{label(p.stance)} → {label(p.stance_wanted)}" if p.role else p.name

    def set_placement(self, placement: NodePlacement, style: MapStyle) -> None:
        """Follow the layout: new values repaint, a new place moves (the item is kept)."""
        looks = (placement.name, placement.role, placement.colour, placement.wanted_colour,
                 placement.stance, placement.stance_wanted, placement.champion, placement.decision_maker)
        mine = (self.placement.name, self.placement.role, self.placement.colour, self.placement.wanted_colour,
                self.placement.stance, self.placement.stance_wanted, self.placement.champion,
                self.placement.decision_maker)
        if style != self.style:
            self.prepareGeometryChange()
            self.style = style
        x, y = self.placement.x, self.placement.y
        self.placement = replace(placement, x=x, y=y)
        if looks != mine:
            self.setToolTip(self._tip())
            self.update()
        self.home = QPointF(placement.x, placement.y)
        if self.pos() != self.home:
            self.setPos(self.home)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:
        w, h = self.style.node_width, self.style.node_height
        return QRectF(-w / 2 - _HALO, -h / 2 - _HALO, w + 2 * _HALO, h + 2 * _HALO)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        w, h = self.style.node_width, self.style.node_height
        path.addRoundedRect(QRectF(-w / 2, -h / 2, w, h), 7, 7)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.translate(-self.placement.x, -self.placement.y)
        paint_node(painter, self.placement, self.style, selected=self.isSelected(), highlighted=self.highlighted)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        changes = QGraphicsItem.GraphicsItemChange
        if change == changes.ItemPositionChange and self.scene() is not None:
            return self.scene().clamp(value)
        if change == changes.ItemPositionHasChanged:
            self.placement.x, self.placement.y = self.pos().x(), self.pos().y()
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def _map_scene(self) -> MapScene:
        return self.scene()  # type: ignore[return-value]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        linking = scene.link_mode or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.button() == Qt.MouseButton.LeftButton and linking:
            scene.begin_link(self, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            scene.begin_drag()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene.is_linking():
            scene.update_link(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene.is_linking():
            scene.finish_link(event.scenePos())
            return
        super().mouseReleaseEvent(event)


class EdgeItem(QGraphicsItem):
    """An influence arrow between two node items; follows them when they move."""

    def __init__(self, placement: EdgePlacement, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.placement = placement
        self.source = source
        self.target = target
        self.highlighted = False
        #: One of its cards is being dragged: the item paints it (see the module docstring).
        self.dragging = False
        self.floating = False
        self._line = (0.0, 0.0, 0.0, 0.0)
        self._rect = QRectF()
        self._pad = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # exposedRect: long arrows redraw only the piece that needs it.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(0)
        source.edges.append(self)
        target.edges.append(self)
        self.adjust()

    @property
    def id(self) -> str:
        return self.placement.id

    def detach(self) -> None:
        for node in (self.source, self.target):
            if self in node.edges:
                node.edges.remove(self)

    def redraw(self) -> None:
        """Repaint the arrow where it is drawn: by the item, or in the scene's background."""
        scene = self.scene()
        if scene is None:
            return
        if self.floating:
            self.update()
        else:
            scene.invalidate(self.sceneBoundingRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _float(self) -> None:
        floating = self.dragging or self.highlighted or self.isSelected()
        if floating != self.floating:
            self.floating = floating
            scene = self.scene()
            if scene is not None:
                scene.invalidate(self.sceneBoundingRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
            self.update()

    def set_dragging(self, on: bool) -> None:
        self.dragging = on
        self._float()

    def set_placement(self, placement: EdgePlacement) -> None:
        if placement != self.placement:
            self.redraw()
            self.placement = placement
            self.adjust()
            self.redraw()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(0.5 if on else 0)
            self._float()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._float()
        return super().itemChange(change, value)

    def adjust(self) -> None:
        """The nodes moved: recompute where the arrow runs."""
        line = edge_endpoints(self.source.placement, self.target.placement, self.source.style)
        pad = 8 + self.placement.strength * 2
        if line != self._line or pad != self._pad:
            if not self.floating:
                self.redraw()  # where it was
            self.prepareGeometryChange()
            self._line, self._pad = line, pad
            x1, y1, x2, y2 = line
            self._rect = QRectF(min(x1, x2) - pad, min(y1, y2) - pad, abs(x2 - x1) + 2 * pad, abs(y2 - y1) + 2 * pad)
            if not self.floating:
                self.redraw()  # where it is now

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        x1, y1, x2, y2 = self._line
        path = QPainterPath(QPointF(x1, y1))
        path.lineTo(QPointF(x2, y2))
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.floating:
            return  # the scene's background draws it
        self.paint_arrow(painter, option.exposedRect)

    def paint_arrow(self, painter: QPainter, exposed: QRectF | None) -> None:
        colour = None
        if self.isSelected():
            colour = EDGE_SELECTED
        elif self.highlighted:
            colour = HIGHLIGHT
        paint_edge(painter, self.source.placement, self.target.placement, self.placement.strength,
                   self.source.style, colour, exposed=exposed)


class LinkDraftItem(QGraphicsItem):
    """The dashed arrow that follows the mouse while a new link is drawn."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self.start = QPointF(start)
        self.end = QPointF(start)
        self.setZValue(5)

    def set_end(self, end: QPointF) -> None:
        self.prepareGeometryChange()
        self.end = QPointF(end)

    def boundingRect(self) -> QRectF:
        return QRectF(self.start, self.end).normalized().adjusted(-12, -12, 12, 12)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HIGHLIGHT, 2, Qt.PenStyle.DashLine))
        painter.drawLine(self.start, self.end)
        painter.setBrush(HIGHLIGHT)
        painter.drawEllipse(self.end, 4, 4)
