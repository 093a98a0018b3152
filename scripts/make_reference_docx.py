"""Build resources/reference.docx: the styles every Word export starts from.

Run from the repository root after changing a style:

    .venv/bin/python scripts/make_reference_docx.py

It starts from python-docx's default template and sets an A4 page, a clean body font,
dark-blue headings, numbered List Bullet / List Number styles, a lighter Table Grid with a
shaded header row, and a Hyperlink character style.  It keeps only the table styles the
export uses (Table Grid and the default Normal Table) and drops the Word 2010
`stylesWithEffects.xml` part: the base template's other 98 table styles were 340 KB of
styles.xml that every export parsed, wrote and deflated again (~20 ms; Word offers its
built-in table styles whether or not a document defines them).  The output is deterministic (fixed
document properties), so re-running it without changes gives the same content.
"""

from __future__ import annotations

import datetime
import io
import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pitchkit.documents.docx_numbering import own_abstract_xml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "reference.docx"

BODY_FONT = "Calibri"  # Carlito is metric-compatible where Calibri is not installed
HEADING_COLOUR = RGBColor(0x1F, 0x38, 0x64)
BORDER_COLOUR = "B4C0D3"
HEADER_FILL = "DDE4EE"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def set_font(style, name: str) -> None:
    """Use `name` for every script, dropping theme-font links that would override it."""
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), name)


def style_page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.2)


def style_text(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    set_font(normal, BODY_FONT)
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    title = styles["Title"]
    set_font(title, BODY_FONT)
    title.font.size = Pt(26)
    title.font.color.rgb = HEADING_COLOUR
    title.paragraph_format.space_after = Pt(18)

    for level, size in ((1, 16), (2, 13), (3, 12)):
        heading = styles[f"Heading {level}"]
        set_font(heading, BODY_FONT)
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = HEADING_COLOUR
        heading.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True

    for name in ("List Bullet", "List Number"):
        style = styles[name]
        style.paragraph_format.space_after = Pt(3)
        if style.element.find(f".//{qn('w:numPr')}") is None:
            sys.exit(f"the base template's '{name}' style has no numbering")
    own_list_numbering(document)

    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        link.font.underline = True
        link.hidden = False
        link.unhide_when_used = True

    if "Footer" not in [s.name for s in styles]:
        footer = styles.add_style("Footer", WD_STYLE_TYPE.PARAGRAPH)
        footer.base_style = normal
        footer.font.size = Pt(9)
        footer.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def own_list_numbering(document) -> None:
    """List Bullet and List Number number with PitchKit's nine-level definitions, so nested
    lists use levels of the same list (the base template's lists have one level each)."""
    numbering = document.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    first_num = numbering.find(qn("w:num"))
    for offset, (name, ordered) in enumerate((("List Bullet", False), ("List Number", True))):
        abstract_id = max(existing) + 1 + offset
        first_num.addprevious(parse_xml(own_abstract_xml(abstract_id, ordered)))
        num_id = numbering.add_num(abstract_id).numId
        document.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").set(
            qn("w:val"), str(num_id)
        )


def style_table(document) -> None:
    """Table Grid with light borders and a shaded, bold header row."""
    grid = document.styles["Table Grid"].element
    for old in grid.findall(qn("w:tblPr")) + grid.findall(qn("w:tblStylePr")):
        grid.remove(old)
    border = f'w:val="single" w:sz="4" w:space="0" w:color="{BORDER_COLOUR}"'
    grid.append(
        parse_xml(
            f"<w:tblPr {W_NS}><w:tblBorders>"
            + "".join(
                f"<w:{side} {border}/>"
                for side in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
            '<w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        )
    )
    grid.append(
        parse_xml(
            f'<w:tblStylePr {W_NS} w:type="firstRow"><w:rPr><w:b/></w:rPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/></w:tcPr></w:tblStylePr>'
        )
    )


def drop_unused(document) -> None:
    """Table styles other than Table Grid and the default go, and the Word 2010 styles copy."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) != "table":
            continue
        if style.get(qn("w:styleId")) != "TableGrid" and style.get(qn("w:default")) not in ("1", "true", "on"):
            styles.remove(style)
    rels = document.part.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            rels.pop(r_id)


def set_properties(document) -> None:
    props = document.core_properties
    fixed = datetime.datetime(2025, 1, 1)
    props.title = ""
    props.subject = ""
    props.author = "PitchKit"
    props.last_modified_by = "PitchKit"
    props.comments = (
        "Reference document for PitchKit's Word export: change the styles, keep the names."
    )
    props.keywords = ""
    props.created = props.modified = fixed
    props.last_printed = fixed
    props.revision = 1


def build() -> bytes:
    document = docx.Document()
    style_page(document)
    style_text(document)
    style_table(document)
    drop_unused(document)
    set_properties(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(build())
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
