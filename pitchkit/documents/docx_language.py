"""The fixed words writers add to a document (page footer, private notice), in its language.

The proofing language itself (the styles' `w:lang`, the core property) is set by
docx_package.set_language (docs/decisions.md, "Dutch").
"""

from __future__ import annotations

#: "Page X of Y" in each language: the text before the page number, and between the two.
FOOTER_WORDS = {"en": ("Page ", " of "), "nl": ("Pagina ", " van ")}


#: What a private document says on every page, in each language (tree.PRIVATE_NOTICE in English).
PRIVATE_NOTICES = {
    "en": "Private: for your own preparation, not for circulation",
    "nl": "Vertrouwelijk: voor je eigen voorbereiding, niet om door te sturen",
}


def _language(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def footer_words(tag: str) -> tuple[str, str]:
    """The footer's words for a document in the language `tag` ("nl-BE"; "" for English)."""
    return FOOTER_WORDS.get(_language(tag), FOOTER_WORDS["en"])


def page_footer(tag: str, page: int, pages: int) -> str:
    """"Page 2 of 9", "Pagina 2 van 9": a page's footer in the language `tag`."""
    before, between = footer_words(tag)
    return f"{before}{page}{between}{pages}"


def private_notice(tag: str) -> str:
    """The private notice of a document in the language `tag`."""
    return PRIVATE_NOTICES.get(_language(tag), PRIVATE_NOTICES["en"])

