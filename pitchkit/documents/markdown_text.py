"""Escaping of plain text for Markdown, shared by template rendering and the Markdown writer."""

from __future__ import annotations

import re

# Characters that start inline Markdown anywhere in a line (emphasis, code, links, raw
# HTML, tables, strikethrough, headings' closing run) plus braces, so that text which
# looks like Jinja never reads as a template if the output is reused as one.
_ALWAYS = re.compile(r"([\\`*_\[\]<>|~#{}])")
# Only dangerous at the start of a line: list markers, setext underlines, ordered lists.
_LINE_START = re.compile(r"^([-+=])|^(\d{1,9})([.)])")
_ENTITY = re.compile(r"&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_WHITESPACE = re.compile(r"\s+")
# A character `_ALWAYS` or `_ENTITY` escapes.  A text without one, whose whitespace is single
# spaces between words, that `_LINE_START` does not match, is returned as it is (most are).
_SPECIAL = re.compile(r"[\\`*_\[\]<>|~#{}&]")


class Markdown(str):
    """Text that is already Markdown and must not be escaped again."""

    __slots__ = ()


def escape_inline(text: str) -> str:
    """`text` as Markdown that reads back as exactly this text, on one line.

    Runs of whitespace (newlines included) become one space, so a value can never start
    a new block (a heading, a list, a table row) wherever a template puts it.
    """
    if (
        type(text) is str
        and _SPECIAL.search(text) is None
        and " ".join(text.split()) == text
        and _LINE_START.match(text) is None
    ):
        return text
    text = _WHITESPACE.sub(" ", text)
    text = _ALWAYS.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def escape_paragraphs(text: str) -> Markdown:
    """Multi-line `text` as escaped Markdown paragraphs (blank lines separate paragraphs)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return Markdown("\n\n".join(escape_inline(p) for p in paragraphs if p.strip()))
