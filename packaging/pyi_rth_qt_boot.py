"""Bundle runtime hook, run before PyInstaller's own: Qt imported through pitchkit/qt_boot.py.

PyInstaller's PySide6 runtime hook imports PySide6.QtCore (to register its qt.conf) before
PitchKit's code runs, so the cache of PySide's compiled support code must be in place
first; the spec lists this hook, and hooks named there run before the implied ones.
Cycle collection is paused meanwhile, as pitchkit/entry.py pauses it for its imports.
"""

import gc

gc.disable()
try:
    from pitchkit.qt_boot import import_qt

    import_qt()
finally:
    gc.enable()
