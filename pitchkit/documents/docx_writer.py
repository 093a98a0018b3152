"""Word (.docx) writer: the document tree onto a reference document's styles.

Speed (docs/performance.md): python-docx's `add_paragraph(style=name)` scans the style
table on every call and `table.cell(i, j)` rebuilds the grid each time, so this writer
maps style names to ids once, and the body is written as WordprocessingML text and parsed
by lxml in one call (docx_body.py); python-docx keeps the package, styles, numbering,
relationships, pictures and properties.
Lists get real Word numbering: one bullet and one decimal abstract definition, and a
fresh `w:num` per numbered list so each one restarts at 1.
"""

from __future__ import annotations

import datetime
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from pitchkit import paths
from pitchkit.core.errors import ExportError, PitchKitError
from pitchkit.core.messages import message
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.docx_body import BodyXml, move_into
from pitchkit.documents.docx_numbering import ListNumbering
from pitchkit.documents.docx_private import mark_private
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions
from pitchkit.documents.tree import Document, Image, Text

if TYPE_CHECKING:
    from docx.opc.phys_pkg import PhysPkgWriter

DEFAULT_REFERENCE = "reference.docx"
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


def write_docx(doc: Document, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write `doc` as a .docx at `out_path` (atomically); returns warnings for the user."""
    data, warnings = DocxWriter(options.reference_docx).render(doc)
    write_atomic(out_path, data)
    return warnings


def default_reference() -> Path:
    """The bundled reference document whose styles exports use unless told otherwise."""
    return paths.resources_dir() / DEFAULT_REFERENCE


#: Limits on a reference .docx, checked before python-docx unpacks it (docs/robustness.md).
MAX_REFERENCE_BYTES = 50 * 1024 * 1024
MAX_REFERENCE_UNPACKED = 200 * 1024 * 1024
MAX_REFERENCE_MEMBERS = 5_000


def check_reference_size(path: Path) -> None:
    """ExportError unless `path` is a zip of sane size (no zip bomb); python-docx does the rest."""
    import zipfile

    from pitchkit.core.messages import message

    def refuse(what: str) -> PitchKitError:
        return message("reference-too-big", file=str(path), where="reference document", reason=what)

    try:
        if path.stat().st_size > MAX_REFERENCE_BYTES:
            raise refuse(f"the file is larger than {MAX_REFERENCE_BYTES // 2**20} MB")
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise message(
            "reference-not-docx", file=str(path), where="reference document", reason=exc or "not a zip file"
        ) from None
    if len(members) > MAX_REFERENCE_MEMBERS:
        raise refuse(f"it holds {len(members):,} parts (at most {MAX_REFERENCE_MEMBERS:,})")
    if sum(member.file_size for member in members) > MAX_REFERENCE_UNPACKED:
        raise refuse(f"it unpacks to more than {MAX_REFERENCE_UNPACKED // 2**20} MB")


def open_reference(path: Path | None) -> Any:
    """A python-docx Document from `path`; ExportError if it is not a usable .docx."""
    import docx

    if path is None:
        return docx.Document()
    if not path.is_file():
        raise message("file-missing", file=str(path), where="reference document", error=ExportError)
    check_reference_size(path)
    try:
        return docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - zip, XML and package errors all mean "unusable"
        reason = str(exc).strip() or type(exc).__name__
        raise message("reference-not-docx", file=str(path), where="reference document", reason=reason) from None


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
        self.document = open_reference(reference)
        self.part = self.document.part
        self.warnings: list[str] = []
        self._style_ids = self._read_styles()
        self._resolved: dict[str, str | None] = {}
        self._numbering = ListNumbering(self.part)
        self.text_width = self._read_text_width()
        self._last_shape_id: int | None = None

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
        sect_pr = body.find(self.qn("w:sectPr"))
        for child in list(body):
            body.remove(child)
        content = BodyXml(self)
        content.build(doc.title, doc.blocks)
        move_into(body, content.elements(self.document.element.nsmap))
        if sect_pr is not None:
            body.append(sect_pr)
        self._footer()
        if doc.private:
            mark_private(self.document, self.style_id("Header"))
        self._properties(doc)
        buffer = io.BytesIO()
        save_package(self.document.part.package, buffer)
        return buffer.getvalue(), list(dict.fromkeys(self.warnings))

    # --- what the body asks of the package (docx_body.BodyHost) ------------------------

    def list_num_id(self, ordered: bool, start: int) -> str:
        return self._numbering.num_id(ordered, start)

    def hyperlink_id(self, url: str) -> str:
        from docx.opc.constants import RELATIONSHIP_TYPE

        return str(self.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))

    def picture_inline(self, image: Image) -> Any | None:
        """python-docx's `wp:inline` for the picture (added to the package), or None."""
        from docx.image.image import Image as DocxImage
        from docx.shared import Cm

        try:
            native = DocxImage.from_blob(image.data)
            limit = self.text_width * 635
            width = Cm(image.width_cm) if image.width_cm else min(native.width, limit)
            inline = self.part.new_pic_inline(io.BytesIO(image.data), width=width)
        except Exception:  # noqa: BLE001 - an unreadable picture should not stop the export
            self.warnings.append(
                f"picture '{image.alt or 'untitled'}' could not be read; kept its text"
            )
            return None
        # python-docx numbers a picture one past the largest id already in the document,
        # but these pictures join it only after the body is parsed: count on from the first.
        doc_pr = inline.find(self.qn("wp:docPr"))
        if self._last_shape_id is None:
            self._last_shape_id = int(doc_pr.get("id"))
        else:
            self._last_shape_id += 1
            doc_pr.set("id", str(self._last_shape_id))
            doc_pr.set("name", f"Picture {self._last_shape_id}")
        return inline

    # --- package parts ----------------------------------------------------------------

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
        line = BodyXml(self)
        runs: list[str] = []
        line.run(runs, Text("Page "))
        self._field(line, runs, "PAGE", "1")
        line.run(runs, Text(" of "))
        self._field(line, runs, "NUMPAGES", "1")
        line.paragraph_of_runs(runs, self.style_id("Footer"), extra='<w:jc w:val="center"/>')
        move_into(root, line.elements(root.nsmap))

    @staticmethod
    def _field(line: BodyXml, runs: list[str], instr: str, shown: str) -> None:
        runs.append(f'<w:fldSimple w:instr=" {instr} ">')
        line.run(runs, Text(shown))
        runs.append("</w:fldSimple>")
