"""The sentences and labels the core writes, in Dutch: every template has its Dutch text."""

from __future__ import annotations

import ast
import enum
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from pitchkit.core.grid import Quadrant
from pitchkit.core.health import REGISTRY
from pitchkit.core.language import set_language
from pitchkit.core.say import label, say
from pitchkit.core.say_nl import LABELS, RULE_TITLES, SENTENCES
from pitchkit.core.values import ActionKind, ResistanceStatus, Severity, Stance

ROOT = Path(__file__).resolve().parents[2]


def _say_templates() -> dict[str, str]:
    """Every literal first argument of a say() call in pitchkit/core, with where it is."""
    found: dict[str, str] = {}
    for path in (ROOT / "pitchkit" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"
            ):
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant), f"{path}:{node.lineno}: say() needs a literal template"
                found[first.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_sentence_has_its_dutch_with_the_same_fields():
    templates = _say_templates()
    assert len(templates) > 50
    missing = {t: where for t, where in templates.items() if t not in SENTENCES}
    assert not missing, f"no Dutch in pitchkit/core/say_nl.py for: {missing}"
    for template in templates:
        assert _fields(SENTENCES[template]) == _fields(template), template


@pytest.mark.parametrize("kind", [Stance, Severity, ResistanceStatus, ActionKind, Quadrant])
def test_every_label_has_its_dutch(kind: type[enum.Enum]):
    for member in kind:
        assert label(member, "en") == str(member.label)
        assert label(member, "nl") == LABELS[label(member, "en")]


def test_every_health_rule_has_a_dutch_title():
    assert set(RULE_TITLES) == set(REGISTRY.rules)


def test_say_follows_the_language():
    assert say("no counter-strategy for {objection}", objection='"Turf"') == 'no counter-strategy for "Turf"'
    set_language("nl")
    assert say("no counter-strategy for {objection}", objection='"Turf"') == 'geen aanpak voor "Turf"'
    assert label(Stance.RESISTANT) == "Weerstand biedend"


def test_pitchkit_check_speaks_dutch_with_a_dutch_locale(example_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PITCHKIT_LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "nl_BE.UTF-8"
    result = subprocess.run([sys.executable, "-m", "pitchkit", "check", str(example_path)],
                            capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("stakeholders, 10 weerstanden, 6 bedrijfsproblemen, 2 bevindingen"), lines[-1]
    assert "gemiddeld: stakeholders[" in result.stdout
    assert "geen enkel bedrijfsprobleem van hen staat in de pitch" in result.stdout
    english = subprocess.run([sys.executable, "-m", "pitchkit", "--language", "en", "check", str(example_path)],
                             capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)
    assert "no business problem of theirs" in english.stdout
