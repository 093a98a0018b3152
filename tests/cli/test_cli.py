"""The command line: every command, and the one-line error contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from pitchkit import __version__
from pitchkit.cli import main
from pitchkit.core.project_file import load_project


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pitchkit", *args], capture_output=True, text=True, timeout=120
    )


def assert_one_line_error(result_err: str, *parts: str) -> None:
    lines = result_err.strip().splitlines()
    assert len(lines) == 1, result_err
    assert lines[0].startswith("pitchkit: error: "), lines[0]
    assert "Traceback" not in result_err
    for part in parts:
        assert part in lines[0]


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_new_blank_and_example(tmp_path, capsys):
    blank = tmp_path / "blank.pitchkit"
    assert main(["new", str(blank)]) == 0
    assert load_project(blank).project.stakeholders == []
    example = tmp_path / "example.pitchkit"
    assert main(["new", str(example), "--example"]) == 0
    assert len(load_project(example).project.stakeholders) >= 7


def test_new_refuses_to_overwrite(tmp_path, capsys):
    target = tmp_path / "mine.pitchkit"
    target.write_text("precious", encoding="utf-8")
    assert main(["new", str(target)]) == 1
    assert_one_line_error(capsys.readouterr().err, str(target), "already exists")
    assert target.read_text(encoding="utf-8") == "precious"


def test_check_valid_example(example_path, capsys):
    assert main(["check", str(example_path)]) == 0
    out = capsys.readouterr().out
    assert "valid" in out and "stakeholders" in out


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b'{"format": "pitchkit", "version": 1, "stakeholders": [', "ends too early"),
        (b'{"format": "pitchkit", "version": 1, "stakeholders": [{"id": "s-1", "name": "A", "interest": "high"}]}',
         'stakeholders[0].interest: expected a number, got "high"'),
        (b'{"format": "pitchkit", "version": 1, "resistances": [{"id": "r-1", "stakeholder": "s-9"}]}',
         'resistances[0].stakeholder: no stakeholder has the id "s-9"'),
        (b"\x00\x01\x02garbage", "not valid JSON"),
        (b'{"format": "word", "version": 1}', "not a PitchKit project"),
    ],
)
def test_check_bad_files_one_line_exit_1(tmp_path, capsys, content, where):
    bad = tmp_path / "bad.pitchkit"
    bad.write_bytes(content)
    assert main(["check", str(bad)]) == 1
    assert_one_line_error(capsys.readouterr().err, str(bad), where)


def test_check_missing_file(tmp_path, capsys):
    missing = tmp_path / "nope.pitchkit"
    assert main(["check", str(missing)]) == 1
    assert_one_line_error(capsys.readouterr().err, str(missing), "no such file")


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_export_formats(example_path, tmp_path, capsys, fmt):
    out = tmp_path / f"proposal.{fmt}"
    assert main(["export", str(example_path), "-f", fmt, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 0
    if fmt == "docx":
        doc = Document(str(out))
        styles = {p.style.name for p in doc.paragraphs}
        assert "Heading 1" in styles
        assert len(doc.tables) >= 1
    else:
        text = out.read_text(encoding="utf-8")
        assert "{{" not in text and "{%" not in text


def test_export_default_output_beside_project(example_path, capsys):
    assert main(["export", str(example_path), "-f", "md"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == example_path.parent and written.suffix == ".md"


def test_export_unknown_audience_and_template(example_path, tmp_path, capsys):
    out = tmp_path / "x.docx"
    assert main(["export", str(example_path), "-o", str(out), "--audience", "Nobody Atall"]) == 1
    assert_one_line_error(capsys.readouterr().err, "Nobody Atall")
    assert main(["export", str(example_path), "-o", str(out), "-t", "no-such-template"]) == 1
    assert_one_line_error(capsys.readouterr().err, "no-such-template")
    assert not out.exists()


def test_export_bad_template_leaves_no_file(example_path, tmp_path, capsys, monkeypatch):
    user = Path(tmp_path / "user-templates")
    user.mkdir()
    monkeypatch.setenv("PITCHKIT_TEMPLATES_DIR", str(user))
    (user / "broken.md.j2").write_text("# Title\n\n{% if %}\n", encoding="utf-8")
    out = tmp_path / "broken.docx"
    assert main(["export", str(example_path), "-t", "broken", "-o", str(out)]) == 1
    assert_one_line_error(capsys.readouterr().err, "broken.md.j2", "line 3")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_templates_lists_builtin(capsys):
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "proposal" in out and "built-in" in out
    lines = {line.split()[0]: line.split()[3] for line in out.splitlines() if "built-in" in line}
    assert lines["agenda"] == "shared" and lines["meeting-prep"] == "private" and lines["briefing"] == "private"


def test_migrate_current_file_is_left_alone(example_path, capsys):
    before = example_path.read_bytes()
    assert main(["migrate", str(example_path)]) == 0
    assert "already at format version" in capsys.readouterr().out
    assert example_path.read_bytes() == before


def test_migrate_reports_bad_file_and_continues(example_path, tmp_path, capsys):
    bad = tmp_path / "bad.pitchkit"
    bad.write_text("{", encoding="utf-8")
    assert main(["migrate", str(bad), str(example_path)]) == 1
    captured = capsys.readouterr()
    assert str(bad) in captured.err and "already at format version" in captured.out


def test_gui_without_display_says_so(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert main([]) == 1
    assert_one_line_error(capsys.readouterr().err, "no display")


@pytest.mark.slow
def test_subprocess_usage_error_exits_2():
    result = run("export")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_subprocess_hostile_file_exit_1(tmp_path):
    bad = tmp_path / "hostile.pitchkit"
    bad.write_text(json.dumps({"format": "pitchkit", "version": 1, "stakeholders": [[[[[]]]]]}), encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 1
    assert_one_line_error(result.stderr, str(bad), "stakeholders[0]")
