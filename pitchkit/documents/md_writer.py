"""Markdown writer: clean, normalised Markdown written back out of the document tree.

The output reads back (with the same parser) as the same tree: text is escaped, lists use
`-` and `1.`, tables are GitHub-style pipes with their column alignment (`---:`), page
breaks are `<!-- pagebreak -->`.  The file opens with a YAML metadata block (title,
author, date, lang) that pandoc reads, instead of a `# ` title line, so pandoc does not
show the title twice.  Pictures are written beside the .md (`proposal-map.png` next to
`proposal.md`, each atomically) and linked by relative path.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import assert_never
from urllib.parse import quote

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.docx_language import private_notice
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.markdown_text import escape_inline
from pitchkit.documents.md_metadata import front_matter
from pitchkit.documents.pictures import picture_bytes
from pitchkit.documents.tree import (
    PAGEBREAK_COMMENT,
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

#: Given a picture and its number in the document, the relative path to link it by.
ImagePath = Callable[[Image, int], str]
_ALIGN_RULE = {"left": ":---", "center": ":---:", "right": "---:"}


def write_md(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as Markdown at `out_path`, its pictures beside it (atomically); no warnings."""
    out = Path(out_path)
    pictures: dict[str, bytes] = {}

    def picture_file(image: Image, number: int) -> str:
        stem = f"{out.stem}-{_slug(image.name) or 'picture'}"
        name = f"{stem}.png"
        n = 1
        while name in pictures:
            n += 1
            name = f"{stem}-{n}.png"
        pictures[name] = picture_bytes(image.data)
        return name

    text = render_md(doc, image_path=picture_file)
    for name, data in pictures.items():
        write_atomic(out.with_name(name), data)
    write_atomic(out, text.encode("utf-8"))
    return []


def render_md(
    doc: Document, *, image_path: ImagePath | None = None, today: datetime.date | None = None
) -> str:
    """`doc` as Markdown text, ending in one newline.

    Without `image_path` a picture has no file to point at, so only its alt text is kept.
    """
    fields = {
        "title": escape_inline(doc.title),
        "author": escape_inline(doc.author),
        "date": (today or datetime.date.today()).isoformat(),
        "lang": doc.language,
    }
    chunks = [front_matter(fields)]
    if doc.private:
        chunks.append("**" + escape_inline(private_notice(doc.language)) + "**")
    chunks += _blocks(doc.blocks, image_path, [0])
    return "\n\n".join(chunks) + "\n"


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:40]


def _blocks(blocks: list[Block], image_path: ImagePath | None = None, counter: list[int] | None = None) -> list[str]:
    counter = [0] if counter is None else counter
    chunks: list[str] = []
    for block in blocks:
        match block:
            case Paragraph():
                chunks.append(_inlines(block.inlines))
            case Heading():
                chunks.append("#" * block.level + " " + _inlines(block.inlines))
            case ListBlock():
                chunks.append(_list(block, image_path, counter))
            case Table():
                chunks.append(_table(block))
            case Quote():
                inner = "\n\n".join(_blocks(block.blocks, image_path, counter))
                chunks.append("\n".join(("> " + line) if line else ">" for line in inner.split("\n")))
            case PageBreak():
                chunks.append(PAGEBREAK_COMMENT)
            case Image():
                if image_path is not None:
                    counter[0] += 1
                    target = quote(image_path(block, counter[0]))
                    chunks.append(f"![{escape_inline(block.alt)}]({target})")
                elif block.alt:
                    chunks.append(escape_inline(block.alt))
            case _:
                assert_never(block)
    return chunks


def _list(block: ListBlock, image_path: ImagePath | None, counter: list[int]) -> str:
    lines: list[str] = []
    for n, item in enumerate(block.items):
        marker = f"{block.start + n}. " if block.ordered else "- "
        indent = " " * len(marker)
        body = "\n\n".join(_blocks(item, image_path, counter)) or ""
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

    rules = [_ALIGN_RULE.get(table.column_align(n) or "", "---") for n in range(columns)]
    lines = [row(table.header), "|" + "|".join(rules) + "|"]
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
