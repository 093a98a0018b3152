"""The map's QGraphicsView: zoom (Ctrl+wheel, +/-), pan (drag empty space), fit, and keys."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from pitchkit.gui.focus_frame import FOCUS_WIDTH
from pitchkit.gui.map_scene import MapScene

#: Zoom steps and limits (1.0 = one picture unit per pixel).
ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
#: Fitting never shrinks the map below this: card text (11-12 px) stays 9 px or more on
#: screen, and a small window scrolls instead (zoom out by hand to see it all).
LEGIBLE_ZOOM = 0.8

#: Keyboard moves, in power/interest points.
NUDGE = 0.5
FINE_NUDGE = 0.1


class MapView(QGraphicsView):
    """Shows a MapScene; arrow keys nudge the selected card, Delete removes selected links."""

    #: (power change, interest change) for the selected card.
    nudge_requested = Signal(float, float)
    delete_requested = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        # The quadrants and the arrows at rest (MapScene.drawBackground) are drawn once, then
        # copied: a drag repaints only the moving card and its arrows over them.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Stakeholder map"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move the selected person; Shift+arrow moves less; Delete removes a selected link.")
        )
        #: Whether the map follows the view's size (until the user zooms by hand).
        self.auto_fit = True

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self.auto_fit = False
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    @Slot()
    def fit(self) -> None:
        """The whole map in view, as far as its text stays legible."""
        rect = self.sceneRect().adjusted(-12, -12, 12, 12)
        # Twice: the first fit may show or hide scroll bars, which changes the room there is.
        for _ in range(2):
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:
            self.set_zoom(1.5)
        elif self.zoom() < LEGIBLE_ZOOM:
            self.set_zoom(LEGIBLE_ZOOM)
        self.centerOn(rect.center())
        self.auto_fit = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.auto_fit:
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit and self.isVisible():  # the window's layout settles after the first show
            self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt name
        """A frame in the highlight colour while the map has the keyboard (arrow keys move people)."""
        super().drawForeground(painter, rect)
        if self.hasFocus():
            painter.save()
            painter.resetTransform()
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -FOCUS_WIDTH, -FOCUS_WIDTH))
            painter.restore()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        super().focusOutEvent(event)
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = FINE_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
        moves = {
            Qt.Key.Key_Up: (step, 0.0),
            Qt.Key.Key_Down: (-step, 0.0),
            Qt.Key.Key_Right: (0.0, step),
            Qt.Key.Key_Left: (0.0, -step),
        }
        if key in moves and self.scene().selectedItems():
            self.nudge_requested.emit(*moves[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if key == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        super().keyPressEvent(event)
