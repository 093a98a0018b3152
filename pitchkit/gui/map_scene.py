"""The map's QGraphicsScene: keeps one item per stakeholder and link in step with a MapLayout.

The scene knows geometry, not the project: it reports what the user did (`nodes_moved`,
`link_requested`) and the page turns that into undo commands.  After the model changes the
page hands over a new layout; items are moved and repainted, never recreated, so a
500-person map stays responsive.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent, QWidget

from pitchkit.core.map_layout import MapLayout, MapStyle, layout_map
from pitchkit.core.model import Project
from pitchkit.gui.map_items import EdgeItem, LinkDraftItem, NodeItem
from pitchkit.qtrender.map_painter import paint_background, paint_edges


class MapScene(QGraphicsScene):
    """Node and edge items for one layout; drag to move, Shift+drag to link.

    The background (quadrants, axes) and the arrows at rest are drawn in `drawBackground`,
    which the view caches: a drag repaints the moving card and its own arrows over that
    cached picture instead of every arrow that crosses their bounding boxes.
    """

    #: [(stakeholder id, x, y)] of the cards a drag moved, when the mouse is released.
    nodes_moved = Signal(list)
    #: (source id, target id): the user drew an arrow from one card to another.
    link_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.layout = layout_map(Project())
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        #: Draw links by dragging from card to card without holding Shift.
        self.link_mode = False
        self._link_source: NodeItem | None = None
        self._draft: LinkDraftItem | None = None
        self.route: list[str] = []
        #: Arrows of the cards being dragged (painted by their items until the drop).
        self._drag_edges: list[EdgeItem] = []

    # ----------------------------------------------------------------------------------------
    # Following the layout
    # ----------------------------------------------------------------------------------------

    def set_layout(self, layout: MapLayout) -> None:
        """Show `layout`: add, move, repaint and remove items by id."""
        old = self.layout
        self.layout = layout
        self.setSceneRect(0, 0, layout.style.width, layout.style.height)
        if (old.style, old.kind, old.quadrants) != (layout.style, layout.kind, layout.quadrants):
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
        style = layout.style
        seen = set()
        for placement in layout.nodes:
            seen.add(placement.id)
            item = self.nodes.get(placement.id)
            if item is None:
                item = NodeItem(placement, style)
                self.nodes[placement.id] = item
                self.addItem(item)
            else:
                item.set_placement(placement, style)
        for gone in [key for key in self.nodes if key not in seen]:
            item = self.nodes.pop(gone)
            for edge in list(item.edges):
                self._drop_edge(edge)
            self.removeItem(item)
        seen_edges = set()
        for placement in layout.edges:
            key = placement.id or f"{placement.source}>{placement.target}"
            seen_edges.add(key)
            edge = self.edges.get(key)
            source, target = self.nodes[placement.source], self.nodes[placement.target]
            if edge is not None and (edge.source is not source or edge.target is not target):
                self._drop_edge(edge)
                edge = None
            if edge is None:
                edge = EdgeItem(replace(placement, id=key), source, target)
                self.edges[key] = edge
                self.addItem(edge)
                edge.redraw()
            else:
                edge.set_placement(replace(placement, id=key))
        for gone in [key for key in self.edges if key not in seen_edges]:
            self._drop_edge(self.edges[gone])
        self.set_route(self.route)

    def _drop_edge(self, edge: EdgeItem) -> None:
        edge.redraw()
        edge.detach()
        self.edges.pop(edge.id, None)
        if edge.scene() is self:
            self.removeItem(edge)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The quadrants and axes, then the arrows at rest that cross `rect`."""
        paint_background(painter, self.layout)
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        resting = []
        for edge in self.edges.values():
            box = edge.boundingRect()
            if (not edge.floating and box.left() <= right and box.right() >= left and box.top() <= bottom
                    and box.bottom() >= top):
                resting.append((edge.source.placement, edge.target.placement, edge.placement.strength))
        paint_edges(painter, resting, self.layout.style, exposed=rect)

    def shown_layout(self) -> MapLayout:
        """The layout as shown now, with every card where it stands (for pictures)."""
        nodes = [replace(self.nodes[n.id].placement) for n in self.layout.nodes if n.id in self.nodes]
        return replace(self.layout, nodes=nodes, edges=list(self.layout.edges))

    def clamp(self, pos: QPointF) -> QPointF:
        """Keep a card inside the plot while it is dragged."""
        plot, style = self.layout.plot, self.layout.style
        half_w, half_h = style.node_width / 2, style.node_height / 2
        x = min(plot.x + plot.w - half_w, max(plot.x + half_w, pos.x()))
        y = min(plot.y + plot.h - half_h, max(plot.y + half_h, pos.y()))
        return QPointF(x, y)

    @property
    def style(self) -> MapStyle:
        return self.layout.style

    # ----------------------------------------------------------------------------------------
    # Selection and the route to the decision-maker
    # ----------------------------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        return [item.id for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_edge_ids(self) -> list[str]:
        return [item.id for item in self.selectedItems() if isinstance(item, EdgeItem)]

    def select_node(self, stakeholder_id: str | None) -> NodeItem | None:
        """Make `stakeholder_id` the only selected card (None clears the selection)."""
        item = self.nodes.get(stakeholder_id or "")
        if item is not None and self.selectedItems() == [item]:
            return item
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            item.setFocus()
        return item

    def set_route(self, route: list[str]) -> None:
        """Highlight the cards of `route` and the arrows between consecutive ones."""
        self.route = list(route)
        on_route = set(route)
        steps = set(zip(route, route[1:], strict=False))
        for key, item in self.nodes.items():
            item.set_highlighted(key in on_route)
        for edge in self.edges.values():
            edge.set_highlighted((edge.placement.source, edge.placement.target) in steps)

    # ----------------------------------------------------------------------------------------
    # Drawing a link
    # ----------------------------------------------------------------------------------------

    def is_linking(self) -> bool:
        return self._link_source is not None

    def begin_link(self, source: NodeItem, pos: QPointF) -> None:
        self._link_source = source
        self._draft = LinkDraftItem(source.pos())
        self._draft.set_end(pos)
        self.addItem(self._draft)

    def update_link(self, pos: QPointF) -> None:
        if self._draft is not None:
            self._draft.set_end(pos)

    def finish_link(self, pos: QPointF) -> None:
        source = self._link_source
        self._link_source = None
        if self._draft is not None:
            self.removeItem(self._draft)
            self._draft = None
        target = next((item for item in self.items(pos) if isinstance(item, NodeItem)), None)
        if source is not None and target is not None and target is not source:
            self.link_requested.emit(source.id, target.id)

    # ----------------------------------------------------------------------------------------
    # Drags end here: report every card that moved, as one change
    # ----------------------------------------------------------------------------------------

    def begin_drag(self) -> None:
        """A card was pressed: the arrows of the selected cards float until the drop."""
        self.end_drag()
        self._drag_edges = [edge for item in self.selectedItems() if isinstance(item, NodeItem) for edge in item.edges]
        for edge in self._drag_edges:
            edge.set_dragging(True)

    def end_drag(self) -> None:
        for edge in self._drag_edges:
            edge.set_dragging(False)
        self._drag_edges = []

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        grabber = self.mouseGrabberItem()
        super().mouseReleaseEvent(event)
        if isinstance(grabber, NodeItem) or grabber is None:
            self.report_moves()
        self.end_drag()

    def report_moves(self) -> None:
        """Emit `nodes_moved` for cards that stand away from their layout place."""
        moved = [
            (item.id, item.pos().x(), item.pos().y())
            for item in self.nodes.values()
            if item.isSelected() and item.pos() != item.home
        ]
        if moved:
            self.nodes_moved.emit(moved)

    def move_node_by(self, item: QGraphicsItem, dx: float, dy: float) -> None:
        """Move a card on screen only (the network layout's keyboard moves)."""
        item.setPos(item.pos() + QPointF(dx, dy))
