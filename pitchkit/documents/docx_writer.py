"""Word (.docx) writer: the document tree onto a reference document's styles.

Speed (docs/performance.md): python-docx's `add_paragraph(style=name)` scans the style
table on every call and `table.cell(i, j)` rebuilds the grid each time, so this writer
maps style names to ids once (docx_styles.py), and the body is written as WordprocessingML
text and parsed by lxml in one call (docx_body.py); python-docx keeps the package, styles,
numbering (docx_numbering.py), relationships, pictures and properties (docx_package.py).
Any valid .docx or .dotx serves as the reference: docs/templates.md, "Word reference
documents", says which of its styles are used and what happens when one is missing.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pitchkit import paths
from pitchkit.core.messages import text
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents import docx_package
from pitchkit.documents.docx_body import BodyXml, move_into
from pitchkit.documents.docx_language import FOOTER_WORDS, footer_words
from pitchkit.documents.docx_numbering import ListFormat, ListNumbering
from pitchkit.documents.docx_private import mark_private
from pitchkit.documents.docx_styles import StyleMap
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.reference_package import open_reference
from pitchkit.documents.tree import Document, Image, Text

if TYPE_CHECKING:
    from docx.opc.phys_pkg import PhysPkgWriter

DEFAULT_REFERENCE = "reference.docx"
#: Text width when the reference's section gives no page size or margins (A4, 2.5 cm margins).
_DEFAULT_TEXT_WIDTH = 9026
_DEFAULT_TEXT_HEIGHT = 13958


def write_docx(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as a .docx at `out_path` (atomically); returns warnings for the user."""
    data, warnings = DocxWriter(options.reference_docx).render(doc)
    write_atomic(out_path, data)
    return warnings


def default_reference() -> Path:
    """The bundled reference document whose styles exports use unless told otherwise."""
    return paths.resources_dir() / DEFAULT_REFERENCE


#: Picture formats that are compressed already: deflating them again only costs time
#: (a 2 MB map PNG took ~150 ms, a quarter of a 200-stakeholder export).
_STORED = frozenset({"png", "jpg", "jpeg", "gif"})


class _StoredMediaZip:
    """python-docx's zip writer (`_ZipPkgWriter`), except that pictures are stored, not
    deflated a second time; XML parts are deflated as before."""

    def __init__(self, stream: Any) -> None:
        import zipfile

        self._zipfile = zipfile
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        stored = pack_uri.ext.lower() in _STORED
        kind = self._zipfile.ZIP_STORED if stored else self._zipfile.ZIP_DEFLATED
        self._zip.writestr(pack_uri.membername, blob, compress_type=kind)

    def close(self) -> None:
        self._zip.close()


def save_package(package: Any, stream: Any) -> None:
    """`package.save(stream)` (python-docx's OpcPackage.save), with pictures stored."""
    from docx.opc.pkgwriter import PackageWriter

    steps = ("_write_content_types_stream", "_write_pkg_rels", "_write_parts")
    if not all(hasattr(PackageWriter, step) for step in steps):  # another python-docx
        package.save(stream)
        return
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    # A stand-in for python-docx's zip writer; its private steps carry no annotations.
    zipped = _StoredMediaZip(stream)
    writer = cast("PhysPkgWriter", zipped)
    PackageWriter._write_content_types_stream(writer, parts)  # type: ignore[no-untyped-call]
    PackageWriter._write_pkg_rels(writer, package.rels)  # type: ignore[no-untyped-call]
    PackageWriter._write_parts(writer, parts)
    zipped.close()


class DocxWriter:
    """Builds one .docx in memory from a document tree and a reference document."""

    def __init__(self, reference_docx: str | os.PathLike[str] | None = None) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        if reference_docx is not None:
            reference: Path | None = Path(reference_docx)
        else:
            bundled = default_reference()
            reference = bundled if bundled.is_file() else None
        opened = open_reference(reference)  # validated and cleaned: documents/reference_package.py
        self.document = opened.document
        self.part = self.document.part
        self.warnings: list[str] = list(opened.warnings)
        self.styles = StyleMap(self.document.styles.element, self.warnings.append)
        self._numbering = ListNumbering(self.part, self.styles, self.warnings.append)
        body = self.document.element.body
        if body.find(qn("w:sectPr")) is None:  # a body without section settings: Word's defaults
            body.get_or_add_sectPr()
        self.text_width = self._read_text_width()
        self.text_height = self._read_text_height()

    # --- styles (docx_body.BodyHost) ---------------------------------------------------------

    def style_id(self, name: str, kind: str = "paragraph") -> str | None:
        """The reference's id for the style that plays `name`, or a fallback (warned), or None."""
        return self.styles.style_id(name, kind)

    def table_style(self) -> str | None:
        return self.styles.table_style()

    def _read_text_width(self) -> int:
        """Width between the margins of the last section, in twips."""
        return self._between_margins("page_width", "left_margin", "right_margin", _DEFAULT_TEXT_WIDTH)

    def _read_text_height(self) -> int:
        """Height between the margins of the last section, in twips."""
        return self._between_margins("page_height", "top_margin", "bottom_margin", _DEFAULT_TEXT_HEIGHT)

    def _between_margins(self, size: str, start: str, end: str, default: int) -> int:
        section = self.document.sections[-1]
        try:
            room = getattr(section, size) - getattr(section, start) - getattr(section, end)
            return max(int(room / 635), 1440)
        except TypeError:  # a section without page size or margins
            return default

    # --- document ---------------------------------------------------------------------

    def render(self, doc: Document) -> tuple[bytes, list[str]]:
        """The .docx bytes for `doc`, and the warnings gathered on the way."""
        body = self.document.element.body
        sect_pr = body.find(self.qn("w:sectPr"))
        for child in list(body):
            body.remove(child)
        content = BodyXml(self)
        content.build(doc.title, doc.blocks)
        move_into(body, content.elements(self.document.element.nsmap))
        if sect_pr is not None:
            body.append(sect_pr)
        self._footer(footer_words(doc.language))
        if doc.private:
            mark_private(self.document, self.style_id("Header"), doc.language)
        self._package(doc)
        buffer = io.BytesIO()
        save_package(self.document.part.package, buffer)
        return buffer.getvalue(), list(dict.fromkeys(self.warnings))

    # --- what the body asks of the package (docx_body.BodyHost) ------------------------

    def list_format(self, ordered: bool, level: int, start: int) -> ListFormat:
        return self._numbering.format(ordered, level, start)

    def hyperlink_id(self, url: str) -> str:
        from docx.opc.constants import RELATIONSHIP_TYPE

        return str(self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))

    def picture_inline(self, image: Image) -> Any | None:
        """python-docx's `wp:inline` for the picture (added to the package), or None.

        Drawing ids are given once the whole package is known (docx_package.number_drawings).
        """
        from docx.image.image import Image as DocxImage
        from docx.shared import Cm

        try:
            native = DocxImage.from_blob(image.data)
            limit = self.text_width * 635
            width = Cm(image.width_cm) if image.width_cm else min(native.width, limit)
            # A tall picture (a crowded map) must leave room on its page for its caption.
            tallest = self.text_height * 635 * 0.9
            if native.width and width * native.height / native.width > tallest:
                width = int(tallest * native.width / native.height)
            inline = self.part.new_pic_inline(io.BytesIO(image.data), width=width)
        except Exception:  # noqa: BLE001 - an unreadable picture should not stop the export
            self.warnings.append(text("picture-unreadable", alt=image.alt or image.name or "untitled"))
            return None
        docx_package.describe_picture(inline, image.alt or image.name or "Picture")
        return inline

    # --- package parts ----------------------------------------------------------------

    def _package(self, doc: Document) -> None:
        """Everything around the body made for this export (docx_package.py)."""
        package = self.part.package
        docx_package.set_core_properties(
            self.document, title=doc.title, author=doc.author, language=doc.language
        )
        docx_package.replace_app_properties(package)
        settings = self.document.settings.element
        docx_package.set_compatibility_mode(settings)
        docx_package.set_language(self.document.styles.element, settings, doc.language)
        docx_package.number_drawings(package, self.part)

    def _footer(self, words: tuple[str, str] = FOOTER_WORDS["en"]) -> None:
        """'Page X of Y' in the footer, unless the reference brings its own footer."""
        section = self.document.sections[0]
        if not section.footer.is_linked_to_previous:
            return
        footer = section.footer
        footer.is_linked_to_previous = False
        root = footer._element
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
