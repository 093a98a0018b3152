"""The Qt-drawn parts of exports, offered to the Qt-free document pipeline.

`documents/` never imports Qt: the command line and the app pass these in
(`export_project(..., writers=qt_writers(), pictures=qt_pictures())`).  Importing this
module is cheap; Qt loads only when a PDF or a picture is actually made.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from pitchkit.core.model import Project

_app = None


def ensure_gui_application() -> None:
    """Painting needs a QGuiApplication; the command line may not have one yet."""
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        from pitchkit.gui.app import has_display

        if not has_display():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(sys.argv[:1])


def _write_pdf(*args, **kwargs) -> list[str]:
    from pitchkit.gui.pdf_writer import write_pdf

    return write_pdf(*args, **kwargs)


def _map_png(project: Project) -> bytes:
    from pitchkit.gui.map_painter import render_png

    return render_png(project)


def qt_writers() -> dict[str, Callable[..., list[str]]]:
    """Writers that need Qt, by format."""
    return {"pdf": _write_pdf}


def qt_pictures() -> dict[str, Callable[[Project], bytes]]:
    """Pictures a template can show, by name (`![Stakeholder map](pitchkit:map)`)."""
    return {"pitchkit:map": _map_png}
