"""The export pipeline and its three writers, read back the way a user would see them."""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from pitchkit.core.errors import ExportError
from pitchkit.core.model import Project, Stakeholder
from pitchkit.documents import formats
from pitchkit.documents.docx_writer import default_reference
from pitchkit.documents.export import build_document, export_project, render_markdown
from pitchkit.documents.md_writer import render_md
from pitchkit.documents.tree import Document, Heading, Link, Paragraph, Text, markdown_to_document

LEAKS = ("**", "##", "{{", "{%", "None")


def all_docx_text(document) -> list[str]:
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    return texts


def export_docx(project, tmp_path, **kwargs):
    out = tmp_path / "out.docx"
    report = export_project(project, out=out, fmt="docx", **kwargs)
    assert report.path == out
    return docx.Document(str(out)), report


def test_reference_docx_is_bundled_with_numbered_list_styles():
    reference = docx.Document(str(default_reference()))
    for name in ("List Bullet", "List Number"):
        assert reference.styles[name].element.find(f".//{qn('w:numPr')}") is not None
    assert round(reference.sections[0].page_width.cm, 1) == 21.0


def test_docx_structure(project, tmp_path):
    document, report = export_docx(project, tmp_path)
    assert report.warnings == []
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == "Peer learning at Fenwick"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert "Executive summary" in headings and "How we will measure success" in headings
    bullets = [p for p in paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(p._p.pPr.numPr is not None for p in bullets)
    assert document.core_properties.title == "Peer learning at Fenwick"
    assert document.core_properties.author == "Dana Ortiz"

    kpi = next(t for t in document.tables if t.rows[0].cells[0].text == "KPI")
    assert [c.text for c in kpi.rows[0].cells] == ["KPI", "Baseline", "Target"]
    assert [c.text for c in kpi.rows[1].cells] == ["Weeks to competence", "14", "10"]
    header_row = kpi.rows[0]._tr
    assert header_row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
    assert kpi._tbl.tblPr.find(qn("w:tblStyle")).get(qn("w:val")) == "TableGrid"

    footer_xml = document.sections[0].footer._element.xml
    assert re.search(r'w:instr=" PAGE "', footer_xml) and "NUMPAGES" in footer_xml

    for text in all_docx_text(document):
        for leak in LEAKS:
            assert leak not in text, (leak, text)
    # Resistance labels about named people never reach the client-facing document.
    assert not any("Resistant" in t for t in all_docx_text(document))


def test_docx_hyperlinks_bold_and_restarting_numbers(tmp_path):
    doc = markdown_to_document(
        "# T\n\nSee [site](https://example.org) and **this**.\n\n1. a\n2. b\n\ntext\n\n1. c\n"
    )
    from pitchkit.documents.docx_writer import write_docx

    out = tmp_path / "x.docx"
    assert write_docx(doc, out) == []
    document = docx.Document(str(out))
    body = document.element.body
    link = body.find(f".//{qn('w:hyperlink')}")
    rel = document.part.rels[link.get(qn("r:id"))]
    assert rel.is_external and rel.target_ref == "https://example.org"
    assert body.find(f".//{qn('w:b')}") is not None
    num_ids = [
        p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name == "List Number"
    ]
    assert len(num_ids) == 3 and num_ids[0] == num_ids[1] != num_ids[2]


def test_hostile_text_is_literal_everywhere(hostile_project, tmp_path):
    document, _ = export_docx(hostile_project, tmp_path)
    texts = all_docx_text(document)
    assert any("**Bob** <script>alert(1)</script> {{ 7*7 }}" in t for t in texts)
    assert not any("49" in t for t in texts)
    assert document.element.body.find(f".//{qn('w:hyperlink')}") is None

    html_out = tmp_path / "out.html"
    export_project(hostile_project, out=html_out, fmt="html")
    html = html_out.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert 'href="javascript' not in html.lower()


def test_control_characters_and_unicode_in_docx(project, tmp_path):
    project.stakeholders[1].name = "Ren\u00e9e \u05e9\u05e8\u05d4 \U0001f600\x01\x1f"
    document, _ = export_docx(project, tmp_path)
    texts = all_docx_text(document)
    assert "Ren\u00e9e \u05e9\u05e8\u05d4 \U0001f600" in texts
    assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", t) for t in texts)


def test_empty_project_renders_cleanly(tmp_path):
    doc = build_document(Project())
    assert doc.title
    for block, following in zip(doc.blocks, doc.blocks[1:] + [None], strict=True):
        if isinstance(block, Heading):
            assert following is not None and not isinstance(following, Heading), block
    markdown = render_markdown(Project())
    assert "None" not in markdown
    for fmt in (f.name for f in formats.document_formats() if not f.needs_qt):
        export_project(Project(), out=tmp_path / f"empty.{fmt}", fmt=fmt)
    document = docx.Document(str(tmp_path / "empty.docx"))
    assert all("None" not in t for t in all_docx_text(document))


def test_audience_leads_with_their_problem(project):
    markdown = render_markdown(project, audience="Ana Lima")
    summary = markdown.split("# Executive summary", 1)[1]
    assert summary.lstrip().startswith("Ana Lima, ")
    assert summary.index("New supervisors take too long") < summary.index("Decision requested")


@pytest.mark.parametrize(
    "content",
    [b"not a zip at all \x00\x01", None],
    ids=["random-bytes", "zip-not-docx"],
)
def test_bad_reference_docx(project, tmp_path, content):
    bad = tmp_path / "bad.docx"
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "not a word document")
        content = buffer.getvalue()
    bad.write_bytes(content)
    out = tmp_path / "out.docx"
    with pytest.raises(ExportError) as caught:
        export_project(project, out=out, reference_docx=bad)
    assert caught.value.file == str(bad)
    assert not out.exists()


def test_missing_reference_docx(project, tmp_path):
    with pytest.raises(ExportError, match="no such file"):
        export_project(project, out=tmp_path / "o.docx", reference_docx=tmp_path / "nope.docx")


def test_reference_without_list_number_warns(project, tmp_path):
    reference = docx.Document(str(default_reference()))
    styles = reference.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == "ListNumber":
            styles.remove(style)
    trimmed = tmp_path / "trimmed.docx"
    reference.save(str(trimmed))
    project.pitch.story = "Steps:\n\n1. first\n2. second"
    # The story is escaped, so use a template with a real numbered list.
    doc = markdown_to_document("# T\n\n1. first\n2. second\n")
    from pitchkit.documents.docx_writer import write_docx
    from pitchkit.documents.formats import WriteOptions

    warnings = write_docx(doc, tmp_path / "o.docx", WriteOptions(reference_docx=trimmed))
    assert warnings == [
        "style 'List Number' is not in the reference document; used 'List Paragraph'. "
        "Add a 'List Number' style (or one of its other names in docs/templates.md) to choose its look"
    ]
    document = docx.Document(str(tmp_path / "o.docx"))
    numbered = [p for p in document.paragraphs if p.text in ("first", "second")]
    assert all(p._p.pPr.numPr is not None for p in numbered)


def test_reference_keeps_its_footer(project, tmp_path):
    reference = docx.Document(str(default_reference()))
    section = reference.sections[0]
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].text = "Company confidential"
    ref = tmp_path / "ref.docx"
    reference.save(str(ref))
    document, _ = export_docx(project, tmp_path, reference_docx=ref)
    assert document.sections[0].footer.paragraphs[0].text == "Company confidential"


def test_html_output(project, tmp_path):
    doc = Document(
        "T <&>",
        "A",
        [
            Paragraph(
                [Link("ok", "https://ok.example"), Text(" "), Link("bad", "javascript:alert(1)")]
            ),
            Heading(1, [Text("<i>not italic</i>")]),
        ],
    )
    from pitchkit.documents.html_writer import render_html

    html = render_html(doc)
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>T &lt;&amp;&gt;</title>" in html
    assert '<a href="https://ok.example">ok</a>' in html
    assert "javascript" not in html and "bad" in html
    assert "&lt;i&gt;not italic&lt;/i&gt;" in html
    out = tmp_path / "p.html"
    export_project(project, out=out, fmt="html")
    page = out.read_text(encoding="utf-8")
    assert "<table>" in page and "<th>KPI</th>" in page and "<style>" in page


def test_md_output_is_clean_and_reads_back_the_same(hostile_project, tmp_path):
    out = tmp_path / "p.md"
    export_project(hostile_project, out=out, fmt="md")
    text = out.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Peer learning at Fenwick"\n') and text.endswith("|\n")
    assert "\n\n\n" not in text
    assert "<!-- pagebreak -->" in text
    doc = build_document(hostile_project)
    assert markdown_to_document(render_md(doc), author=doc.author) == doc


def test_pdf_is_not_available_yet_and_unknown_format(project, tmp_path):
    with pytest.raises(ExportError, match="PDF export is not available yet"):
        export_project(project, out=tmp_path / "x.pdf", fmt="pdf")
    with pytest.raises(ExportError, match="unknown format"):
        export_project(project, out=tmp_path / "x.odt", fmt="odt")
    assert list(tmp_path.iterdir()) == []


def test_injected_writer_is_used(project, tmp_path):
    seen = {}

    def fake_pdf(doc, out_path, options):
        seen["title"] = doc.title
        out_path.write_bytes(b"%PDF")
        return ["from the fake"]

    report = export_project(project, out=tmp_path / "x.pdf", fmt="pdf", writers={"pdf": fake_pdf})
    assert report.warnings == ["from the fake"] and seen["title"] == "Peer learning at Fenwick"


def test_unwritable_output_is_an_export_error(project, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_project(project, out=tmp_path / "missing" / "x.md", fmt="md")
    assert "missing" in caught.value.file


def test_documents_never_import_qt_and_load_docx_lazily():
    code = (
        "import sys; import pitchkit.documents.export as e, pitchkit.documents.templates, "
        "pitchkit.documents.context, pitchkit.documents.tree; "
        "assert 'docx' not in sys.modules, 'docx imported eagerly'; "
        "from pitchkit.core.model import Project; import tempfile, os; "
        "d = tempfile.mkdtemp(); e.export_project(Project(), out=os.path.join(d, 'x.docx')); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_large_project_exports(tmp_path):
    project = Project(
        stakeholders=[
            Stakeholder(id=f"s-{n}", name=f"Person {n}", power=n % 10, interest=(n * 3) % 10)
            for n in range(300)
        ]
    )
    document, _ = export_docx(project, tmp_path)
    appendix = document.tables[-1]
    assert len(appendix.rows) == 301


@pytest.mark.parametrize("fails", [False, True])
def test_the_cycle_collector_is_off_during_an_export_and_back_after(project, tmp_path, fails):
    import gc

    seen: list[bool] = []

    def writer(doc, out_path, options):
        seen.append(gc.isenabled())
        if fails:
            raise ExportError("disk full", file=str(out_path))
        out_path.write_text(doc.title, encoding="utf-8")
        return []

    # The test session collects on the GUI thread only (gc_guard), as the app does: automatic
    # collection is off.  A command-line caller has it on; both are checked here.
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        if fails:
            with pytest.raises(ExportError):
                export_project(project, out=tmp_path / "out.md", fmt="md", writers={"md": writer})
        else:
            export_project(project, out=tmp_path / "out.md", fmt="md", writers={"md": writer})
        assert seen == [False] and gc.isenabled()

        gc.disable()  # a caller that had it off keeps it off
        with pytest.raises(ExportError) if fails else contextlib.nullcontext():
            export_project(project, out=tmp_path / "again.md", fmt="md", writers={"md": writer})
        assert not gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()
