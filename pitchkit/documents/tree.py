"""The document tree every writer reads, built from rendered Markdown by mistune.

Conventions (the template-authoring guide repeats them):
- A level-1 heading that opens the document is its title (Word's Title style, HTML's
  `<h1>`); it is not repeated in the body.  Without one, the title is the template's
  front-matter `title`, else the caller's fallback.
- A block `<!-- pagebreak -->` on its own is a page break.  Other raw HTML is dropped
  (only its text survives inline), so nothing a template writes can run as HTML.
- `![alt](name)` on its own line is a picture if the caller supplies `images[name]`
  (PNG bytes, e.g. `pitchkit:map`); otherwise only its alt text is kept.  Pictures are
  never read from disk paths, so a shared template cannot pull in local files.
- A YAML metadata block at the very top (`---` lines around `title:`, `author:`, `lang:`,
  as the Markdown export writes it) gives the title, author and language.
- Control characters that XML forbids are removed from all text; tab and newline stay,
  and so does every printable character (accents, emoji, right-to-left scripts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import msgspec

from pitchkit.core.language import DOCUMENT_TAGS
from pitchkit.documents.markdown_parser import parser
from pitchkit.documents.pictures import Picture

PAGEBREAK_COMMENT = "<!-- pagebreak -->"

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_BR_TAG = re.compile(r"^<br\s*/?>$", re.IGNORECASE)
_PAGEBREAK = re.compile(r"^<!--\s*pagebreak\s*-->\s*$", re.IGNORECASE)


SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def clean_text(text: str) -> str:
    """`text` without the control characters XML cannot hold."""
    return _FORBIDDEN.sub("", text)


def safe_url(url: str) -> str | None:
    """`url` if it is an http, https or mailto link, else None (the link becomes text).

    Browsers ignore whitespace and control characters inside a scheme
    ("java<TAB>script:"), so they are removed before the scheme is read.
    """
    cleaned = "".join(ch for ch in url.strip() if ch > " " and ch != "\x7f")
    scheme, sep, _ = cleaned.partition(":")
    if not sep or scheme.lower() not in SAFE_SCHEMES:
        return None
    return cleaned


# --- inlines ----------------------------------------------------------------------------


class Text(msgspec.Struct):
    """A run of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False


class Link(msgspec.Struct):
    """A hyperlink; writers decide which URL schemes they accept."""

    text: str
    url: str


class LineBreak(msgspec.Struct):
    """A line break inside a paragraph."""


Inline = Text | Link | LineBreak


# --- blocks -----------------------------------------------------------------------------


class Heading(msgspec.Struct):
    """A section heading, level 1 to 6."""

    level: int
    inlines: list[Inline]


class Paragraph(msgspec.Struct):
    """A paragraph of inline content."""

    inlines: list[Inline]


class ListBlock(msgspec.Struct):
    """A bullet or numbered list; each item is a list of blocks (nested lists included)."""

    ordered: bool
    items: list[list[Block]]
    start: int = 1


#: How a table column's text is aligned (Markdown `:---`, `---:`, `:---:`); None: not said.
Align = str | None
ALIGNMENTS = ("left", "center", "right")


class Table(msgspec.Struct):
    """A table with one header row; every cell is a list of inlines.

    `align` holds one entry per column ("left", "center", "right" or None); it may be
    shorter than the widest row, and missing entries mean None.
    """

    header: list[list[Inline]]
    rows: list[list[list[Inline]]]
    align: list[Align] = msgspec.field(default_factory=list)

    def column_align(self, column: int) -> Align:
        """The alignment of `column` (0-based), None where the Markdown gave none."""
        return self.align[column] if column < len(self.align) else None


class Quote(msgspec.Struct):
    """A block quotation."""

    blocks: list[Block]


class PageBreak(msgspec.Struct):
    """Start a new page (ignored where pages do not exist)."""


class Image(msgspec.Struct):
    """A picture given as PNG bytes (or pending); `width_cm` None means the writer's default."""

    data: Picture
    alt: str = ""
    width_cm: float | None = None
    name: str = ""  # what the template called it ("map" for `pitchkit:map`), for file names


Block = Heading | Paragraph | ListBlock | Table | Quote | PageBreak | Image


#: What a private document says on every page (header in Word, a line in HTML and Markdown).
PRIVATE_NOTICE = "Private: for your own preparation, not for circulation"  # docx_language.PRIVATE_NOTICES


class Document(msgspec.Struct):
    """A whole document: title, author and body blocks."""

    title: str = ""
    author: str = ""
    blocks: list[Block] = msgspec.field(default_factory=list)
    language: str = "en-GB"  # a BCP 47 tag: Word's proofing language, HTML's lang, YAML's lang
    #: For the advocate only (a template with `shared: false`): every writer marks each
    #: page "Private".
    private: bool = False


#: A project's language code -> the tag documents carry (British English unless told).
_LANGUAGE_TAGS = DOCUMENT_TAGS


def language_tag(code: str | None) -> str:
    """A BCP 47 tag for a document from a project's language ("en" -> "en-GB", "nl" -> "nl-BE")."""
    code = (code or "").strip().replace("_", "-")
    if not code:
        return "en-GB"
    if "-" in code:
        return code
    return _LANGUAGE_TAGS.get(code.lower(), code.lower())


def plain_text(inlines: list[Inline]) -> str:
    """The inlines as plain text (links keep their text, breaks become spaces)."""
    return "".join(i.text if isinstance(i, Text | Link) else " " for i in inlines)


# --- building from Markdown ------------------------------------------------------------


def markdown_to_document(
    markdown: str,
    *,
    title: str = "",
    author: str = "",
    images: Mapping[str, Picture] | None = None,
    language: str = "en-GB",
) -> Document:
    """Parse `markdown` into a Document (see the module docstring for the conventions)."""
    from pitchkit.documents.md_metadata import split_front_matter

    builder = _TreeBuilder(images or {})
    meta, markdown = split_front_matter(clean_text(markdown))
    blocks = builder.blocks(parser()(markdown))
    if meta.get("title"):
        title = _metadata_text(builder, meta["title"]) or title
    author = _metadata_text(builder, meta["author"]) if meta.get("author") else author
    head = blocks[0] if blocks else None
    if isinstance(head, Heading) and head.level == 1:
        blocks.pop(0)
        title = plain_text(head.inlines).strip() or title
    return Document(
        title=clean_text(title), author=clean_text(author), blocks=blocks,
        language=meta.get("lang") or language,
    )


def _metadata_text(builder: _TreeBuilder, value: str) -> str:
    """A metadata value (Markdown, as pandoc reads it) as plain text."""
    blocks = builder.blocks(parser()(value))
    return plain_text(blocks[0].inlines).strip() if blocks and isinstance(blocks[0], Paragraph) else value


class _TreeBuilder:
    """Turns mistune's AST (a list of dicts) into tree blocks."""

    def __init__(self, images: Mapping[str, Picture]) -> None:
        self.images = images

    def blocks(self, nodes: list[dict[str, Any]]) -> list[Block]:
        out: list[Block] = []
        for node in nodes:
            block = self.block(node)
            if block is not None:
                out.append(block)
        return out

    def block(self, node: dict[str, Any]) -> Block | None:
        kind = node["type"]
        if kind == "heading":
            level = min(max(int(node["attrs"]["level"]), 1), 6)
            return Heading(level, self.inlines(node["children"]))
        if kind in ("paragraph", "block_text"):
            return self.paragraph(node["children"])
        if kind == "list":
            attrs = node.get("attrs", {})
            items = [self.blocks(item["children"]) for item in node["children"]]
            return ListBlock(bool(attrs.get("ordered")), items, int(attrs.get("start") or 1))
        if kind == "table":
            return self.table(node)
        if kind == "block_quote":
            return Quote(self.blocks(node["children"]))
        if kind == "block_code":
            lines = node.get("raw", "").rstrip("\n").split("\n")
            inlines: list[Inline] = []
            for n, line in enumerate(lines):
                if n:
                    inlines.append(LineBreak())
                inlines.append(Text(line, code=True))
            return Paragraph(inlines)
        if kind == "block_html" and _PAGEBREAK.match(node.get("raw", "").strip()):
            return PageBreak()
        # blank_line, thematic_break, other raw HTML: nothing to keep.
        return None

    def paragraph(self, children: list[dict[str, Any]]) -> Block | None:
        if len(children) == 1 and children[0]["type"] == "image":
            url = children[0].get("attrs", {}).get("url", "")
            if url in self.images:
                alt = plain_text(self.inlines(children[0].get("children", [])))
                return Image(self.images[url], alt, name=url.rpartition(":")[2])
        inlines = self.inlines(children)
        if not inlines:
            return None
        return Paragraph(inlines)

    def table(self, node: dict[str, Any]) -> Table:
        header: list[list[Inline]] = []
        rows: list[list[list[Inline]]] = []
        align: list[Align] = []
        for part in node["children"]:
            if part["type"] == "table_head":
                header = [self.inlines(cell["children"]) for cell in part["children"]]
                align = [_cell_align(cell) for cell in part["children"]]
            elif part["type"] == "table_body":
                for row in part["children"]:
                    rows.append([self.inlines(cell["children"]) for cell in row["children"]])
        while align and align[-1] is None:
            align.pop()
        return Table(header, rows, align)

    def inlines(self, nodes: list[dict[str, Any]]) -> list[Inline]:
        out: list[Inline] = []
        self._inline_into(out, nodes, bold=False, italic=False, strike=False)
        return _merge(out)

    def _inline_into(
        self,
        out: list[Inline],
        nodes: list[dict[str, Any]],
        *,
        bold: bool,
        italic: bool,
        strike: bool,
    ) -> None:
        for node in nodes:
            kind = node["type"]
            if kind == "text":
                out.append(Text(node["raw"], bold, italic, False, strike))
            elif kind == "codespan":
                out.append(Text(node["raw"], bold, italic, True, strike))
            elif kind == "strong":
                self._inline_into(out, node["children"], bold=True, italic=italic, strike=strike)
            elif kind == "emphasis":
                self._inline_into(out, node["children"], bold=bold, italic=True, strike=strike)
            elif kind == "strikethrough":
                self._inline_into(out, node["children"], bold=bold, italic=italic, strike=True)
            elif kind == "link":
                text = plain_text(self.inlines(node.get("children", [])))
                url = safe_url(node.get("attrs", {}).get("url", ""))
                if url is None:
                    out.append(Text(text, bold, italic, False, strike))
                else:
                    out.append(Link(text or url, url))
            elif kind == "image":
                alt = plain_text(self.inlines(node.get("children", [])))
                if alt:
                    out.append(Text(alt, bold, italic, False, strike))
            elif kind == "linebreak":
                out.append(LineBreak())
            elif kind == "softbreak":
                out.append(Text(" ", bold, italic, False, strike))
            elif kind == "inline_html" and _BR_TAG.match(node.get("raw", "")):
                out.append(LineBreak())
            elif "children" in node:
                self._inline_into(out, node["children"], bold=bold, italic=italic, strike=strike)


def _cell_align(cell: dict[str, Any]) -> Align:
    value = cell.get("attrs", {}).get("align")
    return value if value in ALIGNMENTS else None


def _merge(inlines: list[Inline]) -> list[Inline]:
    """Join neighbouring text runs with the same formatting (mistune splits at escapes)."""
    if len(inlines) == 1:  # most cells and items: nothing to join, only the edges to check
        only = inlines[0]
        return [] if isinstance(only, Text) and not only.code and not only.text.strip() else inlines
    merged: list[Inline] = []
    for item in inlines:
        last = merged[-1] if merged else None
        if (
            isinstance(item, Text)
            and isinstance(last, Text)
            and (last.bold, last.italic, last.code, last.strike)
            == (item.bold, item.italic, item.code, item.strike)
        ):
            last.text += item.text
        else:
            merged.append(item)
    # Trim whitespace at the edges (a paragraph never starts or ends with a space).
    while (
        merged and isinstance(merged[0], Text) and not merged[0].code and not merged[0].text.strip()
    ):
        merged.pop(0)
    while (
        merged
        and isinstance(merged[-1], Text)
        and not merged[-1].code
        and not merged[-1].text.strip()
    ):
        merged.pop()
    return merged
