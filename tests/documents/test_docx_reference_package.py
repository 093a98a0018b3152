"""A clean package whatever the reference: this export's properties, no stale template parts,
Word 2013+ compatibility, British English, unique drawing ids and alt text; and the same
document's picture, metadata and column alignment in Markdown and HTML."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pytest

from pitchkit.documents.html_writer import render_html
from pitchkit.documents.md_writer import render_md, write_md
from pitchkit.documents.tree import Document, Image, Paragraph, Text, markdown_to_document
from tests.documents.reference_docs import png
from tests.documents.test_docx_reference import WP, W, export, first, sample, style_of

CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


@pytest.mark.parametrize("reference", ["stale-properties.docx", None])
def test_properties_are_this_exports_own(tmp_path, reference):
    parts, _ = export(tmp_path, reference)
    core = parts["docProps/core.xml"]
    assert core.findtext(f"{DC}title") == "Sample title"
    assert core.findtext(f"{DC}creator") == "Dana Ortiz"
    assert core.findtext(f"{CP}lastModifiedBy") == "Dana Ortiz"
    assert core.findtext(f"{DC}language") == "en-GB"
    assert core.findtext(f"{CP}revision") == "1"
    for stale in (f"{DC}description", f"{DC}subject", f"{CP}keywords", f"{CP}lastPrinted"):
        assert core.find(stale) is None, stale
    app = parts["docProps/app.xml"]
    assert app.findtext(f"{EP}Application") == "PitchKit"
    for stale in ("Pages", "Words", "Characters", "Template", "AppVersion"):
        assert app.find(f"{EP}{stale}") is None, stale


def test_no_thumbnail(tmp_path):
    export(tmp_path, "stale-properties.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        names = archive.namelist()
        rels = archive.read("_rels/.rels").decode()
    assert not [n for n in names if "thumbnail" in n]
    assert "thumbnail" not in rels


@pytest.mark.parametrize("reference", ["stale-properties.docx", "minimal-package.docx", None])
def test_word_2013_compatibility_and_british_english(tmp_path, reference):
    parts, _ = export(tmp_path, reference)
    settings = parts["word/settings.xml"]
    modes = [
        s.get(f"{W}val") for s in settings.iter(f"{W}compatSetting") if s.get(f"{W}name") == "compatibilityMode"
    ]
    assert modes == ["15"]
    children = [child.tag for child in settings]
    compat = children.index(f"{W}compat")
    assert all(children.index(t) > compat for t in children if t in (f"{W}rsids", f"{W}themeFontLang"))
    lang = parts["word/styles.xml"].find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "en-GB"
    for style_lang in parts["word/styles.xml"].iterfind(f"{W}style/{W}rPr/{W}lang"):
        assert style_lang.get(f"{W}val") in (None, "en-GB")


def test_drawing_ids_unique_with_a_logo_in_the_header_and_alt_text_on_the_map(tmp_path):
    doc = sample()
    doc.blocks.append(Image(png(), "A second picture"))
    parts, _ = export(tmp_path, "logo-header.docx", doc)
    found = [
        (name, d.get("id")) for name, root in parts.items() for d in root.iter(f"{WP}docPr")
    ]
    assert any(name.startswith("word/header") for name, _ in found)
    ids = [doc_id for _, doc_id in found]
    assert len(ids) == 3 and len(set(ids)) == 3  # two in the body, the logo
    body = [d for d in parts["word/document.xml"].iter(f"{WP}docPr")]
    assert [d.get("descr") for d in body] == ["The map", "A second picture"]
    pic = "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"
    assert [p.get("descr") for p in parts["word/document.xml"].iter(pic)] == ["The map", "A second picture"]
    footer = next(root for name, root in parts.items() if name.startswith("word/footer"))
    assert "Company confidential" in "".join(footer.itertext())


def test_picture_caption_kept_with_the_picture(tmp_path):
    parts, _ = export(tmp_path, None)
    caption = first(parts, "The map")
    assert style_of(caption) == "Caption"
    picture = caption.getprevious()
    assert picture.find(f".//{W}drawing") is not None
    assert picture.find(f"{W}pPr/{W}keepNext") is not None


def test_output_reads_back_in_word_order(tmp_path):
    """Every `w:pPr` child the writer adds sits where the schema wants it (style first)."""
    parts, _ = export(tmp_path, None)
    for p_pr in parts["word/document.xml"].iter(f"{W}pPr"):
        tags = [child.tag for child in p_pr]
        if f"{W}pStyle" in tags:
            assert tags[0] == f"{W}pStyle"
        if f"{W}numPr" in tags and f"{W}ind" in tags:
            assert tags.index(f"{W}numPr") < tags.index(f"{W}ind")


# --- Markdown and HTML ----------------------------------------------------------------------


def test_markdown_writes_the_picture_beside_it_and_a_metadata_block(tmp_path):
    out = tmp_path / "proposal.md"
    doc = sample()
    doc.blocks.append(Image(png(2, 2), "Another"))
    assert write_md(doc, out) == []
    assert (tmp_path / "proposal-map.png").read_bytes() == png()
    assert (tmp_path / "proposal-picture.png").read_bytes() == png(2, 2)
    written = out.read_text(encoding="utf-8")
    assert written.startswith('---\ntitle: "Sample title"\nauthor: "Dana Ortiz"\ndate: "')
    assert '\nlang: "en-GB"\n---\n\n' in written
    assert "![The map](proposal-map.png)" in written
    assert "![Another](proposal-picture.png)" in written
    assert "|:---|---:|:---:|" in written
    assert "# Sample title" not in written  # the title is in the metadata only


def test_markdown_metadata_reads_back_literally():
    doc = Document(title="A *star* & <tag>: yes", author='Dana "D" Ortiz', blocks=[Paragraph([Text("x")])])
    markdown = render_md(doc)
    assert markdown_to_document(markdown) == doc


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_reads_the_metadata_and_the_picture(tmp_path):
    out = tmp_path / "proposal.md"
    write_md(sample(), out)
    meta = json.loads(
        subprocess.run(["pandoc", str(out), "-t", "json"], capture_output=True, check=True, cwd=tmp_path).stdout
    )["meta"]
    assert set(meta) == {"title", "author", "date", "lang"}
    html = subprocess.run(
        ["pandoc", str(out), "-s", "-t", "html"], capture_output=True, check=True, text=True, cwd=tmp_path
    ).stdout
    assert "<title>Sample title</title>" in html and 'src="proposal-map.png"' in html


def test_html_keeps_column_alignment_language_and_captions():
    html = render_html(sample())
    assert '<html lang="en-GB">' in html
    assert '<th style="text-align: right">Amount</th>' in html
    assert '<td style="text-align: center">A much longer note' in html
    assert "<figcaption>The map</figcaption></figure>" in html


def test_alignment_in_the_tree():
    table = next(b for b in markdown_to_document("| a | b | c | d |\n|:-|-:|:-:|-|\n|1|2|3|4|\n").blocks)
    assert table.align == ["left", "right", "center"]
    assert [table.column_align(n) for n in range(5)] == ["left", "right", "center", None, None]



def test_an_unreadable_picture_keeps_its_alt_text_with_a_warning(tmp_path):
    from pitchkit.core.messages import text

    doc = Document(title="T", blocks=[Image(b"not a picture", "Broken map")])
    parts, warnings = export(tmp_path, None, doc)
    assert warnings == [text("picture-unreadable", alt="Broken map")]
    assert style_of(first(parts, "Broken map")) == "BodyText"
    assert parts["word/document.xml"].find(f".//{WP}docPr") is None


def test_a_tall_picture_leaves_room_on_its_page_for_the_caption(tmp_path):
    doc = Document(title="T", blocks=[Image(png(100, 400), "A tall map")])
    parts, _ = export(tmp_path, None, doc)
    extent = parts["word/document.xml"].find(f".//{WP}extent")
    section = parts["word/document.xml"].find(f".//{W}sectPr")
    height = int(section.find(f"{W}pgSz").get(f"{W}h"))
    margins = section.find(f"{W}pgMar")
    text_height = (height - int(margins.get(f"{W}top")) - int(margins.get(f"{W}bottom"))) * 635
    assert int(extent.get("cy")) <= 0.9 * text_height + 635
    assert int(extent.get("cx")) * 4 == pytest.approx(int(extent.get("cy")), rel=0.01)
