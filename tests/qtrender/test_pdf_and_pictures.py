"""PDF export through Qt, and the map picture inside the documents."""

from __future__ import annotations

import re

import pytest
from docx import Document as DocxDocument

from pitchkit.cli import main
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import build_document, export_project
from pitchkit.documents.tree import Image
from pitchkit.qtrender.renderers import qt_pictures, qt_writers

pytestmark = pytest.mark.gui


def test_cli_pdf_export_is_a_real_pdf_with_the_map(example_path, tmp_path, capsys):
    out = tmp_path / "proposal.pdf"
    assert main(["export", str(example_path), "-f", "pdf", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 3
    assert b"/Subtype /Image" in data or b"/Subtype/Image" in data


def test_docx_export_embeds_the_map_picture(example_path, tmp_path):
    project = load_project(example_path).project
    out = tmp_path / "proposal.docx"
    export_project(project, out=out, fmt="docx", pictures=qt_pictures(), writers=qt_writers())
    doc = DocxDocument(str(out))
    assert len(doc.inline_shapes) == 1
    blob = doc.part.related_parts[doc.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    assert blob.startswith(b"\x89PNG")


def test_pictures_are_drawn_only_when_the_template_shows_them(example_path):
    project = load_project(example_path).project
    calls = []

    def counting_map(p):
        calls.append(p)
        return qt_pictures()["pitchkit:map"](p)

    doc = build_document(project, "proposal", pictures={"pitchkit:map": counting_map})
    assert len(calls) == 1
    assert any(isinstance(b, Image) for b in doc.blocks)
    empty = build_document(type(project)(), "proposal", pictures={"pitchkit:map": counting_map})
    assert len(calls) == 1, "a project without stakeholders shows no map"
    assert not any(isinstance(b, Image) for b in empty.blocks)


def test_an_unreadable_picture_keeps_its_text_and_the_rest_of_the_pdf(tmp_path):
    """Qt prints an empty PDF when one picture cannot be read; the writer keeps its alt text instead."""
    from pitchkit.documents.tree import Document, Paragraph, Text
    from pitchkit.qtrender.pdf_writer import text_document, write_pdf

    doc = Document(title="T", blocks=[Paragraph([Text("kept")]), Image(b"not a picture", "the map")])
    warnings = write_pdf(doc, tmp_path / "x.pdf")
    assert warnings == ["picture 'the map' could not be read; kept its text"]
    assert b"FontFile" in (tmp_path / "x.pdf").read_bytes()  # text was drawn, so fonts are embedded
    assert [line.strip() for line in text_document(doc).toPlainText().split("\n")] == ["T", "kept", "the map"]
