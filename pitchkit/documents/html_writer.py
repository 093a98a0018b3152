"""HTML writer: one standalone HTML5 page with a small embedded stylesheet.

Every piece of text is escaped; links keep only http, https and mailto targets (others
become plain text); pictures are embedded as data URLs so the page stands alone, each in a
`<figure>` with its alt text as the caption (as in Word); table columns keep the Markdown
alignment (`---:`) as `text-align`.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from html import escape
from typing import assert_never

from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.docx_language import private_notice
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.pictures import picture_bytes
from pitchkit.documents.tree import (
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
    safe_url,
)

STYLESHEET = """
body { font-family: Carlito, Calibri, "Segoe UI", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1, h2, h3, h4, h5, h6 { color: #1f3864; line-height: 1.2; margin: 1.4em 0 0.5em; }
h1.title { font-size: 2.1em; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #b4c0d3; padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
th { background: #dde4ee; }
blockquote { border-left: 3px solid #b4c0d3; margin: 1em 0; padding: 0 1em; color: #444; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 0.95em; }
img { max-width: 100%; }
figure { margin: 1em 0; }
figcaption { font-size: 0.9em; color: #444; }
.page-break { break-after: page; border: 0; }
.private { color: #9b1c1c; border-bottom: 1px solid #9b1c1c; padding-bottom: 0.2em; }
@media print { body { margin: 0; max-width: none; } .private { position: fixed; top: 0; } }
""".strip()


def write_html(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as a standalone HTML page at `out_path` (atomically); no warnings."""
    write_atomic(out_path, render_html(doc).encode("utf-8"))
    return []


#: Given a picture and its number in the document, the `src` to write for it.
ImageSource = Callable[[Image, int], str]


def _data_url(image: Image, _: int) -> str:
    return "data:image/png;base64," + base64.b64encode(picture_bytes(image.data)).decode("ascii")


def render_html(
    doc: Document, *, image_src: ImageSource = _data_url, table_attrs: str = "", stylesheet: str = STYLESHEET
) -> str:
    """`doc` as the text of a standalone HTML5 page (pictures as data URLs by default).

    `table_attrs` adds attributes to every <table> and `stylesheet` replaces the page's CSS
    (for renderers such as Qt's rich text that read only part of CSS).
    """
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(doc.language or "en-GB")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(doc.title)}</title>",
    ]
    if doc.author:
        parts.append(f'<meta name="author" content="{escape(doc.author)}">')
    parts += [f"<style>\n{stylesheet}\n</style>", "</head>", "<body>"]
    if doc.private:
        # Fixed in print, so browsers repeat it at the top of every printed page.
        parts.append(f'<p class="private"><strong>{escape(private_notice(doc.language))}</strong></p>')
    if doc.title:
        parts.append(f'<h1 class="title">{escape(doc.title)}</h1>')
    _blocks(parts, doc.blocks, image_src, [0], table_attrs)
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _blocks(
    out: list[str], blocks: list[Block], image_src: ImageSource, counter: list[int], table_attrs: str = ""
) -> None:
    for block in blocks:
        match block:
            case Paragraph():
                out.append(f"<p>{_inlines(block.inlines)}</p>")
            case Heading():
                # The title is the page's <h1>, so section headings start one level down.
                tag = f"h{min(block.level + 1, 6)}"
                out.append(f"<{tag}>{_inlines(block.inlines)}</{tag}>")
            case ListBlock():
                tag = "ol" if block.ordered else "ul"
                start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
                out.append(f"<{tag}{start}>")
                for item in block.items:
                    # A one-paragraph item is written without <p>, as a tight list.
                    if len(item) == 1 and isinstance(item[0], Paragraph):
                        out.append(f"<li>{_inlines(item[0].inlines)}</li>")
                    else:
                        out.append("<li>")
                        _blocks(out, item, image_src, counter, table_attrs)
                        out.append("</li>")
                out.append(f"</{tag}>")
            case Table():
                _table(out, block, table_attrs)
            case Quote():
                out.append("<blockquote>")
                _blocks(out, block.blocks, image_src, counter, table_attrs)
                out.append("</blockquote>")
            case PageBreak():
                out.append('<hr class="page-break">')
            case Image():
                src = image_src(block, counter[0])
                counter[0] += 1
                width = f' width="{round(block.width_cm / 2.54 * 96)}"' if block.width_cm else ""
                picture = f'<p><img src="{escape(src)}"{width} alt="{escape(block.alt)}"></p>'
                if block.alt:
                    out.append(f"<figure>{picture}<figcaption>{escape(block.alt, quote=False)}</figcaption></figure>")
                else:
                    out.append(picture)
            case _:
                assert_never(block)


def _table(out: list[str], table: Table, table_attrs: str) -> None:
    def cell(tag: str, column: int, inlines: list[Inline]) -> str:
        align = table.column_align(column)
        style = f' style="text-align: {align}"' if align else ""
        return f"<{tag}{style}>{_inlines(inlines)}</{tag}>"

    out.append(f"<table{' ' + table_attrs if table_attrs else ''}>")
    if table.header:
        cells = "".join(cell("th", n, c) for n, c in enumerate(table.header))
        out.append(f"<thead><tr>{cells}</tr></thead>")
    out.append("<tbody>")
    for row in table.rows:
        out.append("<tr>" + "".join(cell("td", n, c) for n, c in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")


def _inlines(inlines: list[Inline]) -> str:
    html: list[str] = []
    for item in inlines:
        match item:
            case Text():
                text = escape(item.text, quote=False)
                if item.code:
                    text = f"<code>{text}</code>"
                if item.strike:
                    text = f"<s>{text}</s>"
                if item.italic:
                    text = f"<em>{text}</em>"
                if item.bold:
                    text = f"<strong>{text}</strong>"
                html.append(text)
            case Link():
                url = safe_url(item.url)
                if url is None:
                    html.append(escape(item.text, quote=False))
                else:
                    html.append(f'<a href="{escape(url)}">{escape(item.text, quote=False)}</a>')
            case LineBreak():
                html.append("<br>")
            case _:
                assert_never(item)
    return "".join(html)
