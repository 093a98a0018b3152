"""Opening a reference Word document (.docx/.dotx) safely, before python-docx sees it.

A reference comes from a client or the internet, so it is treated as hostile
(docs/robustness.md, "Reference documents"):

- the path must be a regular file (no pipe, device or folder) of at most
  MAX_REFERENCE_BYTES, named .docx, .dotx, .docm or .dotm;
- every zip member is inflated as a stream with a cap per part and in total, whatever size
  the archive declares, so a member that lies about its size stops at the cap;
- every XML part is parsed with no DTD, no entity resolution, no network and lxml's
  default size guards; a DTD is dropped (a settings.xml with an XXE payload then parses,
  and the output is always well-formed);
- malformed parts (not XML, no `w:body`, a number that is not a number where the writer
  reads one) are refused with a catalogued message naming the file, the part and the line;
- active and external content is dropped (reference_cleaning.py), with one warning that
  lists what went.

What is left is handed to the Word writer as a package in memory (docx_opc.py).
"""

from __future__ import annotations

import functools
import io
import os
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

import msgspec

from pitchkit.core.errors import ExportError, PitchKitError
from pitchkit.core.messages import message, text
from pitchkit.core.safe_read import check_regular, read_bounded
from pitchkit.documents.docx_opc import Package, python_docx_template, read_zip

#: Limits on a reference document (docs/robustness.md).
MAX_REFERENCE_BYTES = 50 * 1024 * 1024
MAX_REFERENCE_UNPACKED = 200 * 1024 * 1024
MAX_REFERENCE_MEMBERS = 5_000
#: Any one XML part, and all XML parts together, inflated: a corporate styles.xml is under
#: 1 MB, and two 16 MB parts took 700 MB and 4.5 s to export (lxml and python-docx both parse).
MAX_XML_PART = 8 * 1024 * 1024
MAX_XML_TOTAL = 16 * 1024 * 1024
#: Any other part (a picture, a font), inflated.
MAX_OTHER_PART = 50 * 1024 * 1024
SUFFIXES = (".docx", ".dotx", ".docm", ".dotm")
_XML_SUFFIXES = (".xml", ".rels")
_CHUNK = 1 << 20
_PLACE = "reference document"


class ReferencePackage(msgspec.Struct):
    """A reference opened as a package (docx_opc.Package), and the warnings for the user."""

    package: Package
    warnings: list[str] = msgspec.field(default_factory=list)


def _refuse(path: Path, reason: str, part: str = "") -> PitchKitError:
    where = f"{_PLACE}, {part}" if part else _PLACE
    return message("reference-too-big", file=str(path), where=where, reason=reason)


def _not_docx(path: Path, reason: object, part: str = "") -> PitchKitError:
    where = f"{_PLACE}, {part}" if part else _PLACE
    return message("reference-not-docx", file=str(path), where=where, reason=reason)


def open_reference(path: Path | None) -> ReferencePackage:
    """The reference at `path` (python-docx's default document for None), cleaned.

    The bundled reference is PitchKit's own and opens directly; a cleaned reference is
    remembered while its file stays the same, so the app's repeated exports pay once.
    """
    if path is None:
        return ReferencePackage(_package(Path("default.docx"), read_zip(python_docx_template("default.docx"))))
    if not path.name.lower().endswith(SUFFIXES):
        raise message("reference-wrong-type", file=str(path), where=_PLACE, suffixes=", ".join(SUFFIXES))
    info = check_regular(path, error=ExportError, where=_PLACE)
    if _is_bundled(path):
        return ReferencePackage(_package(path, read_zip(path.read_bytes())))
    members, warnings = _cleaned(str(path), os.path.realpath(path), info.st_mtime_ns, info.st_size)
    return ReferencePackage(_package(path, members), list(warnings))


def _package(path: Path, members: dict[str, bytes]) -> Package:
    """The package of `members`, its main part a document's; refused by name when unusable."""
    try:
        package = Package.from_members(members)
        package.main.element  # noqa: B018 - the main part must parse, and be a document
    except Exception as exc:  # noqa: BLE001 - a package the writer cannot use is "unusable"
        raise _not_docx(path, str(exc).strip() or type(exc).__name__) from None
    return package


def _is_bundled(path: Path) -> bool:
    from pitchkit import paths

    bundled = paths.resources_dir() / "reference.docx"
    return os.path.realpath(path) == os.path.realpath(bundled)


@functools.lru_cache(maxsize=4)
def _cleaned(name: str, real: str, mtime_ns: int, size: int) -> tuple[dict[str, bytes], tuple[str, ...]]:
    """The cleaned members of the reference `name` and its warnings (keyed by the file's identity).

    Callers only read the members (the cache hands the same dict to every export)."""
    path = Path(name)
    data = read_bounded(path, MAX_REFERENCE_BYTES, error=ExportError, where=_PLACE, too_large="reference-file-too-large")
    members = unpack(path, data)
    trees: dict[str, Any] = {}
    with_dtd: list[str] = []
    for part, blob in members.items():
        if _is_xml(part):
            trees[part], had_dtd = parse_part(path, part, blob)
            if had_dtd:
                with_dtd.append(part)
    from pitchkit.documents.reference_cleaning import clean_package

    dropped, changed = clean_package(members, trees)
    dropped += [f"a document type declaration (DTD) in {part}" for part in with_dtd]
    check_values(path, trees)
    changed |= _ensure_section(trees)
    cleaned = repack(members, {part: trees[part] for part in changed | set(with_dtd) if part in trees})
    return cleaned, ((text("reference-dropped", what="; ".join(dropped)),) if dropped else ())


def _is_xml(name: str) -> bool:
    return name.lower().endswith(_XML_SUFFIXES)


def unpack(path: Path, data: bytes) -> dict[str, bytes]:
    """Every member of the zip `data`, inflated as a stream within the caps."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        raise _not_docx(path, exc or "not a zip file") from None
    members: dict[str, bytes] = {}
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_REFERENCE_MEMBERS:
            raise _refuse(path, f"it holds {len(infos):,} parts (at most {MAX_REFERENCE_MEMBERS:,})")
        if sum(info.file_size for info in infos) > MAX_REFERENCE_UNPACKED:  # honest, and too big
            raise _refuse(path, f"it unpacks to more than {MAX_REFERENCE_UNPACKED >> 20} MB")
        total = xml_total = 0
        for info in infos:
            if info.is_dir():
                continue
            is_xml = _is_xml(info.filename)
            cap = MAX_XML_PART if is_xml else MAX_OTHER_PART
            blob = _inflate(path, archive, info, cap)
            total += len(blob)
            xml_total += len(blob) if is_xml else 0
            if total > MAX_REFERENCE_UNPACKED:
                raise _refuse(path, f"it unpacks to more than {MAX_REFERENCE_UNPACKED >> 20} MB")
            if xml_total > MAX_XML_TOTAL:
                raise _refuse(path, f"its XML parts unpack to more than {MAX_XML_TOTAL >> 20} MB")
            members[info.filename] = blob
    return members


def _inflate(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """One member, never more than `cap` bytes inflated (declared sizes are not trusted)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            # Read in chunks up to the cap: a declared size that is too small ends in a CRC
            # error at the declared size, one that is too large never gets past the cap.
            while True:
                chunk = member.read(min(_CHUNK, cap + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > cap:
                    raise _refuse(path, f"the part unpacks to more than {cap >> 20} MB", info.filename)
    except PitchKitError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise _not_docx(path, str(exc) or type(exc).__name__, info.filename) from None
    return b"".join(chunks)


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )


def parse_part(path: Path, name: str, blob: bytes) -> tuple[Any, bool]:
    """The lxml tree of one XML part, and whether it had a DTD (removed, with its entities)."""
    from lxml import etree

    try:
        tree = etree.parse(io.BytesIO(blob), _parser())
    except etree.XMLSyntaxError as exc:
        line = f", line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        raise message(
            "reference-bad-part", file=str(path), where=f"{_PLACE}, {name}{line}", detail=_first_line(exc)
        ) from None
    root = tree.getroot()
    if not (tree.docinfo.doctype or tree.docinfo.internalDTD is not None):
        return tree, False
    for entity in list(root.iter(etree.Entity)):
        if entity.getparent() is not None:
            _remove_keeping_tail(entity)
    return etree.ElementTree(root), True  # serialised from the root: without the DTD


def _remove_keeping_tail(node: Any) -> None:
    parent = node.getparent()
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def _first_line(exc: Any) -> str:
    """libxml2's own words for a syntax error, without its position (the place says it)."""
    last = exc.error_log.last_error if getattr(exc, "error_log", None) else None
    words = (last.message if last is not None else "") or str(exc).splitlines()[0] or type(exc).__name__
    return re.sub(r",? line \d+, column \d+$", "", words.strip()).rstrip(".")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NUMBER = re.compile(r"-?\d{1,9}")
_MEASURE = re.compile(r"-?\d{1,9}(\.\d+)?(mm|cm|in|pt|pc|pi)")
_STYLE_TYPES = frozenset({"paragraph", "character", "table", "numbering"})
#: (element, attribute, what it must be) the writer and python-docx read as numbers.
_CHECKS = (
    ("pgSz", "w", "measure"), ("pgSz", "h", "measure"),
    ("pgMar", "top", "measure"), ("pgMar", "bottom", "measure"), ("pgMar", "left", "measure"),
    ("pgMar", "right", "measure"), ("pgMar", "header", "measure"), ("pgMar", "footer", "measure"),
    ("pgMar", "gutter", "measure"),
    ("num", "numId", "number"), ("abstractNumId", "val", "number"), ("abstractNum", "abstractNumId", "number"),
    ("lvl", "ilvl", "number"), ("lvlOverride", "ilvl", "number"), ("start", "val", "number"),
    ("startOverride", "val", "number"), ("numId", "val", "number"), ("ilvl", "val", "number"),
    ("style", "type", "style type"),
)


def check_values(path: Path, trees: dict[str, Any]) -> None:
    """Refuse a reference whose main part has no body, or whose numbers are not numbers."""
    main = main_part_name(trees)
    if main is None or main not in trees:
        raise _not_docx(path, "it has no main document part (word/document.xml)")
    root = trees[main].getroot()
    if root.tag != f"{{{_W}}}document":
        raise _not_docx(path, f"its main part is <{root.tag.rpartition('}')[2]}>, not a Word document", main)
    body = root.find(f"{{{_W}}}body")
    if body is None:
        raise message("reference-no-body", file=str(path), where=f"{_PLACE}, {main}")
    checks: dict[str, list[tuple[str, str]]] = {}
    for element, attribute, kind in _CHECKS:
        checks.setdefault(element, []).append((attribute, kind))
    for name in sorted(trees):
        if not name.startswith("word/") or name.endswith(".rels"):
            continue
        for element in trees[name].getroot().iter(f"{{{_W}}}*"):
            local = element.tag.rpartition("}")[2]
            for attribute, kind in checks.get(local, ()):
                value = element.get(f"{{{_W}}}{attribute}")
                if value is not None and not _valid(value, kind):
                    raise message(
                        "reference-bad-value", file=str(path), where=f"{_PLACE}, {name}, line {element.sourceline}",
                        element=f"w:{local}", attribute=f"w:{attribute}", value=value[:40], kind=_KIND_WORDS[kind],
                    )


_KIND_WORDS = {"number": "a whole number", "measure": "a length", "style type": "a style type"}


def _valid(value: str, kind: str) -> bool:
    if kind == "number":
        return bool(_NUMBER.fullmatch(value))
    if kind == "measure":
        return bool(_NUMBER.fullmatch(value) or _MEASURE.fullmatch(value))
    return value in _STYLE_TYPES


def _ensure_section(trees: dict[str, Any]) -> set[str]:
    """Give a body without section properties an empty `w:sectPr` (Word's defaults apply);
    the writer reads the page set-up of the last section.  Returns the part changed."""
    from lxml import etree

    main = main_part_name(trees)
    body = trees[main].getroot().find(f"{{{_W}}}body") if main else None
    if body is None or body.find(f"{{{_W}}}sectPr") is not None:
        return set()
    etree.SubElement(body, f"{{{_W}}}sectPr")
    return {str(main)}


_OFFICE_DOCUMENT = "/officeDocument"


def main_part_name(trees: dict[str, Any]) -> str | None:
    """The main document part named by the package relationships (usually word/document.xml)."""
    rels = trees.get("_rels/.rels")
    if rels is None:
        return None
    for rel in rels.getroot():
        if str(rel.get("Type", "")).endswith(_OFFICE_DOCUMENT) and rel.get("TargetMode") != "External":
            return str(rel.get("Target", "")).lstrip("/")
    return None


def repack(members: dict[str, bytes], trees: dict[str, Any]) -> dict[str, bytes]:
    """The members left; the parts in `trees` (the changed ones) serialised anew."""
    from lxml import etree

    return {
        name: etree.tostring(trees[name].getroot(), xml_declaration=True, encoding="UTF-8", standalone=True)
        if name in trees else blob
        for name, blob in members.items()
    }
