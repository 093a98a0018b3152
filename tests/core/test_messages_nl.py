"""The Dutch catalogue: every English entry has its Dutch text, with the same fields."""

from __future__ import annotations

import string
import subprocess
import sys

from pitchkit.core.language import set_language
from pitchkit.core.messages import CATALOGUE, message, text
from pitchkit.core.messages_nl import MESSAGES, dutch_field


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_entry_has_its_dutch_text_with_the_same_fields():
    missing = sorted(set(CATALOGUE) - set(MESSAGES))
    assert not missing, f"no Dutch text for: {missing} (add them to pitchkit/core/messages_nl.py)"
    assert not set(MESSAGES) - set(CATALOGUE), "Dutch texts for entries that no longer exist"
    for name, entry in CATALOGUE.items():
        assert _fields(MESSAGES[name]) == _fields(entry.text), name
        only_fields = not string.Formatter().format(entry.text, **dict.fromkeys(_fields(entry.text), "")).strip()
        assert only_fields or MESSAGES[name] != entry.text, f"{name} is still English"


def test_errors_speak_the_chosen_language():
    english = message("output-exists", file="out.docx")
    set_language("nl")
    dutch = message("output-exists", file="out.docx")
    assert str(english) == "out.docx: already exists; choose another name or remove it first"
    assert str(dutch) == "out.docx: bestaat al; kies een andere naam of verwijder het eerst"
    assert type(dutch) is type(english)


def test_english_pieces_of_fields_are_translated():
    set_language("nl")
    assert text("value-bound", bound="at least", limit=0, got=", got -1") == "moet minstens 0 zijn, maar gevonden: -1"
    assert text("value-expected", kinds="a number or text", got="") == "een getal of tekst verwacht"
    assert dutch_field("Martin") == "Martin"
    assert dutch_field(3) == 3


def test_the_command_line_prefix_stays_in_dutch(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pitchkit", "check", str(tmp_path / "missing.pitchkit")],
        capture_output=True, text=True, env={"PITCHKIT_LANGUAGE": "nl", "PATH": "/usr/bin:/bin", "PITCHKIT_DATA_DIR": str(tmp_path / "data")}, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("pitchkit: error: ")
    assert "bestand niet gevonden" in result.stderr
