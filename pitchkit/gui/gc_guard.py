"""Python's cycle collector runs on the GUI thread only, never inside a worker.

The collector runs in whichever thread happens to allocate when a threshold is passed.  In
a preview, export or health-check worker that thread is not the one that owns the Qt objects
in the garbage (a closed window's wrappers, say), and destroying a QObject from another
thread crashes the process: seen as a rare segfault while a health-check worker collected
as a window closed.  So the app switches automatic collection off and a timer on the GUI
thread collects instead, generation by generation, with Python's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot
from shiboken6 import isValid

#: How often the GUI thread looks at the collector's counts (a look costs microseconds).
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Does the cycle collector's work from a timer on the thread that owns it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        """Collect the generations whose counts passed Python's thresholds."""
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector on `app` once (later calls return the same one).

    Remembered on `app` itself: `findChild` would wrap every child of the application in
    Python to compare types, which at start-up makes PySide build the enum classes of
    dozens of Qt types it meets for the first time (~20 ms; docs/performance.md).
    """
    existing = getattr(app, "_pitchkit_gc_collector", None)
    if isinstance(existing, GuiThreadCollector) and isValid(existing):
        return existing
    collector = GuiThreadCollector(app)
    app._pitchkit_gc_collector = collector  # type: ignore[attr-defined]
    return collector
