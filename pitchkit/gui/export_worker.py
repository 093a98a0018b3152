"""Exports run on the thread pool, so a long one never freezes the window.

The worker gets a snapshot of the project (the user may keep editing) and calls the same
`export_project` as the command line, with the Qt PDF writer and map picture.  The PDF
writer paints a QTextDocument onto a QPdfWriter; Qt supports QPainter in worker threads
on QImage and on its PDF engine (QPrinter/QPdfWriter), and tests/gui/test_generate_page.py
exports a PDF this way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import msgspec
from PySide6.QtCore import QObject, QRunnable, Signal

from pitchkit.core.errors import ExportError, PitchKitError
from pitchkit.core.messages import message
from pitchkit.core.model import Project


@dataclass(frozen=True)
class ExportRequest:
    """One export: the project snapshot and every choice made on the Generate page."""

    snapshot: bytes
    out: str
    fmt: str
    template: str
    audience: str | None
    reference_docx: str | None
    #: AnonymiseOptions, or None: people keep their names.
    anonymise: Any = None


def run_export(request: ExportRequest):
    """Write the export; returns the `ExportReport` (raises PitchKitError for the user)."""
    from pitchkit.documents.export import export_project
    from pitchkit.qtrender.renderers import qt_pictures, qt_writers

    project = msgspec.json.decode(request.snapshot, type=Project)
    reference = request.reference_docx or None
    if reference is not None and not os.path.isfile(reference):
        raise message("file-missing", file=reference, where="reference document", error=ExportError)
    return export_project(
        project,
        out=request.out,
        fmt=request.fmt,
        template=request.template,
        audience=request.audience,
        reference_docx=reference,
        pictures=qt_pictures(),
        writers=qt_writers(),
        anonymise=request.anonymise,
    )


class ExportSignals(QObject):
    """`finished(report)` or `failed(message)`, delivered on the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)


class ExportJob(QRunnable):
    """`run_export` on a pool thread; every error becomes one message, never a traceback."""

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request
        self.signals = ExportSignals()

    def run(self) -> None:
        try:
            report = run_export(self.request)
        except PitchKitError as err:
            self.signals.failed.emit(str(err))
        except Exception as err:  # noqa: BLE001 - the user gets the message, not a traceback
            self.signals.failed.emit(f"{self.request.out}: {type(err).__name__}: {err}")
        else:
            self.signals.finished.emit(report)
