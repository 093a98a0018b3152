"""Word (.docx) writer: the document tree onto a reference document's styles.

Speed (docs/performance.md): the body is written as WordprocessingML text and parsed by
lxml in one call (docx_body.py); styles are mapped to ids once (docx_styles.py); the
package (parts, relationships, content types) is a small OPC model of its own
(docx_opc.py), so an export never imports python-docx (docs/decisions.md, "A Word writer
without python-docx").  Numbering is docx_numbering.py; properties, settings and drawing
ids docx_package.py.  Any valid .docx or .dotx serves as the reference: docs/templates.md,
"Word reference documents", says which of its styles are used and what happens when one is
missing.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import Any

from lxml import etree

from pitchkit import paths
from pitchkit.core.messages import text
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents import docx_package
from pitchkit.documents.docx_body import BodyXml, move_into
from pitchkit.documents.docx_language import FOOTER_WORDS, footer_words
from pitchkit.documents.docx_numbering import ListFormat, ListNumbering
from pitchkit.documents.docx_opc import (
    CT_FOOTER,
    CT_HEADER,
    CT_SETTINGS,
    CT_STYLES,
    RT_FOOTER,
    RT_HEADER,
    RT_HYPERLINK,
    RT_IMAGE,
    RT_SETTINGS,
    RT_STYLES,
    Part,
    parse_xml,
    python_docx_template,
)
from pitchkit.documents.docx_picture import EMU_PER_CM, inline_xml, png_size
from pitchkit.documents.docx_private import mark_private
from pitchkit.documents.docx_styles import StyleMap
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.pictures import PendingPicture, Picture, picture_head
from pitchkit.documents.reference_package import open_reference
from pitchkit.documents.tree import Document, Image, Text

DEFAULT_REFERENCE = "reference.docx"
#: Text width when the reference's section gives no page size or margins (A4, 2.5 cm margins).
_DEFAULT_TEXT_WIDTH = 9026
_DEFAULT_TEXT_HEIGHT = 13958
_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_URI}}}"
_R_URI = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_R = f"{{{_R_URI}}}"
#: Children of `w:sectPr` that come after its header and footer references (CT_SectPr).
_AFTER_REFERENCES = (
    "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders",
    "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
    "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)
#: EMU per unit of a universal measure ("2.5cm"), as the schema's ST_UniversalMeasure.
_EMU_PER = {"mm": 36000, "cm": 360000, "in": 914400, "pt": 12700, "pc": 152400, "pi": 152400}


def write_docx(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as a .docx at `out_path` (atomically); returns warnings for the user."""
    data, warnings = DocxWriter(options.reference_docx).render(doc)
    write_atomic(out_path, data)
    return warnings


def default_reference() -> Path:
    """The bundled reference document whose styles exports use unless told otherwise."""
    return paths.resources_dir() / DEFAULT_REFERENCE


def _emu(value: str | None) -> int | None:
    """A page measure (twips, or "2.5cm") in EMU; None when absent."""
    if value is None:
        return None
    if value[-2:] in _EMU_PER:
        return int(round(float(value[:-2]) * _EMU_PER[value[-2:]]))
    return int(value) * 635


class DocxWriter:
    """Builds one .docx in memory from a document tree and a reference document."""

    def __init__(self, reference_docx: str | os.PathLike[str] | None = None) -> None:
        if reference_docx is not None:
            reference: Path | None = Path(reference_docx)
        else:
            bundled = default_reference()
            reference = bundled if bundled.is_file() else None
        opened = open_reference(reference)  # validated and cleaned: documents/reference_package.py
        self.package = opened.package
        self.part = self.package.main
        self.element = self.part.element
        self.warnings: list[str] = list(opened.warnings)
        styles = docx_package.related_or_default(
            self.package, self.part, RT_STYLES, "/word/styles.xml", CT_STYLES, "default-styles.xml"
        )
        self.styles_element = styles.element
        self.styles = StyleMap(self.styles_element, self.warnings.append)
        self._numbering = ListNumbering(self.package, self.part, self.styles, self.warnings.append)
        body = self.element.find(f"{_W}body")
        self.sect_pr = body.find(f"{_W}sectPr")
        if self.sect_pr is None:  # a body without section settings: Word's defaults
            self.sect_pr = docx_package.new_element("w:sectPr")
            body.append(self.sect_pr)
        self.text_width = self._between_margins("w", ("left", "right"), _DEFAULT_TEXT_WIDTH)
        self.text_height = self._between_margins("h", ("top", "bottom"), _DEFAULT_TEXT_HEIGHT)

    # --- styles (docx_body.BodyHost) ---------------------------------------------------------

    def style_id(self, name: str, kind: str = "paragraph") -> str | None:
        """The reference's id for the style that plays `name`, or a fallback (warned), or None."""
        return self.styles.style_id(name, kind)

    def table_style(self) -> str | None:
        return self.styles.table_style()

    def _between_margins(self, size: str, margins: tuple[str, str], default: int) -> int:
        """Room between the margins of the last section, in twips."""
        page = self.sect_pr.find(f"{_W}pgSz")
        margin = self.sect_pr.find(f"{_W}pgMar")
        if page is None or margin is None:
            return default
        values = [_emu(page.get(f"{_W}{size}")), *(_emu(margin.get(f"{_W}{side}")) for side in margins)]
        if any(value is None for value in values):
            return default
        whole, start, end = (int(value or 0) for value in values)
        return max(int((whole - start - end) / 635), 1440)

    # --- document ---------------------------------------------------------------------

    def render(self, doc: Document) -> tuple[bytes, list[str]]:
        """The .docx bytes for `doc`, and the warnings gathered on the way."""
        body = self.element.find(f"{_W}body")
        for child in list(body):
            body.remove(child)
        content = BodyXml(self)
        content.build(doc.title, doc.blocks)
        nsmap = self.element.nsmap
        numbered = 0
        if nsmap.get("w") == _W_URI and nsmap.get("r") == _R_URI:
            # The body's text goes into the serialised document as it is (docx_opc.Part.splice):
            # parsing ~90,000 elements for 2,000 people and writing them out again cost ~120 ms.
            marker = f"pitchkit-body-{os.urandom(8).hex()}"
            body.append(etree.Comment(marker))
            self.part.splice = (f"<!--{marker}-->".encode(), "".join(content.out).encode("utf-8"))
            numbered = content.pictures
        else:  # prefixes of its own: parsed, and moved in with the declarations it needs
            move_into(body, content.elements(nsmap))
        body.append(self.sect_pr)
        self._footer(footer_words(doc.language))
        if doc.private:
            mark_private(self._story("header")[0], self.style_id("Header"), doc.language)
        self._package(doc, numbered=numbered)
        return self.package.save(), list(dict.fromkeys(self.warnings))

    # --- what the body asks of the package (docx_body.BodyHost) ------------------------

    def list_format(self, ordered: bool, level: int, start: int) -> ListFormat:
        return self._numbering.format(ordered, level, start)

    def hyperlink_id(self, url: str) -> str:
        return self.part.relate_to(url, RT_HYPERLINK)

    def picture_inline(self, image: Image, number: int) -> str | None:
        """The picture's `wp:inline` as text (its part added to the package), or None.

        Drawing ids are given once the whole package is known (docx_package.number_drawings).
        """
        try:
            native = png_size(picture_head(image.data))
        except (ValueError, struct.error, ZeroDivisionError):  # not a PNG, or a broken one
            self.warnings.append(text("picture-unreadable", alt=image.alt or image.name or "untitled"))
            return None
        limit = self.text_width * 635
        width = int(image.width_cm * EMU_PER_CM) if image.width_cm else min(native.width, limit)
        # A tall picture (a crowded map) must leave room on its page for its caption.
        tallest = self.text_height * 635 * 0.9
        if native.width and width * native.height / native.width > tallest:
            width = int(tallest * native.width / native.height)
        height = round(native.height * (float(width) / float(native.width)))
        r_id = self.part.relate_to(self._image_part(image.data), RT_IMAGE)
        # Named as python-docx names it: after the largest id in the document, whose body is
        # still empty here; its id is its place among the body's pictures (number_drawings).
        used = [int(value) for value in self.element.xpath("//@id") if str(value).isdigit()]
        return inline_xml(
            doc_pr_id=number, shape_id=max(used, default=0) + 1, r_id=r_id, filename="image.png", cx=width,
            cy=height, alt=image.alt or image.name or "Picture", declared=self.element.nsmap,
        )

    def _image_part(self, picture: Picture) -> Part:
        """The package's image part holding `picture`, added as /word/media/imageN.png if new.

        A pending picture's part takes its bytes when the package is saved, last.
        """
        found = {
            id(rel.target): rel.part for source in (self.package, *self.package.iter_parts())
            for rel in source.rels.values() if rel.reltype == RT_IMAGE and not rel.external
        }
        images = list(found.values())
        for part in images:
            # The same picture twice is one part (python-docx compares SHA-1s); a pending
            # one is the same when it is the same promise (its bytes are not asked for here).
            if isinstance(picture, PendingPicture):
                if part.later == picture.result:
                    return part
            elif part.later is None and part.blob == picture:
                return part
        used = {_index(part.name) for part in images}
        number = next(n for n in range(1, len(images) + 2) if n not in used)
        name = f"/word/media/image{number}.png"
        if isinstance(picture, PendingPicture):
            return Part(name, "image/png", later=picture.result)
        return Part(name, "image/png", picture)

    # --- package parts ----------------------------------------------------------------

    def _package(self, doc: Document, *, numbered: int) -> None:
        """Everything around the body made for this export (docx_package.py)."""
        docx_package.set_core_properties(self.package, title=doc.title, author=doc.author, language=doc.language)
        docx_package.replace_app_properties(self.package)
        settings = docx_package.related_or_default(
            self.package, self.part, RT_SETTINGS, "/word/settings.xml", CT_SETTINGS, "default-settings.xml"
        ).element
        docx_package.set_compatibility_mode(settings)
        docx_package.set_language(self.styles_element, settings, doc.language)
        docx_package.number_drawings(self.package, self.part, first=numbered + 1)

    def _story(self, kind: str) -> tuple[Any, bool]:
        """The root of the section's default header or footer, and whether the reference brought it;
        made from python-docx's empty one (a paragraph in the Header or Footer style) if not."""
        tag = f"{_W}{kind}Reference"
        for reference in self.sect_pr.iterchildren(tag):
            if reference.get(f"{_W}type") == "default":
                return self.part.rels[str(reference.get(f"{_R}id"))].part.element, True
        content_type, reltype = (CT_HEADER, RT_HEADER) if kind == "header" else (CT_FOOTER, RT_FOOTER)
        part = Part(
            self.package.next_partname(f"/word/{kind}%d.xml"), content_type,
            element=parse_xml(python_docx_template(f"default-{kind}.xml")),
        )
        r_id = self.part.relate_to(part, reltype)
        reference = docx_package.new_element(f"w:{kind}Reference", {f"{_W}type": "default", f"{_R}id": r_id})
        docx_package.insert_before(self.sect_pr, reference, _AFTER_REFERENCES)
        return part.element, False

    def _footer(self, words: tuple[str, str] = FOOTER_WORDS["en"]) -> None:
        """'Page X of Y' in the footer, unless the reference brings its own footer."""
        root, brought = self._story("footer")
        if brought:
            return
        for child in list(root):
            root.remove(child)
        line = BodyXml(self)
        runs: list[str] = []
        line.run(runs, Text(words[0]))
        self._field(line, runs, "PAGE", "1")
        line.run(runs, Text(words[1]))
        self._field(line, runs, "NUMPAGES", "1")
        line.paragraph_of_runs(runs, self.style_id("Footer"), extra='<w:jc w:val="center"/>')
        move_into(root, line.elements(root.nsmap))

    @staticmethod
    def _field(line: BodyXml, runs: list[str], instr: str, shown: str) -> None:
        runs.append(f'<w:fldSimple w:instr=" {instr} ">')
        line.run(runs, Text(shown))
        runs.append("</w:fldSimple>")


def _index(name: str) -> int | None:
    """The number in a part name ("/word/media/image12.png" -> 12), or None."""
    stem = name.rpartition("/")[2].partition(".")[0]
    digits = stem[len(stem.rstrip("0123456789")):]
    return int(digits) if digits else None
