"""The command line's help and usage errors follow PitchKit's language (argparse's own words too)."""

from __future__ import annotations

import argparse

import pytest

from pitchkit.cli import COMMANDS, build_gui_parser, build_parser, main
from pitchkit.cli_language import ARGPARSE_NL, HELP_NL, help_texts, language_of

ENGLISH_WORDS = ("usage:", "options:", "positional arguments", "show this help message", "version number")


def english_help_texts() -> list[str]:
    found: list[str] = []
    for parser in (build_parser(), build_gui_parser()):
        found += [getattr(holder, attr) for holder, attr in help_texts(parser)]
    return list(dict.fromkeys(found))


def flat(text: str) -> str:
    return " ".join(text.split())


def help_output(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 0
    return flat(capsys.readouterr().out)


def test_every_help_text_has_its_dutch():
    texts = english_help_texts()
    assert len(texts) > 30  # the walk reaches every subcommand's options
    missing = [t for t in texts if t not in HELP_NL and t not in ARGPARSE_NL]
    assert not missing, f"help without Dutch in pitchkit/cli_language.py HELP_NL: {missing}"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_dutch_help_has_no_english_lines(capsys, command):
    argv = ["--language", "nl", *([command] if command else []), "--help"]
    dutch = help_output(capsys, *argv)
    assert "gebruik:" in dutch and "opties:" in dutch
    for english in ENGLISH_WORDS:
        assert english not in dutch
    for english in english_help_texts():
        start = " ".join(english.replace("%%", "%").split()[:5])
        assert start not in dutch, f"English help in Dutch --help: {english!r}"


def test_the_locale_chooses_dutch_help(capsys, monkeypatch):
    monkeypatch.delenv("PITCHKIT_LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    dutch = help_output(capsys, "check", "--help")
    assert "ook de woorden van dit sjabloon" in dutch
    assert "deze hulp tonen en stoppen" in dutch and "argumenten:" in dutch


def test_english_help_stays_english(capsys):
    english = help_output(capsys, "--language", "en", "--help")
    assert "usage:" in english and "show this help message and exit" in english
    assert "generate a document from a project" in english


def test_dutch_usage_error_keeps_exit_two_and_prefix(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--language", "nl", "export", "x.pitchkit", "-f", "nonsense"])
    assert exit_info.value.code == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith("pitchkit export: usage error: ")
    assert "ongeldige keuze: 'nonsense'" in last


def test_export_language_is_the_documents_not_the_help():
    assert language_of(["export", "p.pitchkit", "--language", "nl"], COMMANDS) is None
    assert language_of(["--language=nl", "export", "p"], COMMANDS) == "nl"


def test_argparse_speaks_english_again_after_dutch(capsys):
    help_output(capsys, "--language", "nl", "--help")
    assert argparse._("options") == "options"  # type: ignore[attr-defined]
