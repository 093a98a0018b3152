"""Lock files (`<file>.lock`) saying a project is open elsewhere, and on-disk change detection.

A lock is a small JSON file beside the project (host, user, pid, time), created with
O_EXCL so two instances cannot both think they made it.  A lock from this host whose
process is gone is stale and is taken over silently; one from another host counts as
live for `FOREIGN_LOCK_HOURS`.  Locks advise; they never stop a person who says
"open anyway".

Anyone who can write to a shared folder can plant a lock file, so its values are checked:
a pid outside 1..PID_MAX or a time that is not a finite moment between 1970 and a day
from now makes the lock unknown -- stale on this host (no process has that id), and of
unknown age from another host (stale too).  A lock file that is not a small regular file
(a pipe, a device, a folder) is held by "someone unknown".  A fresh lock is never deleted:
taking over a stale one renames it aside first and checks that it is still the stale one.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
import time
from pathlib import Path

import msgspec
import msgspec.json

LOCK_SUFFIX = ".lock"
FOREIGN_LOCK_HOURS = 12
#: Largest lock file read; larger ones are someone else's, of unknown content.
MAX_LOCK_BYTES = 4096
#: Process ids a lock may name (Linux's PID_MAX_LIMIT; others are smaller).
PID_MAX = 4_194_304
#: How far in the future a lock's time may lie (clocks differ between computers).
CLOCK_SLACK_SECONDS = 24 * 3600


def lock_path(path: Path) -> Path:
    """The lock file of the project at `path` (beside the real file, when `path` is a link,
    so that people opening it through different links see each other)."""
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    return path.with_name(path.name + LOCK_SUFFIX)


class LockInfo(msgspec.Struct, frozen=True):
    """Who holds a lock."""

    host: str
    user: str
    pid: int
    time: float

    def describe(self) -> str:
        """'ana on laptop-7 (process 1234) since 2026-05-09 10:12'."""
        since = f" since {when_text(self.time)}" if self.time else ""
        process = f" (process {self.pid})" if self.pid else ""
        return f"{self.user or 'someone'} on {self.host or 'another computer'}{process}{since}"

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
    import getpass  # when a lock is written, not at start-up

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing over
        return ""


def valid_pid(value: object) -> int:
    """`value` if it is a process id a system can have, else 0 (unknown)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= PID_MAX:
        return value
    return 0


def valid_time(value: object, *, now: float | None = None) -> float:
    """`value` if it is a moment between 1970 and a day from now, else 0.0 (unknown)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return 0.0
    try:
        stamp = float(value)
    except OverflowError:  # an int too large for a float
        return 0.0
    limit = (time.time() if now is None else now) + CLOCK_SLACK_SECONDS
    return stamp if math.isfinite(stamp) and 0 < stamp <= limit else 0.0


def when_text(stamp: float) -> str:
    """A time as '2026-05-09 10:12' (local time); "an unknown time" if it cannot be shown."""
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    except (OverflowError, OSError, ValueError):
        return "an unknown time"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if valid_pid(pid) == 0:
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
    return read_lock_file(lock_path(path))


def _lock_info(raw: object) -> LockInfo:
    """A LockInfo from decoded lock data, every value checked (see the module docstring)."""
    if not isinstance(raw, dict):
        raw = {}
    return LockInfo(
        host=_short_text(raw.get("host")),
        user=_short_text(raw.get("user")),
        pid=valid_pid(raw.get("pid")),
        time=valid_time(raw.get("time")),
    )


def _short_text(value: object) -> str:
    return value[:200] if isinstance(value, str) else ""


def is_live(info: LockInfo, *, now: float | None = None) -> bool:
    """Whether the lock still means "open elsewhere"."""
    if info.host == host_name():
        return info.pid != os.getpid() and pid_alive(info.pid)
    if not info.time:  # unknown age: a value out of range, or an unreadable lock
        return False
    age = (time.time() if now is None else now) - info.time
    return age < FOREIGN_LOCK_HOURS * 3600


def acquire(path: Path, *, force: bool = False) -> LockInfo | None:
    """Lock `path`; returns the other holder's LockInfo instead when a live lock exists.

    Created exclusively (a hard link, or O_EXCL), so of two instances racing exactly one
    gets it.  A stale lock is
    taken over (renamed aside, checked, removed), a live one never: with `force` a live
    lock is left alone and None returned, so the project opens unlocked.  Folders where no
    file can be made (read-only shares) are not an error: the project opens unlocked.
    """
    target = lock_path(path)
    me = {"host": host_name(), "user": _user(), "pid": os.getpid(), "time": time.time()}
    data = msgspec.json.format(msgspec.json.encode(me), indent=2) + b"\n"
    for _attempt in range(3):
        try:
            _create_exclusive(target, data)
        except FileExistsError:
            other = read_lock(path)
            if other is not None and is_live(other):
                return None if force else other
            if not _remove_stale(target, other):
                now = read_lock(path)  # someone's fresh lock came back, or it cannot be removed
                live = now is not None and is_live(now)
                return now if live and not force else None
            continue
        except OSError:
            return None
        return None
    return None


def _create_exclusive(target: Path, data: bytes) -> None:
    """Make the lock file `target` holding `data`, or FileExistsError if there is one.

    The content is written to a private file first and linked into place, so nobody ever
    reads a half-written (empty) lock of ours and takes it for a stale one; where the file
    system has no hard links, O_EXCL creation is the fallback.
    """
    private = target.with_name(f".{target.name}.{os.getpid()}-new.tmp")
    try:
        fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        try:
            os.link(private, target)  # fails if the lock exists: exclusive, and complete at once
            return
        except FileExistsError:
            raise
        except OSError:
            pass  # no hard links here
    finally:
        with contextlib.suppress(OSError):
            os.unlink(private)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _remove_stale(target: Path, judged: LockInfo | None) -> bool:
    """Remove the lock file judged stale; False when it turned out to be someone's fresh lock.

    The file is renamed aside first, so another instance's fresh lock, made in the moment
    between reading and removing, is never deleted: if what was moved is not stale, it is
    put back.
    """
    # Named like a save's temporary file, so that one a kill left behind is cleaned up.
    aside = target.with_name(f".{target.name}.{os.getpid()}-stale.tmp")
    if os.path.isdir(target) and not os.path.islink(target):
        return False  # a folder is nobody's lock, and not ours to move: open unlocked
    try:
        os.replace(target, aside)
    except FileNotFoundError:
        return True  # someone else removed it: try to create ours
    except OSError:
        return False  # a folder, or no right to remove it: open unlocked
    moved = read_lock_file(aside)
    if moved is not None and is_live(moved) and moved != judged:
        with contextlib.suppress(OSError):
            os.link(aside, target)  # put it back, unless a newer lock exists already
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


def read_lock_file(file: Path) -> LockInfo | None:
    """The LockInfo in the lock file `file` itself (see read_lock)."""
    from pitchkit.core.errors import PitchKitError
    from pitchkit.core.safe_read import read_bounded

    if not os.path.lexists(file):
        return None
    try:
        return _lock_info(msgspec.json.decode(read_bounded(file, MAX_LOCK_BYTES, error=PitchKitError)))
    except PitchKitError:
        return None if not os.path.lexists(file) else _lock_info({})
    except (msgspec.DecodeError, RecursionError):
        return _lock_info({})


def release(path: Path) -> None:
    """Remove our lock on `path` (someone else's lock is left alone)."""
    info = read_lock(path)
    if info is not None and info.is_mine():
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


#: Largest file whose content is stamped (as large as a project may be).
MAX_STAMPED_BYTES = 64 * 1024 * 1024


class DiskStamp(msgspec.Struct, frozen=True):
    """What a file looked like on disk: to notice that someone else changed it."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        """The stamp of `path`, or None when it does not exist (or cannot be read)."""
        import hashlib  # OpenSSL's start (~2 ms): only once a file is opened

        from pitchkit.core.errors import PitchKitError
        from pitchkit.core.safe_read import read_bounded

        try:
            stat = path.stat()
            digest = hashlib.sha256(read_bounded(path, MAX_STAMPED_BYTES, error=PitchKitError)).hexdigest()
        except (OSError, PitchKitError):
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
