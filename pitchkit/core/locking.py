"""Lock files (`<file>.lock`) saying a project is open elsewhere, and on-disk change detection.

A lock is a small JSON file beside the project (host, user, pid, time), created with
O_EXCL so two instances cannot both think they made it.  A lock from this host whose
process is gone is stale and is taken over silently; one from another host counts as
live for `FOREIGN_LOCK_HOURS`.  Locks advise; they never stop a person who says
"open anyway".
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
import sys
import time
from pathlib import Path

import msgspec
import msgspec.json

LOCK_SUFFIX = ".lock"
FOREIGN_LOCK_HOURS = 12


def lock_path(path: Path) -> Path:
    """The lock file of the project at `path`."""
    return path.with_name(path.name + LOCK_SUFFIX)


class LockInfo(msgspec.Struct, frozen=True):
    """Who holds a lock."""

    host: str
    user: str
    pid: int
    time: float

    def describe(self) -> str:
        """'ana on laptop-7 (process 1234) since 2026-05-09 10:12'."""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.time))
        return f"{self.user or 'someone'} on {self.host or 'another computer'} (process {self.pid}) since {when}"

    def is_mine(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()


def host_name() -> str:
    """This computer's name, as in lock and recovery files (`socket.gethostname()`)."""
    uname = getattr(os, "uname", None)
    if uname is not None:  # the same answer, without importing socket at start-up
        return str(uname().nodename)
    import socket

    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would end the process there; assume it runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: Path) -> LockInfo | None:
    """The lock on `path`, or None; an unreadable lock file counts as held by someone unknown."""
    try:
        raw = msgspec.json.decode(lock_path(path).read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, msgspec.DecodeError):
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    pid = raw.get("pid")
    stamp = raw.get("time")
    return LockInfo(
        host=str(raw.get("host") or ""),
        user=str(raw.get("user") or ""),
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
        time=float(stamp) if isinstance(stamp, int | float) and not isinstance(stamp, bool) else 0.0,
    )


def is_live(info: LockInfo, *, now: float | None = None) -> bool:
    """Whether the lock still means "open elsewhere"."""
    if info.host == host_name():
        return info.pid != os.getpid() and pid_alive(info.pid)
    age = (time.time() if now is None else now) - info.time
    return age < FOREIGN_LOCK_HOURS * 3600


def acquire(path: Path, *, force: bool = False) -> LockInfo | None:
    """Lock `path`; returns the other holder's LockInfo instead when a live lock exists.

    A stale lock (or, with `force`, any lock) is replaced.  Folders where no file can be
    made (read-only shares) are not an error: the project simply opens unlocked.
    """
    target = lock_path(path)
    me = {"host": host_name(), "user": _user(), "pid": os.getpid(), "time": time.time()}
    data = msgspec.json.format(msgspec.json.encode(me), indent=2) + b"\n"
    for _attempt in range(2):
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            other = read_lock(path)
            if other is not None and is_live(other) and not force:
                return other
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            continue
        except OSError:
            return None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return None
    return None


def release(path: Path) -> None:
    """Remove our lock on `path` (someone else's lock is left alone)."""
    info = read_lock(path)
    if info is not None and info.is_mine():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


class DiskStamp(msgspec.Struct, frozen=True):
    """What a file looked like on disk: to notice that someone else changed it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        """The stamp of `path`, or None when it does not exist (or cannot be read)."""
        try:
            stat = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(stat.st_mtime_ns, stat.st_size, digest)

    def changed(self, path: Path) -> bool:
        """Whether `path` now holds other content than when this stamp was taken."""
        try:
            stat = path.stat()
        except OSError:
            return True
        if stat.st_mtime_ns == self.mtime_ns and stat.st_size == self.size:
            return False
        current = DiskStamp.of(path)
        return current is None or current.digest != self.digest
