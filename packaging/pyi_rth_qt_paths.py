"""Bundle runtime hook: where Qt's plugins are, set without importing Qt.

PyInstaller's own PySide6 hook (left out by the spec) imports PySide6.QtCore before PitchKit
starts, to check for an embedded qt.conf that PySide6's wheels make themselves: every command
then paid for Qt (~100 ms), and a first export could not draw its map in a child process,
which needs a process without Qt (qtrender/picture_worker.py).  This sets the same
environment as that hook, and Qt is imported where PitchKit needs it (pitchkit/qt_boot.py).
"""

import os
import sys


def _qt_paths() -> None:
    base = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    qt = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    # Where PyInstaller's hook lets QtNetwork find the OpenSSL it collected (PitchKit does
    # not use QtNetwork; kept so that the bundle's Qt finds what it found before).
    if sys.platform.startswith("win"):
        os.environ["PATH"] = os.pathsep.join(filter(None, (base, os.environ.get("PATH"))))
    elif sys.platform == "darwin" and ".app/Contents/" not in base:
        os.environ["DYLD_LIBRARY_PATH"] = os.pathsep.join(filter(None, (base, os.environ.get("DYLD_LIBRARY_PATH"))))


_qt_paths()
del _qt_paths
