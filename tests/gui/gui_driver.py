"""A real PitchKit window in its own process, for the tests that need a second app or a kill.

    python tests/gui/gui_driver.py race PROJECT     # open PROJECT when told to; report; hold
    python tests/gui/gui_driver.py crash PROJECT    # open, edit, autosave, hold the settings
                                                    # lock; wait to be killed
    python tests/gui/gui_driver.py settings         # time one settings write

Every prompt is answered without a modal loop ("cancel" for the lock); results are one JSON
line on stdout.  A line on stdin is the "go" of `race`; end of stdin ends a held process.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _window():
    from PySide6.QtWidgets import QApplication

    from pitchkit.gui import prompts
    from pitchkit.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    asked: list[str] = []

    def ask_lock_choice(parent, path, holder):
        asked.append(holder)
        return "cancel"

    prompts.ask_lock_choice = ask_lock_choice
    prompts.show_error = prompts.show_warning = lambda *args, **kwargs: None
    prompts.ask_restore = lambda *args: "later"
    return app, MainWindow(), asked


def race(path: str) -> None:
    app, window, asked = _window()
    print("ready", flush=True)
    sys.stdin.readline()
    opened = window.load(path)
    print(json.dumps({"opened": opened, "asked": bool(asked), "locked": window.file_guard.locked}), flush=True)
    sys.stdin.read()  # hold the file until the test is done
    window.session.undo_stack.setClean()
    window.close()
    app.processEvents()


def crash(path: str) -> None:
    from PySide6.QtCore import QLockFile

    from pitchkit.gui import kinds
    from pitchkit.gui.settings import gui_settings

    app, window, _ = _window()
    assert window.load(path)
    window.session.set_field(kinds.PITCH, window.project.pitch, "ask", "Unsaved before the crash")
    window.autosave.write_now()
    settings_lock = QLockFile(gui_settings().fileName() + ".lock")
    assert settings_lock.tryLock(1000)  # as if the kill came in the middle of a settings write
    print(json.dumps({"pid": os.getpid(), "lock": settings_lock.fileName()}), flush=True)
    sys.stdin.read()


def settings() -> None:
    from PySide6.QtCore import QCoreApplication

    from pitchkit.gui.settings import gui_settings

    app = QCoreApplication.instance() or QCoreApplication([])
    started = time.monotonic()
    store = gui_settings()
    store.setValue("probe", 1)
    store.sync()
    print(json.dumps({"seconds": time.monotonic() - started, "status": int(store.status().value)}), flush=True)
    del app


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    {"race": race, "crash": crash, "settings": settings}[mode](*rest)
