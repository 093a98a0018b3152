"""The words of a Word document's page footer, in its language.

The proofing language itself (the styles' `w:lang`, the core property) is set by
docx_package.set_language (docs/decisions.md, "Dutch").
"""

from __future__ import annotations

#: "Page X of Y" in each language: the text before the page number, and between the two.
FOOTER_WORDS = {"en": ("Page ", " of "), "nl": ("Pagina ", " van ")}


def footer_words(tag: str) -> tuple[str, str]:
    """The footer's words for a document in the language `tag` ("nl-BE"; "" for English)."""
    return FOOTER_WORDS.get(tag.split("-", 1)[0].lower(), FOOTER_WORDS["en"])

