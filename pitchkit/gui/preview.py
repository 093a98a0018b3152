"""The live preview's engine: debounced, built in a worker thread, stale results dropped.

The project is a mutable struct edited on the GUI thread, so each refresh first takes a
snapshot there (msgspec's JSON encoder: ~5 ms for 2,000 stakeholders) and the worker
decodes it.  The worker builds the same document tree as every export (`build_document`),
lays it out as the same QTextDocument as the PDF writer (`text_document`), and runs the
health check.  QTextDocument and QPainter on a QImage are reentrant in Qt, so both may be
made off the GUI thread; the finished document is moved to the GUI thread before it is
handed over.  Only the QTextBrowser is touched on the GUI thread.

The worker shares the GIL with the GUI thread, and a Qt call holds it from start to end:
`QTextDocument.setHtml` on a 2,000-stakeholder proposal (440,000 characters) held it for
~380 ms, decoding a 2000x1440 map PNG for ~60-100 ms, and typing stalled for that long.
So the preview lays out at most `PREVIEW_BUDGET` characters (the first part of a long
document, with a note saying so; exports are never cut), and its map picture is drawn
no wider than the preview shows it (`PREVIEW_PICTURE_WIDTH`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument

from pitchkit.core.errors import PitchKitError
from pitchkit.core.model import Project

if TYPE_CHECKING:
    from pitchkit.core.health import Finding
    from pitchkit.documents.tree import Document

#: Quiet time after the last edit before the preview is rebuilt.
DEBOUNCE_MS = 300
#: The most the preview lays out, in characters of text (a table cell counts 10 more):
#: about 25 pages, and ~50 ms of `setHtml` holding the GIL.  The example needs 11,000.
PREVIEW_BUDGET = 50_000
#: The preview shows the map 16 cm wide, ~600 pixels; twice that stays sharp on high-DPI.
PREVIEW_PICTURE_WIDTH = 1200


@dataclass(frozen=True)
class PreviewRequest:
    """What to preview: a snapshot of the project and the view's choices."""

    generation: int
    snapshot: bytes
    template: str
    audience: str | None
    #: AnonymiseOptions, or None: the preview names people by role (done in the worker).
    anonymise: Any = None


@dataclass
class PreviewResult:
    """What a worker made: the laid-out document (or why not) and the health findings."""

    generation: int
    document: QTextDocument | None = None
    error: str = ""
    findings: list[Finding] = field(default_factory=list)
    #: Plain text of the preview, for tests and the benchmark.
    text: str = ""
    #: True when the document was too long and the preview shows its first part only.
    partial: bool = False
    #: The project snapshot the findings are for (the health monitor remembers them).
    snapshot: bytes = b""


def snapshot(project: Project) -> bytes:
    """A cheap, immutable copy of `project` to hand to another thread."""
    return msgspec.json.encode(project)


class MapPictureCache:
    """The map picture of the last project, redrawn only when what the map shows changes.

    Laying out and painting the map of 2,000 stakeholders takes seconds, while most edits
    (notes, quotes, KPIs) do not move anything on it.
    """

    def __init__(self, *, shared: bool = False) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self._png = b""
        #: Drawn as in a shared document: one card colour, no stance rings or marks.
        self.shared = shared
        self._for_shared: MapPictureCache | None = None

    def for_shared(self) -> MapPictureCache:
        """The cache of the same map in the shared documents' style (made on first use)."""
        if self.shared:
            return self
        with self._lock:
            if self._for_shared is None:
                self._for_shared = MapPictureCache(shared=True)
            return self._for_shared

    def makers(self) -> dict[str, MapPictureCache]:
        """The pictures a template may show: the map, and its style for shared documents."""
        from pitchkit.documents.export import SHARED_STYLE

        return {"pitchkit:map": self, "pitchkit:map" + SHARED_STYLE: self.for_shared()}

    @staticmethod
    def key(project: Project) -> Any:
        people = tuple(
            (p.id, p.name, p.role, p.power, p.interest, p.stance, p.stance_wanted, p.decision_maker)
            for p in project.stakeholders
        )
        links = tuple((link.source, link.target, link.strength) for link in project.links)
        return project.strategy.champion, people, links

    def __call__(self, project: Project) -> bytes:
        from pitchkit.core.document_map import document_map
        from pitchkit.qtrender.map_painter import render_png

        key = self.key(project)
        with self._lock:
            if key == self._key:
                return self._png
        layout = document_map(project)
        # Exports draw at scale 2; the preview needs no more pixels than it shows, and
        # decoding the picture again in `text_document` holds the GIL all the while.
        scale = min(1.0, PREVIEW_PICTURE_WIDTH / layout.style.width)
        png = render_png(project, scale, layout, shared=self.shared)
        with self._lock:
            self._key, self._png = key, png
        return png


def _weight(node: Any) -> int:
    """Roughly what `node` costs to lay out: its characters, plus 10 for each cell or item."""
    if isinstance(node, str):
        return len(node)
    if isinstance(node, list):
        return 10 + sum(_weight(item) for item in node)
    if isinstance(node, bytes):
        return 2_000  # a picture (the small preview one) costs about a page of text
    if isinstance(node, msgspec.Struct):  # a tree node
        return sum(_weight(getattr(node, name)) for name in node.__struct_fields__)
    return 0


def first_part(doc: Document, budget: int = PREVIEW_BUDGET) -> tuple[Document, bool]:
    """`doc` cut after about `budget` characters (at a block, a table row or a list item).

    Returns the document and whether it was cut; a cut one ends with a note saying so.
    """
    from pitchkit.documents.tree import ListBlock, Paragraph, Table, Text

    kept = []
    left = budget
    for block in doc.blocks:
        cost = _weight(block)
        if cost <= left:
            kept.append(block)
            left -= cost
            continue
        # Keep what fits of a long table or list, so a long first section still shows.
        if isinstance(block, Table):
            rows = _fitting(block.rows, left - _weight(block.header))
            if rows:
                kept.append(msgspec.structs.replace(block, rows=rows))
        elif isinstance(block, ListBlock):
            items = _fitting(block.items, left)
            if items:
                kept.append(msgspec.structs.replace(block, items=items))
        note = translate("PreviewRenderer", "This long document is previewed up to here; the export contains all of it.")
        kept.append(Paragraph([Text(note, italic=True)]))
        return msgspec.structs.replace(doc, blocks=kept), True
    return doc, False


def _fitting(items: list[Any], budget: int) -> list[Any]:
    fitting = []
    for item in items:
        budget -= _weight(item)
        if budget < 0:
            break
        fitting.append(item)
    return fitting


def build_preview(request: PreviewRequest, pictures: MapPictureCache) -> PreviewResult:
    """Everything the preview shows, made from `request` (runs in a worker thread).

    The cycle collector is paused meanwhile, as for an export: run in this thread, it could
    free a closed window's widgets (their Python wrappers in cycles) away from the GUI thread.
    """
    from pitchkit.core.collector import collector_paused

    with collector_paused():
        return _build_preview(request, pictures)


def _build_preview(request: PreviewRequest, pictures: MapPictureCache) -> PreviewResult:
    from pitchkit.core.analysis import analyse
    from pitchkit.documents.export import build_document, document_language
    from pitchkit.documents.templates import find_template, read_template_source
    from pitchkit.qtrender.pdf_writer import text_document

    result = PreviewResult(request.generation, snapshot=request.snapshot)
    project = msgspec.json.decode(request.snapshot, type=Project)
    if request.anonymise is not None:
        from pitchkit.core.anonymise import anonymise
        from pitchkit.core.language import speaking

        with speaking(document_language(project)):  # the words that replace names
            project = anonymise(project, request.anonymise)
    # One analysis of this snapshot for the document and the health panel alike.
    analysis = analyse(project)
    template_text: str | None = None
    try:
        info = find_template(request.template, document_language(project))
        template_text = read_template_source(info)
        if info.audience == "stakeholder" and not request.audience:
            result.error = translate("PreviewRenderer", "“{name}” is written for one person: choose a stakeholder as the audience.").format(
                name=info.name
            )
        else:
            doc = build_document(
                project, request.template, request.audience, pictures=pictures.makers(), analysis=analysis
            )
            doc, result.partial = first_part(doc)
            qdoc = text_document(doc)
            result.text = qdoc.toPlainText()
            result.document = qdoc
    except PitchKitError as err:
        result.error = str(err)
    except Exception as err:  # noqa: BLE001 - shown in the preview instead of a traceback
        result.error = translate("PreviewRenderer", "The preview could not be made: {what}").format(what=f"{type(err).__name__}: {err}")
    try:
        result.findings = list(analysis.with_template(template_text).findings)
    except Exception:  # noqa: BLE001 - the health check must not take the preview down
        result.findings = []
    return result


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


class _Signals(QObject):
    done = Signal(object)


class PreviewJob(QRunnable):
    """One preview build on the thread pool; reports through `signals.done`."""

    def __init__(self, request: PreviewRequest, pictures: MapPictureCache, main_thread: Any) -> None:
        super().__init__()
        self.request = request
        self.pictures = pictures
        self.signals = _Signals()
        self._main_thread = main_thread

    def run(self) -> None:
        try:
            result = build_preview(self.request, self.pictures)
        except Exception as err:  # noqa: BLE001 - a worker must always answer, or the page waits forever
            result = PreviewResult(self.request.generation, error=f"{type(err).__name__}: {err}")
        if result.document is not None:
            # Made here; it must belong to the GUI thread before a widget shows it.
            result.document.moveToThread(self._main_thread)
        try:
            self.signals.done.emit(result)
        except RuntimeError:  # the page was closed while this build ran: nobody to tell
            pass


class PreviewRenderer(QObject):
    """Rebuilds the preview after edits: debounced, one build at a time, newest wins.

    `request()` (re)starts the debounce timer; `refresh_now()` skips it.  `ready` carries a
    `PreviewResult`; results older than the newest request are dropped.
    """

    ready = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self.template = "proposal"
        self.audience: str | None = None
        #: With options, the preview names people by role (the Generate step's Anonymise switch).
        self.anonymise: Any = None
        self._generation = 0
        self._running: PreviewJob | None = None
        self._pending = False
        self._pictures = MapPictureCache()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)

    @property
    def generation(self) -> int:
        """The number of the newest request."""
        return self._generation

    def set_project(self, project: Project | None) -> None:
        self._project = project

    def is_busy(self) -> bool:
        """True while a build runs or one is waiting for the debounce."""
        return self._running is not None or self._timer.isActive() or self._pending

    def request(self) -> None:
        """Something changed: rebuild once the user pauses."""
        self._timer.start()
        self.busy_changed.emit(True)

    @Slot()
    def refresh_now(self) -> None:
        """Rebuild now (or as soon as the build under way finishes)."""
        self._timer.stop()
        if self._project is None:
            return
        if self._running is not None:
            self._pending = True
            return
        self._pending = False
        self._generation += 1
        request = PreviewRequest(self._generation, snapshot(self._project), self.template, self.audience, self.anonymise)
        job = PreviewJob(request, self._pictures, self.thread())
        job.signals.done.connect(self._on_done)
        self._running = job
        self.busy_changed.emit(True)
        self._pool.start(job)

    @Slot(object)
    def _on_done(self, result: PreviewResult) -> None:
        self._running = None
        if self._pending:
            self.refresh_now()
        elif not self._timer.isActive():
            self.busy_changed.emit(False)
        if result.generation == self._generation:
            self.ready.emit(result)
        elif result.document is not None:
            result.document.deleteLater()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for scripts and shutdown, never the GUI)."""
        return self._pool.waitForDone(msecs)
