"""Reference documents of our own making, one per case a company's Word template can bring.

None is made by PitchKit's writer: they start from python-docx's own default document (or
from nothing, with zipfile) and are edited with python-docx and lxml.
"""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS = f'xmlns:w="{W_URI}"'
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MISSPELT_CORE_PROPERTIES = "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
LIBREOFFICE_FILES = Path(__file__).resolve().parents[1] / "files" / "references"
#: The bullet character of the "own bullets" reference (PitchKit's own is U+2022).
OWN_BULLET = "\u27a4"


def png(width: int = 4, height: int = 3) -> bytes:
    """A small red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _blank():
    """python-docx's default document with its body emptied (the section settings stay)."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _remove_styles(document, *style_ids: str) -> None:
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in style_ids:
            styles.remove(style)


def _drop_numbering(document) -> None:
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            document.part.rels.pop(r_id)


def no_numbering(path: Path) -> None:
    """No word/numbering.xml (as LibreOffice saves it); List Bullet still names numId 1."""
    document = _blank()
    _drop_numbering(document)
    document.save(str(path))


def minimal_package(path: Path) -> None:
    """Only a main part: no styles, settings, numbering, section settings, footer or properties."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{DOCUMENT_MAIN}"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RT.OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>'
    )
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body><w:p/></w:body></w:document>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)


def own_lists(path: Path) -> None:
    """List Bullet and List Number with the document's own multi-level numbering (➤ and 1))."""
    document = _blank()
    numbering = document.part.numbering_part.element
    for abstract_id, (fmt, shown) in ((90, ("bullet", OWN_BULLET)), (91, ("decimal", "%1)"))):
        levels = "".join(
            f'<w:lvl w:ilvl="{lvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{shown if fmt == "bullet" else f"%{lvl + 1})"}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{500 * (lvl + 1)}" w:hanging="250"/></w:pPr></w:lvl>'
            for lvl in range(9)
        )
        numbering.find(qn("w:num")).addprevious(
            parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>')
        )
    for name, abstract_id, num_id in (("List Bullet", 90, "70"), ("List Number", 91, "71")):
        num = numbering.add_num(abstract_id)
        num.set(qn("w:numId"), num_id)
        document.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").set(qn("w:val"), num_id)
    document.save(str(path))


def _table_style(style_id: str, name: str, *, default: bool = False) -> str:
    flag = ' w:default="1"' if default else ""
    return (
        f'<w:style {W_NS} w:type="table"{flag} w:styleId="{style_id}"><w:name w:val="{name}"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="double" w:sz="6" w:space="0" w:color="C00000"/>'
        '<w:bottom w:val="double" w:sz="6" w:space="0" w:color="C00000"/></w:tblBorders></w:tblPr></w:style>'
    )


def own_table_style(path: Path) -> None:
    """A table style named "PitchKit Table" beside Table Grid."""
    document = _blank()
    document.styles.element.append(parse_xml(_table_style("CompanyTable", "PitchKit Table")))
    document.save(str(path))


def default_table_style(path: Path) -> None:
    """A custom table style marked as the default one (Normal Table no longer is)."""
    document = _blank()
    document.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='TableNormal']").attrib.pop(qn("w:default"))
    document.styles.element.append(parse_xml(_table_style("HouseGrid", "House Grid", default=True)))
    document.save(str(path))


def no_table_style(path: Path) -> None:
    """No table style but Word's borderless Normal Table."""
    document = _blank()
    styles = document.styles.element
    _remove_styles(
        document,
        *[s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))
          if s.get(qn("w:type")) == "table" and s.get(qn("w:styleId")) != "TableNormal"],
    )
    document.save(str(path))


def text_body_and_quotations(path: Path) -> None:
    """LibreOffice's names: "Text Body" for body text and "Quotations" for quotes; no Body Text, no Quote."""
    document = _blank()
    _remove_styles(document, "BodyText", "Quote", "IntenseQuote")
    for style_id, name in (("TextBody", "Text Body"), ("Quotations", "Quotations")):
        document.styles.element.append(
            parse_xml(
                f'<w:style {W_NS} w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
                '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="140"/></w:pPr></w:style>'
            )
        )
    document.save(str(path))


def localised_styles(path: Path) -> None:
    """Styles renamed in Dutch: no Quote but "Citaat", a caption style "Bijschrift"."""
    document = _blank()
    _remove_styles(document, "Quote", "IntenseQuote", "Caption")
    for style_id, name in (("Citaat", "Citaat"), ("Bijschrift", "Bijschrift")):
        document.styles.element.append(
            parse_xml(f'<w:style {W_NS} w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/></w:style>')
        )
    document.save(str(path))


def no_quote_or_caption(path: Path) -> None:
    """Neither a quote nor a caption style under any name: both fall back to body text."""
    document = _blank()
    _remove_styles(document, "Quote", "IntenseQuote", "Caption")
    document.save(str(path))


def logo_header(path: Path) -> None:
    """A picture in the header (a company logo), whose drawing id is 1 like a body picture's."""
    document = _blank()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].add_run().add_picture(io.BytesIO(png()))
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0].text = "Company confidential"
    document.save(str(path))


def dotx(path: Path) -> None:
    """A Word template (.dotx): the main part has the template content type."""
    buffer = io.BytesIO()
    _blank().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(DOCUMENT_MAIN.encode(), TEMPLATE_MAIN.encode())
            target.writestr(item, data)


def stale_properties(path: Path) -> None:
    """Template text in the properties, a thumbnail, compatibility mode 14 and en-US text."""
    document = _blank()
    document.core_properties.comments = "Corporate template v3: do not edit"
    document.core_properties.subject = "Template"
    document.core_properties.keywords = "template"
    document.save(str(path))


def misspelt_core_properties(path: Path) -> None:
    """Core properties related with LibreOffice's misspelt type (lower-case "officedocument")."""
    buffer = io.BytesIO()
    _blank().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "_rels/.rels":
                rels = etree.fromstring(data)
                for rel in rels:
                    if rel.get("Type") == RT.CORE_PROPERTIES:
                        rel.set("Type", MISSPELT_CORE_PROPERTIES)
                data = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
            target.writestr(item, data)


def libreoffice(name: str) -> Callable[[Path], None]:
    """A reference saved by LibreOffice Writer (tests/files/references/README.md)."""

    def copy(path: Path) -> None:
        shutil.copyfile(LIBREOFFICE_FILES / name, path)

    return copy


#: Every reference: name -> builder (file suffix from the name).
REFERENCES: dict[str, Callable[[Path], None]] = {
    "no-numbering.docx": no_numbering,
    "minimal-package.docx": minimal_package,
    "own-lists.docx": own_lists,
    "own-table-style.docx": own_table_style,
    "default-table-style.docx": default_table_style,
    "no-table-style.docx": no_table_style,
    "text-body-quotations.docx": text_body_and_quotations,
    "localised-styles.docx": localised_styles,
    "no-quote-or-caption.docx": no_quote_or_caption,
    "logo-header.docx": logo_header,
    "template.dotx": dotx,
    "stale-properties.docx": stale_properties,
    "misspelt-core-properties.docx": misspelt_core_properties,
    "libreoffice-text.docx": libreoffice("libreoffice-text.docx"),
    "libreoffice-rich.docx": libreoffice("libreoffice-rich.docx"),
}


def build(folder: Path, name: str) -> Path:
    """The reference `name` of REFERENCES, built in `folder`."""
    path = folder / name
    if not path.exists():
        REFERENCES[name](path)
    return path
