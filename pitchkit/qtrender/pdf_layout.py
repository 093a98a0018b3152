"""Paged layout of the PDF: the Word file's page, fonts and breaks applied to a QTextDocument.

Qt's rich text knows page breaks but not Word's "keep with next" or "don't split the
row", so after Qt has laid the document out in pages, `keep_together` walks it once from
the top and moves a stranded heading, or a table row that runs over a page boundary, to
the next page with a page break before it.  A row moved that way goes whole: Qt drops a
row to the next page when every one of its cells starts there.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)


@dataclass(frozen=True, slots=True)
class PageGeometry:
    """A page and its margins in millimetres (resources/reference.docx's section settings)."""

    width: float = 210.0
    height: float = 297.0
    top: float = 25.0  # 1417 twips
    bottom: float = 25.0
    left: float = 22.0  # 1247 twips
    right: float = 22.0
    footer: float = 12.0  # 680 twips from the page's foot to the footer's foot

    @property
    def text_width(self) -> float:
        """The width between the margins, in millimetres."""
        return self.width - self.left - self.right


#: CSS pixels (1/96 in) per millimetre.
PX_PER_MM = 96 / 25.4

#: The Word export's page: A4 portrait with the bundled reference document's margins.
A4 = PageGeometry()

#: Word's look (resources/reference.docx's styles) in what Qt's rich text reads.  The HTML
#: writer's <h1> is the title and section headings start at <h2>, so Heading 1 is h2 and
#: Heading 4 is h5 (11 pt bold italic: never smaller than body text).
PDF_STYLESHEET = """
body { font-family: Carlito, Calibri, "DejaVu Sans", sans-serif; font-size: 11pt; color: #1a1a1a; }
p, li { margin-top: 0; margin-bottom: 6pt; line-height: 115%; }
h1, h2, h3, h4, h5, h6 { color: #1f3864; font-weight: bold; margin-bottom: 6pt; }
h1.title { font-size: 26pt; font-weight: normal; margin-top: 0; margin-bottom: 18pt; }
h2 { font-size: 16pt; margin-top: 18pt; }
h3 { font-size: 13pt; margin-top: 12pt; }
h4 { font-size: 12pt; margin-top: 12pt; }
h5 { font-size: 11pt; font-style: italic; color: #4f81bd; margin-top: 10pt; }
h6 { font-size: 11pt; font-style: italic; margin-top: 10pt; }
th { background-color: #dde4ee; font-weight: bold; text-align: left; }
blockquote { color: #444444; }
hr.page-break { page-break-after: always; }
"""

#: Qt's rich text ignores CSS table widths and borders; it reads these attributes.
PDF_TABLE_ATTRS = 'width="100%" border="1" cellspacing="0" cellpadding="4" style="border-color: #b4c0d3"'

#: Marks a picture's resource name when a caption follows it (kept together on a page).
CAPTIONED = "captioned"

#: Ligatures off: Qt's PDF text layer maps a ligature glyph ("ff", "ti") to nothing a
#: search finds, so "Executive" or "coffee" could not be found or copied.
NO_LIGATURES = {QFont.Tag("liga"): 0, QFont.Tag("clig"): 0, QFont.Tag("dlig"): 0}


def heading_sizes_from_css(qdoc: QTextDocument) -> None:
    """Headings at the stylesheet's point sizes.

    Qt's HTML import gives <h1>..<h6> a relative size step that wins over the CSS
    `font-size`, which made Heading 4 (<h5>) 7 pt beside 11 pt body text.
    """
    block = qdoc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(QTextFormat.Property.FontSizeAdjustment) and fmt.fontPointSize() > 0:
                    fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    cursor = QTextCursor(qdoc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(fmt)
                fragments += 1
        block = block.next()


def prepare_pages(qdoc: QTextDocument, paper: QSizeF, page: PageGeometry = A4) -> None:
    """Lay `qdoc` out on sheets of `paper` (device units) with `page`'s margins; breaks and keeps applied.

    The margins belong to the document, not the PDF writer: Qt draws the line just above
    a page's view as well (clipped, yet text that search and copy find), and this way it
    lands above the sheet, where no reader looks.
    """
    cursor = QTextCursor(qdoc)
    cursor.select(QTextCursor.SelectionType.Document)
    chars = QTextCharFormat()
    chars.setFontFeatures(NO_LIGATURES)
    cursor.mergeCharFormat(chars)
    _page_breaks_without_rules(qdoc)
    qdoc.setDocumentMargin(0)
    root = qdoc.rootFrame().frameFormat()
    # Frame margins are in 96 dpi pixels; the layout scales them to the paint device.
    root.setTopMargin(page.top * PX_PER_MM)
    root.setBottomMargin(page.bottom * PX_PER_MM)
    root.setLeftMargin(page.left * PX_PER_MM)
    root.setRightMargin(page.right * PX_PER_MM)
    qdoc.rootFrame().setFrameFormat(root)
    qdoc.setPageSize(paper)
    keep_together(qdoc)


def _page_breaks_without_rules(qdoc: QTextDocument) -> None:
    """The HTML writer's page break is an <hr>: keep its break, drop its drawn rule."""
    block = qdoc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter and fmt.hasProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth
        ):
            fmt.clearProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def keep_together(qdoc: QTextDocument) -> int:
    """Move stranded headings and split table rows to the next page; returns how many moved."""
    pages = _Pages(qdoc)
    moved = 0
    items = list(_items(qdoc.rootFrame()))
    for index, item in enumerate(items):
        if isinstance(item, QTextTable):
            for row in pages.rows_across_a_page_foot(item):
                if pages.split_row(item, row):
                    _break_before(*(item.cellAt(row, c).firstCursorPosition().block() for c in range(item.columns())))
                    moved += 1
        elif _is_captioned_picture(item) and index + 1 < len(items) and isinstance(items[index + 1], QTextBlock):
            # A picture stays with its caption (the paragraph the HTML writer puts after it).
            if pages.page_of(pages.top(item)) != pages.page_of(pages.first_line_bottom(items[index + 1]) - 1):
                _break_before(item)
                moved += 1
        elif _is_heading(item) and not (index and _is_heading(items[index - 1])):
            # A run of headings stays with the first line of what follows it.
            after = next((later for later in items[index + 1:] if not _is_heading(later)), None)
            if isinstance(after, QTextTable):
                after = after.cellAt(0, 0).firstCursorPosition().block()
            if after is not None and pages.page_of(pages.top(item)) != pages.page_of(pages.first_line_bottom(after) - 1):
                _break_before(item)
                moved += 1
    return moved


def _items(frame: QTextFrame) -> Iterator[QTextBlock | QTextTable]:
    """The blocks and tables of `frame` in document order (other frames opened up)."""
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if isinstance(child, QTextTable):
            yield child
        elif child is not None:
            yield from _items(child)
        else:
            yield it.currentBlock()
        it += 1


def _is_captioned_picture(item: QTextBlock | QTextTable) -> bool:
    """Whether `item` is a paragraph holding only a picture with a caption (`pdf_writer.picture_url`)."""
    if not isinstance(item, QTextBlock) or item.text() != "\ufffc":
        return False
    fmt = item.begin().fragment().charFormat()
    return fmt.isImageFormat() and fmt.toImageFormat().name().startswith(f"pitchkit-image:{CAPTIONED}-")


def _is_heading(item: QTextBlock | QTextTable) -> bool:
    return isinstance(item, QTextBlock) and item.blockFormat().headingLevel() > 0


class _Pages:
    """Where Qt's paged layout put blocks, in page numbers."""

    def __init__(self, qdoc: QTextDocument) -> None:
        self.layout = qdoc.documentLayout()
        self.height = qdoc.pageSize().height()

    def page_of(self, y: float) -> int:
        return math.floor(y / self.height + 1e-6)

    def top(self, block: QTextBlock) -> float:
        """Where the block's first line starts (after it was moved past a page's foot)."""
        rect = self.layout.blockBoundingRect(block)
        lines = block.layout()
        return rect.top() + (lines.lineAt(0).y() if lines.lineCount() else 0)

    def first_line_bottom(self, block: QTextBlock) -> float:
        return self._line_bottom(block, 0)

    def bottom(self, block: QTextBlock) -> float:
        """Where the block's last line ends: Qt's bounding rect misses lines it moved."""
        return self._line_bottom(block, block.layout().lineCount() - 1)

    def _line_bottom(self, block: QTextBlock, index: int) -> float:
        rect = self.layout.blockBoundingRect(block)
        lines = block.layout()
        if not 0 <= index < lines.lineCount():  # an empty or not laid-out block
            return rect.bottom()
        line = lines.lineAt(index)
        return rect.top() + line.y() + line.height()

    def rows_across_a_page_foot(self, table: QTextTable) -> Iterator[int]:
        """The body rows after which `table` goes on to another page: only these can be split.

        Asked as the caller moves rows, so each answer sees the layout of the moves before.
        """
        frame = self.layout.frameBoundingRect(table)
        if self.page_of(frame.top()) == self.page_of(frame.bottom() - 1):
            return  # the whole table is on one page
        last = table.rows() - 1
        for row in range(table.format().headerRowCount(), last + 1):
            start = self.top(table.cellAt(row, 0).firstCursorPosition().block())
            if row < last:
                end = self.top(table.cellAt(row + 1, 0).firstCursorPosition().block())
            else:
                end = self.layout.frameBoundingRect(table).bottom()
            if self.page_of(start) != self.page_of(end - 1):
                yield row

    def split_row(self, table: QTextTable, row: int) -> bool:
        """Whether row `row` runs over a page boundary although it would fit on one page."""
        cells = [table.cellAt(row, column) for column in range(table.columns())]
        row_top = min(self.top(cell.firstCursorPosition().block()) for cell in cells)
        row_bottom = max(self.bottom(cell.lastCursorPosition().block()) for cell in cells)
        return self.page_of(row_top) != self.page_of(row_bottom - 1) and row_bottom - row_top < self.height


def _break_before(*blocks: QTextBlock) -> None:
    for block in blocks:
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setPageBreakPolicy(fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
    # Qt relays out only up to the next table after a format change and leaves what
    # follows with no lines at all (never drawn): lay out everything after the change.
    qdoc = blocks[0].document()
    start = blocks[0].position()
    qdoc.markContentsDirty(start, qdoc.characterCount() - start)
