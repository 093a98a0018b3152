"""The five built-in templates: every format, every audience, and what each may not say."""

from __future__ import annotations

import re

import docx
import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.errors import ExportError
from pitchkit.core.model import Project, Stakeholder, TalkingPoint
from pitchkit.core.project_file import load_project
from pitchkit.documents import formats
from pitchkit.documents.export import build_document, export_project, render_markdown
from pitchkit.documents.templates import list_templates
from pitchkit.documents.tree import Document, Heading, Image, ListBlock, Paragraph, Quote, Table
from pitchkit.paths import example_project_path

TEMPLATES = ("proposal", "one-pager", "briefing", "agenda", "meeting-prep", "follow-up-email")
#: The Qt-free document formats (the PDF has its own test below).
FORMATS = tuple(f.name for f in formats.document_formats() if not f.needs_qt)
LEAKS = ("**", "##", "{{", "{%", "None", "__")
STANCES = ("Unaware", "Resistant", "Neutral", "Supportive", "Leading")


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(example_project_path()).project


@pytest.fixture(scope="module")
def generated() -> Project:
    return generate_project(200)


def inline_text(inlines) -> str:
    return "".join(getattr(i, "text", "\n") for i in inlines)


def block_texts(blocks) -> list[str]:
    """Every piece of visible text in the tree, block by block."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading | Paragraph):
            out.append(inline_text(block.inlines))
        elif isinstance(block, ListBlock):
            for item in block.items:
                out += block_texts(item)
        elif isinstance(block, Quote):
            out += block_texts(block.blocks)
        elif isinstance(block, Table):
            out += [inline_text(c) for c in block.header]
            out += [inline_text(c) for row in block.rows for c in row]
    return out


def assert_clean(doc: Document) -> None:
    """No leaked markup, no "None", and no heading without content under it."""
    for text in [doc.title, *block_texts(doc.blocks)]:
        for leak in LEAKS:
            assert leak not in text, (leak, text)
    blocks = [b for b in doc.blocks if not isinstance(b, Image)]
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            assert following is not None, f"empty heading at the end: {inline_text(block.inlines)}"
            if isinstance(following, Heading):
                assert following.level > block.level, inline_text(block.inlines)


def docx_texts(path) -> list[str]:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def test_the_five_templates_declare_name_description_and_audience():
    found = {t.key: t for t in list_templates() if t.origin == "built-in"}
    assert set(TEMPLATES) <= set(found)
    for key in TEMPLATES:
        info = found[key]
        assert info.error is None and info.name != key and len(info.description) > 20
    assert found["briefing"].audience == "stakeholder"
    assert {found[k].audience for k in TEMPLATES if k != "briefing"} == {"pitch"}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("which", ["example", "empty", "generated"])
def test_every_template_in_every_format(template, fmt, which, example, generated, tmp_path):
    project = {"example": example, "empty": Project(), "generated": generated}[which]
    audience = project.stakeholders[3].id if project.stakeholders and template == "briefing" else None
    doc = build_document(project, template, audience)
    assert_clean(doc)
    out = tmp_path / f"out.{fmt}"
    if doc.private and not formats.get(fmt).private:  # a briefing is never mailed
        with pytest.raises(ExportError, match="private document"):
            export_project(project, out=out, fmt=fmt, template=template, audience=audience)
        assert not out.exists()
        return
    export_project(project, out=out, fmt=fmt, template=template, audience=audience)
    text = out.read_text(encoding="utf-8") if fmt != "docx" else "\n".join(docx_texts(out))
    assert "None" not in text and "{{" not in text and "{%" not in text
    if fmt == "html":
        assert "<script" not in text


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_for_every_stakeholder_of_the_example(template, example):
    for person in example.stakeholders:
        doc = build_document(example, template, person.id)
        assert_clean(doc)


@pytest.mark.parametrize("template", TEMPLATES)
def test_hostile_text_stays_text(template, hostile_project):
    from tests.documents.conftest import HOSTILE_NAME

    who = hostile_project.stakeholders[0].id
    hostile_project.pitch.meeting_invitees = [who]  # the agenda names the invitees
    markdown = render_markdown(hostile_project, template, who)
    assert "<script>" not in markdown and "49" not in markdown
    doc = build_document(hostile_project, template, who)
    texts = [doc.title, *block_texts(doc.blocks)]
    shown = HOSTILE_NAME if template != "follow-up-email" else HOSTILE_NAME.split()[0]
    assert any(shown in t for t in texts), "the name is printed as it was typed"


def test_docx_structure_reads_back(example, tmp_path):
    out = tmp_path / "p.docx"
    export_project(example, out=out, fmt="docx", template="proposal")
    document = docx.Document(str(out))
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Peer learning at Northwind"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Executive summary"
    for expected in (
        "The problem and the cost of doing nothing",
        "What we propose",
        "Evidence",
        "Options considered",
        "Costs and returns",
        "Risks and how we will manage them",
        "Timeline",
        "How we will measure success",
        "The decision we need",
        "Appendix: people involved",
    ):
        assert expected in headings
    assert headings.index("Options considered") < headings.index("The decision we need")
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(p._p.pPr.numPr is not None for p in bullets)
    tables = {t.rows[0].cells[0].text: t for t in document.tables}
    assert [c.text for c in tables["Option"].rows[1].cells][0] == "Do nothing"
    assert len(tables["Name"].rows) == len(example.stakeholders) + 1


def test_briefing_numbers_its_talking_points_in_docx(example, tmp_path):
    out = tmp_path / "b.docx"
    export_project(example, out=out, fmt="docx", template="briefing", audience="s-priya")
    document = docx.Document(str(out))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(numbered) >= 3 and all(p._p.pPr.numPr is not None for p in numbered)
    assert document.tables[0].rows[1].cells[0].text == "Where they stand now"


def test_briefing_quotes_verbatim_and_names_the_words_to_avoid(example, tmp_path):
    joanne = example.stakeholder("s-joanne")
    assert "social learning" in joanne.avoid_terms
    out = tmp_path / "joanne.docx"
    export_project(example, out=out, fmt="docx", template="briefing", audience="s-joanne")
    texts = docx_texts(out)
    assert any("Joanne Pike" in t for t in texts)
    markdown = render_markdown(example, "briefing", "s-joanne")
    # Her own words, as she said them; never "Colleagues learning from each other? ..."
    assert "> Social learning? Whatever that means. People here already talk to each other." in markdown
    assert "Colleagues learning from each other? Whatever" not in markdown
    words = next(line for line in markdown.splitlines() if line.startswith("| Words to avoid |"))
    assert '"social learning" (say "colleagues learning from each other")' in words
    assert '"70:20:10"' in words


def test_the_users_own_points_are_printed_as_written(example):
    example.strategy.talking_points.append(
        TalkingPoint(id="k-x", stakeholder="s-priya", text="Social learning is the future.")
    )
    try:
        markdown = render_markdown(example, "briefing", "s-priya")
    finally:
        example.strategy.talking_points.pop()
    assert "1. Social learning is the future." in markdown


def test_proposal_with_audience_leads_with_their_problem(example):
    markdown = render_markdown(example, "proposal", "s-rachel")
    summary = markdown.split("# Executive summary", 1)[1].split("\n# ", 1)[0]
    first = summary.strip().split("\n\n")[:2]
    assert first[0].startswith("Rachel Dunn, ")
    assert "New agents take four months" in first[1]
    assert summary.index("New agents") < summary.index("Decision requested")


def test_proposal_says_nothing_private_about_colleagues(example):
    doc = build_document(example, "proposal")
    texts = block_texts(doc.blocks)
    body = "\n".join(texts)
    for r in example.resistances:
        for private in (r.heard, r.concern, r.counter_strategy):
            assert private.strip()[:40] not in body
    for person in example.stakeholders:
        assert person.notes[:40] not in body
    for text in texts:
        for label in STANCES:
            assert not re.search(rf"\b{label}\b", text), (label, text)
    assert "Health" not in body and "health" not in body
    # Risks are still there, in general terms.
    assert "Risks and how we will manage them" in texts


def test_proposal_title_and_sentences(example):
    markdown = render_markdown(example, "proposal")
    lines = markdown.splitlines()
    assert lines[0] == "# Peer learning at Northwind"
    assert "Peer matching: a tool that pairs" in markdown.split("# Executive summary")[0]
    assert ".." not in markdown.replace("...", "")


def test_own_talking_points_come_before_the_suggestions(example):
    before = render_markdown(example, "briefing", "s-priya")
    assert "Start from their problem" in before  # suggestions, marked as such
    assert "suggestions drawn from their problems" in before
    points = example.strategy.talking_points
    points.append(TalkingPoint(id="k-mine", stakeholder="s-priya", text="My own opening for Priya."))
    try:
        after = render_markdown(example, "briefing", "s-priya")
        prep = render_markdown(example, "meeting-prep")
        agenda = render_markdown(example, "agenda")
    finally:
        points.pop()
    # The user's own point comes first; the suggestions follow it rather than disappear.
    points = after.split("# Talking points")[1].split("\n# ")[0]
    assert points.strip().startswith("1. My own opening for Priya.")
    assert "1. Start from their problem" in points
    assert "My own opening for Priya." in prep
    assert "My own opening for Priya." not in agenda  # the agenda is circulated


def test_briefing_without_audience_explains_itself(example):
    markdown = render_markdown(example, "briefing")
    assert markdown.startswith("# Stakeholder briefing") and "one person at a time" in markdown


def test_agenda_times_add_up_and_lists_attendees(example):
    markdown = render_markdown(example, "agenda")
    spans = [tuple(map(int, m)) for m in re.findall(r"\| (\d+)–(\d+) min \|", markdown)]
    assert spans[0][0] == 0 and all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert f"Total: {spans[-1][1]} minutes." in markdown
    assert "Joanne Pike (Learning Programmes Manager)" in markdown
    assert "<!-- pagebreak -->" not in markdown and "talking points" not in markdown.lower()
    prep = render_markdown(example, "meeting-prep")
    assert "# Joanne Pike, Learning Programmes Manager" in prep and "# Health check" in prep


def test_follow_up_email_for_one_person_and_for_all(example):
    to_priya = render_markdown(example, "follow-up-email", "s-priya")
    assert "Dear Priya," in to_priya and "your decision by 26 February 2027" in to_priya
    assert "Next step, on 1 February 2027" in to_priya
    to_all = render_markdown(example, "follow-up-email")
    assert "Dear all," in to_all


def test_one_pager_is_short(example):
    doc = build_document(example, "one-pager")
    words = sum(len(t.split()) for t in block_texts(doc.blocks))
    assert words < 450
    headings = [inline_text(b.inlines) for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["The ask", "Why now", "What it costs", "The evidence", "The decision"]


def test_stakeholder_with_no_records_gets_a_full_briefing():
    project = Project(stakeholders=[Stakeholder(id="s-1", name="Ana")])
    markdown = render_markdown(project, "briefing", "s-1")
    assert "No business problem of theirs is recorded yet" in markdown
    assert_clean(build_document(project, "briefing", "s-1"))


@pytest.mark.gui
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_as_pdf(template, example, tmp_path):
    from pitchkit.qtrender.renderers import qt_pictures, qt_writers

    out = tmp_path / "out.pdf"
    audience = "s-joanne" if template == "briefing" else None
    export_project(
        example,
        out=out,
        fmt="pdf",
        template=template,
        audience=audience,
        writers=qt_writers(),
        pictures=qt_pictures(),
    )
    assert out.read_bytes().startswith(b"%PDF-")
    export_project(Project(), out=out, fmt="pdf", template=template, writers=qt_writers())
    assert out.read_bytes().startswith(b"%PDF-")


def test_briefings_are_aimed_at_the_person(example):
    # Dana's unit ran the pilot: she is asked to tell it, not offered a demo of it.
    dana = render_markdown(example, "briefing", "s-dana")
    assert "offer a short" not in dana and "Results you can point to" not in dana
    assert "ask them to tell others what they saw" in dana
    # Amir presents the demo: he is asked to lead it, not shown it.
    amir = render_markdown(example, "briefing", "s-amir")
    assert "# What they take part in" in amir
    assert "Ask them to lead the demonstration" in amir and "Show rather than tell" not in amir
