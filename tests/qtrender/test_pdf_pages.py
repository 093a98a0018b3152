"""The PDF read back with poppler: its text layer, pages, footers, pictures and keeps."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from pitchkit.cli import main
from pitchkit.documents.export import export_project
from pitchkit.documents.tree import Document, Heading, Image, PageBreak, Paragraph, Table, Text
from pitchkit.paths import resources_dir
from pitchkit.qtrender.pdf_layout import A4
from pitchkit.qtrender.pdf_writer import write_pdf
from pitchkit.qtrender.renderers import qt_writers

pytestmark = pytest.mark.gui

MM_TO_PT = 72 / 25.4


@pytest.fixture(autouse=True)
def _poppler():
    if shutil.which("pdftotext") is None:
        pytest.fail("these tests read PDFs with poppler-utils: run scripts/setup.sh test")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, as a reader's search or copy would see it."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def words_with_boxes(path: Path) -> list[tuple[int, str, float, float]]:
    """(page, word, xMin, yMin) of every word, in points."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    found = []
    for number, page in enumerate(out.split("<page ")[1:]):
        for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', page):
            found.append((number, word, float(x), float(y)))
    return found


def _example_map() -> bytes:
    from pitchkit.core.project_file import load_project
    from pitchkit.paths import example_project_path
    from pitchkit.qtrender.map_painter import render_png

    return render_png(load_project(example_project_path()).project)


def paragraphs(n: int, words: int = 12) -> list[Paragraph]:
    return [Paragraph([Text(f"Filler {i} " + "words " * words)]) for i in range(n)]


def test_the_text_layer_can_be_searched_and_copied(example_path, tmp_path):
    out = tmp_path / "proposal.pdf"
    assert main(["export", str(example_path), "-f", "pdf", "-o", str(out)]) == 0
    text = "".join(pdf_pages(out))
    assert "Executive summary" in text
    assert "a cup of coffee" in text  # "ff" was one ligature glyph that no search matched
    assert not re.search("[\ufb00-\ufb06]", text), "ligature characters in the text layer"


def test_a_page_break_starts_a_new_page_and_draws_nothing(tmp_path):
    one = Document(title="T", blocks=[Paragraph([Text("first")]), Paragraph([Text("second")])])
    two = Document(title="T", blocks=[Paragraph([Text("first")]), PageBreak(), Paragraph([Text("second")])])
    write_pdf(one, tmp_path / "one.pdf")
    write_pdf(two, tmp_path / "two.pdf")
    assert len(pdf_pages(tmp_path / "one.pdf")) == 1
    pages = pdf_pages(tmp_path / "two.pdf")
    assert len(pages) == 2
    assert "first" in pages[0] and "second" not in pages[0] and "second" in pages[1]


def test_every_page_says_page_x_of_y(tmp_path):
    doc = Document(title="T", blocks=[*paragraphs(3), PageBreak(), *paragraphs(3), PageBreak(), *paragraphs(1)])
    write_pdf(doc, tmp_path / "x.pdf")
    pages = pdf_pages(tmp_path / "x.pdf")
    assert [re.findall(r"Page \d+ of \d+", page) for page in pages] == [["Page 1 of 3"], ["Page 2 of 3"], ["Page 3 of 3"]]


def test_page_size_margins_and_font_are_the_word_files(tmp_path):
    reference = DocxDocument(str(resources_dir() / "reference.docx")).sections[-1]
    assert (A4.width, A4.height) == pytest.approx((reference.page_width.mm, reference.page_height.mm), abs=0.1)
    assert (A4.top, A4.bottom) == pytest.approx((reference.top_margin.mm, reference.bottom_margin.mm), abs=0.1)
    assert (A4.left, A4.right) == pytest.approx((reference.left_margin.mm, reference.right_margin.mm), abs=0.1)
    assert A4.footer == pytest.approx(reference.footer_distance.mm, abs=0.1)

    write_pdf(Document(title="Title", blocks=paragraphs(60)), tmp_path / "x.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info)
    words = words_with_boxes(tmp_path / "x.pdf")
    body = [w for w in words if w[1] != "Page" and not re.fullmatch(r"\d+|of", w[1])]
    assert min(x for _, _, x, _ in body) == pytest.approx(A4.left * MM_TO_PT, abs=2)
    assert min(y for page, _, _, y in body if page == 1) == pytest.approx(A4.top * MM_TO_PT, abs=4)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True).stdout
    assert "Carlito" in fonts  # Calibri's metric twin (scripts/setup.sh installs it)


@pytest.mark.parametrize("width_cm", [None, 25.0])
def test_a_picture_stays_inside_the_margins(tmp_path, width_cm):
    from pitchkit.core.project_file import load_project
    from pitchkit.paths import example_project_path
    from pitchkit.qtrender.map_painter import render_png

    png = render_png(load_project(example_project_path()).project)
    write_pdf(Document(title="T", blocks=[Image(png, "the map", width_cm=width_cm)]), tmp_path / "x.pdf")
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    assert len(rows) == 1
    width_px, x_ppi = int(rows[0][3]), int(rows[0][12])
    printed_mm = width_px / x_ppi * 25.4
    assert A4.text_width - 2 < printed_mm <= A4.text_width + 0.5


def test_the_one_pager_is_one_page(example_path, tmp_path):
    out = tmp_path / "one-pager.pdf"
    assert main(["export", str(example_path), "-t", "one-pager", "-f", "pdf", "-o", str(out)]) == 0
    pages = pdf_pages(out)
    assert len(pages) == 1
    assert "Page 1 of 1" in pages[0]


def _page_of(words: list[tuple[int, str, float, float]], word: str) -> int:
    return next(page for page, w, _, _ in words if w == word)


def _first_moving(monkeypatch, tmp_path, documents):
    """The first of `documents` whose PDF needed a keep, written without and then with keeps."""
    from pitchkit.qtrender import pdf_layout

    real = pdf_layout.keep_together
    moves: list[int] = []
    monkeypatch.setattr(pdf_layout, "keep_together", lambda qdoc: moves.append(real(qdoc)) or moves[-1])
    for doc in documents:
        moves.clear()
        write_pdf(doc, tmp_path / "kept.pdf")
        if moves[0]:
            monkeypatch.setattr(pdf_layout, "keep_together", lambda qdoc: 0)
            write_pdf(doc, tmp_path / "loose.pdf")
            return words_with_boxes(tmp_path / "loose.pdf"), words_with_boxes(tmp_path / "kept.pdf")
    pytest.fail("no document needed a keep: the test would check nothing")


def test_a_heading_is_kept_with_what_follows(monkeypatch, tmp_path):
    """With some length of text before it, the heading would land at the foot of page 1."""
    documents = (
        Document(title="T", blocks=[*paragraphs(n, 3), Heading(2, [Text("Stranded")]), Paragraph([Text("Follows")])])
        for n in range(25, 60)
    )
    loose, kept = _first_moving(monkeypatch, tmp_path, documents)
    assert _page_of(loose, "Stranded") == 0 and _page_of(loose, "Follows") == 1
    assert _page_of(kept, "Stranded") == _page_of(kept, "Follows") == 1


def _long_table(rows: int) -> Table:
    cells = [[[Text(f"R{r}top")], [Text("a " * 60 + f"R{r}bottom")]] for r in range(rows)]
    return Table(header=[[Text("HeadOne")], [Text("HeadTwo")]], rows=cells)


def test_table_rows_do_not_split_and_the_header_row_repeats(monkeypatch, tmp_path):
    documents = (Document(title="T", blocks=[*paragraphs(n, 3), _long_table(40)]) for n in range(0, 12))
    loose, kept = _first_moving(monkeypatch, tmp_path, documents)
    split = [r for r in range(40) if _page_of(loose, f"R{r}top") != _page_of(loose, f"R{r}bottom")]
    assert split, "without the keep, a row ran over a page boundary"
    assert all(_page_of(kept, f"R{r}top") == _page_of(kept, f"R{r}bottom") for r in range(40))
    pages = {page for page, *_ in kept if page >= 0}
    assert len(pages) > 1
    assert {page for page, word, *_ in kept if word == "HeadOne"} == pages


def test_headings_step_down_in_size_and_none_is_smaller_than_body_text(tmp_path):
    """Heading 1 to 4 at Word's 16, 13, 12 and 11 pt, read from the glyph heights in the PDF."""
    doc = Document(title="Title", blocks=[Heading(level, [Text(f"Level{level}")]) for level in range(1, 7)] + paragraphs(1))
    write_pdf(doc, tmp_path / "x.pdf")
    out = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "x.pdf"), "-"], capture_output=True, text=True, check=True)
    heights = {
        word: float(y_max) - float(y_min)
        for y_min, y_max, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', out.stdout)
    }
    body = heights["Filler"]
    levels = [heights[f"Level{level}"] for level in range(1, 7)]
    assert heights["Title"] > levels[0] > levels[1] > levels[2] > levels[3]
    assert levels[3] == pytest.approx(body, abs=0.1) and min(levels) >= body - 0.1


def test_moving_a_heading_loses_and_doubles_no_text(monkeypatch, tmp_path):
    """Qt once left everything after the next table unlaid (never drawn) when a heading moved."""
    def doc(n: int) -> Document:
        small = Table(header=[[Text("Option")], [Text("Cost")]], rows=[[[Text("Pilot")], [Text("Low")]]])
        tail = [Paragraph([Text(f"Tail{i} " + "words " * 20)]) for i in range(80)]
        return Document(title="T", blocks=[*paragraphs(n, 3), Heading(2, [Text("Stranded")]), small,
                                           Heading(2, [Text("After")]), *tail, _long_table(5)])

    loose, kept = _first_moving(monkeypatch, tmp_path, (doc(n) for n in range(25, 60)))
    kept_words = [word for _, word, *_ in kept]
    for word in ["Stranded", "Option", "Pilot", "After", *(f"Tail{i}" for i in range(80)), *(f"R{r}top" for r in range(5))]:
        assert kept_words.count(word) == 1, word


def test_column_alignment_is_kept(tmp_path):
    """`---:` right-aligns a column, `:---:` centres it; others start at the left."""
    rows = [[[Text(f"Left{i}" + "x" * i)], [Text(f"{'9' * (i + 1)}")], [Text(f"Mid{'m' * i}")]] for i in range(4)]
    table = Table(header=[[Text("Name")], [Text("Amount")], [Text("Centre")]], rows=rows, align=[None, "right", "center"])
    write_pdf(Document(title="T", blocks=[table]), tmp_path / "x.pdf")
    out = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "x.pdf"), "-"], capture_output=True, text=True, check=True)
    boxes = {word: (float(x0), float(x1)) for x0, x1, word in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', out.stdout)}
    lefts = [boxes[f"Left{i}" + "x" * i][0] for i in range(4)] + [boxes["Name"][0]]
    rights = [boxes["9" * (i + 1)][1] for i in range(4)]
    centres = [sum(boxes[f"Mid{'m' * i}"]) / 2 for i in range(4)]
    assert max(lefts) - min(lefts) < 0.5
    assert max(rights) - min(rights) < 0.5 and boxes["9"][0] > boxes["9999"][0] + 5
    assert max(centres) - min(centres) < 0.5


def test_a_picture_is_kept_with_its_caption(monkeypatch, tmp_path):
    png = _example_map()
    documents = (
        Document(title="T", blocks=[*paragraphs(n, 3), Image(png, "Captionword for the map"), Paragraph([Text("After")])])
        for n in range(0, 40)
    )
    loose, kept = _first_moving(monkeypatch, tmp_path, documents)
    listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "kept.pdf")], capture_output=True, text=True, check=True)
    picture_page = int(listing.stdout.splitlines()[2].split()[0]) - 1
    assert _page_of(kept, "Captionword") == picture_page
    loose_listing = subprocess.run(["pdfimages", "-list", str(tmp_path / "loose.pdf")], capture_output=True, text=True, check=True)
    assert _page_of(loose, "Captionword") != int(loose_listing.stdout.splitlines()[2].split()[0]) - 1


def test_a_private_document_says_private_on_every_page(tmp_path):
    from pitchkit.core.project_file import load_project
    from pitchkit.documents.tree import PRIVATE_NOTICE
    from pitchkit.paths import example_project_path

    example = load_project(example_project_path()).project
    out = tmp_path / "prep.pdf"
    export_project(example, out=out, fmt="pdf", template="meeting-prep", writers=qt_writers())
    pages = pdf_pages(out)
    assert len(pages) >= 2  # long enough to test the later pages
    for number, text in enumerate(pages, start=1):
        assert PRIVATE_NOTICE in " ".join(text.split()), f"page {number} does not say it is private"

    shared = tmp_path / "agenda.pdf"
    export_project(example, out=shared, fmt="pdf", template="agenda", writers=qt_writers())
    assert all(PRIVATE_NOTICE not in " ".join(t.split()) for t in pdf_pages(shared))
