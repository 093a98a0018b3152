"""A start never waits on the settings lock a crash left behind.

QSettings guards its file with a QLockFile (`<file>.lock`: pid, app name, host).  A crash
while it was held leaves the lock file, sometimes empty, and QSettings then waits for it
to turn stale -- 30 seconds with no window, long enough for a person to think the app is
broken.  Before the first QSettings of the process, a lock that is empty and older than a
moment, or names a process of this computer that no longer runs, is removed.  A lock of a
running process, or of another computer, is left for Qt to handle.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from pitchkit.core.errors import PitchKitError
from pitchkit.core.locking import host_name, pid_alive, valid_pid
from pitchkit.core.safe_read import read_bounded

#: An empty lock younger than this may be one that its process is still writing.
EMPTY_LOCK_GRACE_SECONDS = 2.0
_MAX_LOCK_BYTES = 4096


def is_stale(lock: Path, *, now: float | None = None) -> bool:
    """Whether the QLockFile at `lock` was left by a process that is gone."""
    try:
        data = read_bounded(lock, _MAX_LOCK_BYTES, error=PitchKitError)
        age = (time.time() if now is None else now) - os.stat(lock).st_mtime
    except (PitchKitError, OSError):
        return os.path.lexists(lock) and not os.path.isdir(lock)  # a pipe or a device: nobody's
    lines = data.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0].strip():
        return age > EMPTY_LOCK_GRACE_SECONDS
    pid = valid_pid(int(lines[0])) if lines[0].strip().isdigit() and len(lines[0]) < 12 else 0
    host = lines[2].strip() if len(lines) > 2 else ""
    if pid == 0:
        return age > EMPTY_LOCK_GRACE_SECONDS  # garbage: no process can be holding it
    if host and host != host_name():
        return False
    return pid != os.getpid() and not pid_alive(pid)


def clear_stale_lock(settings_file: str) -> bool:
    """Remove the stale lock of the settings file `settings_file`; True if one was removed."""
    if not settings_file:
        return False
    lock = Path(settings_file + ".lock")
    if not os.path.lexists(lock) or not is_stale(lock):
        return False
    with contextlib.suppress(OSError):
        lock.unlink()
        return True
    return False
