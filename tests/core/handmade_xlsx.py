"""Workbooks written by hand, part by part, the way Excel and LibreOffice lay them out.

`workbook()` zips the parts; `cell()` and `row()` write sheet XML.  Every part can be
replaced or dropped, so a test can make exactly the variant (or damage) it needs.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"


def cell(ref: str, value: object = None, *, t: str | None = None, s: int | None = None, raw: str = "") -> str:
    """One <c>: text becomes an inline string unless `t` says otherwise; `raw` is its inside as is."""
    attrs = f' r="{ref}"' if ref else ""
    if s is not None:
        attrs += f' s="{s}"'
    kind = f' t="{t}"' if t else ""
    if raw:
        return f"<c{attrs}{kind}>{raw}</c>"
    if isinstance(value, str) and t is None:
        return f'<c{attrs} t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c{attrs} t="b"><v>{int(value)}</v></c>'
    inner = "" if value is None else f"<v>{escape(str(value))}</v>"
    return f"<c{attrs}{kind}>{inner}</c>"


def row(number: int | None, *cells: str) -> str:
    attrs = f' r="{number}"' if number is not None else ""
    return f"<row{attrs}>{''.join(cells)}</row>"


def sheet(*rows: str, namespace: str = MAIN, before: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{before}<worksheet xmlns="{namespace}"><sheetData>{"".join(rows)}</sheetData></worksheet>'


def shared_strings(*items: str) -> str:
    """A shared string table; each item is the inside of one <si> (e.g. "<t>Name</t>")."""
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">' + "".join(
        f"<si>{item}</si>" for item in items) + "</sst>"


def styles(*format_ids: int, codes: dict[int, str] | None = None) -> str:
    """A styles part whose cell style N has number format `format_ids[N]`; `codes` are custom formats."""
    quoted = {'"': "&quot;"}
    formats = "".join(f'<numFmt numFmtId="{number}" formatCode="{escape(code, quoted)}"/>' for number, code in (codes or {}).items())
    xfs = "".join(f'<xf numFmtId="{number}" fontId="0" fillId="0" borderId="0" xfId="0"/>' for number in format_ids)
    return (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN}"><numFmts count="{len(codes or {})}">{formats}</numFmts>'
            '<fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(format_ids)}">{xfs}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def workbook(
    first: str,
    *others: str,
    strings: str | None = None,
    style: str | None = None,
    date1904: bool = False,
    names: tuple[str, ...] = (),
    main: str = MAIN,
    workbook_type: str = WORKBOOK_TYPE,
    replace: dict[str, bytes | str | None] | None = None,
) -> bytes:
    """The .xlsx bytes of these sheets (sheetN.xml in order), with the optional shared strings and styles."""
    sheets = [first, *others]
    names = names or tuple(f"Sheet{n}" for n in range(1, len(sheets) + 1))
    parts: dict[str, bytes | str | None] = {}
    overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{workbook_type}"/>']
    rels = []
    for number, xml in enumerate(sheets, start=1):
        parts[f"xl/worksheets/sheet{number}.xml"] = xml
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{number}.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        rels.append(f'<Relationship Id="rId{number}" Type="{REL}/worksheet" Target="worksheets/sheet{number}.xml"/>')
    if strings is not None:
        parts["xl/sharedStrings.xml"] = strings
        overrides.append('<Override PartName="/xl/sharedStrings.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        rels.append(f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if style is not None:
        parts["xl/styles.xml"] = style
        overrides.append('<Override PartName="/xl/styles.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>')
        rels.append(f'<Relationship Id="rIdT" Type="{REL}/styles" Target="styles.xml"/>')
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    calendar = ' date1904="1"' if date1904 else ""
    sheet_list = "".join(f'<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>' for n, name in enumerate(names, start=1))
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{REL}">'
        f'<workbookPr{calendar}/><sheets>{sheet_list}</sheets></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels) + "</Relationships>")
    parts.update(replace or {})
    return zipped(parts)


def zipped(parts: dict[str, bytes | str | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if data is not None:
                archive.writestr(name, data.encode() if isinstance(data, str) else data)
    return out.getvalue()


def replaced(data: bytes, name: str, content: bytes | str | None) -> bytes:
    """The workbook `data` with its part `name` replaced (or dropped, for None)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts: dict[str, bytes | str | None] = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[name] = content
    return zipped(parts)
