"""The wave-2 command line of issue 17: import, anonymise, export -f csv|xlsx|ics|eml, --anonymise."""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
import sys

import pytest

from pitchkit.core.anonymise import person_names
from pitchkit.core.project_file import load_project


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pitchkit", *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "ex.pitchkit"
    assert run("new", str(path), "--example").returncode == 0
    return path


def one_error_line(result: subprocess.CompletedProcess[str], *parts: str) -> None:
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pitchkit: error: ") and "Traceback" not in result.stderr
    for part in parts:
        assert part in lines[0], lines[0]


def test_csv_round_trip_changes_exactly_what_was_edited(example, tmp_path):
    out = tmp_path / "register.csv"
    assert run("export", str(example), "-f", "csv", "-o", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b";" in data.split(b"\r\n")[0]
    assert b"8,5" in data  # decimal commas
    out.write_bytes(data.replace(b"Managing Director", b"Group Managing Director"))
    before = example.read_bytes()
    dry = run("import", str(example), str(out), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert 'row 2: Dana Okafor (s-dana): Role "Managing Director" -> "Group Managing Director"' in dry.stdout
    assert example.read_bytes() == before
    real = run("import", str(example), str(out))
    assert real.returncode == 0 and "1 stakeholder updated, 0 added, 11 unchanged" in real.stdout
    changed = [(a, b) for a, b in zip(before.decode().splitlines(), example.read_text().splitlines(), strict=True) if a != b]
    assert changed == [('      "role": "Managing Director",', '      "role": "Group Managing Director",')]


def test_xlsx_export_has_two_sheets_and_imports_unchanged(example, tmp_path):
    import openpyxl

    out = tmp_path / "register.xlsx"
    assert run("export", str(example), "-f", "xlsx", "-o", str(out)).returncode == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Stakeholders", "Resistances and problems"]
    rows = list(book["Stakeholders"].iter_rows(values_only=True))
    assert rows[0][:2] == ("id", "Name") and len(rows) == 13
    result = run("import", str(example), str(out))
    assert result.returncode == 0 and "0 added, 12 unchanged" in result.stdout


def test_a_bad_cell_is_one_line_and_imports_nothing(example, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_bytes("Naam;Macht\r\nNieuwe Persoon;7,5\r\nDana Okafor;heel hoog\r\n".encode("utf-8-sig"))
    before = example.read_bytes()
    one_error_line(run("import", str(example), str(sheet)), str(sheet), "row 3, column B", "Macht")
    assert example.read_bytes() == before


def test_formula_cells_are_neutralised_on_export(example, tmp_path):
    project = load_project(example).project
    project.stakeholders[0].notes = "=cmd|' /C calc'!A0"
    project.stakeholders[1].role = "@SUM(1+1)"
    from pitchkit.core.project_file import save_project

    save_project(project, example)
    out = tmp_path / "r.csv"
    assert run("export", str(example), "-f", "csv", "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8-sig")
    assert not re.search(r"(^|;)\"?[=+\-@]", text, re.MULTILINE)
    assert "'=cmd" in text and "'@SUM" in text


def test_ics_and_eml(example, tmp_path):
    ics = tmp_path / "plan.ics"
    assert run("export", str(example), "-f", "ics", "-o", str(ics)).returncode == 0
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    eml = tmp_path / "mail.eml"
    result = run("export", str(example), "-t", "follow-up-email", "-f", "eml", "-o", str(eml), "--attach", "one-pager")
    assert result.returncode == 0, result.stderr
    draft = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert draft["X-Unsent"] == "1" and draft.get_body(("plain",)).get_content().strip()
    one_error_line(run("export", str(example), "-f", "md", "--attach", "one-pager"), "--attach")


def test_anonymise_writes_a_valid_copy_naming_no_one(example, tmp_path):
    out = tmp_path / "shareable.pitchkit"
    result = run("anonymise", str(example), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert run("check", str(out)).returncode == 0
    original, copy = load_project(example).project, load_project(out).project
    assert [p.id for p in copy.stakeholders] == [p.id for p in original.stakeholders]
    text = out.read_text()
    text_without_ids = re.sub(r'"(s|r|p|l|a|t|k|e|b)-[a-z0-9-]+"', '""', text)
    for name in person_names(original):
        assert not re.search(rf"\b{re.escape(name.split()[0])}\b", text_without_ids), name
    assert all(not r.heard for r in copy.resistances) and copy.strategy.attempts == []
    one_error_line(run("anonymise", str(example), "-o", str(example)), "anonymised copy")


def test_export_anonymise_options(example, tmp_path):
    out = tmp_path / "p.md"
    assert run("export", str(example), "-f", "md", "--anonymise", "-o", str(out)).returncode == 0
    text = out.read_text()
    assert "Dana" not in text and "Northwind" not in text and "Managing Director" in text
    kept = tmp_path / "k.md"
    assert run("export", str(example), "-f", "md", "--anonymise", "--keep-organisation", "-o", str(kept)).returncode == 0
    assert "Northwind" in kept.read_text() and "Dana" not in kept.read_text()


def test_import_usage_and_missing_file(example, tmp_path):
    assert run("import", str(example)).returncode == 2
    one_error_line(run("import", str(example), str(tmp_path / "none.csv")), "none.csv", "no such file")


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_sheet_that_is_not_a_regular_file_is_refused_at_once(example, tmp_path, capsys, kind):
    import os

    from pitchkit.cli import main

    sheet = tmp_path / "sheet.csv"
    if kind == "fifo":
        os.mkfifo(sheet)
    elif kind == "folder":
        sheet.mkdir()
    else:
        sheet.symlink_to("/dev/zero")
    before = example.read_bytes()
    assert main(["import", str(example), str(sheet)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(sheet) in err[0] and ("not a regular file" in err[0] or "is a folder" in err[0])
    assert example.read_bytes() == before
