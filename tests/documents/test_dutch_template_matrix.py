"""Every Dutch built-in template in every document format: Dutch headings, dates, tag and notices."""

from __future__ import annotations

import email
import email.policy
import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from pitchkit import paths
from pitchkit.core.errors import ExportError
from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.documents import formats
from pitchkit.documents.docx_language import PRIVATE_NOTICES
from pitchkit.documents.export import build_document, export_project, render_markdown
from pitchkit.documents.tree import Heading, plain_text
from pitchkit.qtrender.renderers import qt_pictures, qt_writers

#: Every built-in template that exists in Dutch (templates/nl), by key.
DUTCH_KEYS = sorted(p.name.removesuffix(".md.j2") for p in (paths.templates_dir() / "nl").glob("[!_]*.md.j2"))
FORMATS = [f.name for f in formats.document_formats()]
DUTCH_TAGS = ("nl-BE", "nl-NL")
ENGLISH_MONTHS = ("January", "February", "March", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # "April" is Dutch too
#: The example's meeting and deadline, written out in each language.
DATES = {"en": ("19 January 2027", "26 February 2027"), "nl": ("19 januari 2027", "26 februari 2027")}


@pytest.fixture(scope="module")
def projects() -> dict[str, Project]:
    english = load_project(paths.example_project_path()).project
    dutch = load_project(paths.resources_dir() / "examples" / "noordwind-van-elkaar-leren.pitchkit").project
    return {"english example": english, "dutch example": dutch}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _docx(out: Path) -> tuple[list[str], str]:
    document = docx.Document(str(out))
    lines = [p.text for p in document.paragraphs]
    lines += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    lines += [p.text for section in document.sections for p in section.header.paragraphs]
    lines += [p.text for section in document.sections for p in section.footer.paragraphs]
    with zipfile.ZipFile(out) as package:
        styles = package.read("word/styles.xml").decode("utf-8")
    tags = set(re.findall(r'w:lang w:val="([^"]+)"', styles)) | {document.core_properties.language}
    assert len(tags) == 1, tags
    return lines, tags.pop()


def _pdf(out: Path) -> tuple[list[str], str]:
    if shutil.which("pdftotext") is None:
        pytest.fail("this test reads PDFs with poppler-utils: run scripts/setup.sh test")
    pages = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in page, f"page {number}'s footer is not Dutch"
        assert "Page " not in page
    return [line for page in pages for line in page.splitlines()], ""


def _html(out: Path) -> tuple[list[str], str]:
    text = out.read_text(encoding="utf-8")
    tag = re.search(r'<html lang="([^"]+)"', text)
    lines = [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in text.splitlines()]
    return lines, tag.group(1) if tag else ""


def _md(out: Path) -> tuple[list[str], str]:
    text = out.read_text(encoding="utf-8")
    tag = re.search(r"^lang: ['\"]?([A-Za-z-]+)", text, re.MULTILINE)
    lines = [re.sub(r"\\(.)", r"\1", line.lstrip("#").strip()) for line in text.splitlines()]
    return lines, tag.group(1) if tag else ""


def _eml(out: Path) -> tuple[list[str], str]:
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    body = message.get_body(("plain",))
    assert body is not None
    html_part = message.get_body(("html",))
    assert html_part is not None and 'lang="' + str(message["Content-Language"]) + '"' in html_part.get_content()
    return [str(message["Subject"]), *body.get_content().splitlines()], str(message["Content-Language"])


READERS = {"docx": _docx, "pdf": _pdf, "html": _html, "md": _md, "eml": _eml}


def _headings(project: Project, key: str, language: str) -> set[str]:
    audience = project.stakeholders[0].id if key == "briefing" else None
    doc = build_document(project, key, audience, language=language)
    return {_squash(plain_text(b.inlines)) for b in doc.blocks if isinstance(b, Heading)} | {doc.title}


def test_every_format_has_a_reader_here():
    assert set(FORMATS) == set(READERS), "a new document format needs its reader in this test"
    assert len(DUTCH_KEYS) >= 6


@pytest.mark.parametrize("key", DUTCH_KEYS)
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("which", ["english example", "dutch example"])
def test_every_dutch_template_in_every_format(key, fmt, which, projects, tmp_path):
    project = projects[which]
    audience = project.stakeholders[0].id if key == "briefing" else None
    out = tmp_path / f"out.{fmt}"
    doc = build_document(project, key, audience, language="nl")
    assert doc.language in DUTCH_TAGS
    if doc.private and not formats.get(fmt).private:
        with pytest.raises(ExportError):
            export_project(project, out=out, fmt=fmt, template=key, audience=audience, language="nl")
        assert not out.exists()
        return
    export_project(
        project, out=out, fmt=fmt, template=key, audience=audience, language="nl",
        writers=qt_writers(), pictures=qt_pictures(),
    )
    lines, tag = READERS[fmt](out)
    if fmt != "pdf":  # a PDF carries no language tag of its own: its footer is checked instead
        assert tag in DUTCH_TAGS, f"{key} as {fmt} is tagged {tag!r}"
    squashed = {_squash(line) for line in lines if line.strip()}
    text = "\n".join(lines)
    names = [person.name for person in project.stakeholders] + [project.title]
    english = {h for h in _headings(project, key, "en") if h and not any(n and n in h for n in names)}
    dutch = _headings(project, key, "nl")
    if fmt == "eml":  # the draft's title is its subject line: it leaves the body
        dutch.discard(doc.title)
        dutch -= {_squash(plain_text(b.inlines)) for b in doc.blocks[:2] if isinstance(b, Heading) and b.level == 1}
    assert not english & squashed, f"English headings in the Dutch {key} ({fmt}): {english & squashed}"
    missing = {h for h in dutch if h and h not in squashed and h not in _squash(text)}
    assert not missing, f"Dutch headings missing from {key} ({fmt}): {missing}"
    markdown = render_markdown(project, key, audience, language="nl")
    if any(date in markdown for date in DATES["nl"]):
        assert any(date in _squash(text) for date in DATES["nl"]), f"{key} ({fmt}) lost its Dutch date"
    assert not [d for d in DATES["en"] if d in text]
    if which == "dutch example":
        assert not [m for m in ENGLISH_MONTHS if re.search(rf"\b{m}\b", text)], f"English month in {key} ({fmt})"
    if doc.private:
        assert PRIVATE_NOTICES["nl"] in _squash(text) and PRIVATE_NOTICES["en"] not in text


def test_an_anonymised_dutch_document_names_people_in_dutch(projects, tmp_path):
    from pitchkit.core.anonymise import AnonymiseOptions

    project = projects["english example"]
    out = tmp_path / "out.md"
    export_project(project, out=out, fmt="md", template="proposal", language="nl", anonymise=AnonymiseOptions())
    text = out.read_text(encoding="utf-8")
    assert "de organisatie" in text.casefold() and "the organisation" not in text.casefold()
    assert project.pitch.advocate not in text and "The advocate" not in text
