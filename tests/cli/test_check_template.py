"""`pitchkit check PROJECT -t TEMPLATE`: the health check reads the template's words too, so a
stakeholder's words to avoid are flagged when the chosen template uses them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pitchkit.cli import main

JARGON = 'Joanne Pike: switches off at "social learning", but it appears in the chosen template'


def _user_template(key: str, text: str) -> Path:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key}.md.j2"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("flag", ["-t", "--template"])
def test_template_using_an_avoided_term_is_flagged(flag, example_path, capsys):
    _user_template("evangelist", "# Why social learning works\n\n{{ pitch.ask }}\n")
    assert main(["check", str(example_path), flag, "evangelist"]) == 0
    out = capsys.readouterr().out
    flagged = [line for line in out.splitlines() if JARGON in line]
    assert len(flagged) == 1 and flagged[0].startswith(f"{example_path}: medium: stakeholders[s-joanne]")
    assert out.strip().splitlines()[-1].startswith(f"{example_path}: valid;")


def test_without_a_template_or_with_a_plain_one_nothing_is_flagged(example_path, capsys):
    _user_template("plain", "# Colleagues learning from each other\n\n{{ pitch.ask }}\n")
    assert main(["check", str(example_path)]) == 0
    without = capsys.readouterr().out
    assert main(["check", str(example_path), "-t", "plain"]) == 0
    plain = capsys.readouterr().out
    assert "chosen template" not in without and "chosen template" not in plain
    assert without == plain


def test_unknown_template_is_one_error_line(example_path, capsys):
    assert main(["check", str(example_path), "-t", "no-such"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pitchkit: error: --template: ")
    assert 'no template "no-such"' in lines[0] and "proposal" in lines[0]
    assert captured.out == ""


def test_template_that_is_not_utf8_is_one_error_line(example_path, capsys):
    path = _user_template("latin", "")
    path.write_bytes(b"# Caf\xe9\n")
    assert main(["check", str(example_path), "-t", "latin"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"pitchkit: error: {path}: ") and "not UTF-8" in err
