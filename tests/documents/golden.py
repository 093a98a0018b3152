"""Golden files for the Word output: a .docx compared with tests/reference/docx/ part by part.

A .docx is kept as its XML parts, pretty-printed so that a change reads as a small diff,
plus `parts.txt` (every member in zip order) and `warnings.txt`.  A part that is the same
as the reference document's (styles, theme, fonts: about 0.9 MB each) is listed in
`parts.txt` with the SHA-256 of its text instead of being stored again, and so is every
non-XML member (pictures).  Volatile properties (the creation and modification times in
docProps/core.xml) are left out.  `PITCHKIT_UPDATE_GOLDEN=1` rewrites the files instead
of comparing (tests/reference/README.md).
"""

from __future__ import annotations

import difflib
import hashlib
import io
import os
import shutil
import zipfile
from pathlib import Path

from lxml import etree

REFERENCE = Path(__file__).resolve().parents[1] / "reference" / "docx"
UPDATE_SWITCH = "PITCHKIT_UPDATE_GOLDEN"
#: (part, Clark-notation tag) of properties that change on every export.
VOLATILE = {
    ("docProps/core.xml", "{http://purl.org/dc/terms/}created"),
    ("docProps/core.xml", "{http://purl.org/dc/terms/}modified"),
}
MANIFEST = "parts.txt"
WARNINGS = "warnings.txt"
#: At most this many diff lines in a failure message.
DIFF_LINES = 400


def is_xml(name: str) -> bool:
    return name.endswith((".xml", ".rels"))


def pretty_xml(name: str, data: bytes) -> str:
    """The part as indented XML text, without its volatile properties."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.fromstring(data, parser)
    for part, tag in VOLATILE:
        if part == name:
            for element in root.findall(tag):
                root.remove(element)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


def _xml_parts(docx: bytes | Path) -> dict[str, bytes]:
    source = io.BytesIO(docx) if isinstance(docx, bytes) else docx
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _digest(data: bytes | str) -> str:
    return "sha256:" + hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def snapshot(docx_bytes: bytes, warnings: list[str], reference: Path | None = None) -> dict[str, str]:
    """The files that stand for one .docx made from `reference`: relative path -> text."""
    inherited = {
        name: pretty_xml(name, data)
        for name, data in (_xml_parts(reference) if reference is not None else {}).items()
        if is_xml(name)
    }
    files: dict[str, str] = {}
    manifest: list[str] = []
    for name, data in _xml_parts(docx_bytes).items():
        if not is_xml(name):
            manifest.append(f"{name}  {_digest(data)}")
            continue
        text = pretty_xml(name, data)
        if inherited.get(name) == text:
            manifest.append(f"{name}  as in the reference document, {_digest(text)}")
        else:
            files[name] = text
            manifest.append(name)
    files[MANIFEST] = "\n".join(manifest) + "\n"
    files[WARNINGS] = "".join(f"{w}\n" for w in warnings)
    return files


def stored(case: Path) -> dict[str, str]:
    """The golden files of `case`, as written by `update`."""
    return {
        path.relative_to(case).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(case.rglob("*"))
        if path.is_file()
    }


def differences(expected: dict[str, str], actual: dict[str, str]) -> list[str]:
    """A unified diff per file that differs (missing and extra files included)."""
    lines: list[str] = []
    for name in sorted(set(expected) | set(actual)):
        old, new = expected.get(name), actual.get(name)
        if old == new:
            continue
        lines += difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            fromfile=f"golden/{name}" if old is not None else "/dev/null",
            tofile=f"output/{name}" if new is not None else "/dev/null",
        )
    return lines


def update(case: Path, files: dict[str, str]) -> None:
    """Replace the golden files of `case` with `files`."""
    if case.exists():
        shutil.rmtree(case)
    for name, text in files.items():
        path = case / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


def updating() -> bool:
    """Whether this run refreshes the golden files on purpose."""
    return os.environ.get(UPDATE_SWITCH, "") not in ("", "0")


def check(case_name: str, docx_bytes: bytes, warnings: list[str], reference: Path | None = None) -> list[str]:
    """Compare (or, when updating, store) one .docx; returns the diff lines, empty when equal."""
    case = REFERENCE / case_name
    files = snapshot(docx_bytes, warnings, reference)
    if updating():
        update(case, files)
        return []
    diff = differences(stored(case), files)
    if len(diff) > DIFF_LINES:
        diff = diff[:DIFF_LINES] + [f"... {len(diff) - DIFF_LINES} more diff lines\n"]
    return diff
