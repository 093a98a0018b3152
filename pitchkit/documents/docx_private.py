"""The "Private" header of a Word document for the advocate only (`Document.private`)."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE

from pitchkit.documents.docx_language import private_notice


def mark_private(document: Any, style_id: str | None, language: str = "en-GB") -> None:
    """Put the private notice in the header of every section of a python-docx `document`.

    A header the reference document brings is kept, with the notice added above it, so a
    corporate header never hides that the document is private.
    """
    for section in document.sections:
        header = section.header
        header.is_linked_to_previous = False
        first = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        line = first.insert_paragraph_before() if first.text.strip() else first
        run = line.add_run(private_notice(language))
        run.bold = True
        if style_id is not None:
            line.style = document.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH)
