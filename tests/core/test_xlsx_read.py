"""The .xlsx reader of import (core/xlsx_read.py) reads what openpyxl reads, and refuses what it must.

Workbooks written by openpyxl and by hand (tests/core/handmade_xlsx.py) are read by both
and compared; then the refusals: formulas (never their cached value), DOCTYPEs, zip
bombs and lying sizes, truncated and damaged files, and the kinds of workbook it does not read.
"""

from __future__ import annotations

import datetime
import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pitchkit.core import sheet_read
from pitchkit.core.errors import SheetError
from pitchkit.core.register import Cell
from pitchkit.core.sheet_read import read_sheet
from pitchkit.core.xlsx_read import Workbook, worksheet_rows
from tests.core.handmade_xlsx import (
    MAIN,
    STRICT_MAIN,
    XLSB_TYPE,
    cell,
    replaced,
    row,
    shared_strings,
    sheet,
    styles,
    workbook,
)


def _trimmed(cells: tuple[object, ...] | list[Cell]) -> list[object]:
    """Without the trailing empty cells (openpyxl pads each row to the sheet's width), times as text."""
    values = list(cells)
    while values and values[-1] is None:
        values.pop()
    # sheet_read has always taken a time or a duration as its text
    return [str(v) if isinstance(v, datetime.time | datetime.timedelta) else v for v in values]


def openpyxl_reads(data: bytes) -> list[tuple[int, list[object]]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        rows = [(n, _trimmed(cells)) for n, cells in enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)]
    finally:
        book.close()
    return [(n, cells) for n, cells in rows if cells]


def we_read(data: bytes) -> list[tuple[int, list[object]]]:
    rows = [(n, _trimmed(cells)) for n, cells in worksheet_rows(data, Path("x.xlsx"))]
    return [(n, cells) for n, cells in rows if cells]


def refusal(tmp_path: Path, data: bytes) -> SheetError:
    path = tmp_path / "w.xlsx"
    path.write_bytes(data)
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert caught.value.file == str(path) and "\n" not in str(caught.value)
    return caught.value


# --- the same values as openpyxl ----------------------------------------------------------------


def test_a_workbook_openpyxl_wrote_reads_the_same():
    book = openpyxl.Workbook()
    first = book.active
    first.append(["Name", "Power", "Interest", "Decision maker", "Last assessed", "Notes"])
    first.append(["Ann Lee", 8, 7.5, True, datetime.date(2026, 12, 1), "Zoë: ✓ 🙂"])
    first.append(["Bo Ek", 0.1 + 0.2, -3, False, datetime.datetime(2026, 1, 2, 13, 45, 30), "x" * 3000])
    first.append([None, None, 1e-7, None, None, "  spaces kept  "])
    first["H6"] = "far away"
    first["A9"] = 12345678901234
    book.create_sheet("Second").append(["not", "read"])
    out = io.BytesIO()
    book.save(out)
    ours = we_read(out.getvalue())
    assert ours == openpyxl_reads(out.getvalue())
    assert ours[1] == (2, ["Ann Lee", 8, 7.5, True, datetime.datetime(2026, 12, 1), "Zoë: ✓ 🙂"])
    assert (6, [None, None, None, None, None, None, None, "far away"]) in ours


def test_the_benchmarks_register_reads_the_same():
    from pitchkit.core.model import Project, Stakeholder, Stance
    from pitchkit.documents.xlsx_writer import register_workbook

    people = [Stakeholder(id=f"s-{n}", name=f"Person {n}", power=n % 11, interest=(n % 7) + 0.5, stance=Stance.SUPPORTIVE,
                          tags=["a", "b"], notes="=not a formula", last_assessed=datetime.date(2026, 1, 1 + n % 28))
              for n in range(60)]
    data = register_workbook(Project(stakeholders=people))
    assert we_read(data) == openpyxl_reads(data)


CELLS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30),
    st.dates(datetime.date(1900, 3, 1), datetime.date(9999, 12, 31)),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(CELLS, max_size=8), min_size=1, max_size=8))
def test_any_values_openpyxl_writes_read_the_same(rows):
    assume(not any(isinstance(v, str) and "_x" in v for r in rows for v in r))  # escapes: see below
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    out = io.BytesIO()
    book.save(out)

    def formulas_alike(read: list[tuple[int, list[object]]]) -> list[tuple[int, list[object]]]:
        # openpyxl writes a text that begins with "=" as a formula; both readers refuse it later
        return [(n, ["=" if isinstance(v, str) and v.startswith("=") else v for v in r]) for n, r in read]

    assert formulas_alike(we_read(out.getvalue())) == formulas_alike(openpyxl_reads(out.getvalue()))


RICH = '<r><t>An</t></r><r><rPr><b/></rPr><t xml:space="preserve">n </t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh>'

VARIANTS = {
    "inline strings": workbook(sheet(
        row(1, cell("A1", "Name"), cell("B1", "Role")),
        row(2, cell("A2", "Ann"), cell("B2", "  Chief & <Officer>  ")),
        row(3, cell("A3", raw='<is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is>', t="inlineStr"), cell("B3", raw="<is/>", t="inlineStr")),
    )),
    "shared strings, rich text and phonetic guides": workbook(
        sheet(row(1, cell("A1", 0, t="s"), cell("B1", 1, t="s"), cell("C1", 2, t="s"), cell("D1", 0, t="s"))),
        strings=shared_strings("<t>Name</t>", RICH, "<t/>"),
    ),
    "sparse cells and rows, some without r=": workbook(sheet(
        row(1, cell("A1", "Name"), cell("C1", "Role"), cell("", "no ref: D"), cell("F1", 5)),
        row(4, cell("B4", "four")),
        row(None, cell("", "five, no ref"), cell("", 2)),
        row(9, cell("Z9", "z"), cell("AA9", "aa")),
    )),
    "the first of two sheets": workbook(
        sheet(row(1, cell("A1", "first"))), sheet(row(1, cell("A1", "second"))), names=("People", "Other"),
    ),
    "booleans": workbook(sheet(row(1, cell("A1", True), cell("B1", False), cell("C1", raw="<v>1</v>", t="b")))),
    "numbers with decimals": workbook(sheet(
        row(1, cell("A1", 7.5), cell("B1", "1E3", t="n"), cell("C1", -0.25), cell("D1", 3), cell("E1", "1e-2"), cell("F1", "0.30000000000000004")),
    )),
    "dates, times and durations": workbook(
        sheet(row(1, *(cell(f"{chr(65 + n)}1", value, s=n) for n, value in enumerate(
            [46357, 46357.75, 46357, 0.5, 1.25, 46357, 46357, 59, 61, 7.5])))),
        style=styles(14, 164, 165, 20, 166, 167, 168, 15, 22, 0,
                     codes={164: "dd/mm/yyyy", 165: "yyyy-mm-dd hh:mm", 166: "[h]:mm:ss", 167: '0.00" days"', 168: "[Red]0.00"}),
    ),
    "the 1904 calendar": workbook(sheet(row(1, cell("A1", 45000, s=1), cell("B1", 1.5, s=1))), style=styles(0, 14), date1904=True),
    "errors, text results and empty cells": workbook(sheet(
        row(1, cell("A1", "#N/A", t="e"), cell("B1", "a result", t="str"), cell("C1", raw="<v></v>"), cell("D1"), cell("E1", "x")),
    )),
}


@pytest.mark.parametrize("data", VARIANTS.values(), ids=VARIANTS.keys())
def test_a_handmade_workbook_reads_as_openpyxl_reads_it(data):
    assert we_read(data) == openpyxl_reads(data)


def test_what_the_variants_hold():
    """Not only equal to openpyxl: the values themselves."""
    assert we_read(VARIANTS["shared strings, rich text and phonetic guides"]) == [(1, ["Name", "Ann ", "", "Name"])]
    assert we_read(VARIANTS["sparse cells and rows, some without r="])[1:] == [
        (4, [None, "four"]), (5, ["five, no ref", 2]), (9, [None] * 25 + ["z", "aa"])]
    assert we_read(VARIANTS["the first of two sheets"]) == [(1, ["first"])]
    dates = we_read(VARIANTS["dates, times and durations"])[0][1]
    assert dates[:3] == [datetime.datetime(2026, 12, 1), datetime.datetime(2026, 12, 1, 18), datetime.datetime(2026, 12, 1)]
    assert dates[3:] == ["12:00:00", "1 day, 6:00:00", 46357, 46357, datetime.datetime(1900, 2, 28), datetime.datetime(1900, 3, 1), 7.5]
    assert we_read(VARIANTS["the 1904 calendar"]) == [(1, [datetime.datetime(2027, 3, 16), datetime.datetime(1904, 1, 2, 12)])]


def test_a_chart_sheet_before_the_first_worksheet_is_passed_over():
    chart = f'<?xml version="1.0"?><chartsheet xmlns="{MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
    data = workbook(chart, sheet(row(1, cell("A1", "Name"))))
    rels = zipfile.ZipFile(io.BytesIO(data)).read("xl/_rels/workbook.xml.rels").decode()
    data = replaced(data, "xl/_rels/workbook.xml.rels", rels.replace('relationships/worksheet" Target="worksheets/sheet1',
                                                                   'relationships/chartsheet" Target="worksheets/sheet1'))
    data = replaced(data, "xl/worksheets/_rels/sheet1.xml.rels",
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    assert we_read(data) == openpyxl_reads(data) == [(1, ["Name"])]


def test_excel_escapes_are_undone_where_openpyxl_keeps_them():
    """Excel writes a carriage return as _x000D_ (and a literal "_x000D_" as _x005F_x000D_)."""
    data = workbook(sheet(row(1, cell("A1", 0, t="s"), cell("B1", "a_x000D_\nb"))),
                    strings=shared_strings("<t>line_x000D_\nnext _x005F_x000D_ _xD800_</t>"))
    assert we_read(data) == [(1, ["line\r\nnext _x000D_ _xD800_", "a\r\nb"])]
    assert openpyxl_reads(data) == [(1, ["line_x000D_\nnext _x000D_ _xD800_", "a_x000D_\nb"])]


def test_the_import_does_not_load_openpyxl(tmp_path):
    path = tmp_path / "w.xlsx"
    path.write_bytes(workbook(sheet(row(1, cell("A1", "Name")), row(2, cell("A2", "Ann")))))
    code = ("import sys; from pitchkit.core.sheet_read import read_sheet; "
            f"assert read_sheet({str(path)!r}).rows[0][1] == ['Ann']; assert 'openpyxl' not in sys.modules, 'openpyxl'")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stderr == ""


# --- formulas: refused, their cached value never taken -----------------------------------------


@pytest.mark.parametrize(
    "formula",
    [
        cell("B2", raw="<f>1+1</f><v>7</v>"),
        cell("B2", raw="<f>A2&amp;\"!\"</f><v>Ann Lee!</v>", t="str"),
        cell("B2", raw='<f t="array" ref="B2">SUM(1)</f><v>7</v>'),
        cell("B2", raw='<f t="shared" si="0"/><v>7</v>'),
        cell("B2", raw="<f/><v>7</v>", t="b"),
    ],
    ids=["number", "text result", "array", "shared", "empty formula"],
)
def test_a_formula_cell_is_refused_naming_its_row_and_column(tmp_path, formula):
    data = workbook(sheet(row(1, cell("A1", "Name"), cell("B1", "Power")), row(2, cell("A2", "Ann Lee"), formula)))
    err = refusal(tmp_path, data)
    assert err.where == "row 2, column B" and "formula" in err.what


def test_a_text_that_begins_with_equals_is_refused_too(tmp_path):
    data = workbook(sheet(row(1, cell("A1", "Name")), row(2, cell("A2", 0, t="s"))), strings=shared_strings("<t>=1+1</t>"))
    assert refusal(tmp_path, data).where == "row 2, column A"


@pytest.mark.parametrize("layout", ["shared", "inline"])
def test_a_cell_too_long_is_refused_and_a_formula_in_its_row_comes_first(tmp_path, layout):
    """Only rows the reader marks are checked cell by cell again: the long one and the formula's."""
    long = "x" * (sheet_read.MAX_CELL_CHARS + 1)
    text = cell("B2", 0, t="s") if layout == "shared" else cell("B2", raw=f"<is><t>{long}</t></is>", t="inlineStr")
    strings = shared_strings(f"<t>{long}</t>")
    header, fine = row(1, cell("A1", "Name"), cell("B1", "Notes")), row(2, cell("A2", "Ann"), text)
    err = refusal(tmp_path, workbook(sheet(header, fine, row(3, cell("A3", "Bo"))), strings=strings))
    assert err.where == "row 2, column B" and "formula" not in err.what
    both = row(2, cell("A2", "Ann"), text, cell("C2", raw="<f>1+1</f><v>2</v>"))
    err = refusal(tmp_path, workbook(sheet(header, both), strings=strings))
    assert err.where == "row 2, column C" and "formula" in err.what


# --- hostile and damaged workbooks ----------------------------------------------------------------

GOOD = workbook(sheet(row(1, cell("A1", 0, t="s")), row(2, cell("A2", "Ann"))),
                strings=shared_strings("<t>Name</t>"), style=styles(0))
BOMB = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')


@pytest.mark.parametrize(
    "part",
    ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml",
     "[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
)
def test_a_doctype_in_any_part_is_refused_before_its_entities(tmp_path, part):
    original = zipfile.ZipFile(io.BytesIO(GOOD)).read(part).decode()
    err = refusal(tmp_path, replaced(GOOD, part, BOMB + original.split("?>", 1)[1]))
    assert err.where == part and "document type" in err.what


def test_an_external_entity_is_refused_as_a_doctype(tmp_path):
    xml = sheet(row(1, cell("A1", "Name")), row(2, cell("A2", raw="<is><t>&x;</t></is>", t="inlineStr")),
                before='<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    assert "document type" in refusal(tmp_path, workbook(xml)).what


def _directory_sizes(data: bytes, name: bytes, size: int) -> bytes:
    """`data` with the uncompressed size of the entry `name` set to `size` in both its headers."""
    data = bytearray(data)
    local = data.index(b"PK\x03\x04")
    while data[local + 30:local + 30 + len(name)] != name:
        local = data.index(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", data, local + 22, size)
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)
    return bytes(data)


def test_a_huge_declared_size_is_refused_before_inflating(tmp_path, monkeypatch):
    data = _directory_sizes(GOOD, b"xl/worksheets/sheet1.xml", 300 * 1024 * 1024)
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("a part was opened"))
    assert "unpacks to more than 200 MB" in refusal(tmp_path, data).what


def test_a_part_that_inflates_past_its_declared_size_is_cut_there_and_refused(tmp_path, monkeypatch):
    big = workbook(sheet(row(1, cell("A1", "Name")), *(row(n, cell(f"A{n}", "x" * 50)) for n in range(2, 2000))))
    data = _directory_sizes(big, b"xl/worksheets/sheet1.xml", 1000)
    parsed = []

    original = Workbook.feed

    def counting(self, name, parser):
        try:
            original(self, name, parser)
        finally:
            parsed.append((name, self.unpacked))

    monkeypatch.setattr(Workbook, "feed", counting)
    err = refusal(tmp_path, data)
    assert "not a readable Excel workbook" in err.what
    assert parsed[-1][0] == "xl/worksheets/sheet1.xml" and parsed[-1][1] < 10_000  # inflated no further than claimed


def test_a_truncated_zip_is_refused(tmp_path):
    for cut in (len(GOOD) // 3, len(GOOD) // 2, len(GOOD) - 30):
        assert "not a readable Excel workbook" in refusal(tmp_path, GOOD[:cut]).what


def test_broken_xml_names_the_part_and_the_place(tmp_path):
    xml = sheet(row(1, cell("A1", "Name")), row(2, cell("A2", "Ann"))).replace("</row></sheetData>", "</rox></sheetData>")
    err = refusal(tmp_path, workbook(xml))
    assert err.where.startswith("xl/worksheets/sheet1.xml, line 1, column ") and "the XML is broken (mismatched tag)" in err.what


@pytest.mark.parametrize(
    ("xml", "where", "what"),
    [
        (sheet(row(1, cell("A1", "Name")), row(2, cell("A2", "lots", t="n"))), "row 2, column A", 'type "n"'),
        (sheet(row(1, cell("A1", "Name")), row(2, cell("B2", "yes", t="b"))), "row 2, column B", 'type "b"'),
        (sheet(row(1, cell("A1", "Name")), row(2, cell("C2", 5, t="s"))), "row 2, column C", "shared text \"5\" does not exist"),
        (sheet(row(1, cell("A1", "Name")), row(3, cell("A3", "x")), row(2, cell("A2", "y"))),
         "xl/worksheets/sheet1.xml, row 2", "row 2 comes after row 3"),
        (sheet(row(1, cell("1A", "Name"))), "xl/worksheets/sheet1.xml, row 1", "not a cell reference"),
        (sheet(row(1, cell("A1", "Name")), '<row r="two"/>'), "xl/worksheets/sheet1.xml", "not a row number"),
    ],
    ids=["number", "boolean", "shared string", "rows out of order", "cell reference", "row number"],
)
def test_a_damaged_cell_or_row_is_named(tmp_path, xml, where, what):
    err = refusal(tmp_path, workbook(xml, strings=shared_strings("<t>only one</t>")))
    assert err.where == where and what in err.what


def test_a_missing_sheet_part_is_named(tmp_path):
    err = refusal(tmp_path, replaced(GOOD, "xl/worksheets/sheet1.xml", None))
    assert err.where == "xl/worksheets/sheet1.xml" and "missing" in err.what


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "protected with a password"),
        (workbook(sheet(row(1, cell("A1", "Name"))), workbook_type=XLSB_TYPE), "binary workbook (.xlsb)"),
        (workbook(sheet(row(1, cell("A1", "Name")), namespace=STRICT_MAIN), main=STRICT_MAIN), "Strict Open XML"),
    ],
    ids=["encrypted or xls", "xlsb", "strict"],
)
def test_workbooks_of_other_kinds_get_their_own_error(tmp_path, data, what):
    assert what in refusal(tmp_path, data).what


def test_a_cell_far_beyond_the_column_limit_is_refused_and_an_empty_one_ignored(tmp_path):
    assert sheet_read.MAX_COLUMNS == 200
    far = workbook(sheet(row(1, cell("A1", "Name")), row(2, cell("A2", "Ann"), cell("XFD2", "far"))))
    assert refusal(tmp_path, far).where == "row 2"
    empty = workbook(sheet(row(1, cell("A1", "Name")), row(2, cell("A2", "Ann"), cell("XFD2"), cell("XFE2", raw="<v></v>"))))
    path = tmp_path / "empty.xlsx"
    path.write_bytes(empty)
    assert read_sheet(path).rows == [(2, ["Ann"])]
