"""Autosave to app data, restore after a crash, and no recovery file after a normal close."""

from __future__ import annotations

import json

import pytest

from pitchkit.core import recovery
from pitchkit.core.project_file import load_project
from pitchkit.gui import kinds, prompts
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def answers(monkeypatch) -> dict:
    """Records restore questions; answers come from answers["restore"] in order."""
    log: dict = {"restore": [], "asked": []}

    def ask_restore(parent, description):
        log["asked"].append(description)
        return log["restore"].pop(0) if log["restore"] else "later"

    monkeypatch.setattr(prompts, "ask_restore", ask_restore)
    return log


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def edit(window: MainWindow, ask: str = "A six-week pilot") -> None:
    window.session.set_field(kinds.PITCH, window.project.pitch, "ask", ask)


def slots() -> list:
    folder = recovery.recovery_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_unsaved_changes_are_written_aside_never_over_the_file(window, project_path):
    original = project_path.read_bytes()
    window.load(project_path)
    window.autosave.write_now()
    assert slots() == []  # nothing unsaved yet
    edit(window)
    window.autosave.write_now()
    assert project_path.read_bytes() == original
    assert len(slots()) == 1  # the project and its description, in one file
    entry = _entry_of(window)
    saved = entry.load().project
    assert saved.pitch.ask == "A six-week pilot"


def test_timer_writes_periodically(qtbot, project_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.autosave.timer.setInterval(20)
    window.load(project_path)
    edit(window)
    qtbot.waitUntil(lambda: window.autosave.recovery_file is not None, timeout=2000)


def test_save_undo_to_clean_and_close_remove_the_recovery_file(window, project_path, prompt_log):
    window.load(project_path)
    edit(window)
    window.autosave.write_now()
    assert slots()
    window.save()
    assert slots() == []
    edit(window, "Another ask")
    window.autosave.write_now()
    window.session.undo_stack.undo()
    assert slots() == []
    edit(window, "Third ask")
    window.autosave.write_now()
    prompt_log.save_answers.append("discard")
    assert window.close()
    assert slots() == []


def test_after_a_crash_the_next_start_offers_restore(qtbot, project_path, answers):
    crashed = MainWindow()
    qtbot.addWidget(crashed)
    crashed.load(project_path)
    edit(crashed, "Unsaved ask")
    crashed.autosave.write_now()
    key = crashed.autosave._key
    _pretend_owner_died(key)

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    answers["restore"].append("restore")
    assert fresh.offer_recovery()
    assert len(answers["asked"]) == 1 and str(project_path) in answers["asked"][0]
    assert fresh.project.pitch.ask == "Unsaved ask"
    assert fresh.path == project_path and fresh.session.is_modified()
    assert load_project(project_path).project.pitch.ask != "Unsaved ask"  # file untouched
    fresh.save()
    assert slots() == [] and load_project(project_path).project.pitch.ask == "Unsaved ask"


def test_discard_deletes_and_later_keeps(qtbot, project_path, answers):
    crashed = MainWindow()
    qtbot.addWidget(crashed)
    crashed.load(project_path)
    edit(crashed)
    crashed.autosave.write_now()
    _pretend_owner_died(crashed.autosave._key)
    fresh = MainWindow()
    qtbot.addWidget(fresh)
    answers["restore"].append("later")
    assert not fresh.offer_recovery() and slots()
    answers["restore"].append("discard")
    assert not fresh.offer_recovery() and slots() == []


def _entry_of(window):
    return recovery.RecoveryEntry(window.autosave._key, window.autosave.recovery_file, None, "", 0.0)


def _pretend_owner_died(key: str) -> None:
    slot = recovery.slot_file(key)
    data = json.loads(slot.read_text())
    data["pid"] = 2**22 + 777
    slot.write_text(json.dumps(data))
