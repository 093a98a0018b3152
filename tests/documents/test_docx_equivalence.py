"""The speed-ups keep the output identical: cached compiled templates give the same .docx,
byte for byte in every XML part, as a fresh compile; a cache that cannot be written changes
nothing; the sandbox's remembered answers are the answers it would give anyway; and the
bulk-XML body of every kind of block reads back in python-docx (the element-by-element
writer it was once pinned to is retired: the reference documents' XML is now asserted in
test_docx_reference*.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.project_file import load_project
from pitchkit.documents import templates
from pitchkit.documents.export import build_document, export_project
from pitchkit.documents.tree import (
    Document,
    Heading,
    Image,
    LineBreak,
    Link,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Table,
    Text,
)
from pitchkit.paths import example_project_path

VOLATILE = {"docProps/core.xml"}  # creation and modification times


def docx_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name not in VOLATILE}


def _zip_parts(data: bytes) -> dict[str, bytes]:
    return docx_parts(io.BytesIO(data))


@pytest.fixture(params=["example", "generated-40"])
def big_enough_project(request):
    if request.param == "example":
        return load_project(example_project_path()).project
    return generate_project(40)


def test_bytecode_cache_gives_identical_docx(big_enough_project, tmp_path, isolated_app_folders):
    templates._environment.cache_clear()
    export_project(big_enough_project, out=tmp_path / "fresh.docx")
    cached = list((isolated_app_folders / "data" / "cache" / "templates").rglob("*.cache"))
    assert cached, "the compiled template was not cached"
    templates._environment.cache_clear()  # a new process: the template comes from the cache
    export_project(big_enough_project, out=tmp_path / "cached.docx")
    assert docx_parts(tmp_path / "fresh.docx") == docx_parts(tmp_path / "cached.docx")


def test_unwritable_cache_folder_costs_nothing_but_speed(project, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache").write_text("a file where the cache folder should be")
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(data))
    templates._environment.cache_clear()
    export_project(project, out=tmp_path / "a.docx")
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(tmp_path / "ok"))
    templates._environment.cache_clear()
    export_project(project, out=tmp_path / "b.docx")
    assert docx_parts(tmp_path / "a.docx") == docx_parts(tmp_path / "b.docx")


class _Record:
    name = "x"


@pytest.mark.parametrize(
    ("obj", "attr", "safe"),
    [
        ([], "append", False),
        ({}, "clear", False),
        ([], "index", True),
        (_Record(), "name", True),
        (_Record(), "__class__", False),
        (_Record(), "_private", False),
        (str, "mro", False),
        (len, "__self__", False),
    ],
)
def test_sandbox_answers_stay_the_same_when_remembered(obj, attr, safe):
    env = templates.TemplateEnvironment()
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    assert ImmutableSandboxedEnvironment().is_safe_attribute(obj, attr, None) is safe
    assert env.is_safe_attribute(obj, attr, None) is safe
    assert env.is_safe_attribute(obj, attr, None) is safe  # now from the memo


def test_sandbox_still_refuses_mutation_in_a_template():
    env = templates.TemplateEnvironment()
    for _ in range(2):
        with pytest.raises(Exception, match="unsafe|not safely callable|access"):
            env.from_string("{{ items.append(1) }}").render(items=[])


# --- the bulk-XML body against the element-by-element writer it replaced ----------------


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(3))
    header = struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _every_block() -> Document:
    rich = [
        Text("  leading and trailing  "),
        Text("bold", bold=True),
        Text("it & <angle> \"quoted\"", italic=True),
        Text("code\twith tab", code=True),
        Text("gone", strike=True, bold=True),
        Text("cr\rinside"),
        LineBreak(),
        Link("safe link", "https://example.com/?a=1&b=<2>"),
        Link("", "mailto:x@example.com"),
        Link("unsafe", "javascript:alert(1)"),
        Text("\t"),
    ]
    table = Table(
        header=[[Text("Name")], [Text("Role"), Link("l", "https://e.com")]],
        rows=[[[Text("A")], [Text("B", italic=True)]], [[Text("only one cell")]], []],
    )
    return Document(
        title="Title & <more>",
        author="Me",
        blocks=[
            *[Heading(level, [Text(f"Heading {level}")]) for level in range(1, 7)],
            Paragraph(rich),
            ListBlock(False, [[Paragraph([Text("one")]), Paragraph([Text("second para")])],
                              [Paragraph([Text("two")]),
                               ListBlock(True, [[Paragraph([Text("nested")])]], start=3)],
                              [ListBlock(False, [[Paragraph([Text("deep")])]])]]),
            ListBlock(True, [[Paragraph([Text("restart")]), Heading(3, [Text("inside")])]], start=1),
            Quote([Paragraph([Text("quoted")]), Quote([Paragraph([Text("twice")])])]),
            table,
            table,
            Table(header=[], rows=[]),
            PageBreak(),
            Image(_png(), "a picture"),
            Image(b"not a picture", "broken"),
            Image(_png(), "sized", width_cm=3.5),
            table,
        ],
    )


def _documents():
    yield "every-block", _every_block()
    yield "empty", Document()
    for name, project in (("example", load_project(example_project_path()).project),
                          ("generated-60", generate_project(60))):
        yield name, build_document(project)


@pytest.mark.parametrize("reference", ["bundled", "python-docx-default"])
def test_bulk_body_reads_back_in_python_docx(reference):
    import docx

    from pitchkit.documents.docx_writer import DocxWriter

    path = None if reference == "bundled" else Path(docx.__file__).parent / "templates" / "default.docx"
    for name, document in _documents():
        data, _ = DocxWriter(path).render(document)
        read = docx.Document(io.BytesIO(data))
        texts = [p.text for p in read.paragraphs]
        if document.title:
            assert texts[0] == document.title, name
        for table in read.tables:
            for row in table.rows:
                assert all(isinstance(cell.text, str) for cell in row.cells), name


def test_pictures_are_stored_and_xml_deflated():
    from pitchkit.documents.docx_writer import DocxWriter

    data, _ = DocxWriter().render(_every_block())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds["word/media/image1.png"] == zipfile.ZIP_STORED
    assert kinds["word/document.xml"] == zipfile.ZIP_DEFLATED


def test_bytecode_cache_folder_follows_the_compiler_source(monkeypatch, tmp_path):
    """Jinja checks only the template's source; a change to how we compile must not reuse old code."""
    first = templates._bytecode_cache().directory
    real_read = Path.read_bytes

    def edited(self):
        data = real_read(self)
        return data + b"# edited" if self.name == "templates.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert templates._bytecode_cache().directory != first
