"""Choosing PitchKit's language: `--language`, then PITCHKIT_LANGUAGE, then the locale."""

from __future__ import annotations

import pytest

from pitchkit.core import language


@pytest.mark.parametrize(
    ("name", "expected"),
    [("nl_BE.UTF-8", "nl"), ("nl_NL", "nl"), ("nl-BE", "nl"), ("en_GB.UTF-8", "en"), ("fr_BE", "en"),
     ("C", None), ("POSIX", None), ("", None), ("nl_BE@euro", "nl")],
)
def test_locale_names(name, expected):
    assert language.from_locale(name) == expected


def test_the_strongest_locale_variable_wins():
    assert language.system_language({"LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB"}) == "nl"
    assert language.system_language({"LC_ALL": "", "LC_MESSAGES": "en_US", "LANG": "nl_NL"}) == "en"
    assert language.system_language({"LC_ALL": "C", "LANG": "nl_NL"}) == "nl"
    assert language.system_language({}) == "en"


def test_explicit_then_environment_then_locale():
    env = {"PITCHKIT_LANGUAGE": "en", "LANG": "nl_BE.UTF-8"}
    assert language.choose("nl", env) == "nl"
    assert language.choose(None, env) == "en"
    assert language.choose(None, {"LANG": "nl_BE.UTF-8"}) == "nl"
    assert language.choose(None, {"PITCHKIT_LANGUAGE": "klingon", "LANG": "nl_NL"}) == "nl"


def test_set_and_reset(monkeypatch):
    monkeypatch.setenv("PITCHKIT_LANGUAGE", "en")
    language.set_language("nl")
    assert language.current_language() == "nl"
    language.reset_language()
    assert language.current_language() == "en"
    with pytest.raises(ValueError):
        language.set_language("fr")
