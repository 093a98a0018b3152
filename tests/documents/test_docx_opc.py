"""The Word writer's own package model (docx_opc.py) and picture sizes (docx_picture.py).

The golden files (test_docx_golden.py) pin that the output is python-docx's, part for part;
these pin the pieces: what a package reads and writes, how relationships are numbered, how
a PNG's size is read, and that an export never imports python-docx.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from lxml import etree

from pitchkit.documents import docx_opc
from pitchkit.documents.docx_opc import RT_HYPERLINK, RT_STYLES, Package, Part, read_zip
from pitchkit.documents.docx_picture import png_size
from pitchkit.documents.docx_writer import default_reference


def _png(width: int, height: int, dots_per_metre: int | None = None) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    phys = chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1)) if dots_per_metre else b""
    pixels = chunk(b"IDAT", zlib.compress(b"\x00" + b"\xff\xff\xff" * width) * height)
    return b"\x89PNG\r\n\x1a\n" + header + phys + pixels + chunk(b"IEND", b"")


def test_a_png_size_is_its_pixels_over_its_resolution():
    size = png_size(_png(300, 150, dots_per_metre=3780))  # 96 dpi, as Qt writes
    assert (size.px_width, size.px_height, size.horz_dpi) == (300, 150, 96)
    assert size.width == 300 * 914400 // 96
    assert png_size(_png(72, 36)).width == 914400  # no pHYs chunk: 72 dpi, one inch


@pytest.mark.parametrize("data", [b"", b"GIF89a....", b"\x89PNG\r\n\x1a\n", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_what_is_not_a_png_is_refused(data):
    with pytest.raises((ValueError, struct.error)):
        png_size(data)


def test_the_bundled_reference_reads_and_writes_back_part_for_part():
    members = read_zip(default_reference().read_bytes())
    package = Package.from_members(members)
    assert package.main.name == "/word/document.xml"
    with zipfile.ZipFile(io.BytesIO(package.save())) as archive:
        written = {name: archive.read(name) for name in archive.namelist()}
    untouched = set(members) - {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"}
    assert {name: written[name] for name in untouched} == {name: members[name] for name in untouched}
    opened = docx.Document(io.BytesIO(package.save()))  # python-docx reads what it writes
    assert opened.sections[0].page_width is not None


def test_new_relationships_take_the_first_free_id_and_are_not_repeated():
    part = Part("/word/document.xml", docx_opc.CT_DOCUMENT_MAIN, b"<x/>")
    styles = Part("/word/styles.xml", docx_opc.CT_STYLES, b"<y/>")
    part.rels["rId2"] = docx_opc.Rel("rId2", RT_STYLES, styles, False)
    assert part.relate_to("https://example.com", RT_HYPERLINK) == "rId1"
    assert part.relate_to("https://example.com", RT_HYPERLINK) == "rId1"
    assert part.relate_to(styles, RT_STYLES) == "rId2"
    assert part.relate_to("https://example.org", RT_HYPERLINK) == "rId3"
    rels = etree.fromstring(part.rels_xml())
    assert [(r.get("Id"), r.get("Target"), r.get("TargetMode")) for r in rels] == [
        ("rId2", "styles.xml", None), ("rId1", "https://example.com", "External"), ("rId3", "https://example.org", "External"),
    ]


def test_a_relationship_to_a_missing_part_is_an_error():
    members = read_zip(default_reference().read_bytes())
    del members["word/styles.xml"]
    with pytest.raises(KeyError):
        Package.from_members(members)


def test_content_types_are_rebuilt_from_the_parts():
    package = Package.from_members(read_zip(default_reference().read_bytes()))
    package.main.relate_to(Part("/word/media/image1.png", "image/png", _png(2, 2)), docx_opc.RT_IMAGE)
    with zipfile.ZipFile(io.BytesIO(package.save())) as archive:
        types = etree.fromstring(archive.read("[Content_Types].xml"))
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    defaults = {d.get("Extension"): d.get("ContentType") for d in types if d.tag.endswith("Default")}
    overrides = {o.get("PartName") for o in types if o.tag.endswith("Override")}
    assert defaults["png"] == "image/png" and "/word/media/image1.png" not in overrides
    assert "/word/document.xml" in overrides
    assert kinds["word/media/image1.png"] == zipfile.ZIP_STORED


def test_an_export_never_imports_python_docx(tmp_path):
    script = (
        "import sys\n"
        "from pitchkit.documents.docx_writer import write_docx\n"
        "from tests.documents.every_block import every_block_document\n"
        f"write_docx(every_block_document(), {str(tmp_path / 'out.docx')!r})\n"
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "out.docx").stat().st_size > 0


def _shape(element) -> list:
    """An element tree as (tag, attributes, text) in document order: prefixes aside."""
    return [(e.tag, dict(e.attrib), (e.text or "").strip()) for e in element.iter() if isinstance(e.tag, str)]


def test_a_reference_with_prefixes_of_its_own_gets_the_same_body(tmp_path):
    """The body is spliced in as text where the document says `w:` and `r:` as Word does;
    a document that names them otherwise (here `ns0:`, and no `r:`) has it parsed and
    moved in, with the same elements."""
    from pitchkit.documents.docx_writer import DocxWriter
    from tests.documents.every_block import every_block_document

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    members = read_zip(default_reference().read_bytes())
    members["word/document.xml"] = (
        f'<ns0:document xmlns:ns0="{w}"><ns0:body><ns0:sectPr><ns0:pgSz ns0:w="11906" ns0:h="16838"/>'
        '<ns0:pgMar ns0:top="1417" ns0:right="1247" ns0:bottom="1417" ns0:left="1247" ns0:header="680" '
        'ns0:footer="680" ns0:gutter="0"/></ns0:sectPr></ns0:body></ns0:document>'
    ).encode()
    odd = tmp_path / "odd.docx"
    with zipfile.ZipFile(odd, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    bodies = []
    for reference in (default_reference(), odd):
        data, _ = DocxWriter(reference).render(every_block_document())
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        body = root.find(f"{{{w}}}body")
        body.remove(body.find(f"{{{w}}}sectPr"))  # the references' own section settings differ
        bodies.append(_shape(body))
    assert bodies[0] == bodies[1]
    assert any(tag.endswith("}hyperlink") for tag, _attrs, _text in bodies[0])
    assert any(tag.endswith("}docPr") and attrs["id"] == "1" for tag, attrs, _text in bodies[0])
