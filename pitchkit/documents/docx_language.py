"""The language a Word document is proofed in, and the words of its page footer.

Word proofs text in the language of its runs; without one of their own they take the
`w:lang` of the styles' document defaults, so that one element, plus the core property,
makes Word check a Dutch document in Dutch (docs/decisions.md, "Dutch").
"""

from __future__ import annotations

from typing import Any

#: "Page X of Y" in each language: the text before the page number, and between the two.
FOOTER_WORDS = {"en": ("Page ", " of "), "nl": ("Pagina ", " van ")}


def footer_words(tag: str) -> tuple[str, str]:
    """The footer's words for a document in the language `tag` ("nl-BE"; "" for English)."""
    return FOOTER_WORDS.get(tag.split("-", 1)[0].lower(), FOOTER_WORDS["en"])


def set_proofing_language(document: Any, tag: str) -> None:
    """Make `tag` (BCP 47, e.g. "nl-BE") the language of the python-docx `document`."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document.core_properties.language = tag
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)  # schema order: w:lang is the last child python-docx writes here
    lang.set(qn("w:val"), tag)
