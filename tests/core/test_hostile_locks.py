"""Planted and odd lock and recovery files: out-of-range values, pipes, devices, folders.

None of them may stop a project from opening or the window from starting; a fresh lock of
someone else is never deleted.
"""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from pitchkit.core import locking, recovery
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import Project

pytestmark = pytest.mark.timeout(10)


def _plant(path, **fields) -> None:
    data = {"host": socket.gethostname(), "user": "mallory", "pid": os.getppid(), "time": time.time()} | fields
    locking.lock_path(path).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "fields, live",
    [
        ({"time": 1e300, "host": "share-server"}, False),  # far future: unknown age, stale
        ({"time": 10**400, "host": "share-server"}, False),  # too big for a float
        ({"time": -5.0, "host": "share-server"}, False),
        ({"time": "yesterday", "host": "share-server"}, False),
        ({"pid": 2**40}, False),  # no process can have it: stale here
        ({"pid": -1}, False),
        ({"pid": True}, False),
        ({"host": ["x"], "user": {"a": 1}, "pid": 2**40, "time": 1e300}, False),
        ({"host": "share-server", "time": time.time() - 60}, True),  # a fresh foreign lock
    ],
)
def test_out_of_range_lock_values_are_stale_or_foreign_never_a_crash(tmp_path, fields, live):
    path = tmp_path / "p.pitchkit"
    raw = {"host": socket.gethostname(), "user": "mallory", "pid": os.getppid(), "time": time.time()} | fields
    locking.lock_path(path).write_text(json.dumps(raw).replace("Infinity", "1e999"), encoding="utf-8")
    info = locking.read_lock(path)
    assert info is not None
    assert info.describe()  # prints without an OverflowError
    assert locking.is_live(info) is live
    holder = locking.acquire(path)
    if live:
        assert holder is not None and locking.read_lock(path).host == "share-server"
    else:
        assert holder is None and locking.read_lock(path).is_mine()


@pytest.mark.parametrize("kind", ["fifo", "zero", "urandom", "folder", "empty", "huge"])
def test_a_lock_that_is_not_a_small_regular_file_never_hangs_or_crashes(tmp_path, kind):
    path = tmp_path / "p.pitchkit"
    lock = locking.lock_path(path)
    if kind == "fifo":
        os.mkfifo(lock)
    elif kind == "folder":
        lock.mkdir()
        (lock / "keep").write_text("x")
    elif kind == "empty":
        lock.write_bytes(b"")
    elif kind == "huge":
        lock.write_bytes(b" " * (locking.MAX_LOCK_BYTES + 10))
    else:
        lock.symlink_to("/dev/" + kind)
    info = locking.read_lock(path)
    assert info is not None and info.describe().startswith("someone on another computer")
    assert locking.acquire(path) is None  # stale: taken over, or (a folder) opened unlocked
    if kind == "folder":
        assert (lock / "keep").exists()  # nobody's folder is removed
    else:
        assert locking.read_lock(path).is_mine() and not lock.is_symlink()
    locking.release(path)


def test_a_fresh_lock_made_while_taking_over_a_stale_one_is_put_back(tmp_path, monkeypatch):
    path = tmp_path / "p.pitchkit"
    _plant(path, pid=2**22 + 5)  # stale
    stale = locking.read_lock(path)
    real_replace = os.replace

    def someone_locks_first(src, dst):
        # Between our read and our rename, another instance removed the stale lock and made its own.
        os.unlink(src)
        _plant(path, user="bea")
        real_replace(src, dst)

    monkeypatch.setattr(locking.os, "replace", someone_locks_first)
    assert locking._remove_stale(locking.lock_path(path), stale) is False
    assert locking.read_lock(path).user == "bea"  # their fresh lock is back in place
    assert [p.name for p in tmp_path.iterdir()] == ["p.pitchkit.lock"]


def test_recovery_slot_with_out_of_range_values_is_offered_and_described(tmp_path):
    key = recovery.slot_key(tmp_path / "a.pitchkit")
    recovery.write_recovery(key, Project(title="Pilot"), tmp_path / "a.pitchkit")
    slot = recovery.slot_file(key)
    data = json.loads(slot.read_text())
    data |= {"saved_at": 1e300, "pid": 2**40, "title": ["not", "text"], "original_path": "x\u0000y", "host": 5}
    slot.write_text(json.dumps(data))
    [entry] = recovery.find_recoveries()
    assert entry.title == "" and entry.original_path is None and entry.saved_at > 0
    assert "Untitled" in entry.describe() and "never saved" in entry.describe()
    assert entry.load().project.title == "Pilot"


@pytest.mark.parametrize("kind", ["fifo", "zero", "garbage", "not-an-object", "no-project"])
def test_a_broken_recovery_slot_is_offered_and_says_why_it_cannot_load(kind):
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True)
    slot = recovery.slot_file("k")
    if kind == "fifo":
        os.mkfifo(slot)
    elif kind == "zero":
        slot.symlink_to("/dev/zero")
    else:
        slot.write_text({"garbage": "{{{", "not-an-object": "[1, 2]", "no-project": '{"title": "T"}'}[kind])
    [entry] = recovery.find_recoveries()
    assert entry.describe()
    with pytest.raises(ProjectError) as caught:
        entry.load()
    assert caught.value.file == str(slot)
