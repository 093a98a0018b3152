"""PDF writer: the document tree laid out by Qt's QTextDocument and printed with QPdfWriter.

It starts from the same HTML the HTML writer produces, so PDF, HTML and the preview agree.
The page, margins and fonts are the Word export's (`pdf_layout.A4`); pages are painted
here rather than by `QTextDocument.print_`, which adds its own 2 cm margins and a bare
page number, so that the footer can say "Page X of Y".
Works without a display (the offscreen platform is chosen when there is none).
"""

from __future__ import annotations

import os
from typing import assert_never

import msgspec
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.docx_language import page_footer, private_notice
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.html_writer import render_html
from pitchkit.documents.pictures import picture_bytes
from pitchkit.documents.tree import (
    Block,
    Document,
    Heading,
    Image,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    Text,
)
from pitchkit.qtrender.application import ensure_gui_application
from pitchkit.qtrender.pdf_layout import (
    A4,
    CAPTIONED,
    NO_LIGATURES,
    PDF_STYLESHEET,
    PDF_TABLE_ATTRS,
    heading_sizes_from_css,
    prepare_pages,
)

#: The stylesheet and table attributes of the preview and the PDF (one look for both).
QT_STYLESHEET = PDF_STYLESHEET
TABLE_ATTRS = PDF_TABLE_ATTRS
#: The widest a picture may be: the text width between the Word file's margins.
MAX_PICTURE_CM = A4.text_width / 10
#: Dots per inch of the PDF's coordinates (text is vector; this only sets the precision).
RESOLUTION = 600


def text_document(doc: Document, warnings: list[str] | None = None) -> QTextDocument:
    """`doc` as a QTextDocument, pictures registered as resources.

    A picture Qt cannot read is laid out as its alt text, with a warning added to
    `warnings`: a null image among the resources makes Qt print an empty PDF.
    """
    decoded: dict[str, QImage] = {}
    doc = msgspec.structs.replace(doc, blocks=_for_qt(doc.blocks, decoded, [] if warnings is None else warnings))

    def image_src(image: Image, number: int) -> str:
        return picture_url(image)

    # Qt's rich text ignores CSS table widths and borders; it reads these attributes.
    html = render_html(doc, image_src=image_src, table_attrs=TABLE_ATTRS, stylesheet=QT_STYLESHEET)
    qdoc = QTextDocument()
    for key, image in decoded.items():
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    qdoc.setHtml(html)
    heading_sizes_from_css(qdoc)
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return qdoc


def picture_url(image: Image) -> str:
    """The resource name of `image` in the QTextDocument; it says whether a caption follows it."""
    return f"pitchkit-image:{CAPTIONED if image.alt else 'bare'}-{id(image)}"


def _for_qt(blocks: list[Block], decoded: dict[str, QImage], warnings: list[str]) -> list[Block]:
    """`blocks` as Qt lays them out: pictures decoded (into `decoded`) and sized, unreadable ones as text."""
    out: list[Block] = []
    for block in blocks:
        match block:
            case Image():
                image = QImage.fromData(picture_bytes(block.data))
                if image.isNull():
                    warnings.append(f"picture '{block.alt or 'untitled'}' could not be read; kept its text")
                    out.append(Paragraph([Text(block.alt)]))
                    continue
                # Pictures without a width fill the text width; none is wider than it.
                width = MAX_PICTURE_CM if block.width_cm is None else min(block.width_cm, MAX_PICTURE_CM)
                sized = block if block.width_cm == width else msgspec.structs.replace(block, width_cm=width)
                decoded[picture_url(sized)] = image
                out.append(sized)
            case ListBlock():
                out.append(msgspec.structs.replace(block, items=[_for_qt(item, decoded, warnings) for item in block.items]))
            case Quote():
                out.append(msgspec.structs.replace(block, blocks=_for_qt(block.blocks, decoded, warnings)))
            case Heading() | Paragraph() | Table() | PageBreak():
                out.append(block)
            case _:
                assert_never(block)
    return out


def write_pdf(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as an A4 PDF with "Page X of Y" footers at `out_path` (atomically)."""
    ensure_gui_application()
    warnings: list[str] = []
    qdoc = text_document(doc, warnings)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(doc.title)
    writer.setCreator("PitchKit")
    writer.setAuthor(doc.author)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(A4.width, A4.height), QPageSize.Unit.Millimeter, "A4"),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    # Laid out for the PDF's own resolution, as QTextDocument.print_ does it.
    qdoc.documentLayout().setPaintDevice(writer)
    paper = writer.pageLayout().fullRectPixels(RESOLUTION)
    prepare_pages(qdoc, QSizeF(paper.width(), paper.height()), A4)
    _paint_pages(qdoc, writer, private_notice(doc.language) if doc.private else "", doc.language)
    buffer.close()
    write_atomic(out_path, bytes(data.data()))
    return warnings


def _paint_pages(qdoc: QTextDocument, writer: QPdfWriter, notice: str = "", language: str = "en-GB") -> None:
    """Every page of the laid-out `qdoc`, each with its footer, into `writer`.

    A private document's notice opens its text on the first page; every later page repeats
    it in the header band, so no page of it can be mistaken for one to circulate.
    """
    page = qdoc.pageSize()
    pages = qdoc.pageCount()
    dots_per_mm = RESOLUTION / 25.4
    footer_font = QFont(qdoc.defaultFont())
    footer_font.setFamilies(["Carlito", "Calibri", "DejaVu Sans"])
    footer_font.setPointSizeF(9)
    for tag, value in NO_LIGATURES.items():
        footer_font.setFeature(tag, value)
    # The footer's foot sits `A4.footer` above the page's foot, like Word's footer distance.
    footer = QRectF(0, 0, page.width(), page.height() - A4.footer * dots_per_mm)
    header = QRectF(0, A4.footer * dots_per_mm, page.width(), page.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            view = QRectF(0, index * page.height(), page.width(), page.height())
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            context.clip = view
            qdoc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#595959"))
            painter.drawText(footer, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             page_footer(language, index + 1, pages))
            if notice and index:
                painter.setPen(QColor("#9b1c1c"))
                painter.drawText(header, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, notice)
    finally:
        painter.end()
