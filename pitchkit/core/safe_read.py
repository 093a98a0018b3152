"""Bounded, type-checked reading of every file PitchKit opens (docs/robustness.md, "Limits").

A path may name anything: a FIFO that blocks a plain `open()` forever, a link to
`/dev/zero` whose size reads as 0 and whose content never ends, a folder or a socket.
`read_bounded` checks the type before opening, opens without blocking, checks the type again on the open descriptor (the
name may have been swapped in between), and reads at most the limit plus one byte, so a
file that grows or lies about its size is refused instead of read into memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pitchkit.core.errors import PitchKitError
from pitchkit.core.messages import file_error, message

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)
_CHUNK = 1 << 20


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ("a pipe (FIFO)", "a device" …)."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not a regular file"


def _refuse_kind(path: Path, mode: int, error: type[PitchKitError], where: str) -> PitchKitError:
    if stat.S_ISDIR(mode):
        return message("file-is-folder", file=str(path), where=where, error=error)
    return message("file-not-regular", file=str(path), where=where, error=error, kind=kind_of(mode))


def check_regular(path: str | os.PathLike[str], *, error: type[PitchKitError], where: str = "") -> os.stat_result:
    """The stat of `path` (links followed) if it is a regular file; else the catalogued error."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as err:
        raise file_error(err, path, error=error, where=where) from None
    if not stat.S_ISREG(info.st_mode):
        raise _refuse_kind(path, info.st_mode, error, where)
    return info


def read_bounded(
    path: str | os.PathLike[str],
    limit: int,
    *,
    error: type[PitchKitError],
    where: str = "",
    too_large: str = "file-too-large",
) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises `error` (a catalogued message naming the file) for a missing, unreadable or
    non-regular file, and the entry `too_large` (with `limit` in MB) for a bigger one.
    Links are followed: what counts is the file at the end.
    """
    path = Path(path)
    check_regular(path, error=error, where=where)  # before opening: a device is never opened
    # Non-blocking: a FIFO swapped in after the check opens at once (and fstat refuses it).
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise file_error(err, path, error=error, where=where) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refuse_kind(path, info.st_mode, error, where)
        if info.st_size > limit:
            raise _too_large(path, limit, error, where, too_large)
        chunks: list[bytes] = []
        total = 0
        want = info.st_size + 1  # the whole file in one read, and one byte to see it ends
        while total <= limit:
            chunk = os.read(fd, min(max(want - total, _CHUNK), limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read, or its size lied
            raise _too_large(path, limit, error, where, too_large)
        return b"".join(chunks)
    except OSError as err:
        raise file_error(err, path, error=error, where=where) from None
    finally:
        os.close(fd)


def _too_large(path: Path, limit: int, error: type[PitchKitError], where: str, name: str) -> PitchKitError:
    # "project-too-large" counts whole MB; the other entries take the limit in words.
    return message(name, file=str(path), where=where, error=error, limit=limit >> 20, size=_megabytes(limit))


def _megabytes(limit: int) -> str:
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):g} MB"
    return f"{limit / 1024:g} KB"


def read_text_bounded(
    path: str | os.PathLike[str],
    limit: int,
    *,
    error: type[PitchKitError],
    not_utf8: str,
    where: str = "",
    too_large: str = "file-too-large",
) -> str:
    """`read_bounded` decoded as UTF-8; the catalogued entry `not_utf8` when it is not."""
    data = read_bounded(path, limit, error=error, where=where, too_large=too_large)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise message(not_utf8, file=str(path), where=where, error=error) from None


def read_project_bytes(path: Path, limit: int) -> bytes:
    """The bytes of the project file at `path` (bounded, type-checked).

    Temporary files a killed save left beside it are removed first (core/safe_write.py).
    """
    from pitchkit.core.errors import ProjectError
    from pitchkit.core.safe_write import remove_leftover_temps

    data = read_bounded(path, limit, error=ProjectError, too_large="project-too-large")
    remove_leftover_temps(path)
    return data
