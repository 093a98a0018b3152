"""Drawing a picture in a child process while the export goes on (a first export's map).

A first export draws the stakeholder map: importing Qt, laying out, painting and encoding
the PNG take longer than the rest of the export together, and they hold the interpreter
lock, so a thread gains nothing (docs/performance.md).  On Linux the command line forks
a child as early as it can (`prepare`): the child imports the drawing code while the
parent imports and renders the rest, then waits for its one job; the parent lays the
map out, hands it over (`submit`), builds the document and collects the PNG when the
picture is needed (`collect`).  `start` forks a child for one finished drawing function.
Anything unusual (no fork, Qt already loaded, other threads running, a child that fails)
leaves the parent to draw the picture itself; `shutdown` ends and reaps any child still
running, so none is left behind.  Importing this module does not import Qt.
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from collections.abc import Callable

#: Pictures being drawn by a child: key -> (process id, read end of its pipe).
_running: dict[str, tuple[int, int]] = {}
#: A child that has run its set-up and waits for a job: (process id, job pipe, result pipe).
_ready: list[tuple[int, int, int]] = []
_cleanup_registered = False


def can_fork() -> bool:
    """Whether a child may draw: Linux, Qt not loaded here, and no other thread running.

    A process that has loaded Qt (the app, or a test with a QApplication) has threads and
    state that a fork does not copy safely; macOS frameworks are not fork-safe either.
    """
    return (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and "PySide6.QtCore" not in sys.modules
        and threading.active_count() == 1
    )


def _fork() -> int:
    """fork(), the child closing the pipes of its brothers and sisters (so they see their ends)."""
    global _cleanup_registered
    if not _cleanup_registered:
        atexit.register(shutdown)
        _cleanup_registered = True
    pid = os.fork()
    if pid == 0:
        for _pid, *ends in _ready:
            for end in ends:
                os.close(end)
        for _pid, end in _running.values():
            os.close(end)
        _ready.clear()
        _running.clear()
    return pid


def start(key: str, draw: Callable[[], bytes]) -> bool:
    """Fork a child that calls `draw()` and sends its bytes back; False when it cannot."""
    if key in _running:
        return True
    if not can_fork():
        return False
    read_end, write_end = os.pipe()
    pid = _fork()
    if pid == 0:
        os.close(read_end)
        _child(draw, write_end)
    os.close(write_end)
    _running[key] = (pid, read_end)
    return True


def prepare(setup: Callable[[], None], work: Callable[[bytes], bytes]) -> bool:
    """Fork a child that runs `setup()` at once, then `work(job)` on the job `submit` sends.

    True when such a child is waiting (one is enough: a second call keeps it); a child
    that is sent no job leaves after its set-up.
    """
    if _ready:
        return True
    if not can_fork():
        return False
    job_read, job_write = os.pipe()
    result_read, result_write = os.pipe()
    pid = _fork()
    if pid == 0:
        os.close(job_write)
        os.close(result_read)

        def set_up_then_work() -> bytes:
            setup()
            with os.fdopen(job_read, "rb") as pipe:
                job = pipe.read()
            return work(job) if job else b""  # no job: leave after the set-up

        _child(set_up_then_work, result_write)
    os.close(job_read)
    os.close(result_write)
    _ready.append((pid, job_write, result_read))
    return True


def _child(make: Callable[[], bytes], write_end: int) -> None:
    """In a child: send what `make()` returns, and leave without running the parent's exit code."""
    status = 1
    try:
        data = make()
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)


def submit(key: str, job: bytes) -> bool:
    """Send `job` to the child `prepare` made, its result to be collected as `key`.

    False when no child is waiting (or it has gone): the caller draws some other way.
    """
    if key in _running:
        return True
    if not _ready:
        return False
    pid, job_write, result_read = _ready.pop()
    try:
        with os.fdopen(job_write, "wb") as pipe:
            pipe.write(job)
    except OSError:  # the child died in its set-up
        os.close(result_read)
        _end(pid)
        return False
    _running[key] = (pid, result_read)
    return True


def drawing(key: str) -> bool:
    """Whether a child is drawing `key` (its bytes not collected yet)."""
    return key in _running


def collect(key: str) -> bytes | None:
    """The bytes the child drawing `key` sent (waiting for it), or None (none, or it failed)."""
    entry = _running.pop(key, None)
    if entry is None:
        return None
    pid, read_end = entry
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    return data if os.waitstatus_to_exitcode(status) == 0 and data else None


def shutdown() -> None:
    """End every child whose work is no longer wanted (unused or never collected), and reap it."""
    while _ready:
        pid, job_write, result_read = _ready.pop()
        os.close(job_write)
        os.close(result_read)
        _end(pid)
    while _running:
        _key, (pid, read_end) = _running.popitem()
        os.close(read_end)
        _end(pid)


def _end(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
