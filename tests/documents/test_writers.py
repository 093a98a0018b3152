"""Every writer renders every block type of the tree: each block's content is in each output.

The writers `match` on the block type with `assert_never`, so a new block type fails the type
checker; here it fails too: `every_block_document` must hold it (test_the_document_holds_every_type),
and a writer that does not handle it raises or leaves its marker out.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import etree

from pitchkit.documents import formats
from pitchkit.documents.formats import NO_OPTIONS
from pitchkit.documents.tree import (
    PAGEBREAK_COMMENT,
    Document,
    Heading,
    Image,
    Paragraph,
    Text,
    markdown_to_document,
)
from tests.documents.every_block import (
    HEADER,
    LINK_URL,
    MARKERS,
    NESTED,
    every_block_document,
    every_block_markdown,
    missing_types,
    tiny_png,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
#: The formats that embed pictures; the others keep the picture's alt text.
EMBEDS_PICTURES = {"docx", "html", "pdf"}


@dataclass
class Output:
    """What a reader found in one written file."""

    text: str
    pictures: int = 0
    page_breaks: int = 0
    line_breaks: int = 0
    links: list[str] = field(default_factory=list)


def read_docx(path: Path, doc: Document) -> Output:
    with zipfile.ZipFile(path) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
        rels = etree.fromstring(archive.read("word/_rels/document.xml.rels"))
    breaks = body.iter(f"{{{W}}}br")
    kinds = [b.get(f"{{{W}}}type") for b in breaks]
    return Output(
        text=" ".join(t.text or "" for t in body.iter(f"{{{W}}}t")),
        pictures=sum(1 for _ in body.iter(f"{{{A}}}blip")),
        page_breaks=kinds.count("page"),
        line_breaks=kinds.count(None),
        links=[r.get("Target") for r in rels if r.get("TargetMode") == "External"],
    )


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out = Output(text="")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.out.pictures += 1
            self.out.text += f" {attrs.get('alt', '')} "
        elif tag == "br":
            self.out.line_breaks += 1
        elif tag == "hr" and "page-break" in (attrs.get("class") or ""):
            self.out.page_breaks += 1
        elif tag == "a":
            self.out.links.append(attrs.get("href", ""))

    def handle_data(self, data):
        self.out.text += data


def read_html(path: Path, doc: Document) -> Output:
    reader = _HtmlReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader.out


def read_md(path: Path, doc: Document) -> Output:
    text = path.read_text(encoding="utf-8")
    return Output(
        text=text,
        page_breaks=text.count(PAGEBREAK_COMMENT),
        line_breaks=text.count("\\\n"),
        links=[LINK_URL] if f"]({LINK_URL})" in text else [],
    )


def read_pdf(path: Path, doc: Document) -> Output:
    """The PDF's pictures, and the text of the laid-out document it printed.

    Qt's PDF text layer does not extract reliably (ligatures), so the text is read from
    the QTextDocument that the writer prints, made the same way.
    """
    from pitchkit.qtrender.pdf_writer import text_document

    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    qdoc = text_document(doc)
    html = qdoc.toHtml()
    reader = _HtmlReader()
    reader.feed(html)
    plain = qdoc.toPlainText()
    return Output(
        text=plain,
        pictures=data.count(b"/Subtype /Image") + data.count(b"/Subtype/Image"),
        page_breaks=reader.out.page_breaks or html.count("<hr"),
        line_breaks=reader.out.line_breaks,
        links=reader.out.links,
    )


def read_eml(path: Path, doc: Document) -> Output:
    """The HTML body of the draft (the plain-text body carries the same words)."""
    from email import message_from_bytes, policy

    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    reader = _HtmlReader()
    reader.feed(message.get_body(("html",)).get_content())
    plain = message.get_body(("plain",)).get_content()
    assert all(marker in plain for kind, marker in MARKERS.items() if kind is not Image)
    return reader.out


READERS = {"docx": read_docx, "html": read_html, "md": read_md, "pdf": read_pdf, "eml": read_eml}


def documents() -> dict[str, Document]:
    """The document built by hand, and one generated from template Markdown by the tree builder."""
    generated = markdown_to_document(every_block_markdown(), images={"pitchkit:map": tiny_png()})
    return {"built": every_block_document(), "generated": generated}


@pytest.mark.parametrize("which", ["built", "generated"])
def test_the_documents_hold_every_type(which):
    assert missing_types(documents()[which]) == set(), "add the new type to tests/documents/every_block.py"


@pytest.mark.parametrize("which", ["built", "generated"])
@pytest.mark.parametrize("spec", formats.document_formats(), ids=lambda f: f.name)
def test_every_writer_renders_every_block(spec, which, tmp_path):
    reader = READERS.get(spec.name)
    assert reader is not None, f"no reader for {spec.name} in {__file__}: add one"
    doc = documents()[which]
    out = tmp_path / spec.file_name("every-block")
    warnings = spec.load_writer()(doc, out, NO_OPTIONS)
    assert isinstance(warnings, list)
    found = reader(out, doc)
    for kind, marker in MARKERS.items():
        if kind is Image and spec.name in EMBEDS_PICTURES:
            assert found.pictures >= 2, "both readable pictures embedded"
        else:
            assert marker in found.text, f"{kind.__name__} lost in {spec.name}"
    assert NESTED in found.text and HEADER in found.text
    assert found.page_breaks >= 1 and found.line_breaks >= 1
    assert LINK_URL in found.links and not any(link.startswith("javascript") for link in found.links)


@pytest.mark.parametrize("spec", formats.document_formats(), ids=lambda f: f.name)
def test_every_writer_refuses_a_block_type_it_does_not_know(spec, tmp_path):
    """The `case _: assert_never(...)` branch: an unknown block is an error, never silently dropped."""

    @dataclass
    class Unknown:
        text: str = "unknownmark"

    doc = Document(title="T", blocks=[Paragraph([Text("before")]), Unknown(), Heading(1, [Text("after")])])  # type: ignore[list-item]
    with pytest.raises(AssertionError):
        spec.load_writer()(doc, tmp_path / spec.file_name("unknown"), NO_OPTIONS)
    assert not (tmp_path / spec.file_name("unknown")).exists(), "nothing half written"
