"""The app facing odd files: read-only projects, links, planted locks and recovery files, a
second window racing for the same file, and a real SIGKILL of the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pitchkit.core import locking, recovery
from pitchkit.core.project_file import load_project
from pitchkit.gui import kinds
from pitchkit.gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.timeout(60)]
DRIVER = Path(__file__).with_name("gui_driver.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def edit(window, ask="Mine") -> None:
    window.session.set_field(kinds.PITCH, window.project.pitch, "ask", ask)


# --- read-only files ------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["cancel", "save-as", "make-writable"])
def test_saving_over_a_read_only_project_asks_first(window, project_path, prompt_log, tmp_path, answer):
    assert window.load(project_path)
    os.chmod(project_path, 0o444)
    before = project_path.read_bytes()
    edit(window)
    prompt_log.choice_answers.append(answer)
    copy = tmp_path / "copy.pitchkit"
    prompt_log.save_paths.append(str(copy))
    saved = window.save()
    assert prompt_log.choices[0] == ("read-only-file", str(project_path))
    if answer == "cancel":
        assert not saved and project_path.read_bytes() == before and window.session.is_modified()
    elif answer == "save-as":
        assert saved and project_path.read_bytes() == before and window.path == copy
        assert load_project(copy).project.pitch.ask == "Mine"
    else:
        assert saved and load_project(project_path).project.pitch.ask == "Mine"
        assert os.access(project_path, os.W_OK)


def test_saving_through_a_link_writes_its_target_and_keeps_the_link(window, project_path, tmp_path):
    link = tmp_path / "shortcut.pitchkit"
    link.symlink_to(project_path)
    assert window.load(link)
    assert locking.lock_path(link) == locking.lock_path(project_path)  # one lock, beside the real file
    assert locking.read_lock(project_path).is_mine()
    edit(window, "Via the link")
    assert window.save()
    assert link.is_symlink() and load_project(project_path).project.pitch.ask == "Via the link"


@pytest.mark.timeout(10)
@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_opening_a_project_that_is_not_a_regular_file_shows_one_error(window, tmp_path, prompt_log, kind):
    path = tmp_path / "plan.pitchkit"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    assert not window.load(path)
    assert len(prompt_log.errors) == 1 and prompt_log.errors[0].startswith(f"{path}: ")
    assert not locking.lock_path(path).exists()  # the lock taken for it was given back


# --- planted lock and recovery files ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder", "planted-values"])
def test_an_odd_lock_file_never_stops_the_project_from_opening(window, project_path, prompt_log, kind):
    lock = locking.lock_path(project_path)
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "zero":
        lock.symlink_to("/dev/zero")
    elif kind == "folder":
        lock.mkdir()
    else:
        lock.write_text(json.dumps({"host": "x", "user": "m", "pid": 2**40, "time": 1e300}), encoding="utf-8")
    assert window.load(project_path)
    assert window.project is not None and prompt_log.errors == [] and prompt_log.choices == []
    assert window.close()


def test_a_recovery_slot_with_planted_values_is_offered_without_crashing(window, prompt_log, tmp_path):
    from pitchkit.core.model import Project

    key = recovery.slot_key(None)
    recovery.write_recovery(key, Project(title="Planted"), None)
    slot = recovery.slot_file(key)
    data = json.loads(slot.read_text()) | {"saved_at": 1e300, "pid": 2**40, "title": 7, "original_path": ["x"]}
    slot.write_text(json.dumps(data))
    prompt_log.choice_answers.append("restore")
    assert window.offer_recovery()
    assert prompt_log.choices[0][0] == "restore" and "Untitled" in prompt_log.choices[0][1]
    assert window.project.title == "Planted"


# --- a second app, and a kill ---------------------------------------------------------------------------


def _driver(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(DRIVER), *argv], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=ROOT, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_two_apps_opening_one_file_at_once_one_gets_it_and_the_other_asks(project_path):
    for trial in range(5):
        apps = [_driver("race", str(project_path)), _driver("race", str(project_path))]
        try:
            for app in apps:
                assert app.stdout.readline().strip() == "ready"
            for app in apps:  # both go at the same moment
                app.stdin.write("go\n")
                app.stdin.flush()
            results = [json.loads(app.stdout.readline()) for app in apps]
            owners = [r for r in results if r["locked"]]
            assert len(owners) == 1, (trial, results)  # exactly one holds the lock ...
            other = results[1 - results.index(owners[0])]
            assert other["asked"] and not other["opened"], (trial, results)  # ... the other asked
        finally:
            for app in apps:
                app.stdin.close()
                app.wait(timeout=30)
        assert not locking.lock_path(project_path).exists()  # the owner gave it back on close


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_after_a_sigkill_of_the_app_the_next_start_is_quick_and_offers_the_work(qtbot, project_path, prompt_log):
    crashed = _driver("crash", str(project_path))
    state = json.loads(crashed.stdout.readline())
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=10)
    assert Path(state["lock"]).exists() and locking.lock_path(project_path).exists()  # left behind

    started = time.monotonic()
    done = subprocess.run([sys.executable, str(DRIVER), "settings"], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    probe = json.loads(done.stdout)
    assert probe["status"] == 0 and probe["seconds"] < 5, probe  # not Qt's 30 s stale-lock wait
    assert time.monotonic() - started < 20

    fresh = MainWindow()
    qtbot.addWidget(fresh)
    prompt_log.choice_answers.append("restore")
    assert fresh.offer_recovery()
    assert "contoso" in prompt_log.choices[0][1] and fresh.project.pitch.ask == "Unsaved before the crash"
    assert fresh.file_guard.ask_before_open(None, project_path)  # the dead app's lock: stale, taken
    assert prompt_log.choices == [prompt_log.choices[0]]
    assert locking.read_lock(project_path).is_mine()
    fresh.file_guard.open_failed()
