"""The Dutch example: the same story as the English one, at a fictional Flemish organisation."""

from __future__ import annotations

import subprocess
import sys

from pitchkit.core.project_file import load_project
from pitchkit.paths import example_project_path


def test_the_dutch_example_tells_the_same_story():
    english = load_project(example_project_path("en")).project
    dutch = load_project(example_project_path("nl")).project
    assert dutch.language == "nl" and dutch.pitch.organisation == "Noordwind Logistiek"
    assert [s.id for s in dutch.stakeholders] == [s.id for s in english.stakeholders]
    assert [(s.stance, s.power, s.interest) for s in dutch.stakeholders] == [
        (s.stance, s.power, s.interest) for s in english.stakeholders
    ]
    assert len(dutch.resistances) == len(english.resistances) and len(dutch.links) == len(english.links)
    assert dutch.pitch.meeting_date == english.pitch.meeting_date
    english_texts = {s.notes for s in english.stakeholders} | {r.heard for r in english.resistances}
    assert not english_texts & ({s.notes for s in dutch.stakeholders} | {r.heard for r in dutch.resistances})


def test_pitchkit_new_example_in_dutch(tmp_path):
    out = tmp_path / "voorbeeld.pitchkit"
    result = subprocess.run([sys.executable, "-m", "pitchkit", "--language", "nl", "new", "--example", str(out)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "voorbeeldproject" in result.stdout
    assert load_project(out).project.pitch.organisation == "Noordwind Logistiek"
