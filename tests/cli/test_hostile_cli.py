"""The command line facing hostile templates, broken files and a zip-bomb reference .docx:
one line `pitchkit: error: <file>: <where>: <what>`, exit 1, no traceback, no output file."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from pitchkit.cli import main
from pitchkit.core.model import Project
from pitchkit.core.project_file import save_project


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "p.pitchkit"
    save_project(Project(title="T"), path, backup=False)
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_error_line(err: str, *needles: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pitchkit: error: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


@pytest.mark.parametrize(
    "body",
    [
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ self._TemplateReference__context }}",
        "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
        "{{ 'x'.zfill(999999999) }}",
    ],
)
def test_hostile_template_is_one_error_line(body, project_file, tmp_path, capsys):
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evil.md.j2").write_text(body + "\n", encoding="utf-8")
    out = tmp_path / "out.md"
    code, _, err = _run(capsys, "export", str(project_file), "-t", "evil", "-f", "md", "-o", str(out))
    assert code == 1
    _one_error_line(err, "evil.md.j2", "line 1")
    assert not out.exists()


def _bomb(path: Path, members: int = 1, size: int = 300 * 1024 * 1024) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(members):
            with archive.open(f"word/junk{i}.xml", "w", force_zip64=True) as handle:
                chunk = b"\0" * (1024 * 1024)
                for _ in range(size // len(chunk)):
                    handle.write(chunk)
    return path


@pytest.mark.slow
def test_zip_bomb_reference_docx_is_refused(project_file, tmp_path, capsys):
    bomb = _bomb(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    out = tmp_path / "out.docx"
    code, _, err = _run(capsys, "export", str(project_file), "-f", "docx", "--reference-docx", str(bomb), "-o", str(out))
    assert code == 1
    _one_error_line(err, "bomb.docx", "reference document", "unpacks to more than 200 MB")
    assert not out.exists()


def test_reference_docx_with_too_many_parts_is_refused(project_file, tmp_path, capsys):
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(5001):
            archive.writestr(f"p{i}", b"")
    code, _, err = _run(capsys, "export", str(project_file), "-f", "docx", "--reference-docx", str(many))
    assert code == 1
    _one_error_line(err, "many.docx", "5,001 parts")


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04" + b"\0" * 40, b"\xff" * 100])
def test_reference_docx_that_is_not_a_zip(content, project_file, tmp_path, capsys):
    ref = tmp_path / "ref.docx"
    ref.write_bytes(content)
    code, _, err = _run(capsys, "export", str(project_file), "-f", "docx", "--reference-docx", str(ref))
    assert code == 1
    _one_error_line(err, "ref.docx", "reference document", "not a Word document")


@pytest.mark.parametrize(
    "content, where",
    [
        (b'{"format": "pitchkit", "version": 1, "stakeholders": [{"id": "a"', "ends too early"),
        (b'{"format": "pitchkit", "version": 1, "title": 7}', "title"),
        (b"\xff\xfe", "line 1"),
        (b"[" * 100000 + b"]" * 100000, ""),
        (b'{"format": "pitchkit", "version": 1, "title": "a\\u0000b", "stakeholders": 3}', "stakeholders"),
    ],
)
def test_broken_project_is_one_error_line_and_untouched(content, where, tmp_path, capsys):
    path = tmp_path / "bad.pitchkit"
    path.write_bytes(content)
    for command in ("check", "migrate"):
        code, _, err = _run(capsys, command, str(path))
        assert code == 1
        _one_error_line(err, str(path), where)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.pitchkit"]


def test_debug_flag_shows_the_traceback(tmp_path, capsys):
    path = tmp_path / "bad.pitchkit"
    path.write_bytes(b"{")
    code, _, err = _run(capsys, "--debug", "check", str(path))
    assert code == 1
    assert "Traceback" in err and err.strip().splitlines()[-1].startswith("pitchkit: error: ")
