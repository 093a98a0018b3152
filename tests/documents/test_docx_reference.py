"""Any valid reference document works, and its own styles, lists and table style are used.

The references come from tests/documents/reference_docs.py (none made by PitchKit); each
test asserts the XML the export wrote: which styles, which numbering, which warnings.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from pitchkit.core.messages import text
from pitchkit.core.project_file import load_project
from pitchkit.documents.docx_writer import write_docx
from pitchkit.documents.export import export_project
from pitchkit.documents.formats import WriteOptions
from pitchkit.documents.tree import markdown_to_document
from pitchkit.paths import example_project_path
from tests.documents import reference_docs
from tests.documents.reference_docs import OWN_BULLET, REFERENCES, build, png

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
PYTHON_DOCX_DEFAULT = Path(docx.__file__).parent / "templates" / "default.docx"
TEMPLATES = ("proposal", "one-pager", "briefing", "agenda", "follow-up-email")

SAMPLE = """# Sample title

A paragraph of body text.

> A quotation.

> Another quotation.

- one
- two
    - nested

1. first
2. second

Between the lists.

3. third, restarting at three

| Name | Amount | Notes |
|:---|---:|:---:|
| Priya Shah | 12 | A much longer note that runs on for a good many words |

## A heading

![The map](pitchkit:map)
"""


def sample():
    return markdown_to_document(SAMPLE, author="Dana Ortiz", images={"pitchkit:map": png()})


def xml_parts(path: Path) -> dict[str, etree._Element]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: etree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        }


def export(tmp_path: Path, reference: str | Path | None, doc=None) -> tuple[dict[str, etree._Element], list[str]]:
    ref = build(tmp_path, reference) if isinstance(reference, str) else reference
    out = tmp_path / "out.docx"
    warnings = write_docx(doc or sample(), out, WriteOptions(reference_docx=Path(ref) if ref else None))
    return xml_parts(out), warnings


def paragraphs(parts, startswith: str = "") -> list[etree._Element]:
    body = parts["word/document.xml"].find(f"{W}body")
    return [
        p for p in body.iter(f"{W}p")
        if "".join(p.itertext()).startswith(startswith) and (startswith or "".join(p.itertext()))
    ]


def style_of(paragraph) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return style.get(f"{W}val") if style is not None else None


def numbering_of(paragraph) -> tuple[str, str]:
    num_pr = paragraph.find(f"{W}pPr/{W}numPr")
    return num_pr.find(f"{W}ilvl").get(f"{W}val"), num_pr.find(f"{W}numId").get(f"{W}val")


def first(parts, startswith: str):
    return paragraphs(parts, startswith)[0]


def nums(parts) -> dict[str, etree._Element]:
    numbering = parts["word/numbering.xml"]
    return {num.get(f"{W}numId"): num for num in numbering.iter(f"{W}num")}


def abstract_of(parts, num_id: str) -> str:
    return nums(parts)[num_id].find(f"{W}abstractNumId").get(f"{W}val")


def lvl_text(parts, num_id: str, ilvl: str) -> str:
    abstract_id = abstract_of(parts, num_id)
    for abstract in parts["word/numbering.xml"].iter(f"{W}abstractNum"):
        if abstract.get(f"{W}abstractNumId") == abstract_id:
            for lvl in abstract.iter(f"{W}lvl"):
                if lvl.get(f"{W}ilvl") == ilvl:
                    return lvl.find(f"{W}lvlText").get(f"{W}val")
    raise AssertionError(f"no level {ilvl} for num {num_id}")


def table_style(parts) -> str | None:
    style = parts["word/document.xml"].find(f".//{W}tbl/{W}tblPr/{W}tblStyle")
    return style.get(f"{W}val") if style is not None else None


# --- lists ---------------------------------------------------------------------------------


def test_no_numbering_part_gets_one_with_pitchkits_lists(tmp_path):
    parts, warnings = export(tmp_path, "no-numbering.docx")
    assert "word/numbering.xml" in parts
    types = parts["[Content_Types].xml"]
    assert any(
        o.get("PartName") == "/word/numbering.xml" and o.get("ContentType").endswith("numbering+xml")
        for o in types
    )
    rels = parts["word/_rels/document.xml.rels"]
    assert any(r.get("Target") == "numbering.xml" for r in rels)
    bullet = first(parts, "one")
    assert style_of(bullet) == "ListBullet"
    ilvl, num_id = numbering_of(bullet)
    assert (ilvl, lvl_text(parts, num_id, "0")) == ("0", "\u2022")  # PitchKit's own bullets
    assert numbering_of(first(parts, "nested")) == ("1", num_id)
    assert warnings == [
        text("reference-list-own", style="List Bullet", kind="bullets"),
        text("reference-list-own", style="List Number", kind="numbering"),
    ]


def test_the_references_own_lists_are_used(tmp_path):
    parts, warnings = export(tmp_path, "own-lists.docx")
    assert warnings == []
    bullet, nested = first(parts, "one"), first(parts, "nested")
    assert numbering_of(bullet) == ("0", "70") and style_of(bullet) == "ListBullet"
    assert numbering_of(nested) == ("1", "70")
    assert lvl_text(parts, "70", "1") == OWN_BULLET
    # Each numbered list: a fresh num on the reference's definition, restarting where it says.
    one, three = numbering_of(first(parts, "first")), numbering_of(first(parts, "third"))
    assert one[1] != three[1] and numbering_of(first(parts, "second")) == one
    assert abstract_of(parts, one[1]) == abstract_of(parts, three[1]) == "91"
    start = nums(parts)[three[1]].find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val")
    assert start == "3"
    # Nothing of PitchKit's own was added.
    shown = {lvl.get(f"{W}val") for lvl in parts["word/numbering.xml"].iter(f"{W}lvlText")}
    assert "\u2022" not in shown


def test_single_level_lists_nest_with_the_numbered_list_styles(tmp_path):
    """python-docx's (and Word's) default: List Bullet has one level; List Bullet 2 is the next."""
    parts, warnings = export(tmp_path, PYTHON_DOCX_DEFAULT)
    assert not [w for w in warnings if "List" in w]
    nested = first(parts, "nested")
    assert style_of(nested) == "ListBullet2" and numbering_of(nested)[0] == "0"


def test_bundled_reference_lists_nine_levels_without_warnings(tmp_path):
    doc = markdown_to_document("- a\n    - b\n        - c\n            - d\n")
    parts, warnings = export(tmp_path, None, doc)
    assert warnings == []
    levels = [numbering_of(first(parts, name)) for name in "abcd"]
    assert [ilvl for ilvl, _ in levels] == ["0", "1", "2", "3"]
    assert len({num for _, num in levels}) == 1


# --- tables --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("own-table-style.docx", "CompanyTable"),
        ("default-table-style.docx", "HouseGrid"),
        (None, "TableGrid"),
    ],
)
def test_table_style_of_the_reference(tmp_path, reference, expected):
    parts, warnings = export(tmp_path, reference)
    assert table_style(parts) == expected
    assert not [w for w in warnings if "table" in w]


def test_no_table_style_still_draws_borders(tmp_path):
    parts, warnings = export(tmp_path, "no-table-style.docx")
    assert table_style(parts) is None
    borders = parts["word/document.xml"].find(f".//{W}tbl/{W}tblPr/{W}tblBorders")
    assert {child.get(f"{W}val") for child in borders} == {"single"} and len(borders) == 6
    assert warnings.count(text("reference-table-borders", style="PitchKit Table")) == 1


def test_tables_sized_unsplit_and_aligned(tmp_path):
    parts, _ = export(tmp_path, None)
    table = parts["word/document.xml"].find(f".//{W}tbl")
    widths = [int(col.get(f"{W}w")) for col in table.iter(f"{W}gridCol")]
    section = parts["word/document.xml"].find(f".//{W}sectPr")
    page = int(section.find(f"{W}pgSz").get(f"{W}w"))
    margins = section.find(f"{W}pgMar")
    text_width = page - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    assert sum(widths) == text_width
    assert widths[2] > widths[0] > widths[1]  # the long notes, the name, the number
    rows = table.findall(f"{W}tr")
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert rows[1].find(f"{W}trPr/{W}tblHeader") is None
    for row in rows:
        cells = row.findall(f"{W}tc")
        assert [int(c.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for c in cells] == widths
        justify = [c.find(f"{W}p/{W}pPr/{W}jc") for c in cells]
        assert [j.get(f"{W}val") for j in justify] == ["left", "right", "center"]


# --- body text, quotes, captions, headings --------------------------------------------------


def test_libreoffice_names_for_body_text_and_quotes(tmp_path):
    parts, warnings = export(tmp_path, "text-body-quotations.docx")
    assert style_of(first(parts, "A paragraph")) == "TextBody"
    assert style_of(first(parts, "A quotation")) == "Quotations"
    assert not [w for w in warnings if "Quot" in w or "Body" in w]


def test_localised_style_names(tmp_path):
    parts, warnings = export(tmp_path, "localised-styles.docx")
    assert style_of(first(parts, "A quotation")) == "Citaat"
    assert style_of(first(parts, "The map")) == "Bijschrift"
    assert warnings == []


def test_missing_quote_and_caption_fall_back_to_body_text_with_one_warning_each(tmp_path):
    parts, warnings = export(tmp_path, "no-quote-or-caption.docx")
    assert style_of(first(parts, "A quotation")) == "BodyText"
    assert style_of(first(parts, "Another quotation")) == "BodyText"
    assert warnings == [
        text("reference-style-missing", style="Quote", used="Body Text"),
        text("reference-style-missing", style="Caption", used="Body Text"),
    ]


def test_body_text_style_and_headings_kept_with_the_next_paragraph(tmp_path):
    parts, _ = export(tmp_path, None)
    assert style_of(first(parts, "A paragraph")) == "BodyText"
    heading = first(parts, "A heading")
    assert style_of(heading) == "Heading2" and heading.find(f"{W}pPr/{W}keepNext") is not None


def test_a_dotx_template_is_read_as_a_document(tmp_path):
    parts, _ = export(tmp_path, "template.dotx")
    types = {o.get("PartName"): o.get("ContentType") for o in parts["[Content_Types].xml"]}
    assert types["/word/document.xml"] == reference_docs.DOCUMENT_MAIN
    assert reference_docs.TEMPLATE_MAIN not in types.values()
    assert style_of(first(parts, "Sample title")) == "Title"


def test_a_package_with_nothing_but_a_body(tmp_path):
    parts, warnings = export(tmp_path, "minimal-package.docx")
    assert {"word/styles.xml", "word/numbering.xml", "word/settings.xml"} <= set(parts)
    footer = next(root for name, root in parts.items() if name.startswith("word/footer"))
    assert "PAGE" in etree.tostring(footer).decode()
    assert all(isinstance(w, str) and w for w in warnings)


# --- every built-in template with every reference -------------------------------------------


@pytest.fixture(scope="module")
def example():
    return load_project(example_project_path()).project


@pytest.fixture(scope="module")
def references(tmp_path_factory):
    folder = tmp_path_factory.mktemp("references")
    return {name: build(folder, name) for name in REFERENCES}


@pytest.mark.parametrize("reference", sorted(REFERENCES))
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_exports_with_every_reference(template, reference, example, references, tmp_path):
    out = tmp_path / f"{template}.docx"
    audience = example.stakeholders[0].id if template == "briefing" else None
    report = export_project(
        example, out=out, template=template, audience=audience,
        reference_docx=references[reference], images={"pitchkit:map": png()},
    )
    parts = xml_parts(out)
    document = docx.Document(str(out))
    assert document.paragraphs[0].text.strip()
    ids = [d.get("id") for root in parts.values() for d in root.iter(f"{WP}docPr")]
    assert len(ids) == len(set(ids))
    if "word/numbering.xml" in parts:  # in schema order: numPicBullet*, abstractNum*, num*, ...
        order = ("numPicBullet", "abstractNum", "num", "numIdMacAtCleanup")
        tags = [etree.QName(c).localname for c in parts["word/numbering.xml"] if isinstance(c.tag, str)]
        ranks = [order.index(t) for t in tags if t in order]
        assert ranks == sorted(ranks)
    defined = set(nums(parts)) if "word/numbering.xml" in parts else set()
    used = {n.get(f"{W}val") for n in parts["word/document.xml"].iter(f"{W}numId")} - {"0"}
    assert used <= defined
    assert len(report.warnings) == len(set(report.warnings))


def test_the_alias_list_is_documented():
    from pitchkit.documents.docx_styles import ALIASES, TABLE_STYLE

    guide = (Path(__file__).resolve().parents[2] / "docs" / "templates.md").read_text(encoding="utf-8")
    section = guide.split("## Word reference documents", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip(): line.split("|")[2] for line in section.splitlines() if line.startswith("| ")}
    for part, names in ALIASES.items():
        row = rows["Heading N (1 to 6)"] if part.startswith("Heading") else rows[part]
        for name in names:
            shown = name.replace(part[-1], "N") if part.startswith("Heading") else name
            assert shown in row, (part, name)
    assert f"**{TABLE_STYLE}**" in section


@pytest.mark.parametrize("reference", ["misspelt-core-properties.docx", "libreoffice-text.docx"])
def test_each_part_once_when_core_properties_are_related_oddly(tmp_path, reference):
    export(tmp_path, reference)
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        names = archive.namelist()
        rels = etree.fromstring(archive.read("_rels/.rels"))
    assert len(names) == len(set(names))
    assert names.count("docProps/core.xml") == 1
    assert reference_docs.MISSPELT_CORE_PROPERTIES not in {rel.get("Type") for rel in rels}


def test_libreoffice_reference_styles(tmp_path):
    parts, warnings = export(tmp_path, "libreoffice-rich.docx")
    assert style_of(first(parts, "A paragraph")) == "TextBody"
    assert style_of(first(parts, "A quotation")) == "Quotations"
    assert style_of(first(parts, "A heading")) == "Heading2"
    assert table_style(parts) is None
    assert text("reference-table-borders", style="PitchKit Table") in warnings


def test_column_widths_give_every_column_its_longest_word():
    from pitchkit.documents.table_layout import CHAR_TWIPS, PADDING_TWIPS, column_widths
    from pitchkit.documents.tree import Table, Text

    long_text = "word " * 200
    table = Table(
        header=[[Text("Name")], [Text("Amount")], [Text("Notes")]],
        rows=[[[Text("Priya Shah")], [Text("12")], [Text(long_text)]]],
    )
    widths = column_widths(table, 9000)
    assert sum(widths) == 9000
    assert widths[1] >= len("Amount") * 1.1 * CHAR_TWIPS + PADDING_TWIPS  # a bold header word
    assert widths[0] >= len("Priya") * CHAR_TWIPS + PADDING_TWIPS
    assert widths[2] > widths[0] + widths[1]
    short = Table(header=[[Text("A")], [Text("B")]], rows=[])
    assert column_widths(short, 9000) == [4500, 4500]
