"""The Generate step's marker: how many high-severity findings the pitch health check has,
kept current without running the check on the GUI thread or on every keystroke.

The check runs in a worker once edits pause (`HEALTH_DELAY_MS`).  While the Generate page's
live preview is on screen it runs the same check anyway, so its findings are used instead.
Importing this module is cheap (no health check, no Jinja): the main window makes its
`HealthMarker` before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from pitchkit.core.model import Project, Severity
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.session import ProjectSession

if TYPE_CHECKING:
    from pitchkit.core.health import Finding

#: Quiet time after the last edit before the background health check (longer than the preview's).
HEALTH_DELAY_MS = 1000


def count_high(data: bytes) -> int:
    """How many high-severity findings the health check has for the project snapshot `data`."""
    from pitchkit.core.analysis import analyse

    project = msgspec.json.decode(data, type=Project)
    return high_findings(analyse(project).findings)


def high_findings(findings: Sequence[Finding]) -> int:
    """How many of `findings` are high-severity."""
    return sum(finding.severity == Severity.HIGH for finding in findings)


class _HealthSignals(QObject):
    done = Signal(object, int)


class HealthJob(QRunnable):
    """One background health check of a snapshot; reports (snapshot, high findings)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data
        self.signals = _HealthSignals()

    def run(self) -> None:
        try:
            high = count_high(self.data)
        except Exception:  # noqa: BLE001 - a marker must never take the app down
            high = 0
        try:
            self.signals.done.emit(self.data, high)
        except RuntimeError:  # the window closed meanwhile
            pass


class HealthMonitor(QObject):
    """The health check's high-severity count for the Generate step's marker, kept current cheaply.

    Never on the GUI thread: `check_now()` (called once edits pause) checks a snapshot in a
    worker.  The answer for a snapshot is remembered, also when the preview (which runs the
    same check) reports it through `remember()`, so a state already checked is not checked
    again.  `checked(high)` is for the state at the newest `check_now()`.
    """

    checked = Signal(int)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._known: tuple[bytes, int] | None = None
        self._running: HealthJob | None = None
        self._pending = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def remember(self, data: bytes, high: int) -> None:
        """`high` is the answer for snapshot `data` (the preview found it)."""
        self._known = (data, high)

    @Slot()
    def check_now(self) -> None:
        """Check the project as it is now (in a worker; at once when this state is known)."""
        project = self._session.project
        if project is None:
            return
        if self._running is not None:
            self._pending = True
            return
        data = msgspec.json.encode(project)  # as preview.snapshot()
        if self._known is not None and self._known[0] == data:
            self.checked.emit(self._known[1])
            return
        job = HealthJob(data)
        job.signals.done.connect(self._on_done)
        self._running = job
        self._pool.start(job)

    @Slot(object, int)
    def _on_done(self, data: bytes, high: int) -> None:
        self._running = None
        self._known = (data, high)
        if self._pending:
            self._pending = False
            self.check_now()
        else:
            self.checked.emit(high)

    def is_busy(self) -> bool:
        return self._running is not None or self._pending

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until no check runs (shutdown and tests, never the GUI)."""
        return self._pool.waitForDone(msecs)


class HealthMarker(QObject):
    """The high-severity count the sidebar shows on the Generate step, and when it changes.

    `preview_shown()` says whether the Generate page's preview is on screen; its results
    come in through `on_preview_ready`.  `changed(high)` is emitted when the count changes.
    """

    changed = Signal(int)

    def __init__(self, session: ProjectSession, preview_shown: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._preview_shown = preview_shown
        #: High-severity findings of the newest check.
        self.high = 0
        self._monitor: HealthMonitor | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HEALTH_DELAY_MS)
        self.timer.timeout.connect(self._check)
        session.changed.connect(self._on_session_changed)

    def monitor(self) -> HealthMonitor:
        """The background check (made on first use)."""
        if self._monitor is None:
            self._monitor = HealthMonitor(self._session, self)
            self._monitor.checked.connect(self._on_checked)
        return self._monitor

    @Slot(object)
    def _on_session_changed(self, change: Change) -> None:
        if change.kind == ALL:
            self._set(0)  # another project: its predecessor's findings say nothing
        if self._session.project is not None and not self._preview_shown():
            self.timer.start()  # a check once edits pause, never per keystroke

    @Slot(object)
    def on_preview_ready(self, result: object) -> None:
        """The preview ran the same check on the newest state: no need to run it twice."""
        findings = getattr(result, "findings", [])
        high = high_findings(findings)
        self.monitor().remember(getattr(result, "snapshot", b""), high)
        if self._preview_shown():
            self._set(high)
        else:  # the user moved on while it was built: the monitor answers for now
            self.timer.start()

    @Slot()
    def _check(self) -> None:
        self.monitor().check_now()

    @Slot(int)
    def _on_checked(self, high: int) -> None:
        if not self._preview_shown():  # else the preview's findings are newer
            self._set(high)

    def _set(self, high: int) -> None:
        if high != self.high:
            self.high = high
            self.changed.emit(high)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until no check runs (shutdown and tests, never the GUI)."""
        return self._monitor.wait(msecs) if self._monitor is not None else True
