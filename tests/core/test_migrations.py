"""Format evolution: one fixture per historical format version, `migrate` in place with a
backup, and newer files keeping their unknown fields.  (The toy-migration test of the chain
itself is in test_project_file.py.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pitchkit.cli import main
from pitchkit.core import project_file
from pitchkit.core.migrations import migrate_v1_to_v2
from pitchkit.core.model import FORMAT_VERSION
from pitchkit.core.project_file import dumps_project, load_project, loads_project

FILES = Path(__file__).parent.parent / "files"
FIXTURES = sorted(FILES.glob("format-v*.pitchkit"))


def test_there_is_a_fixture_for_every_format_version():
    versions = sorted(int(p.stem.removeprefix("format-v")) for p in FIXTURES)
    assert versions == list(range(1, FORMAT_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_each_version_loads_matches_current_model_resaves_and_reloads(fixture, tmp_path):
    result = load_project(fixture)
    current = load_project(FILES / f"format-v{FORMAT_VERSION}.pitchkit").project
    # Every fixture holds the same pitch, written in its own version's format.
    assert result.project == current
    out = tmp_path / "resaved.pitchkit"
    project_file.save_project(result.project, out)
    assert json.loads(out.read_bytes())["version"] == FORMAT_VERSION
    assert load_project(out).project == current
    assert dumps_project(load_project(out).project) == out.read_bytes()


def test_migrate_command_upgrades_in_place_with_a_backup(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(project_file, "FORMAT_VERSION", 2)
    monkeypatch.setattr("pitchkit.core.model.FORMAT_VERSION", 2)

    def v1_to_v2(data):
        data["title"] = data.pop("name", "")
        return data

    monkeypatch.setitem(project_file.MIGRATIONS, 1, v1_to_v2)
    path = tmp_path / "old.pitchkit"
    old = b'{"format": "pitchkit", "version": 1, "name": "Old title"}\n'
    path.write_bytes(old)
    assert main(["migrate", str(path)]) == 0
    assert "upgraded from format version 1 to 2" in capsys.readouterr().out
    assert path.with_name("old.pitchkit.bak").read_bytes() == old
    saved = json.loads(path.read_bytes())
    assert saved["version"] == 2 and saved["title"] == "Old title" and "name" not in saved
    assert main(["migrate", str(path)]) == 0
    assert "already at format version 2" in capsys.readouterr().out


def test_migrate_leaves_a_current_file_byte_for_byte(tmp_path, capsys):
    path = tmp_path / "current.pitchkit"
    shutil.copyfile(FILES / f"format-v{FORMAT_VERSION}.pitchkit", path)
    before = path.read_bytes()
    assert main(["migrate", str(path)]) == 0
    assert path.read_bytes() == before and not path.with_name("current.pitchkit.bak").exists()


def test_version_1_becomes_2_with_no_project_id_and_no_conflicts(tmp_path, capsys):
    path = tmp_path / "v1.pitchkit"
    shutil.copyfile(FILES / "format-v1.pitchkit", path)
    assert main(["migrate", str(path)]) == 0
    assert "upgraded from format version 1 to 2" in capsys.readouterr().out
    saved = json.loads(path.read_bytes())
    assert saved["version"] == 2 and saved["project_id"] == "" and saved["conflicts"] == []
    assert list(saved)[-2:] == ["project_id", "conflicts"]  # new fields go at the end
    assert migrate_v1_to_v2({"title": "t"}) == {"title": "t", "project_id": "", "conflicts": []}


def test_a_version_2_file_keeps_its_project_id_and_recorded_conflicts():
    data = (FILES / "format-v2.pitchkit").read_bytes().replace(
        b'"project_id": ""', b'"project_id": "pk-0123456789abcdef"'
    ).replace(
        b'"conflicts": []',
        b'"conflicts": [{"id": "c-1", "kind": "stakeholders", "record_id": "s-b", "field": "stance",'
        b' "reason": "both-changed", "base": "neutral", "ours": "resistant", "theirs": "supportive"}]',
    )
    project = loads_project(data).project
    assert project.project_id == "pk-0123456789abcdef"
    assert [(c.record_id, c.field, c.base, c.ours, c.theirs) for c in project.conflicts] == [
        ("s-b", "stance", "neutral", "resistant", "supportive")
    ]
    assert dumps_project(loads_project(dumps_project(project)).project) == dumps_project(project)


def test_newer_file_round_trips_its_unknown_fields_exactly():
    data = (FILES / "newer-version.pitchkit").read_bytes()
    once = dumps_project(loads_project(data).project)
    twice = dumps_project(loads_project(once).project)
    assert once == twice
    _assert_contains(json.loads(once), json.loads(data))


def _assert_contains(saved, original, where="$"):
    """Everything in `original` is in `saved` (which may add default fields)."""
    if isinstance(original, dict):
        for key, value in original.items():
            assert key in saved, f"{where}.{key} was dropped"
            _assert_contains(saved[key], value, f"{where}.{key}")
    elif isinstance(original, list):
        assert len(saved) == len(original), where
        for i, (a, b) in enumerate(zip(saved, original, strict=True)):
            _assert_contains(a, b, f"{where}[{i}]")
    else:
        assert saved == original, where
