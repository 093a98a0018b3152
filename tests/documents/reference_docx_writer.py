"""REFERENCE ONLY: the element-by-element .docx writer as it was before the bulk-XML body.

Kept verbatim (test_docx_equivalence.py renders every document with both and compares the
XML).  Original docstring:

Word (.docx) writer: the document tree onto a reference document's styles.

Speed (DESIGN.md section 6): python-docx's `add_paragraph(style=name)` scans the style
table on every call and `table.cell(i, j)` rebuilds the grid each time, so this writer
maps style names to ids once and appends `w:p` / `w:tbl` elements at the lxml level.
Lists get real Word numbering: one bullet and one decimal abstract definition, and a
fresh `w:num` per numbered list so each one restarts at 1.
"""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path
from typing import Any

from pitchkit import paths
from pitchkit.core.errors import ExportError
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.docx_numbering import LIST_INDENT, ListNumbering
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

DEFAULT_REFERENCE = "reference.docx"
_LINK_COLOUR = "0563C1"
_CODE_FONT = "Consolas"

# WordprocessingML tags the writer creates, qualified once.
_TAGS = """
    p pPr pStyle r rPr rStyle rFonts b i strike color u t tab br numPr ilvl numId ind tbl
    tblPr tblStyle tblW tblLook tblGrid gridCol tr trPr tblHeader tc tcPr tcW hyperlink
    drawing keepNext jc fldSimple val type w left hanging instr ascii hAnsi firstRow
    noVBand sectPr
""".split()

# What to use when the reference lacks a style: each name falls back along its chain.
_FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Heading 1", "Normal"),
    "Heading 1": ("Normal",),
    "Heading 2": ("Heading 1", "Normal"),
    "Heading 3": ("Heading 2", "Heading 1", "Normal"),
    "Heading 4": ("Heading 3", "Heading 2", "Heading 1", "Normal"),
    "Heading 5": ("Heading 4", "Heading 3", "Heading 2", "Heading 1", "Normal"),
    "Heading 6": ("Heading 5", "Heading 4", "Heading 3", "Heading 2", "Heading 1", "Normal"),
    "List Bullet": ("List Paragraph", "Normal"),
    "List Number": ("List Paragraph", "Normal"),
    "Quote": ("Normal",),
}
#: Styles used only when present; without them the writer formats directly, silently.
_OPTIONAL = frozenset({"Normal", "Footer", "Hyperlink"})


def write_docx(
    doc: Document,
    out_path: str | os.PathLike[str],
    *,
    reference_docx: str | os.PathLike[str] | None = None,
) -> list[str]:
    """Write `doc` as a .docx at `out_path` (atomically); returns warnings for the user."""
    data, warnings = DocxWriter(reference_docx).render(doc)
    write_atomic(out_path, data)
    return warnings


def default_reference() -> Path:
    """The bundled reference document whose styles exports use unless told otherwise."""
    return paths.resources_dir() / DEFAULT_REFERENCE


def open_reference(path: Path | None) -> Any:
    """A python-docx Document from `path`; ExportError if it is not a usable .docx."""
    import docx

    if path is None:
        return docx.Document()
    if not path.is_file():
        raise ExportError("no such file", file=str(path), where="reference document")
    try:
        return docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean "unusable"
        reason = str(exc).strip() or type(exc).__name__
        raise ExportError(
            f"not a Word document (.docx) that can be used as a reference ({reason})",
            file=str(path),
            where="reference document",
        ) from None


class DocxWriter:
    """Builds one .docx in memory from a document tree and a reference document."""

    def __init__(self, reference_docx: str | os.PathLike[str] | None = None) -> None:
        from docx.oxml.ns import qn
        from lxml import etree

        self.qn = qn
        self._subelement = etree.SubElement
        if reference_docx is not None:
            reference: Path | None = Path(reference_docx)
        else:
            bundled = default_reference()
            reference = bundled if bundled.is_file() else None
        self.document = open_reference(reference)
        self.part = self.document.part
        self.warnings: list[str] = []
        self._style_ids = self._read_styles()
        self._resolved: dict[str, str | None] = {}
        self._numbering = ListNumbering(self.part)
        self._text_width = self._read_text_width()
        self._w = {tag: qn(f"w:{tag}") for tag in _TAGS}

    # --- styles -----------------------------------------------------------------------

    def _read_styles(self) -> dict[tuple[str, str], str]:
        """(style type, folded name) -> styleId, read once from the reference."""
        qn = self.qn
        found: dict[tuple[str, str], str] = {}
        for style in self.document.styles.element.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            name_el = style.find(qn("w:name"))
            name = name_el.get(qn("w:val")) if name_el is not None else style_id
            if style_id and name:
                found.setdefault(
                    (style.get(qn("w:type")) or "paragraph", name.casefold()), style_id
                )
        return found

    def style_id(self, name: str, kind: str = "paragraph") -> str | None:
        """The reference's id for style `name`, or a fallback (with a warning), or None."""
        key = f"{kind}:{name}"
        if key in self._resolved:
            return self._resolved[key]
        result: str | None = self._style_ids.get((kind, name.casefold()))
        if result is None:
            for other in _FALLBACKS.get(name, ()):
                result = self._style_ids.get((kind, other.casefold()))
                if result is not None:
                    self.warnings.append(
                        f"style '{name}' is not in the reference document; used '{other}'"
                    )
                    break
            else:
                if name not in _OPTIONAL:
                    self.warnings.append(
                        f"style '{name}' is not in the reference document; used no style"
                    )
        self._resolved[key] = result
        return result

    def _read_text_width(self) -> int:
        """Width between the margins of the last section, in twips."""
        section = self.document.sections[-1]
        try:
            width = section.page_width - section.left_margin - section.right_margin
            return max(int(width / 635), 1440)
        except TypeError:  # a section without page size or margins
            return 9026

    # --- document ---------------------------------------------------------------------

    def render(self, doc: Document) -> tuple[bytes, list[str]]:
        """The .docx bytes for `doc`, and the warnings gathered on the way."""
        body = self.document.element.body
        sect_pr = body.find(self._w["sectPr"])
        for child in list(body):
            body.remove(child)
        if doc.title:
            self._paragraph(body, [Text(doc.title)], self.style_id("Title"))
        self._blocks(body, doc.blocks, level=0)
        if len(body) and body[-1].tag == self._w["tbl"]:
            self._new_p(body, None)  # the body must not end with a table
        if sect_pr is not None:
            body.append(sect_pr)
        self._footer()
        self._properties(doc)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue(), list(dict.fromkeys(self.warnings))

    def _properties(self, doc: Document) -> None:
        props = self.document.core_properties
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
        props.title = doc.title
        props.author = doc.author
        props.last_modified_by = doc.author
        props.created = now
        props.modified = now
        props.revision = 1

    def _footer(self) -> None:
        """'Page X of Y' in the footer, unless the reference brings its own footer."""
        section = self.document.sections[0]
        if not section.footer.is_linked_to_previous:
            return
        footer = section.footer
        footer.is_linked_to_previous = False
        root = footer._element
        for child in list(root):
            root.remove(child)
        p = self._paragraph(root, [], self.style_id("Footer"))
        self._sub(p.find(self._w["pPr"]), "jc").set(self._w["val"], "center")
        self._run(p, Text("Page "))
        self._field(p, "PAGE", "1")
        self._run(p, Text(" of "))
        self._field(p, "NUMPAGES", "1")

    def _field(self, p: Any, instr: str, shown: str) -> None:
        field = self._sub(p, "fldSimple")
        field.set(self._w["instr"], f" {instr} ")
        self._run(field, Text(shown))

    # --- blocks -----------------------------------------------------------------------

    def _blocks(self, parent: Any, blocks: list[Block], *, level: int, quote: bool = False) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                style = self.style_id("Quote") if quote else None
                self._paragraph(parent, block.inlines, style)
            elif isinstance(block, Heading):
                p = self._paragraph(parent, block.inlines, self.style_id(f"Heading {block.level}"))
                self._sub(p.find(self._w["pPr"]), "keepNext")
            elif isinstance(block, ListBlock):
                self._list(parent, block, level)
            elif isinstance(block, Table):
                if len(parent) and parent[-1].tag == self._w["tbl"]:
                    self._new_p(parent, None)  # Word would join two adjacent tables into one
                self._table(parent, block)
            elif isinstance(block, Quote):
                self._blocks(parent, block.blocks, level=level, quote=True)
            elif isinstance(block, PageBreak):
                p = self._new_p(parent, None)
                self._sub(self._sub(p, "r"), "br").set(self._w["type"], "page")
            elif isinstance(block, Image):
                self._image(parent, block)

    def _new_p(self, parent: Any, style_id: str | None) -> Any:
        p = self._sub(parent, "p")
        if style_id:
            self._sub(self._sub(p, "pPr"), "pStyle").set(self._w["val"], style_id)
        return p

    def _paragraph(self, parent: Any, inlines: list[Inline], style_id: str | None) -> Any:
        p = self._new_p(parent, style_id)
        if p.find(self._w["pPr"]) is None:
            p.insert(0, p.makeelement(self._w["pPr"], {}))
        self._inlines(p, inlines)
        return p

    def _inlines(self, p: Any, inlines: list[Inline], *, bold: bool = False) -> None:
        for item in inlines:
            if isinstance(item, Text):
                self._run(p, item, bold=bold)
            elif isinstance(item, Link):
                self._hyperlink(p, item, bold=bold)
            elif isinstance(item, LineBreak):
                self._sub(self._sub(p, "r"), "br")

    def _run(self, parent: Any, text: Text, *, bold: bool = False, link: bool = False) -> None:
        w = self._w
        r = self._sub(parent, "r")
        if text.bold or bold or text.italic or text.strike or text.code or link:
            r_pr = self._sub(r, "rPr")
            link_style = self.style_id("Hyperlink", "character") if link else None
            if link_style:
                self._sub(r_pr, "rStyle").set(w["val"], link_style)
            if text.code:
                fonts = self._sub(r_pr, "rFonts")
                fonts.set(w["ascii"], _CODE_FONT)
                fonts.set(w["hAnsi"], _CODE_FONT)
            if text.bold or bold:
                self._sub(r_pr, "b")
            if text.italic:
                self._sub(r_pr, "i")
            if text.strike:
                self._sub(r_pr, "strike")
            if link and not link_style:
                self._sub(r_pr, "color").set(w["val"], _LINK_COLOUR)
                self._sub(r_pr, "u").set(w["val"], "single")
        for n, piece in enumerate(text.text.split("\t")):
            if n:
                self._sub(r, "tab")
            if piece:
                t = self._sub(r, "t")
                t.text = piece
                if piece[0] == " " or piece[-1] == " ":
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def _hyperlink(self, p: Any, link: Link, *, bold: bool) -> None:
        url = safe_url(link.url)
        if url is None:
            self._run(p, Text(link.text), bold=bold)
            return
        from docx.opc.constants import RELATIONSHIP_TYPE

        r_id = self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        hyperlink = self._sub(p, "hyperlink")
        hyperlink.set(self.qn("r:id"), r_id)
        self._run(hyperlink, Text(link.text or url), bold=bold, link=True)

    def _list(self, parent: Any, block: ListBlock, level: int) -> None:
        w = self._w
        style = self.style_id("List Number" if block.ordered else "List Bullet")
        num_id = self._numbering.num_id(block.ordered, block.start)
        ilvl = str(min(level, 8))
        for item in block.items:
            first = True
            for child in item:
                if isinstance(child, Paragraph) and first:
                    p = self._paragraph(parent, child.inlines, style)
                    num_pr = self._sub(p.find(w["pPr"]), "numPr")
                    self._sub(num_pr, "ilvl").set(w["val"], ilvl)
                    self._sub(num_pr, "numId").set(w["val"], num_id)
                    first = False
                elif isinstance(child, Paragraph):
                    # A second paragraph in one item: indented like the item, no marker.
                    p = self._paragraph(parent, child.inlines, style)
                    p_pr = p.find(w["pPr"])
                    num_pr = self._sub(p_pr, "numPr")
                    self._sub(num_pr, "ilvl").set(w["val"], "0")
                    self._sub(num_pr, "numId").set(w["val"], "0")
                    self._sub(p_pr, "ind").set(w["left"], str(LIST_INDENT * (level + 1)))
                elif isinstance(child, ListBlock):
                    self._list(parent, child, level + 1)
                    first = False
                else:
                    self._blocks(parent, [child], level=level)

    # --- tables and pictures ----------------------------------------------------------

    def _table(self, parent: Any, table: Table) -> None:
        w = self._w
        columns = max([len(table.header)] + [len(row) for row in table.rows])
        if columns == 0:
            return
        width = self._text_width // columns
        tbl = self._sub(parent, "tbl")
        tbl_pr = self._sub(tbl, "tblPr")
        style = self.style_id("Table Grid", "table")
        if style:
            self._sub(tbl_pr, "tblStyle").set(w["val"], style)
        tbl_w = self._sub(tbl_pr, "tblW")
        tbl_w.set(w["w"], "5000")
        tbl_w.set(w["type"], "pct")
        look = self._sub(tbl_pr, "tblLook")
        look.set(w["val"], "04A0")
        look.set(w["firstRow"], "1")
        look.set(w["noVBand"], "1")
        grid = self._sub(tbl, "tblGrid")
        for _ in range(columns):
            self._sub(grid, "gridCol").set(w["w"], str(width))
        if table.header:
            self._row(tbl, table.header, columns, width, header=True)
        for row in table.rows:
            self._row(tbl, row, columns, width, header=False)

    def _row(
        self, tbl: Any, cells: list[list[Inline]], columns: int, width: int, *, header: bool
    ) -> None:
        w = self._w
        tr = self._sub(tbl, "tr")
        if header:
            self._sub(self._sub(tr, "trPr"), "tblHeader")
        for n in range(columns):
            tc = self._sub(tr, "tc")
            tc_w = self._sub(self._sub(tc, "tcPr"), "tcW")
            tc_w.set(w["w"], str(width))
            tc_w.set(w["type"], "dxa")
            p = self._sub(tc, "p")
            if n < len(cells):
                self._inlines(p, cells[n], bold=header)

    def _image(self, parent: Any, image: Image) -> None:
        from docx.image.image import Image as DocxImage
        from docx.shared import Cm

        try:
            native = DocxImage.from_blob(image.data)
            limit = self._text_width * 635
            width = Cm(image.width_cm) if image.width_cm else min(native.width, limit)
            inline = self.part.new_pic_inline(io.BytesIO(image.data), width=width)
        except Exception:  # noqa: BLE001 - an unreadable picture should not stop the export
            self.warnings.append(
                f"picture '{image.alt or 'untitled'}' could not be read; kept its text"
            )
            self._paragraph(parent, [Text(image.alt)], None)
            return
        p = self._new_p(parent, None)
        self._sub(self._sub(p, "r"), "drawing").append(inline)

    def _sub(self, parent: Any, tag: str) -> Any:
        return self._subelement(parent, self._w[tag])
