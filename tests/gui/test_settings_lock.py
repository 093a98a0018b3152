"""The settings lock a crash left behind is removed before the first QSettings; a live one stays."""

from __future__ import annotations

import os
import socket
import subprocess
import time

import pytest

from pitchkit.gui import settings_lock

pytestmark = pytest.mark.timeout(10)


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


DEAD_PID = _dead_pid()


def _lock(tmp_path, content: bytes, age: float = 60.0):
    settings = tmp_path / "PitchKit.conf"
    lock = tmp_path / "PitchKit.conf.lock"
    lock.write_bytes(content)
    then = time.time() - age
    os.utime(lock, (then, then))
    return str(settings), lock


@pytest.mark.parametrize(
    "content, age, removed",
    [
        (b"", 60.0, True),  # empty: a crash between creating and writing it
        (b"", 0.0, False),  # empty but brand new: its process may be writing it now
        (f"{DEAD_PID}\nPitchKit\n{socket.gethostname()}\n".encode(), 60.0, True),  # its process is gone
        (f"{os.getppid()}\nPitchKit\n{socket.gethostname()}\n".encode(), 60.0, False),  # it runs
        (b"4321\nPitchKit\nother-computer\n", 60.0, False),  # not ours to judge
        (b"garbage\x00\xff", 60.0, True),
    ],
    ids=["empty", "empty-new", "dead", "live", "foreign", "garbage"],
)
def test_a_stale_settings_lock_is_removed_and_a_live_one_kept(tmp_path, content, age, removed):
    settings, lock = _lock(tmp_path, content, age)
    assert settings_lock.clear_stale_lock(settings) is removed
    assert lock.exists() is not removed


def test_a_settings_lock_that_is_a_pipe_is_removed_without_blocking(tmp_path):
    lock = tmp_path / "PitchKit.conf.lock"
    os.mkfifo(lock)
    assert settings_lock.clear_stale_lock(str(tmp_path / "PitchKit.conf"))
    assert not lock.exists()
