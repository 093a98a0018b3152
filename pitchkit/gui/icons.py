"""Icons by semantic name: the desktop theme's icon, else a crisp built-in fallback."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication

#: Semantic name -> (freedesktop theme icon, fallback).  A fallback "SP_…" is the style's
#: standard icon of that name, looked up when first drawn: PySide builds QStyle and all 19
#: of its enum classes (~6 ms) the first time the name QStyle is imported, which the first
#: screen need not pay.  Any other fallback is a glyph drawn by _GlyphEngine.
_ICONS: dict[str, tuple[str, str]] = {
    "new": ("document-new", "SP_FileIcon"),
    "open": ("document-open", "SP_DialogOpenButton"),
    "open-recent": ("document-open-recent", "SP_DirOpenIcon"),
    "save": ("document-save", "SP_DialogSaveButton"),
    "save-as": ("document-save-as", "SP_DialogSaveButton"),
    "undo": ("edit-undo", "SP_ArrowBack"),
    "redo": ("edit-redo", "SP_ArrowForward"),
    "find": ("edit-find", "SP_FileDialogContentsView"),
    "quit": ("application-exit", "SP_DialogCloseButton"),
    "about": ("help-about", "SP_MessageBoxInformation"),
    "help": ("help-contents", "SP_DialogHelpButton"),
    "preferences": ("preferences-system", "SP_FileDialogDetailedView"),
    "add": ("list-add", "plus"),
    "remove": ("list-remove", "minus"),
    "duplicate": ("edit-copy", "copy"),
    "move-up": ("go-up", "up"),
    "move-down": ("go-down", "down"),
    "example": ("help-contents", "SP_FileDialogInfoView"),
    "incomplete": ("dialog-warning", "dot"),
    "complete": ("emblem-ok", "tick"),
    "calendar": ("x-office-calendar", "calendar"),
    "print": ("document-print", "SP_FileIcon"),
    "export": ("document-export", "SP_DialogSaveButton"),
    "close": ("document-close", "SP_DialogCloseButton"),
}


class _GlyphEngine(QIconEngine):
    """Draws a simple line glyph at whatever size and pixel ratio is asked: sharp on high-DPI."""

    def __init__(self, glyph: str) -> None:
        super().__init__()
        self._glyph = glyph

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._glyph)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        colour = palette.windowText().color()
        if mode == QIcon.Mode.Disabled:
            colour = palette.placeholderText().color()
        if self._glyph == "dot":
            colour = palette.link().color()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        pen = QPen(colour, max(1.5, side / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        m = side * 0.22
        inner = box.adjusted(m, m, -m, -m)
        c = inner.center()
        if self._glyph in ("plus", "minus"):
            painter.drawLine(QPointF(inner.left(), c.y()), QPointF(inner.right(), c.y()))
            if self._glyph == "plus":
                painter.drawLine(QPointF(c.x(), inner.top()), QPointF(c.x(), inner.bottom()))
        elif self._glyph == "copy":
            off = inner.width() * 0.28
            painter.drawRoundedRect(inner.adjusted(off, off, 0, 0), 1.5, 1.5)
            painter.drawPolyline(
                [
                    QPointF(inner.left(), inner.bottom() - off),
                    QPointF(inner.left(), inner.top()),
                    QPointF(inner.right() - off, inner.top()),
                ]
            )
        elif self._glyph == "tick":
            painter.drawPolyline(
                [
                    QPointF(inner.left(), c.y()),
                    QPointF(c.x() - inner.width() * 0.1, inner.bottom() - inner.height() * 0.15),
                    QPointF(inner.right(), inner.top() + inner.height() * 0.1),
                ]
            )
        elif self._glyph in ("up", "down"):
            tip, base = (inner.top(), inner.bottom()) if self._glyph == "up" else (inner.bottom(), inner.top())
            painter.drawLine(QPointF(c.x(), tip), QPointF(c.x(), base))
            wing = inner.width() * 0.38
            towards = inner.height() * 0.38 * (1 if self._glyph == "up" else -1)
            painter.drawPolyline([QPointF(c.x() - wing, tip + towards), QPointF(c.x(), tip), QPointF(c.x() + wing, tip + towards)])
        elif self._glyph == "calendar":
            painter.drawRoundedRect(inner, 1.5, 1.5)
            top = inner.top() + inner.height() * 0.3
            painter.drawLine(QPointF(inner.left(), top), QPointF(inner.right(), top))
        elif self._glyph == "dot":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            r = side * 0.2
            painter.drawEllipse(c, r, r)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


class _StandardEngine(QIconEngine):
    """The style's standard icon `name` ("SP_…"), looked up the first time it is drawn."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._icon: QIcon | None = None

    def clone(self) -> QIconEngine:
        return _StandardEngine(self._name)

    def _resolved(self) -> QIcon:
        if self._icon is None:
            from PySide6.QtWidgets import QStyle  # not at import: see _ICONS

            style = QApplication.style()
            pixmap = getattr(QStyle.StandardPixmap, self._name)
            self._icon = style.standardIcon(pixmap) if style is not None else QIcon()
        return self._icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._resolved().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._resolved().pixmap(size, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802 - Qt name
        return self._resolved().actualSize(size, mode, state)


@functools.cache
def icon(name: str) -> QIcon:
    """The icon for `name` (e.g. "save", "add"); an empty icon for an unknown name."""
    entry = _ICONS.get(name)
    if entry is None:
        return QIcon()
    theme_name, fallback = entry
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    if fallback.startswith("SP_"):
        return QIcon(_StandardEngine(fallback))
    return QIcon(_GlyphEngine(fallback))
