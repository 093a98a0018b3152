"""Paints the stakeholder map from a MapLayout: the one renderer for the app and the documents.

The interactive map paints its background and each node with these functions, and the
pictures (PNG for documents and export, SVG for export) paint the whole layout with them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
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
from pitchkit.core.map_picture import (
    DOTS_PER_METRE,
    PICTURE_SCALE,
    chunk,
    picture_scale,
    picture_size,
    png_head,
)
from pitchkit.core.model import Project
from pitchkit.qtrender.application import ensure_gui_application
from pitchkit.qtrender.words import word

TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
#: A card's role line: 4.5:1 or better on the lightest tint of every stance colour.
CARD_MUTED = QColor("#323f4b")
AXIS = QColor("#9aa5b1")
#: Arrows: opaque (a translucent antialiased pen costs ~7x more to draw, measured), the tint
#: #486581 at 60% over white.
EDGE = QColor("#93a4b5")
#: Every card in a shared document's map: one colour, whatever the stance.
SHARED_CARD = QColor("#7b8794")
#: The route to the decision-maker.
HIGHLIGHT = QColor("#dd6b20")
#: zlib level of the map PNG: level 1 is a third faster than the default and, for flat
#: colours and text like these, hardly bigger.
PNG_LEVEL = 1


@lru_cache(maxsize=16)
def _font(pixels: int, bold: bool = False) -> QFont:
    """A font by pixel size, made once (callers do not change it)."""
    # Pixel sizes, not points: the same picture on screen, in a PNG at any scale and in SVG.
    font = QFont("DejaVu Sans")
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@lru_cache(maxsize=16)
def _metrics(pixels: int, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(_font(pixels, bold))


@lru_cache(maxsize=8192)
def _elided(text: str, pixels: int, bold: bool, width: float) -> str:
    """`text` cut to `width` with an ellipsis: measured once per text, not on every repaint."""
    return _metrics(pixels, bold).elidedText(text, Qt.TextElideMode.ElideRight, width)


@lru_cache(maxsize=8)
def _stripe(height: float) -> QPainterPath:
    """The stance-colour stripe down a card's left edge, its corners rounded like the card's."""
    card = QPainterPath()
    card.addRoundedRect(QRectF(0, 0, 14, height), 7, 7)
    band = QPainterPath()
    band.addRect(QRectF(0, 0, 7, height))
    return card.intersected(band)


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
            word("Influence network: arrows run from the person listened to, to the listener"),
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
        painter.drawText(rect.adjusted(10, 8, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, word(box.name))
        painter.setFont(_font(12))
        painter.drawText(rect.adjusted(10, 28, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, word(box.action))
    painter.setPen(QPen(AXIS, 1.5))
    painter.drawLine(QPointF(plot.x, plot.y + plot.h), QPointF(plot.x + plot.w, plot.y + plot.h))
    painter.drawLine(QPointF(plot.x, plot.y), QPointF(plot.x, plot.y + plot.h))
    painter.setPen(MUTED)
    painter.setFont(_font(13))
    painter.drawText(
        QRectF(plot.x, plot.y + plot.h + 8, plot.w, 24), Qt.AlignmentFlag.AlignHCenter, word("Interest in the initiative  →")
    )
    painter.translate(plot.x - 30, plot.y + plot.h / 2)
    painter.rotate(-90)
    painter.drawText(QRectF(-plot.h / 2, -12, plot.h, 24), Qt.AlignmentFlag.AlignHCenter, word("Power / influence  →"))
    painter.restore()


def node_rect(node: NodePlacement, style: MapStyle) -> QRectF:
    return QRectF(node.x - style.node_width / 2, node.y - style.node_height / 2, style.node_width, style.node_height)


def paint_node(
    painter: QPainter, node: NodePlacement, style: MapStyle, *, selected: bool = False, highlighted: bool = False,
    shared: bool = False,
) -> None:
    """One stakeholder: a card in the stance colour, a ring in the wanted stance's colour.

    `highlighted` draws a halo (a stop on the route to the decision-maker).  `shared` is the
    style for documents other people read: one colour for everyone, no ring.
    """
    rect = node_rect(node, style)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if highlighted:
        painter.setPen(QPen(HIGHLIGHT, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 9, 9)
    fill = SHARED_CARD if shared else QColor(node.colour)
    painter.setPen(QPen(QColor("#102a43") if selected else fill.darker(130), 2.5 if selected else 1))
    painter.setBrush(QBrush(fill.lighter(165)))
    painter.drawRoundedRect(rect, 7, 7)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(_stripe(rect.height()).translated(rect.topLeft()))
    if not shared:
        # The stance wanted: a ring on the right edge, filled when already reached.
        ring = QRectF(rect.right() - 17, rect.top() + 5, 11, 11)
        painter.setPen(QPen(QColor(node.wanted_colour), 2.2))
        painter.setBrush(QColor(node.wanted_colour) if node.stance_wanted == node.stance else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
    # Text at its baseline (no layout of a rectangle per card), cut to the room there is.
    text_rect = rect.adjusted(12, 3, -20, -3)
    marks = ("★ " if node.champion else "") + ("◆ " if node.decision_maker else "")
    painter.setFont(_font(12, bold=True))
    painter.setPen(TEXT)
    name = _elided(marks + node.name, 12, True, text_rect.width())
    painter.drawText(QPointF(text_rect.left(), text_rect.top() + _metrics(12, True).ascent()), name)
    painter.setFont(_font(11))
    painter.setPen(CARD_MUTED)
    role = _elided(node.role, 11, False, text_rect.width())
    painter.drawText(QPointF(text_rect.left(), text_rect.bottom() - _metrics(11).descent()), role)
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
    """An influence arrow from `a` to `b`, thicker for stronger influence."""
    paint_edges(painter, [(a, b, strength)], style, colour, exposed=exposed)


def paint_edges(painter: QPainter, edges: Iterable[tuple[NodePlacement, NodePlacement, int]], style: MapStyle,
                colour: QColor | None = None, *, exposed: QRectF | None = None) -> None:
    """Influence arrows (source, target, strength), thicker for stronger influence.

    Arrows of one strength share a pen and are drawn with one `drawLines` call, their heads
    with one `drawPath`: a 1,000-arrow map costs a handful of Qt calls rather than
    thousands.  `exposed` (the part being repainted) lets a long arrow draw only its
    visible piece, and arrows outside it nothing at all.
    """
    colour = colour or EDGE
    lines: dict[int, list[QLineF]] = {}
    heads: dict[int, QPainterPath] = {}
    clip = exposed.adjusted(-4, -4, 4, 4) if exposed is not None else None
    near = exposed.adjusted(-20, -20, 20, 20) if exposed is not None else None
    for a, b, strength in edges:
        x1, y1, x2, y2 = edge_endpoints(a, b, style)
        line = (x1, y1, x2, y2) if clip is None else _clip_line(x1, y1, x2, y2, clip)
        if line is not None:
            lines.setdefault(strength, []).append(QLineF(line[0], line[1], line[2], line[3]))
        if near is not None and not near.contains(QPointF(x2, y2)):
            continue
        angle = math.atan2(y2 - y1, x2 - x1)
        size = 7 + strength * 1.5
        path = heads.get(strength)
        if path is None:
            path = heads[strength] = QPainterPath()
            # Every head turns the same way round, so where two overlap both stay filled.
            path.setFillRule(Qt.FillRule.WindingFill)
        path.addPolygon(QPolygonF([
            QPointF(x2, y2),
            QPointF(x2 - size * math.cos(angle - 0.4), y2 - size * math.sin(angle - 0.4)),
            QPointF(x2 - size * math.cos(angle + 0.4), y2 - size * math.sin(angle + 0.4)),
        ]))
        path.closeSubpath()
    if not lines and not heads:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    for strength in sorted(lines.keys() | heads.keys()):
        painter.setPen(QPen(colour, 0.8 + strength * 0.8))
        if strength in lines:
            painter.drawLines(lines[strength])
        if strength in heads:
            painter.drawPath(heads[strength])
    painter.restore()


def paint_map(painter: QPainter, layout: MapLayout, *, shared: bool = False) -> None:
    """The whole picture: background, influence arrows, then the nodes on top (`shared`: no stances)."""
    paint_background(painter, layout)
    by_id = {node.id: node for node in layout.nodes}
    paint_edges(painter, [(by_id[e.source], by_id[e.target], e.strength) for e in layout.edges], layout.style)
    for node in layout.nodes:
        paint_node(painter, node, layout.style, shared=shared)


def render_image(layout: MapLayout, scale: float = PICTURE_SCALE, *, shared: bool = False) -> QImage:
    image = QImage(QSize(*picture_size(layout, scale)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(DOTS_PER_METRE)
    image.setDotsPerMeterY(DOTS_PER_METRE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scale = picture_scale(layout, scale)
    painter.scale(scale, scale)
    paint_map(painter, layout, shared=shared)
    painter.end()
    return image


def prepare_painting() -> None:
    """The application and the fonts a picture needs, made before there is anything to draw."""
    ensure_gui_application()
    for pixels, bold in ((12, True), (11, False), (12, False), (13, False), (15, True)):
        _metrics(pixels, bold).ascent()


def render_png(
    project: Project, scale: float = PICTURE_SCALE, layout: MapLayout | None = None, *, shared: bool = False
) -> bytes:
    """The map of `project` as PNG bytes (`scale` x the picture units; `shared`: no stance marks)."""
    ensure_gui_application()
    return png_bytes(render_image(layout or layout_map(project), scale, shared=shared))


def png_bytes(image: QImage) -> bytes:
    """`image` as an 8-bit RGB PNG whose rows are not filtered, deflated by zlib at level 1.

    Qt's PNG writer (libpng) tries every row filter on every row: for a 1434 x 2007 map it
    took 145 ms where these unfiltered rows take ~75 ms with the conversion, and the file
    is smaller (396 against 468 KB: flat colours deflate well as they are).  The pixels
    are the same; the resolution (`pHYs`, which sizes the picture in Word) is the image's.
    """
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    bits = memoryview(rgb.constBits())  # `rgb` outlives every slice: joined below, unpacked
    row = 3 * width
    # Each row's filter byte (0: none), then the row as a view of the image's own memory:
    # one copy in the join instead of three (5 ms instead of 18 for the document map).
    parts = [b"\x00", b""] * height
    parts[1::2] = [bits[y * stride : y * stride + row] for y in range(height)]
    raw = b"".join(parts)

    # The header is the one the export knew before the picture was drawn (core/map_picture.py).
    head = png_head(width, height, image.dotsPerMeterX(), image.dotsPerMeterY())
    return b"".join((head, chunk(b"IDAT", zlib.compress(raw, PNG_LEVEL)), chunk(b"IEND", b"")))


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
    generator.setTitle(word("Stakeholder map"))
    painter = QPainter(generator)
    paint_map(painter, layout)
    painter.end()
    buffer.close()
    return bytes(data.data())
