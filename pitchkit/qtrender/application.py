"""Whether Qt can open a window here, and the QGuiApplication that painting needs.

Importing this module does not import Qt, so the command line can ask `has_display()`
cheaply before deciding to start the GUI.
"""

from __future__ import annotations

import os
import sys

_app = None


def has_display() -> bool:
    """Whether Qt can open a window here, without aborting the process (no Qt import).

    Windows and macOS always have one.  Elsewhere Qt picks a platform from
    `QT_QPA_PLATFORM` (a `;`-separated list of fallbacks) or else X11/Wayland, and aborts
    when the one it needs has no server to talk to.
    """
    if sys.platform in ("win32", "darwin"):
        return True
    x11 = bool(os.environ.get("DISPLAY"))
    wayland = bool(os.environ.get("WAYLAND_DISPLAY"))
    requested = os.environ.get("QT_QPA_PLATFORM", "").strip()
    if not requested:
        return x11 or wayland
    for candidate in requested.split(";"):
        name = candidate.split(":", 1)[0].strip()
        if name == "xcb":
            if x11:
                return True
        elif name.startswith("wayland"):
            if wayland:
                return True
        elif name:
            # offscreen, minimal, vnc, eglfs, linuxfb ... need no display server.
            return True
    return False


def ensure_gui_application() -> None:
    """Painting needs a QGuiApplication; the command line may not have one yet.

    Without a display the offscreen platform is chosen, so exports work on a server.
    """
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not has_display():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(sys.argv[:1])
