"""Lock files beside a project, and noticing that a file changed on disk."""

from __future__ import annotations

import json
import os
import socket
import time

from pitchkit.core import locking


def _write_lock(path, **fields):
    data = {"host": socket.gethostname(), "user": "bea", "pid": os.getppid(), "time": time.time()} | fields
    locking.lock_path(path).write_text(json.dumps(data))


def test_acquire_writes_host_user_pid_time_and_release_removes(tmp_path):
    path = tmp_path / "p.pitchkit"
    assert locking.acquire(path) is None
    info = locking.read_lock(path)
    assert info.host == socket.gethostname() and info.pid == os.getpid() and info.is_mine()
    assert abs(info.time - time.time()) < 60
    locking.release(path)
    assert not locking.lock_path(path).exists()


def test_live_lock_of_another_process_is_reported_not_taken(tmp_path):
    path = tmp_path / "p.pitchkit"
    _write_lock(path)
    holder = locking.acquire(path)
    assert holder is not None and holder.user == "bea" and "bea" in holder.describe()
    assert locking.read_lock(path).pid == os.getppid()
    locking.release(path)  # not ours: left alone
    assert locking.lock_path(path).exists()


def test_force_never_deletes_a_live_lock(tmp_path):
    path = tmp_path / "p.pitchkit"
    _write_lock(path)
    assert locking.acquire(path, force=True) is None  # opens unlocked ...
    assert locking.read_lock(path).pid == os.getppid()  # ... and the holder keeps the lock


def test_stale_lock_of_a_dead_process_is_taken_silently(tmp_path):
    path = tmp_path / "p.pitchkit"
    _write_lock(path, pid=2**22 + 4321)
    assert locking.acquire(path) is None and locking.read_lock(path).is_mine()


def test_foreign_lock_counts_for_twelve_hours(tmp_path):
    path = tmp_path / "p.pitchkit"
    _write_lock(path, host="other-machine", pid=1)
    assert locking.acquire(path) is not None
    _write_lock(path, host="other-machine", pid=1, time=time.time() - 13 * 3600)
    assert locking.acquire(path) is None


def test_garbage_lock_file_is_read_without_crashing(tmp_path):
    path = tmp_path / "p.pitchkit"
    for junk in (b"\xff\x00", b"[]", b'{"pid": "x", "time": true}', b""):
        locking.lock_path(path).write_bytes(junk)
        info = locking.read_lock(path)
        assert info is not None and info.pid == 0
        assert locking.acquire(path) is None  # pid 0 on this host: stale


def test_unwritable_folder_opens_unlocked(tmp_path):
    path = tmp_path / "missing-folder" / "p.pitchkit"
    assert locking.acquire(path) is None


def test_disk_stamp_notices_content_changes_only(tmp_path):
    path = tmp_path / "p.pitchkit"
    path.write_bytes(b"one")
    stamp = locking.DiskStamp.of(path)
    assert not stamp.changed(path)
    os.utime(path, ns=(1, 1))  # touched, same content
    assert not stamp.changed(path)
    path.write_bytes(b"two")
    assert stamp.changed(path)
    path.unlink()
    assert stamp.changed(path)
