"""The "Private" header of a Word document for the advocate only (`Document.private`)."""

from __future__ import annotations

from typing import Any

from lxml import etree

from pitchkit.documents.docx_language import private_notice

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def mark_private(header: Any, style_id: str | None, language: str = "en-GB") -> None:
    """Put the private notice at the top of a header part's root element `header`.

    A header the reference document brings is kept, with the notice added above it, so a
    corporate header never hides that the document is private.
    """
    paragraphs = header.findall(f"{_W}p")
    if not paragraphs:
        line = etree.SubElement(header, f"{_W}p")
    elif _has_text(paragraphs[0]):
        line = etree.Element(f"{_W}p")
        paragraphs[0].addprevious(line)
    else:
        line = paragraphs[0]
    run = etree.SubElement(line, f"{_W}r")
    etree.SubElement(etree.SubElement(run, f"{_W}rPr"), f"{_W}b")
    etree.SubElement(run, f"{_W}t").text = private_notice(language)
    if style_id is not None:
        p_pr = line.find(f"{_W}pPr")
        if p_pr is None:
            p_pr = etree.Element(f"{_W}pPr")
            line.insert(0, p_pr)
        p_style = p_pr.find(f"{_W}pStyle")
        if p_style is None:
            p_style = etree.Element(f"{_W}pStyle")
            p_pr.insert(0, p_style)
        p_style.set(f"{_W}val", style_id)


def _has_text(paragraph: Any) -> bool:
    """Whether the paragraph's runs (and its links' runs) show any text but spaces."""
    texts = paragraph.iterfind(f"{_W}r/{_W}t")
    linked = paragraph.iterfind(f"{_W}hyperlink/{_W}r/{_W}t")
    return any((t.text or "").strip() for t in (*texts, *linked))
