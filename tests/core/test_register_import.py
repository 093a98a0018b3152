"""The register in from spreadsheets: matching, European CSV, all-or-nothing, hostile files."""

from __future__ import annotations

import io
import zipfile

import pytest

from pitchkit.core.errors import SheetError
from pitchkit.core.model import Project, Stakeholder, Stance
from pitchkit.core.register import HEADERS, LEVELS, neutralise
from pitchkit.core.register_import import import_file
from pitchkit.core.sheet_read import MAX_ROWS, read_sheet
from pitchkit.documents.csv_writer import register_csv
from pitchkit.documents.xlsx_writer import register_workbook


def project() -> Project:
    return Project(stakeholders=[
        Stakeholder(id="s-ann", name="Ann Lee", role="CFO", power=8.0),
        Stakeholder(id="s-bo", name="Bo Ek", role="Team Manager", interest=7.5),
    ])


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_round_trip_through_csv_changes_only_what_was_edited(tmp_path):
    original = project()
    text = register_csv(original).replace("Team Manager", "Team Lead")
    plan = import_file(original, write(tmp_path, "r.csv", text.encode("utf-8-sig")))
    assert [row.line() for row in plan.rows] == ['row 3: Bo Ek (s-bo): Role "Team Manager" -> "Team Lead"']
    assert plan.unchanged == 1
    plan.apply(original)
    assert original.stakeholders[1].role == "Team Lead"


def test_the_same_for_xlsx(tmp_path):
    original = project()
    path = write(tmp_path, "r.xlsx", register_workbook(original))
    plan = import_file(original, path)
    assert plan.rows == [] and plan.unchanged == 2


def test_european_csv_with_dutch_headers_levels_and_decimal_commas(tmp_path):
    text = "\ufeffNaam;Functie;Afdeling;Macht;Interesse;Houding\r\nAnn Lee;CFO;Financiën;Hoog;7,5;steunend\r\nJan Peeters;Teamleider;Logistiek;Low;2;Neutraal\r\n"
    original = project()
    plan = import_file(original, write(tmp_path, "eu.csv", text.encode("utf-8")))
    assert plan.added == 1 and plan.updated == 1
    plan.apply(original)
    ann, jan = original.stakeholders[0], original.stakeholders[2]
    assert (ann.department, ann.interest, ann.stance) == ("Financiën", 7.5, Stance.SUPPORTIVE)
    assert (jan.name, jan.power, jan.role) == ("Jan Peeters", LEVELS["low"], "Teamleider")
    assert jan.id.startswith("s-")


def test_rows_match_by_id_first_then_by_exact_name(tmp_path):
    text = "id;Name;Role\r\ns-ann;Ann Renamed;CFO\r\n;BO EK;Boss\r\n"
    plan = import_file(project(), write(tmp_path, "m.csv", text.encode()))
    assert [(row.stakeholder_id, row.added) for row in plan.rows] == [("s-ann", False), ("s-bo", False)]


@pytest.mark.parametrize(
    ("cell", "where"),
    [("lots", 'row 3, column B ("Power")'), ("11", 'row 3, column B ("Power")')],
)
def test_a_bad_cell_names_row_and_column_and_nothing_is_imported(tmp_path, cell, where):
    original = project()
    text = f"Name;Power\r\nAnn Lee;9\r\nBo Ek;{cell}\r\n"
    with pytest.raises(SheetError) as caught:
        import_file(original, write(tmp_path, "bad.csv", text.encode()))
    assert caught.value.where == where
    assert original.stakeholders[0].power == 8.0


def test_formula_cells_are_neutralised_and_come_back_unchanged(tmp_path):
    original = Project(stakeholders=[Stakeholder(id="s-1", name="=HYPERLINK(\"x\")", notes="+31 6 1234", role="@boss")])
    text = register_csv(original)
    assert "'=HYPERLINK" in text and ";'+31 6 1234" in text and ";'@boss" in text
    assert neutralise("-1") == "'-1" and neutralise("ok") == "ok"
    plan = import_file(original, write(tmp_path, "f.csv", text.encode("utf-8-sig")))
    assert plan.rows == []


def test_a_formula_in_a_workbook_is_refused(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Name", "Power"])
    book.active.append(["Ann Lee", "=1+1"])
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(SheetError, match="formula") as caught:
        import_file(project(), write(tmp_path, "f.xlsx", out.getvalue()))
    assert caught.value.where == "row 2, column B"


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    path = write(tmp_path, "bomb.xlsx", out.getvalue())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(SheetError, match="unpacks to more than"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable Excel workbook"),
        ("text.xlsx", b"Name;Role\r\n", "not a readable Excel workbook"),
        ("empty.csv", b"", "empty"),
        ("huge-cell.csv", b"Name;Notes\r\nAnn;" + b"x" * 200_000 + b"\r\n", "CSV|100,000"),
        ("no-header.csv", b"Who;What\r\nAnn;x\r\n", "no Name"),
        ("photo.png", b"\x89PNG", "reads .csv and .xlsx"),
    ],
)
def test_broken_files_give_one_bounded_error(tmp_path, name, data, match):
    with pytest.raises(SheetError, match=match):
        import_file(project(), write(tmp_path, name, data))


def test_broken_xml_inside_a_workbook(tmp_path):
    good = register_workbook(project())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data[: len(data) // 2] if info.filename.endswith("sheet1.xml") else data)
    with pytest.raises(SheetError, match="not a readable Excel workbook"):
        import_file(project(), write(tmp_path, "cut.xlsx", out.getvalue()))


def test_a_million_rows_stop_at_the_limit(tmp_path):
    path = write(tmp_path, "million.csv", b"Name\r\n" + b"a\r\n" * 1_000_000)
    with pytest.raises(SheetError, match=f"more than {MAX_ROWS:,} rows"):
        read_sheet(path)


def test_a_million_row_workbook_stops_at_the_limit(tmp_path):
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>a</t></is></c></row>' for n in range(1, MAX_ROWS + 10))
    good = register_workbook(project())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (
                    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    f"<sheetData>{rows}</sheetData></worksheet>"
                ).encode()
            target.writestr(info.filename, data)
    with pytest.raises(SheetError, match="rows"):
        read_sheet(write(tmp_path, "big.xlsx", out.getvalue()))


def test_two_rows_for_one_person_are_refused(tmp_path):
    text = "Name;Role\r\nAnn Lee;CFO\r\nann lee;CEO\r\n"
    with pytest.raises(SheetError, match="row 2"):
        import_file(project(), write(tmp_path, "twice.csv", text.encode()))


def test_headers_in_the_export_are_the_documented_ones():
    assert HEADERS[:3] == ("id", "Name", "Role")
    assert register_csv(Project()).startswith(";".join(HEADERS))


def test_repeated_cells_read_alike_but_every_stakeholder_gets_its_own_list():
    """Planning converts a repeated cell once (a memo per sheet); what it gives must not be shared."""
    from pitchkit.core.register_import import plan_import
    from pitchkit.core.sheet_read import Sheet

    original = project()
    sheet = Sheet(["id", "Tags", "Power", "Stance"], [
        (2, ["s-ann", "budget, pilot", 9, "Supportive"]),
        (3, ["s-bo", "budget, pilot", 9, "Supportive"]),
    ])
    plan = plan_import(original, sheet, "r.xlsx")
    plan.apply(original)
    ann, bo = original.stakeholders
    assert ann.tags == bo.tags == ["budget", "pilot"] and ann.power == bo.power == 9.0
    ann.tags.append("later")
    assert bo.tags == ["budget", "pilot"]


def test_a_cell_equal_to_a_good_one_but_of_another_type_is_still_refused():
    """True == 1 in Python, but a yes/no cell is no score: the memo keeps the two apart."""
    from pitchkit.core.register_import import plan_import
    from pitchkit.core.sheet_read import Sheet

    sheet = Sheet(["id", "Power"], [(2, ["s-ann", 1]), (3, ["s-bo", True])])
    with pytest.raises(SheetError, match=r"row 3, column B \(\"Power\"\)"):
        plan_import(project(), sheet, "r.xlsx")


def test_a_repeated_bad_cell_is_refused_at_its_first_row():
    from pitchkit.core.register_import import plan_import
    from pitchkit.core.sheet_read import Sheet

    sheet = Sheet(["id", "Power"], [(2, ["s-ann", "7"]), (3, ["s-bo", "lots"]), (4, ["s-x", "lots"])])
    with pytest.raises(SheetError, match=r"row 3, column B"):
        plan_import(project(), sheet, "r.csv")
