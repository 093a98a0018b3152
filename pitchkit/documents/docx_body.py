"""The body of a .docx as WordprocessingML text, parsed by lxml once (why: docs/decisions.md, "Documents").

Creating elements one by one (`SubElement`) costs a Python object per element, and a
proposal for 2,000 stakeholders has ~90,000 of them; writing the same elements as escaped
text and parsing them in one call is several times faster.  The writer (docx_writer.py)
owns the package: styles, numbering, relationships, pictures, footer and properties come
from it, and the body asks it for every id used here.  The golden files in tests/reference/docx/ pin the
output part by part (tests/documents/test_docx_golden.py).
"""

from __future__ import annotations

from typing import Any, Protocol, assert_never

from pitchkit.documents.docx_numbering import ListFormat
from pitchkit.documents.table_layout import column_count, column_widths
from pitchkit.documents.tree import (
    Block,
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

LINK_COLOUR = "0563C1"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CODE_FONT = "Consolas"
_PICTURE = "<w:p><w:pPr>{props}</w:pPr><w:r><w:drawing>{inline}</w:drawing></w:r></w:p>"
#: Borders for tables when the reference has no table style at all.
_PLAIN_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)
_JUSTIFY = {"left": "left", "center": "center", "right": "right"}
_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def text(value: str) -> str:
    """`value` escaped as XML character data (a carriage return must survive the parse)."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def attr(value: str) -> str:
    """`value` escaped for a double-quoted XML attribute."""
    return (
        text(value).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    )


class BodyHost(Protocol):
    """What the body needs from the writer that owns the python-docx package."""

    text_width: int

    def style_id(self, name: str, kind: str = "paragraph") -> str | None: ...
    def table_style(self) -> str | None: ...
    def list_format(self, ordered: bool, level: int, start: int) -> ListFormat: ...
    def hyperlink_id(self, url: str) -> str: ...
    def picture_inline(self, image: Image, number: int) -> str | None: ...


class BodyXml:
    """Collects the body's XML text block by block, in document order."""

    def __init__(self, host: BodyHost) -> None:
        self.host = host
        self.out: list[str] = []
        self.pictures = 0  # pictures in the body so far
        self._last_table = False  # Word joins two adjacent tables; the body cannot end in one

    # --- whole body -------------------------------------------------------------------

    def build(self, title: str, blocks: list[Block]) -> None:
        if title:
            self.paragraph([Text(title)], self.host.style_id("Title"))
        self.blocks(blocks, level=0)
        if self._last_table:
            self.empty_paragraph()

    def elements(self, nsmap: dict[str | None, str]) -> list[Any]:
        """The body's elements, parsed in one call.

        The wrapper declares exactly the namespaces of the document they move into, so
        they serialise as if they had been built there, and the `w:` and `r:` this text
        uses where that document gives those prefixes to nothing or to something else.
        """
        from lxml import etree

        wanted = {**nsmap, "w": _W, "r": _R}
        declarations = "".join(
            f' xmlns:{prefix}="{attr(uri)}"' if prefix else f' xmlns="{attr(uri)}"'
            for prefix, uri in wanted.items()
        )
        source = f"<w:body{declarations}>{''.join(self.out)}</w:body>"
        parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
        root = etree.fromstring(source.encode("utf-8"), parser)
        return list(root)


    # --- blocks -----------------------------------------------------------------------

    def blocks(self, blocks: list[Block], *, level: int, quote: bool = False) -> None:
        for block in blocks:
            match block:
                case Paragraph():
                    self.paragraph(block.inlines, self.host.style_id("Quote" if quote else "Body Text"))
                case Heading():
                    style = self.host.style_id(f"Heading {block.level}")
                    self.paragraph(block.inlines, style, extra="<w:keepNext/>")
                case ListBlock():
                    self.list_block(block, level)
                case Table():
                    if self._last_table:
                        self.empty_paragraph()
                    self.table(block)
                case Quote():
                    self.blocks(block.blocks, level=level, quote=True)
                case PageBreak():
                    self._emit(_PAGE_BREAK)
                case Image():
                    self.image(block)
                case _:
                    assert_never(block)

    def _emit(self, xml: str, *, table: bool = False) -> None:
        self.out.append(xml)
        self._last_table = table

    def empty_paragraph(self) -> None:
        self._emit("<w:p/>")

    def paragraph(self, inlines: list[Inline], style_id: str | None, extra: str = "") -> None:
        """A paragraph: always a `w:pPr` (style first, then `extra`), then its runs."""
        runs: list[str] = []
        self.inlines(runs, inlines)
        self.paragraph_of_runs(runs, style_id, extra)

    def paragraph_of_runs(self, runs: list[str], style_id: str | None, extra: str = "") -> None:
        style = f'<w:pStyle w:val="{attr(style_id)}"/>' if style_id else ""
        self._emit(f"<w:p><w:pPr>{style}{extra}</w:pPr>{''.join(runs)}</w:p>")

    def inlines(self, out: list[str], inlines: list[Inline], *, bold: bool = False) -> None:
        for item in inlines:
            match item:
                case Text():
                    self.run(out, item, bold=bold)
                case Link():
                    self.hyperlink(out, item, bold=bold)
                case LineBreak():
                    out.append("<w:r><w:br/></w:r>")
                case _:
                    assert_never(item)

    def run(self, out: list[str], item: Text, *, bold: bool = False, link: bool = False) -> None:
        value = item.text
        if not (item.bold or bold or item.italic or item.strike or item.code or link or "\t" in value):
            # Most runs: plain text in one piece (the same XML as the general case below).
            if not value:
                out.append("<w:r></w:r>")
            elif value[0] == " " or value[-1] == " ":
                out.append(f'<w:r><w:t xml:space="preserve">{text(value)}</w:t></w:r>')
            else:
                out.append(f"<w:r><w:t>{text(value)}</w:t></w:r>")
            return
        out.append("<w:r>")
        if item.bold or bold or item.italic or item.strike or item.code or link:
            out.append("<w:rPr>")
            link_style = self.host.style_id("Hyperlink", "character") if link else None
            if link_style:
                out.append(f'<w:rStyle w:val="{attr(link_style)}"/>')
            if item.code:
                out.append(f'<w:rFonts w:ascii="{CODE_FONT}" w:hAnsi="{CODE_FONT}"/>')
            if item.bold or bold:
                out.append("<w:b/>")
            if item.italic:
                out.append("<w:i/>")
            if item.strike:
                out.append("<w:strike/>")
            if link and not link_style:
                out.append(f'<w:color w:val="{LINK_COLOUR}"/><w:u w:val="single"/>')
            out.append("</w:rPr>")
        for n, piece in enumerate(item.text.split("\t")):
            if n:
                out.append("<w:tab/>")
            if piece:
                if piece[0] == " " or piece[-1] == " ":
                    out.append(f'<w:t xml:space="preserve">{text(piece)}</w:t>')
                else:
                    out.append(f"<w:t>{text(piece)}</w:t>")
        out.append("</w:r>")

    def hyperlink(self, out: list[str], link: Link, *, bold: bool) -> None:
        url = safe_url(link.url)
        if url is None:
            self.run(out, Text(link.text), bold=bold)
            return
        out.append(f'<w:hyperlink r:id="{attr(self.host.hyperlink_id(url))}">')
        self.run(out, Text(link.text or url), bold=bold, link=True)
        out.append("</w:hyperlink>")

    def list_block(self, block: ListBlock, level: int) -> None:
        fmt = self.host.list_format(block.ordered, level, block.start)
        style = fmt.style_id
        marker = f'<w:numPr><w:ilvl w:val="{fmt.ilvl}"/><w:numId w:val="{attr(fmt.num_id)}"/></w:numPr>'
        # A second paragraph in one item: indented like the item, no marker.
        follow_on = (
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
            f'<w:ind w:left="{fmt.indent}"/>'
        )
        for item in block.items:
            first = True
            for child in item:
                if isinstance(child, Paragraph) and first:
                    self.paragraph(child.inlines, style, extra=marker)
                    first = False
                elif isinstance(child, Paragraph):
                    self.paragraph(child.inlines, style, extra=follow_on)
                elif isinstance(child, ListBlock):
                    self.list_block(child, level + 1)
                    first = False
                else:
                    self.blocks([child], level=level)

    # --- tables and pictures ----------------------------------------------------------

    def table(self, table: Table) -> None:
        """A table: columns sized to their text, rows that never split, the header repeated."""
        columns = column_count(table)
        if columns == 0:
            return
        widths = column_widths(table, self.host.text_width, columns)
        style = self.host.table_style()
        out = ["<w:tbl><w:tblPr>"]
        if style:
            out.append(f'<w:tblStyle w:val="{attr(style)}"/>')
        out.append('<w:tblW w:w="5000" w:type="pct"/>')
        if not style:
            out.append(_PLAIN_BORDERS)
        out.append('<w:tblLook w:val="04A0" w:firstRow="1" w:noVBand="1"/></w:tblPr><w:tblGrid>')
        out += [f'<w:gridCol w:w="{width}"/>' for width in widths]
        out.append("</w:tblGrid>")
        cell_starts = []
        for n, width in enumerate(widths):
            align = _JUSTIFY.get(table.column_align(n) or "")
            justify = f'<w:pPr><w:jc w:val="{align}"/></w:pPr>' if align else ""
            cell_starts.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p>{justify}')
        if table.header:
            self._row(out, table.header, cell_starts, header=True)
        for row in table.rows:
            self._row(out, row, cell_starts, header=False)
        out.append("</w:tbl>")
        self._emit("".join(out), table=True)

    def _row(self, out: list[str], cells: list[list[Inline]], cell_starts: list[str], *, header: bool) -> None:
        out.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for n, start in enumerate(cell_starts):
            out.append(start)
            if n < len(cells):
                self.inlines(out, cells[n], bold=header)
            out.append("</w:p></w:tc>")
        out.append("</w:tr>")

    def image(self, image: Image) -> None:
        """The picture in a paragraph of its own; its alt text as the caption below it."""
        inline = self.host.picture_inline(image, self.pictures + 1)
        if inline is None:
            self.paragraph([Text(image.alt)], self.host.style_id("Body Text"))
            return
        self.pictures += 1
        self._emit(_PICTURE.format(props="<w:keepNext/>" if image.alt else "", inline=inline))
        if image.alt:
            self.paragraph([Text(image.alt)], self.host.style_id("Caption"))


#: Elements with more children than this move into another document child by child.
_MOVE_WHOLE = 32


def move_into(parent: Any, elements: list[Any]) -> None:
    """Append `elements` (from another lxml document) to `parent`, in linear time.

    lxml moves one subtree between documents in time that grows with the square of its
    number of children (a 2,000-row table took seconds), so a big element is recreated
    in place, attributes in order, and its children are moved one by one.
    """
    from lxml import etree

    for element in elements:
        if len(element) <= _MOVE_WHOLE:
            parent.append(element)
            continue
        copy = etree.SubElement(parent, element.tag, dict(element.attrib))
        copy.text, copy.tail = element.text, element.tail
        move_into(copy, list(element))
