"""PDF writer: the document tree laid out by Qt's QTextDocument and printed with QPdfWriter.

It starts from the same HTML the HTML writer produces, so PDF, HTML and the preview agree.
Works without a display (the offscreen platform is chosen when there is none).
"""

from __future__ import annotations

import dataclasses
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.html_writer import render_html
from pitchkit.documents.tree import Document, Image
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


def text_document(doc: Document) -> QTextDocument:
    """`doc` as a QTextDocument, pictures registered as resources."""
    images: list[Image] = []

    # A4 less the margins leaves 17 cm; pictures without a width fill most of it.
    doc = dataclasses.replace(
        doc,
        blocks=[
            dataclasses.replace(b, width_cm=16.0) if isinstance(b, Image) and b.width_cm is None else b
            for b in doc.blocks
        ],
    )

    def image_src(image: Image, number: int) -> str:
        images.append(image)
        return f"pitchkit-image:{number}"

    # Qt's rich text ignores CSS table widths and borders; it reads these attributes.
    html = render_html(doc, image_src=image_src, table_attrs=TABLE_ATTRS, stylesheet=QT_STYLESHEET)
    qdoc = QTextDocument()
    for number, image in enumerate(images):
        qdoc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"pitchkit-image:{number}"), QImage.fromData(image.data)
        )
    qdoc.setHtml(html)
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return qdoc


def write_pdf(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as an A4 PDF with page numbers at `out_path` (atomically)."""
    ensure_gui_application()
    qdoc = text_document(doc)
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
    return []
