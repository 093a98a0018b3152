"""Recovery files: written aside in app data, described, found after a crash, removed."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pitchkit.core import recovery
from pitchkit.core.model import Project, Stakeholder
from pitchkit.core.project_file import dumps_project


def _project() -> Project:
    return Project(title="Pilot", stakeholders=[Stakeholder(id="s-1", name="Ana")])


def test_written_to_app_data_never_beside_the_users_file(tmp_path):
    user_file = tmp_path / "mine.pitchkit"
    user_file.write_bytes(b"original")
    key = recovery.slot_key(user_file)
    written = recovery.write_recovery(key, _project(), user_file)
    assert written.parent == recovery.recovery_dir()
    assert user_file.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.pitchkit"]
    slot = json.loads(written.read_bytes())  # one file: the description and the project
    assert slot["title"] == "Pilot" and slot["original_path"] == str(user_file)
    assert json.dumps(slot["project"]) == json.dumps(json.loads(dumps_project(_project())))


def test_same_path_same_slot_untitled_gets_fresh_slots(tmp_path):
    path = tmp_path / "a.pitchkit"
    assert recovery.slot_key(path) == recovery.slot_key(tmp_path / "." / "a.pitchkit")
    assert recovery.slot_key(None) != recovery.slot_key(None)


def test_found_with_title_time_and_original_path_then_removed(tmp_path):
    path = tmp_path / "a.pitchkit"
    key = recovery.slot_key(path)
    recovery.write_recovery(key, _project(), path)
    _fake_dead_owner(key)
    [entry] = recovery.find_recoveries()
    assert entry.original_path == path and entry.title == "Pilot"
    assert "Pilot" in entry.describe() and str(path) in entry.describe()
    assert entry.load().project.stakeholders[0].name == "Ana"
    recovery.remove_recovery(key)
    assert recovery.find_recoveries() == []
    assert list(recovery.recovery_dir().iterdir()) == []


def test_slot_of_a_running_instance_is_not_offered():
    key = recovery.slot_key(None)
    recovery.write_recovery(key, _project(), None)
    _rewrite(key, pid=os.getppid())  # a live process other than this one
    assert recovery.find_recoveries() == []


def test_legacy_slot_with_a_broken_sidecar_still_offers_the_project():
    key = recovery.slot_key(None)
    recovery.recovery_dir().mkdir(parents=True)
    (recovery.recovery_dir() / f"{key}.pitchkit").write_bytes(dumps_project(_project()))
    (recovery.recovery_dir() / f"{key}.json").write_bytes(b"\xff{not json")
    [entry] = recovery.find_recoveries()
    assert entry.original_path is None and "Untitled" in entry.describe()
    assert entry.load().project.title == "Pilot"


def _rewrite(key: str, **fields) -> None:
    slot = recovery.slot_file(key)
    data = json.loads(slot.read_text())
    slot.write_text(json.dumps(data | fields))


def _fake_dead_owner(key: str) -> None:
    _rewrite(key, pid=2**22 + 12345)  # no such process


def test_no_folder_means_nothing_to_recover():
    assert not Path(recovery.recovery_dir()).exists()
    assert recovery.find_recoveries() == []
