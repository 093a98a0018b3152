"""Drawing a picture in a child process while the export goes on (a first export's map).

A first export draws the stakeholder map: importing Qt, laying out, painting and encoding
the PNG take longer than the rest of the export together, and they hold the interpreter
lock, so a thread gains nothing (docs/performance.md).  On Linux the command line forks
a child as soon as it knows the template shows the map; the child draws and sends the PNG
back through a pipe while the parent renders the template and builds the document, and
the parent collects it when the picture is needed.  Anything unusual (no fork, Qt already
loaded, other threads running, a child that fails) leaves the parent to draw the picture
itself, as before.  Importing this module does not import Qt.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable

#: Pictures being drawn by a child: key -> (process id, read end of its pipe).
_running: dict[str, tuple[int, int]] = {}


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


def start(key: str, draw: Callable[[], bytes]) -> bool:
    """Fork a child that calls `draw()` and sends its bytes back; False when it cannot."""
    if key in _running:
        return True
    if not can_fork():
        return False
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: draw, send, and leave without running the parent's exit code
        status = 1
        try:
            os.close(read_end)
            data = draw()
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    _running[key] = (pid, read_end)
    return True


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
