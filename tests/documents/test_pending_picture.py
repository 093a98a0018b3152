"""A picture still being drawn (tree.PendingPicture): every writer writes the same file as with
its bytes, and the Word writer asks for the bytes only when it packs the file."""

from __future__ import annotations

import zipfile

import msgspec
import pytest

from pitchkit.core.map_picture import png_head
from pitchkit.documents import formats
from pitchkit.documents.formats import NO_OPTIONS
from pitchkit.documents.pictures import PendingPicture, picture_bytes
from pitchkit.documents.tree import Image, markdown_to_document

#: A 2 x 1 PNG (white, black) made by hand: the header of core/map_picture, then its pixels.
_PIXELS = b"\x00\xff\xff\xff\x00\x00\x00"


def _png() -> bytes:
    import zlib

    from pitchkit.core.map_picture import chunk

    return png_head(2, 1) + chunk(b"IDAT", zlib.compress(_PIXELS)) + chunk(b"IEND", b"")


def _document(picture):
    doc = markdown_to_document("# Title\n\nBefore.\n\n![The map](pitchkit:map)\n\nAfter.\n", images={"pitchkit:map": picture})
    assert any(isinstance(block, Image) for block in doc.blocks)
    return doc


def test_a_pending_picture_is_fetched_once_and_its_header_is_what_it_gives():
    calls = []
    pending = PendingPicture(png_head(2, 1), lambda: calls.append(1) or _png())
    assert calls == []
    assert picture_bytes(pending) == _png() and picture_bytes(pending) == _png()
    assert calls == [1]
    assert _png().startswith(pending.head)
    assert picture_bytes(b"bytes") == b"bytes"


@pytest.mark.parametrize("fmt", ["docx", "html", "md"])
def test_every_writer_writes_the_same_file_from_a_pending_picture(fmt, tmp_path):
    writer = formats.get(fmt).load_writer()
    given, pending = tmp_path / f"given.{fmt}", tmp_path / f"pending.{fmt}"
    writer(_document(_png()), given, NO_OPTIONS)
    writer(_document(PendingPicture(png_head(2, 1), _png)), pending, NO_OPTIONS)
    if fmt == "docx":
        with zipfile.ZipFile(given) as a, zipfile.ZipFile(pending) as b:
            assert a.namelist() == b.namelist()
            parts = [name for name in a.namelist() if name != "docProps/core.xml"]  # its times
            assert [a.read(name) for name in parts] == [b.read(name) for name in parts]
    else:
        assert given.read_bytes().replace(b"given", b"pending") == pending.read_bytes()
        if fmt == "md":
            assert (tmp_path / "pending-map.png").read_bytes() == _png()


def test_the_word_writer_lays_the_picture_out_first_and_takes_its_bytes_last(tmp_path, monkeypatch):
    from pitchkit.documents import docx_opc
    from pitchkit.documents.docx_writer import write_docx

    events: list[str] = []
    real_save = docx_opc.Package.save

    def save(package):
        events.append("save")
        return real_save(package)

    monkeypatch.setattr(docx_opc.Package, "save", save)
    pending = PendingPicture(png_head(2, 1), lambda: events.append("bytes") or _png())
    doc = _document(pending)
    twice = msgspec.structs.replace(doc, blocks=[*doc.blocks, *[b for b in doc.blocks if isinstance(b, Image)]])
    write_docx(twice, tmp_path / "out.docx", NO_OPTIONS)
    assert events == ["save", "bytes"]  # the body was built from the header alone; one fetch
    with zipfile.ZipFile(tmp_path / "out.docx") as docx:
        media = [name for name in docx.namelist() if name.startswith("word/media/")]
        assert media == ["word/media/image1.png"]  # the same picture twice is one part
        assert docx.read(media[0]) == _png()
        assert docx.read("word/document.xml").count(b"<wp:inline") == 2
