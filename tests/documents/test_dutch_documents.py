"""Documents in their own language: Dutch templates, Dutch dates and numbers, a Dutch language tag."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import msgspec
import pytest
from docx import Document as WordDocument

from pitchkit import paths
from pitchkit.core.language import set_language
from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import (
    build_document,
    document_language,
    export_project,
    render_markdown,
)
from pitchkit.documents.templates import find_template, list_templates
from pitchkit.documents.tree import Heading, plain_text

KEYS = [info.key for info in list_templates()]
AUDIENCE = {"briefing": "s-martin"}


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(paths.example_project_path()).project


def _headings(doc) -> set[str]:
    return {plain_text(b.inlines) for b in doc.blocks if isinstance(b, Heading)}


def test_every_built_in_template_exists_in_dutch():
    assert len(KEYS) >= 5
    for key in KEYS:
        info = find_template(key, "nl")
        assert info.language == "nl" and info.path.parent.name == "nl", key
        assert info.name != find_template(key).name, f"{key}: the Dutch template keeps the English name"


@pytest.mark.parametrize("key", KEYS)
def test_dutch_documents_have_dutch_headings_and_dates(example, key):
    english = build_document(example, key, AUDIENCE.get(key), language="en")
    dutch = build_document(example, key, AUDIENCE.get(key), language="nl")
    names = [person.name for person in example.stakeholders] + [example.title]
    shared = {h for h in _headings(english) & _headings(dutch) if not any(n in h for n in names)}
    assert not shared, f"English headings left in the Dutch {key}: {shared}"
    assert dutch.language == "nl-BE" and english.language == "en-GB"
    markdown = render_markdown(example, key, AUDIENCE.get(key), language="nl")
    english_dates = ("19 January 2027", "26 February 2027")  # the example's meeting and deadline
    assert not [d for d in english_dates if d in markdown]
    assert "19 januari 2027" in markdown or "26 februari 2027" in markdown


def test_a_blank_projects_proposal_reads_as_dutch():
    markdown = render_markdown(Project(), "proposal", language="nl")
    # Nothing untrue (issue 13): a blank project's proposal has no summary and no decision yet.
    for dutch in ("# Overwogen opties", "# Risico's en hoe we ze beheersen", "# Planning", "proefproject"):
        assert dutch in markdown
    for english in ("Options considered", "Risks and how we will manage them", "Timeline", "pilot "):
        assert english not in markdown


def test_the_word_document_is_proofed_in_dutch(example, tmp_path):
    out = tmp_path / "voorstel.docx"
    export_project(example, out=out, fmt="docx", template="proposal", language="nl")
    word = WordDocument(str(out))
    assert word.core_properties.language == "nl-BE"
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode()
    assert 'w:lang w:val="nl-BE"' in styles
    footer = zipfile.ZipFile(out).read("word/footer1.xml").decode()
    assert "Pagina " in footer and " van " in footer


def test_html_carries_the_language(example, tmp_path):
    out = tmp_path / "voorstel.html"
    export_project(example, out=out, fmt="html", template="one-pager", language="nl")
    assert '<html lang="nl-BE">' in out.read_text(encoding="utf-8")


def test_the_project_language_is_the_default_and_the_choice_overrides_it(example):
    dutch_project = msgspec.structs.replace(example, language="nl")
    assert document_language(dutch_project) == "nl"
    assert document_language(dutch_project, "en") == "en"
    assert document_language(example) == "en"  # the suite speaks English
    set_language("nl")
    assert document_language(example) == "nl"  # no project language: PitchKit's own
    assert "# Samenvatting" in render_markdown(dutch_project, "proposal", language=None)


def test_dates_and_numbers_follow_the_document(example, tmp_path, monkeypatch):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "cijfers.md.j2").write_text(
        "{#- pitchkit\nname: Cijfers\nlanguage: nl\n-#}\n# Cijfers\n\n"
        "{{ pitch.deadline|date }}; {{ 9500|money }}; {{ 9500|number }}; {{ 8.5 }}; {{ today|date }}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PITCHKIT_TEMPLATES_DIR", str(folder))
    project = msgspec.structs.replace(
        example, pitch=msgspec.structs.replace(example.pitch, deadline=datetime.date(2027, 1, 19))
    )
    info = find_template("cijfers")
    assert info.language == "nl"  # declared in its front matter
    markdown = render_markdown(project, "cijfers")
    assert "19 januari 2027; € 9.500; 9.500; 8,5;" in markdown
    english = (folder / "figures.md.j2")
    english.write_text("# Figures\n\n{{ pitch.deadline|date }}; {{ 9500|money }}; {{ 8.5 }}\n", encoding="utf-8")
    # an English-only template keeps its language even when Dutch is asked for
    assert "19 January 2027; €9,500; 8\\.5" in render_markdown(project, "figures", language="nl")


def test_the_cores_sentences_in_a_dutch_document_are_dutch(example):
    """The order of conversations' reasons come from the core: in the document's language."""
    from pitchkit.core.language import current_language

    scenario = load_project(Path(__file__).parent.parent / "files" / "scenarios" / "third-place.pitchkit").project
    markdown = render_markdown(scenario, "briefing", "s-ld2", language="nl")
    assert "Plaats in de volgorde van de gesprekken: Biedt weerstand" in markdown
    assert current_language() == "en"  # only while the document was written
