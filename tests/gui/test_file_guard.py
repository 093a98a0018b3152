"""A project open in two places, and a file changed on disk behind the app's back."""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from pitchkit.core import locking
from pitchkit.core.project_file import load_project
from pitchkit.gui import kinds, prompts
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch) -> dict:
    log: dict = {"lock": [], "change": [], "lock_q": [], "change_q": []}

    def ask_lock_choice(parent, path, holder):
        log["lock_q"].append((path, holder))
        return log["lock"].pop(0) if log["lock"] else "cancel"

    def ask_external_change(parent, path):
        log["change_q"].append(path)
        return log["change"].pop(0) if log["change"] else "cancel"

    monkeypatch.setattr(prompts, "ask_lock_choice", ask_lock_choice)
    monkeypatch.setattr(prompts, "ask_external_change", ask_external_change)
    return log


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def other_instance_locks(path) -> None:
    data = {"host": socket.gethostname(), "user": "bea", "pid": os.getppid(), "time": time.time()}
    locking.lock_path(path).write_text(json.dumps(data))


def edit(window, ask="Mine"):
    window.session.set_field(kinds.PITCH, window.project.pitch, "ask", ask)


def test_open_locks_and_close_unlocks(window, project_path, asked):
    assert window.load(project_path)
    assert locking.read_lock(project_path).is_mine()
    assert window.close()
    assert not locking.lock_path(project_path).exists()
    assert asked["lock_q"] == []


def test_two_windows_second_one_is_asked(qtbot, window, project_path, asked):
    window.load(project_path)
    # The first window's lock is this process: make it look like another instance's.
    other_instance_locks(project_path)
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.load(project_path)  # cancel
    assert asked["lock_q"][0][0] == str(project_path) and "bea" in asked["lock_q"][0][1]
    assert second.project is None


def test_read_only_save_goes_to_save_as(window, project_path, asked, prompt_log, tmp_path):
    other_instance_locks(project_path)
    asked["lock"].append("read-only")
    assert window.load(project_path)
    assert window.file_guard.read_only
    original = project_path.read_bytes()
    edit(window)
    copy = tmp_path / "copy.pitchkit"
    prompt_log.save_paths.append(str(copy))
    assert window.save()
    assert project_path.read_bytes() == original and copy.exists()
    assert locking.read_lock(project_path).user == "bea"  # the other lock untouched
    assert locking.read_lock(copy).is_mine() and not window.file_guard.read_only


def test_open_anyway_opens_unlocked_and_leaves_the_live_lock(window, project_path, asked):
    other_instance_locks(project_path)
    asked["lock"].append("anyway")
    assert window.load(project_path)
    assert locking.read_lock(project_path).pid == os.getppid()  # never deleted while fresh
    assert not window.file_guard.read_only and not window.file_guard.locked
    assert window.close()
    assert locking.read_lock(project_path).pid == os.getppid()


def _changed_behind_our_back(path):
    project = load_project(path).project
    project.title = "Theirs"
    from pitchkit.core.project_file import save_project

    save_project(project, path, backup=False)


@pytest.mark.parametrize("answer", ["cancel", "overwrite", "reload", "save-as"])
def test_changed_on_disk_asks_before_overwriting(window, project_path, asked, prompt_log, tmp_path, answer):
    window.load(project_path)
    edit(window)
    _changed_behind_our_back(project_path)
    asked["change"].append(answer)
    copy = tmp_path / "mine.pitchkit"
    prompt_log.save_paths.append(str(copy))
    result = window.save()
    assert asked["change_q"] == [str(project_path)]
    on_disk = load_project(project_path).project
    if answer == "overwrite":
        assert result and on_disk.pitch.ask == "Mine"
        assert load_project(project_path.with_name("contoso.pitchkit.bak")).project.title == "Theirs"
    else:
        assert on_disk.title == "Theirs"
    if answer == "reload":
        assert window.project.title == "Theirs" and not window.session.is_modified()
    if answer == "save-as":
        assert result and load_project(copy).project.pitch.ask == "Mine"
    if answer == "cancel":
        assert not result and window.session.is_modified()


def test_unchanged_file_saves_without_asking(window, project_path, asked):
    window.load(project_path)
    edit(window)
    assert window.save() and window.save()
    assert asked["change_q"] == []
