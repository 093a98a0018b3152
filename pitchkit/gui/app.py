"""Starting the desktop app: the QApplication and the first window.

Importing this module does not import Qt.  Whether Qt can show a window here
(`has_display`) is asked of pitchkit/qtrender/application.py, shared with the exports.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from pitchkit.gui.main_window import MainWindow


#: How long a thread may hold the GIL before another gets a turn (Python's default: 5 ms).
#: The preview, export and health-check workers share the GIL with the GUI thread, which
#: needs it back many times per keystroke: at 5 ms each, typing stalled for ~180 ms while
#: a 2,000-stakeholder preview was rebuilt; at 1 ms ~75-90 ms, at 0.5 ms ~50-65 ms, with
#: the rebuild itself no slower beyond noise (benchmarks/bench_preview.py).
GUI_SWITCH_INTERVAL_S = 0.0005


def application(language: str | None = None) -> QApplication:
    """The process's QApplication, created and named on first use, speaking its language.

    `language` ("en", "nl") overrides Preferences and the locale (`pitchkit --language`).
    """
    from pitchkit.qt_boot import import_qt

    import_qt()  # PySide's support code from the cache, not compiled again (~20 ms)
    from PySide6.QtWidgets import QApplication

    from pitchkit.gui import pyside_scan

    pyside_scan.install()  # before the app's other modules are imported
    from pitchkit import __version__
    from pitchkit.gui.settings import APP_NAME, ORGANISATION
    from pitchkit.gui.theme import follow_system_colours

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pitchkit")  # matches packaging/linux/pitchkit.desktop
    from pitchkit.gui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(app)  # never a cycle collection inside a worker thread
    follow_system_colours(app)
    if not hasattr(app, "_pitchkit_translators"):  # once per process, before any window
        from pitchkit.gui.translation import app_language, install_translators

        app._pitchkit_translators = install_translators(app, app_language(language))  # type: ignore[attr-defined]
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    return app


def create_main_window(
    path: str | os.PathLike[str] | None, *, example: bool = False, offer_recovery: bool = True
) -> MainWindow | None:
    """A main window on `path`, on the bundled example, or on the start screen.

    When the file cannot be opened the user is shown why and None is returned.  The
    window is not shown yet, so this is the whole start-up minus the event loop.
    `offer_recovery=False` leaves the offer of crashed work to the caller (`run_app`
    makes it once the window is on screen).
    """
    from pitchkit.gui.main_window import MainWindow

    window = MainWindow(start_screen=path is None and not example)
    if example and path is None:
        window.open_example()
    elif path is not None and not window.load(path):
        window.deleteLater()
        return None
    window.show_start_screen_when_empty()
    if offer_recovery:
        window.offer_recovery()
    return window


def run_app(path: str | None, *, example: bool = False, language: str | None = None) -> int:
    """Run the desktop app on `path` (or the example, or the start screen) until it closes."""
    # Start-up allocates tens of thousands of objects and frees few: cycle collections
    # there are wasted (~5 ms).  The app's collector (gui/gc_guard.py, made by
    # `application`) collects from then on, on the GUI thread.
    gc.disable()
    app = application(language)
    window = create_main_window(path, example=example, offer_recovery=False)
    if window is None:
        return 1
    window.show()
    # Autosave and the search for crashed work are not needed for the first screen (and a
    # question about crashed work is better asked over the window than before it).
    waiting = after_first_paint(app, window.start_background_work, owner=window)
    # The SVG icon engine is a plugin load the first paint need not wait for.
    after_first_paint(app, _set_window_icon, owner=window)
    if os.environ.get("PITCHKIT_BENCH_QUIT_AFTER_PAINT"):
        quit_after_first_paint(app, window)  # installed last, so it sees the first paint first
    try:
        return app.exec()
    finally:  # closed before it ever painted: nothing left waiting for a paint
        with contextlib.suppress(RuntimeError):  # already gone after the paint
            window.removeEventFilter(waiting)


def _set_window_icon() -> None:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from pitchkit.paths import icon_path

    QApplication.setWindowIcon(QIcon(str(icon_path())))


def after_first_paint(app: QApplication, callback: Callable[[], object], *, owner: QObject | None = None) -> QObject:
    """Call `callback` once the first window has painted (after the rest of that paint pass).

    With an `owner` widget (the window), only the owner's own events are watched: a
    top-level window is sent the first Paint of its pass, and Python never sees the rest
    of the application's events (wrapping them costs, and an object of a class PySide
    does not know, such as Qt's animation timer, makes it build the Python classes of
    many of its types).  Without an owner widget every object's first paint counts.
    Qt asks the most recently installed event filter first, so the callback registered
    last runs first.  With an `owner`, the wait ends with it:
    a window deleted before it painted never gets the call.  Returns the event filter.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    watched = owner if isinstance(owner, QWidget) else app
    paint = QEvent.Type.Paint

    class _FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
            if event.type() == paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.parent() or app, callback)
                self.deleteLater()
            return False

    waiting = _FirstPaint(owner or app)
    watched.installEventFilter(waiting)
    return waiting


def quit_after_first_paint(app: QApplication, window: QObject | None = None) -> None:
    """For benchmarks/bench_startup.py: end the process once the first window has painted.

    Prints `painted <time.perf_counter()>` and exits at once, so the benchmark times
    process start to first paint, not Qt's teardown (nor what `run_app` defers until then).
    """

    def _report_and_exit() -> None:
        import time

        print(f"painted {time.perf_counter():.4f}", flush=True)
        os._exit(0)

    after_first_paint(app, _report_and_exit, owner=window)
