"""Crash-safe file writing: temp file in the same folder, fsync, atomic replace, backup.

Saving through a symbolic link writes the file the link points to (its folder holds the
temporary file and the `.bak`), so the link stays a link.  Temporary files are named
`.<name>.<pid>-XXXX.tmp`; one left by a process that no longer runs (a killed save) is
removed the next time that file is saved or opened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

BACKUP_SUFFIX = ".bak"
#: A temporary file of a running process older than this is a leftover too.
STALE_TEMP_SECONDS = 3600


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_backup(path: Path) -> None:
    """Atomically make `path.bak` a copy of the current `path` (hard link where possible)."""
    bak = backup_path(path)
    tmp = bak.with_name(f".{bak.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(path, tmp)
    except OSError:
        import shutil  # on save, not at start-up

        shutil.copy2(path, tmp)
    os.replace(tmp, bak)


def link_target(path: Path) -> Path:
    """The file a save to `path` writes: the end of its chain of links (or `path` itself)."""
    if not os.path.islink(path):
        return path
    return Path(os.path.realpath(path))


def _temp_pid(name: str, prefix: str) -> int | None:
    """The process id in a temporary file name `<prefix><pid>-XXXX.tmp`, if it has one."""
    middle = name[len(prefix) : -len(".tmp")]
    digits = middle.split("-", 1)[0].split(".")[-1]
    return int(digits) if digits.isdigit() and len(digits) <= 10 else None


def remove_leftover_temps(path: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files of earlier, killed saves of `path`; returns what was removed.

    A temporary file of a process that still runs is left alone (it may be saving right
    now) unless it is older than STALE_TEMP_SECONDS.
    """
    import time

    from pitchkit.core.locking import pid_alive

    target = link_target(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    removed: list[Path] = []
    for prefix in (f".{target.name}.", f".{target.name}{BACKUP_SUFFIX}."):
        try:
            names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(".tmp")]
        except OSError:
            return removed
        for name in names:
            temp = folder / name
            pid = _temp_pid(name, prefix)
            try:
                info = os.lstat(temp)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode):
                continue
            running = pid is not None and pid != os.getpid() and pid_alive(pid)
            if pid == os.getpid() or (running and time.time() - info.st_mtime < STALE_TEMP_SECONDS):
                continue
            with contextlib.suppress(OSError):
                temp.unlink()
                removed.append(temp)
    return removed


def _refuse_special(path: Path) -> None:
    """OSError when `path` exists and is not a regular file: a save never replaces a device,
    a pipe, a socket or a folder (through a link to /dev/null, say) with a file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        from pitchkit.core.safe_read import kind_of

        raise OSError(errno.EEXIST, f"it is {kind_of(mode)}, not a regular file", str(path))


def write_atomic(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` so that a crash at any moment leaves the old or the new file.

    The previous file's permissions are kept; with `backup`, the previous content stays
    beside it as `<name>.bak`.  A link is kept: the file it points to is written.
    """
    path = link_target(Path(path))
    _refuse_special(path)
    remove_leftover_temps(path)
    folder = path.parent if str(path.parent) else Path(".")
    old_mode: int | None = None
    try:
        old_mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        pass
    import tempfile  # on save, not at start-up

    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if old_mode is not None:
            os.chmod(tmp_name, old_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        if backup and old_mode is not None:
            _keep_backup(path)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)
