"""The graphics items of the map; each paints with map_painter, as the document picture does."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pitchkit.core.map_layout import (
    EdgePlacement,
    MapLayout,
    MapStyle,
    NodePlacement,
    edge_endpoints,
)
from pitchkit.gui.map_painter import HIGHLIGHT, paint_background, paint_edge, paint_node

if TYPE_CHECKING:
    from pitchkit.gui.map_scene import MapScene

#: Room around a card for the selection pen and the route halo.
_HALO = 6.0
EDGE_SELECTED = QColor("#102a43")


class BackgroundItem(QGraphicsItem):
    """The quadrants, their names and actions, and the axes (or the network caption)."""

    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.layout = layout
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: MapLayout) -> None:
        old = self.layout
        self.layout = layout
        if (old.style, old.kind) != (layout.style, layout.kind):
            self.prepareGeometryChange()
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.layout.style.width, self.layout.style.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_background(painter, self.layout)


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
        return f"{p.name} — {p.role}\n{p.stance.label} → {p.stance_wanted.label}" if p.role else p.name

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
        self._line = (0.0, 0.0, 0.0, 0.0)
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

    def set_placement(self, placement: EdgePlacement) -> None:
        if placement != self.placement:
            self.placement = placement
            self.adjust()
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(0.5 if on else 0)
            self.update()

    def adjust(self) -> None:
        """The nodes moved: recompute where the arrow runs."""
        line = edge_endpoints(self.source.placement, self.target.placement, self.source.style)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line

    def boundingRect(self) -> QRectF:
        x1, y1, x2, y2 = self._line
        pad = 8 + self.placement.strength * 2
        return QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2))).adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        x1, y1, x2, y2 = self._line
        path = QPainterPath(QPointF(x1, y1))
        path.lineTo(QPointF(x2, y2))
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colour = None
        if self.isSelected():
            colour = EDGE_SELECTED
        elif self.highlighted:
            colour = HIGHLIGHT
        paint_edge(painter, self.source.placement, self.target.placement, self.placement.strength,
                   self.source.style, colour, exposed=option.exposedRect)


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
