"""PDF writer: the document tree laid out by Qt's QTextDocument and printed with QPdfWriter.

It starts from the same HTML the HTML writer produces, so PDF, HTML and the preview agree.
Works without a display (the offscreen platform is chosen when there is none).
"""

from __future__ import annotations

import dataclasses
import os
from typing import assert_never

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.html_writer import render_html
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

#: The part of the HTML writer's look that Qt's rich text understands.
QT_STYLESHEET = """
body { font-family: Carlito, Calibri, "DejaVu Sans", sans-serif; font-size: 10.5pt; color: #1a1a1a; }
h1, h2, h3, h4 { color: #1f3864; }
h1.title { font-size: 20pt; }
th { background-color: #dde4ee; font-weight: bold; }
blockquote { color: #444444; }
"""
TABLE_ATTRS = 'width="100%" border="1" cellspacing="0" cellpadding="5" style="border-color: #b4c0d3"'


def text_document(doc: Document, warnings: list[str] | None = None) -> QTextDocument:
    """`doc` as a QTextDocument, pictures registered as resources.

    A picture Qt cannot read is laid out as its alt text, with a warning added to
    `warnings`: a null image among the resources makes Qt print an empty PDF.
    """
    decoded: dict[int, QImage] = {}
    doc = dataclasses.replace(doc, blocks=_for_qt(doc.blocks, decoded, [] if warnings is None else warnings))

    def image_src(image: Image, number: int) -> str:
        return f"pitchkit-image:{id(image)}"

    # Qt's rich text ignores CSS table widths and borders; it reads these attributes.
    html = render_html(doc, image_src=image_src, table_attrs=TABLE_ATTRS, stylesheet=QT_STYLESHEET)
    qdoc = QTextDocument()
    for key, image in decoded.items():
        qdoc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"pitchkit-image:{key}"), image)
    qdoc.setHtml(html)
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return qdoc


def _for_qt(blocks: list[Block], decoded: dict[int, QImage], warnings: list[str]) -> list[Block]:
    """`blocks` as Qt lays them out: pictures decoded (into `decoded`) and sized, unreadable ones as text."""
    out: list[Block] = []
    for block in blocks:
        match block:
            case Image():
                image = QImage.fromData(block.data)
                if image.isNull():
                    warnings.append(f"picture '{block.alt or 'untitled'}' could not be read; kept its text")
                    out.append(Paragraph([Text(block.alt)]))
                    continue
                # A4 less the margins leaves 17 cm; pictures without a width fill most of it.
                sized = block if block.width_cm is not None else dataclasses.replace(block, width_cm=16.0)
                decoded[id(sized)] = image
                out.append(sized)
            case ListBlock():
                out.append(dataclasses.replace(block, items=[_for_qt(item, decoded, warnings) for item in block.items]))
            case Quote():
                out.append(dataclasses.replace(block, blocks=_for_qt(block.blocks, decoded, warnings)))
            case Heading() | Paragraph() | Table() | PageBreak():
                out.append(block)
            case _:
                assert_never(block)
    return out


def write_pdf(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as an A4 PDF with page numbers at `out_path` (atomically)."""
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
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(20, 18, 20, 18), QPageLayout.Unit.Millimeter)
    )
    qdoc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    write_atomic(out_path, bytes(data.data()))
    return warnings
