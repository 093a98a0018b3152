"""A document browser that wraps to its width: pictures shrink to fit, never a sideways scroll.

The document's pictures are laid out at their printed size (the map is 16 cm wide), wider
than a preview on a small screen, which then scrolled sideways for one picture.  The
browser scales each picture down to the width it has (never up), keeping its proportions,
and remembers the printed size so printing can put it back (`printed_size`).  Text and
tables already wrap to the width (tables are 100% wide).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtGui import (
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextImageFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

#: Where a picture's printed width and height are kept in its format.
_PRINTED_WIDTH = QTextFormat.Property.UserProperty + 1
_PRINTED_HEIGHT = QTextFormat.Property.UserProperty + 2


def _pictures(document: QTextDocument) -> Iterator[tuple[int, int, QTextImageFormat, QTextFrame | None]]:
    """(position, length, format, enclosing frame) of each picture in `document`."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                yield fragment.position(), fragment.length(), fragment.charFormat().toImageFormat(), cursor.currentFrame()
            iterator += 1
        block = block.next()


def _frame_inset(frame: QTextFrame | None) -> float:
    """What a frame takes from the width on both sides: margins, padding and border."""
    inset = 0.0
    while frame is not None:
        fmt = frame.frameFormat()
        inset += fmt.leftMargin() + fmt.rightMargin() + 2 * (fmt.padding() + fmt.border())
        frame = frame.parentFrame()
    return inset


def _set_size(document: QTextDocument, position: int, length: int, fmt: QTextImageFormat, width: float, height: float) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    fmt.setWidth(width)
    fmt.setHeight(height)
    cursor.setCharFormat(fmt)


def _printed(fmt: QTextImageFormat, document: QTextDocument) -> tuple[float, float]:
    """A picture's printed width and height (its own size when the format gives none)."""
    if fmt.hasProperty(_PRINTED_WIDTH):
        return fmt.doubleProperty(_PRINTED_WIDTH), fmt.doubleProperty(_PRINTED_HEIGHT)
    width, height = fmt.width(), fmt.height()
    if width <= 0 or height <= 0:
        image = document.resource(QTextDocument.ResourceType.ImageResource, fmt.name())
        size = getattr(image, "size", None)
        if size is None:
            return 0.0, 0.0
        natural = size()
        if width <= 0 and height <= 0:
            width, height = float(natural.width()), float(natural.height())
        elif width <= 0:
            width = height * natural.width() / max(natural.height(), 1)
        else:
            height = width * natural.height() / max(natural.width(), 1)
    return width, height


def fit_pictures(document: QTextDocument, width: float) -> None:
    """Scale every picture in `document` down to `width` (less its frames' insets), never up."""
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)
    try:
        for position, length, fmt, frame in list(_pictures(document)):
            printed_width, printed_height = _printed(fmt, document)
            if printed_width <= 0:
                continue
            fmt.setProperty(_PRINTED_WIDTH, printed_width)
            fmt.setProperty(_PRINTED_HEIGHT, printed_height)
            room = max(width - _frame_inset(frame), 16.0)
            shown = min(printed_width, room)
            if abs(shown - fmt.width()) >= 0.5:
                _set_size(document, position, length, fmt, shown, printed_height * shown / printed_width)
    finally:
        document.setUndoRedoEnabled(undo)


@contextlib.contextmanager
def printed_size(document: QTextDocument) -> Iterator[QTextDocument]:
    """`document` with its pictures at their printed size for the duration (for printing)."""
    fitted = []
    for position, length, fmt, _frame in list(_pictures(document)):
        if fmt.hasProperty(_PRINTED_WIDTH):
            fitted.append((position, length, fmt.width()))
            _set_size(document, position, length, fmt, fmt.doubleProperty(_PRINTED_WIDTH), fmt.doubleProperty(_PRINTED_HEIGHT))
    try:
        yield document
    finally:
        if fitted:
            fit_pictures(document, _last_width(document))


def wrap_code_blocks(document: QTextDocument) -> None:
    """Let code blocks and tables wrap at the width (Markdown's code blocks do not by default,
    and its tables are as wide as their longest lines)."""
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable):
            fmt = frame.format()
            # Not 100%: Qt draws a Markdown table's border and spacing outside that width.
            fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 97))
            frame.setFormat(fmt)
    block = document.begin()
    while block.isValid():
        if block.blockFormat().nonBreakableLines():
            fmt = QTextBlockFormat()
            fmt.setNonBreakableLines(False)
            QTextCursor(block).mergeBlockFormat(fmt)
        block = block.next()


def _last_width(document: QTextDocument) -> float:
    width = document.textWidth()
    return width - 2 * document.documentMargin() if width > 0 else 1e9


class FittingBrowser(QTextBrowser):
    """A QTextBrowser whose document never needs a horizontal scroll bar for a picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)

    def room(self) -> float:
        """The width a picture may take: the viewport less the document's margins."""
        return self.viewport().width() - 2 * self.document().documentMargin()

    def fit(self) -> None:
        """Fit the pictures of the document shown to the width there is now."""
        fit_pictures(self.document(), self.room())

    def setDocument(self, document: QTextDocument) -> None:  # noqa: N802 - Qt name
        super().setDocument(document)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
