"""Hostile spreadsheets for import: random bytes, damaged workbooks, nasty cells, XML bombs.

Each one imports correctly or raises one SheetError naming the file: never another
exception, a hang, or a change to the project.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pitchkit.core.errors import SheetError
from pitchkit.core.model import Project, Stakeholder
from pitchkit.core.project_file import dumps_project
from pitchkit.core.register_import import import_file
from pitchkit.documents.xlsx_writer import register_workbook

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
NASTY = st.sampled_from(["", "\x00", "\ud800x", "=1+1", "'=1", "@x", "-", "x" * 5000, "🙂", "\r", '"', ";", "\ufeff", "1e308", "nan", "-0"])


def project() -> Project:
    return Project(stakeholders=[Stakeholder(id="s-a", name="Ann Lee", role="CFO")])


def try_import(tmp_path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    target = project()
    before = dumps_project(target)
    try:
        plan = import_file(target, path)
    except SheetError as err:
        assert err.file == str(path) and str(err).count("\n") == 0
        assert dumps_project(target) == before
        return
    plan.apply(target)
    dumps_project(target)  # whatever was imported is a project that saves


@FAST
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_csv(tmp_path, data):
    try_import(tmp_path, "r.csv", data)


@FAST
@given(data=st.binary(max_size=2000))
def test_random_bytes_as_xlsx(tmp_path, data):
    try_import(tmp_path, "r.xlsx", data)


@FAST
@given(cells=st.lists(st.lists(NASTY | st.text(max_size=12), min_size=1, max_size=6), max_size=6),
       header=st.lists(st.sampled_from(["Name", "Power", "Interest", "Stance", "Tags", "id", "Email", "Last assessed", "x"]), min_size=1, max_size=6))
def test_nasty_cells_in_a_csv(tmp_path, cells, header):
    text = "\r\n".join(";".join(row) for row in [header, *cells])
    try_import(tmp_path, "n.csv", text.encode("utf-8", errors="surrogatepass"))


GOOD = register_workbook(Project(stakeholders=[Stakeholder(id="s-a", name="Ann Lee", role="CFO"),
                                               Stakeholder(id="s-b", name="Bo Ek", power=3.0)]))


@FAST
@given(position=st.integers(0, len(GOOD) - 1), byte=st.integers(0, 255))
def test_a_damaged_workbook(tmp_path, position, byte):
    data = bytearray(GOOD)
    data[position] = byte
    try_import(tmp_path, "d.xlsx", bytes(data))


def _with_sheet(xml: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(GOOD)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, xml if info.filename == "xl/worksheets/sheet1.xml" else source.read(info))
    return out.getvalue()


@pytest.mark.parametrize(
    "xml",
    [
        # billion laughs: entities that expand to gigabytes
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&h;</t></is></c></row></sheetData></worksheet>',
        # an external entity pointing at a local file
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>',
        b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>999999</v></c></row></sheetData></worksheet>",
        b"\x00\x01 not xml at all",
    ],
    ids=["billion-laughs", "external-entity", "bad-shared-string", "not-xml"],
)
def test_hostile_xml_inside_a_workbook(tmp_path, xml):
    path = tmp_path / "x.xlsx"
    path.write_bytes(_with_sheet(xml))
    target = project()
    try:
        plan = import_file(target, path)
    except SheetError:
        return
    assert all("root:" not in change.name for change in plan.rows), "no local file read into a cell"


def test_a_bad_cell_with_a_line_break_is_quoted_on_one_line(tmp_path):
    path = tmp_path / "n.csv"
    path.write_bytes(b'Power;Name\r\n";\r\n;";Ann\r\n')
    with pytest.raises(SheetError) as caught:
        import_file(project(), path)
    assert "\n" not in str(caught.value) and "\r" not in str(caught.value)
    assert 'got "; ;"' in str(caught.value)
