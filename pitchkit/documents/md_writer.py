"""Markdown writer: clean, normalised Markdown written back out of the document tree.

The output reads back (with the same parser) as the same tree: text is escaped, lists use
`-` and `1.`, tables are GitHub-style pipes, page breaks are `<!-- pagebreak -->`.
Pictures have no file to point at in a single .md, so only their alt text is kept.
"""

from __future__ import annotations

import os
import re
from typing import assert_never

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.markdown_text import escape_inline
from pitchkit.documents.tree import (
    PAGEBREAK_COMMENT,
    PRIVATE_NOTICE,
    Block,
    Document,
    Heading,
    Image,
    Inline,
    LineBreak,
    Link,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    Text,
)


def write_md(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as Markdown at `out_path` (atomically); no warnings."""
    write_atomic(out_path, render_md(doc).encode("utf-8"))
    return []


def render_md(doc: Document) -> str:
    """`doc` as Markdown text, ending in one newline."""
    chunks: list[str] = []
    if doc.private:
        chunks.append("**" + escape_inline(PRIVATE_NOTICE) + "**")
    if doc.title:
        chunks.append("# " + escape_inline(doc.title))
    chunks += _blocks(doc.blocks)
    return "\n\n".join(chunks) + "\n"


def _blocks(blocks: list[Block]) -> list[str]:
    chunks: list[str] = []
    for block in blocks:
        match block:
            case Paragraph():
                chunks.append(_inlines(block.inlines))
            case Heading():
                chunks.append("#" * block.level + " " + _inlines(block.inlines))
            case ListBlock():
                chunks.append(_list(block))
            case Table():
                chunks.append(_table(block))
            case Quote():
                inner = "\n\n".join(_blocks(block.blocks))
                chunks.append("\n".join(("> " + line) if line else ">" for line in inner.split("\n")))
            case PageBreak():
                chunks.append(PAGEBREAK_COMMENT)
            case Image():
                if block.alt:
                    chunks.append(escape_inline(block.alt))
            case _:
                assert_never(block)
    return chunks


def _list(block: ListBlock) -> str:
    lines: list[str] = []
    for n, item in enumerate(block.items):
        marker = f"{block.start + n}. " if block.ordered else "- "
        indent = " " * len(marker)
        body = "\n\n".join(_blocks(item)) or ""
        # A tight list keeps each item on one line; a nested list or second paragraph
        # is indented to sit inside its item.
        for k, line in enumerate(body.split("\n")):
            if k == 0:
                lines.append(marker + line)
            else:
                lines.append(indent + line if line else "")
    return "\n".join(lines)


def _table(table: Table) -> str:
    columns = max([len(table.header)] + [len(row) for row in table.rows])
    if columns == 0:
        return ""

    def row(cells: list[list[Inline]]) -> str:
        texts = [_inlines(c, in_table=True) for c in cells]
        texts += [""] * (columns - len(texts))
        return "| " + " | ".join(texts) + " |"

    lines = [row(table.header), "|" + "|".join(["---"] * columns) + "|"]
    lines += [row(r) for r in table.rows]
    return "\n".join(lines)


def _inlines(inlines: list[Inline], *, in_table: bool = False) -> str:
    out: list[str] = []
    for item in inlines:
        match item:
            case Text():
                out.append(_text(item))
            case Link():
                url = item.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                out.append(f"[{escape_inline(item.text)}]({url})")
            case LineBreak():
                # A table cell is one line: a break there becomes a space.
                out.append(" " if in_table else "\\\n")
            case _:
                assert_never(item)
    return "".join(out)


def _text(item: Text) -> str:
    if item.code:
        longest = max((len(run) for run in re.findall(r"`+", item.text)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if item.text.startswith("`") or item.text.endswith("`") else ""
        return f"{fence}{pad}{item.text}{pad}{fence}"
    core = item.text.strip()
    if not core:
        return " " if item.text else ""
    text = escape_inline(core)
    if item.strike:
        text = f"~~{text}~~"
    if item.italic:
        text = f"*{text}*"
    if item.bold:
        text = f"**{text}**"
    # Emphasis markers must touch their text, so edge spaces go outside them.
    lead = " " if item.text[0].isspace() else ""
    trail = " " if item.text[-1].isspace() else ""
    return lead + text + trail
