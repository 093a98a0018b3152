"""Paints the stakeholder map from a MapLayout: the one renderer for the app and the documents.

The interactive map paints its background and each node with these functions, and the
pictures (PNG for documents and export, SVG for export) paint the whole layout with them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from pitchkit.core.map_layout import MapLayout, MapStyle, NodePlacement, edge_endpoints, layout_map
from pitchkit.core.model import Project
from pitchkit.gui.renderers import ensure_gui_application

TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
AXIS = QColor("#9aa5b1")
#: Arrows: opaque (a translucent antialiased pen costs ~7x more to draw, measured), the tint
#: #486581 at 60% over white.
EDGE = QColor("#93a4b5")
#: The route to the decision-maker.
HIGHLIGHT = QColor("#dd6b20")
#: Most pixels a map picture gets: crowded maps are drawn larger, not sharper.
MAX_PIXELS = 2000 * 1440


def _font(pixels: int, bold: bool = False) -> QFont:
    # Pixel sizes, not points: the same picture on screen, in a PNG at any scale and in SVG.
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def paint_background(painter: QPainter, layout: MapLayout) -> None:
    """Quadrants with their names and recommended actions, and the two axes.

    A network layout has no axes: its positions say who influences whom, so only a caption.
    """
    style, plot = layout.style, layout.plot
    painter.save()
    painter.fillRect(QRectF(0, 0, style.width, style.height), QColor("white"))
    if layout.kind == "network":
        painter.setPen(MUTED)
        painter.setFont(_font(13))
        painter.drawText(
            QRectF(plot.x, plot.y + plot.h + 8, plot.w, 24),
            Qt.AlignmentFlag.AlignHCenter,
            "Influence network: arrows run from the person listened to, to the listener",
        )
        painter.restore()
        return
    for box in layout.quadrants:
        rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
        painter.fillRect(rect, QColor(box.fill))
        painter.setPen(QPen(QColor("#d5dae1"), 1))
        painter.drawRect(rect)
        painter.setPen(MUTED)
        painter.setFont(_font(15, bold=True))
        painter.drawText(rect.adjusted(10, 8, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, box.name)
        painter.setFont(_font(12))
        painter.drawText(rect.adjusted(10, 28, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, box.action)
    painter.setPen(QPen(AXIS, 1.5))
    painter.drawLine(QPointF(plot.x, plot.y + plot.h), QPointF(plot.x + plot.w, plot.y + plot.h))
    painter.drawLine(QPointF(plot.x, plot.y), QPointF(plot.x, plot.y + plot.h))
    painter.setPen(MUTED)
    painter.setFont(_font(13))
    painter.drawText(
        QRectF(plot.x, plot.y + plot.h + 8, plot.w, 24), Qt.AlignmentFlag.AlignHCenter, "Interest in the initiative  →"
    )
    painter.translate(plot.x - 30, plot.y + plot.h / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.h / 2, -12, plot.h, 24), Qt.AlignmentFlag.AlignHCenter, "Power / influence  →")
    painter.restore()


def node_rect(node: NodePlacement, style: MapStyle) -> QRectF:
    return QRectF(node.x - style.node_width / 2, node.y - style.node_height / 2, style.node_width, style.node_height)


def paint_node(
    painter: QPainter, node: NodePlacement, style: MapStyle, *, selected: bool = False, highlighted: bool = False
) -> None:
    """One stakeholder: a card in the stance colour, a ring in the wanted stance's colour.

    `highlighted` draws a halo (a stop on the route to the decision-maker).
    """
    rect = node_rect(node, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if highlighted:
        painter.setPen(QPen(HIGHLIGHT, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 9, 9)
    fill = QColor(node.colour)
    painter.setPen(QPen(QColor("#102a43") if selected else fill.darker(130), 2.5 if selected else 1))
    painter.setBrush(QBrush(fill.lighter(165)))
    painter.drawRoundedRect(rect, 7, 7)
    stripe = QRectF(rect.x(), rect.y(), 7, rect.height())
    path = QPainterPath()
    path.addRoundedRect(stripe.adjusted(0, 0, 7, 0), 7, 7)
    painter.setClipRect(stripe)
    painter.fillPath(path, fill)
    painter.setClipping(False)
    # The stance wanted: a ring on the right edge, filled when already reached.
    ring = QRectF(rect.right() - 17, rect.top() + 5, 11, 11)
    painter.setPen(QPen(QColor(node.wanted_colour), 2.2))
    painter.setBrush(QColor(node.wanted_colour) if node.stance_wanted == node.stance else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    text_rect = rect.adjusted(12, 3, -20, -3)
    name_font = _font(12, bold=True)
    painter.setFont(name_font)
    painter.setPen(TEXT)
    marks = ("★ " if node.champion else "") + ("◆ " if node.decision_maker else "")
    metrics = QFontMetricsF(name_font)
    name = metrics.elidedText(marks + node.name, Qt.TextElideMode.ElideRight, text_rect.width())
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, name)
    role_font = _font(11)
    painter.setFont(role_font)
    painter.setPen(MUTED)
    role = QFontMetricsF(role_font).elidedText(node.role, Qt.TextElideMode.ElideRight, text_rect.width())
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, role)
    painter.restore()


def _clip_line(x1: float, y1: float, x2: float, y2: float, rect: QRectF) -> tuple[float, float, float, float] | None:
    """The part of a line inside `rect` (Liang-Barsky), or None."""
    dx, dy = x2 - x1, y2 - y1
    low, high = 0.0, 1.0
    for p, q in ((-dx, x1 - rect.left()), (dx, rect.right() - x1), (-dy, y1 - rect.top()), (dy, rect.bottom() - y1)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return x1 + low * dx, y1 + low * dy, x1 + high * dx, y1 + high * dy


def paint_edge(painter: QPainter, a: NodePlacement, b: NodePlacement, strength: int, style: MapStyle,
               colour: QColor | None = None, *, exposed: QRectF | None = None) -> None:
    """An influence arrow from `a` to `b`, thicker for stronger influence.

    `exposed` (the part being repainted) lets a long arrow draw only its visible piece:
    the same picture, at a fraction of the cost while a card is dragged.
    """
    x1, y1, x2, y2 = edge_endpoints(a, b, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = colour or EDGE
    painter.setPen(QPen(colour, 0.8 + strength * 0.8))
    line = (x1, y1, x2, y2) if exposed is None else _clip_line(x1, y1, x2, y2, exposed.adjusted(-4, -4, 4, 4))
    if line is not None:
        painter.drawLine(QPointF(line[0], line[1]), QPointF(line[2], line[3]))
    if exposed is not None and not exposed.adjusted(-20, -20, 20, 20).contains(QPointF(x2, y2)):
        painter.restore()
        return
    angle = math.atan2(y2 - y1, x2 - x1)
    size = 7 + strength * 1.5
    head = QPolygonF([
        QPointF(x2, y2),
        QPointF(x2 - size * math.cos(angle - 0.4), y2 - size * math.sin(angle - 0.4)),
        QPointF(x2 - size * math.cos(angle + 0.4), y2 - size * math.sin(angle + 0.4)),
    ])
    painter.setBrush(colour)
    painter.drawPolygon(head)
    painter.restore()


def paint_map(painter: QPainter, layout: MapLayout) -> None:
    """The whole picture: background, influence arrows, then the nodes on top."""
    paint_background(painter, layout)
    by_id = {node.id: node for node in layout.nodes}
    for edge in layout.edges:
        paint_edge(painter, by_id[edge.source], by_id[edge.target], edge.strength, layout.style)
    for node in layout.nodes:
        paint_node(painter, node, layout.style)


def picture_scale(layout: MapLayout, scale: float) -> float:
    """`scale`, reduced so a crowded (larger) map costs no more pixels than a standard one."""
    pixels = layout.style.width * layout.style.height * scale * scale
    return scale if pixels <= MAX_PIXELS else scale * math.sqrt(MAX_PIXELS / pixels)


def render_image(layout: MapLayout, scale: float = 2.0) -> QImage:
    style = layout.style
    scale = picture_scale(layout, scale)
    image = QImage(QSize(int(style.width * scale), int(style.height * scale)), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_map(painter, layout)
    painter.end()
    return image


def render_png(project: Project, scale: float = 2.0, layout: MapLayout | None = None) -> bytes:
    """The map of `project` as PNG bytes (`scale` x the picture units)."""
    ensure_gui_application()
    image = render_image(layout or layout_map(project), scale)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def render_svg(project: Project, layout: MapLayout | None = None) -> bytes:
    """The map of `project` as SVG bytes."""
    ensure_gui_application()
    from PySide6.QtSvg import QSvgGenerator

    layout = layout or layout_map(project)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(int(layout.style.width), int(layout.style.height)))
    generator.setViewBox(QRectF(0, 0, layout.style.width, layout.style.height))
    generator.setTitle("Stakeholder map")
    painter = QPainter(generator)
    paint_map(painter, layout)
    painter.end()
    buffer.close()
    return bytes(data.data())
