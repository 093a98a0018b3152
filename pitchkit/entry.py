"""What `python -m pitchkit` and the bundle run: the command line, imported quickly.

Two start-up costs of the imports before `main` runs are avoided here, at the program's
entry only (a library import of PitchKit, as in the tests, is left as it is):
- Python's cycle collector is paused while the command line is imported: that makes
  thousands of objects and no garbage, and ~15 collections would run meanwhile (~2-4 ms).
  What the imports made is then frozen (`gc.freeze`: module contents that live as long as
  the process), so the first collection afterwards does not walk all of it either.  The
  desktop app then hands collection to its GUI-thread collector (gui/gc_guard.py).
- msgspec imports typing_extensions only for `get_type_hints` and `Required`, which it takes
  from `typing` when typing_extensions cannot be imported; PitchKit's records are Structs,
  for which msgspec uses neither, and Python 3.11's `typing` has both (~2.5 ms saved).
  typing_extensions imports normally afterwards for whoever needs it (python-docx).
- When a command that did not load Qt returns, everything is frozen again: Python's exit
  runs one full cycle collection over every object still alive (after an export, all of
  Jinja, mistune and the document), and a process about to end gains nothing from it.
  Qt's objects are left to that collection as before (the app, a PDF export).
- The regular expressions these imports compile (platform's through msgspec's uuid,
  textwrap, gettext and argparse, PitchKit's own) are kept between processes
  (pitchkit/kept_patterns.py): 26 patterns, ~4 ms of every command's start.
In the bundle, PyInstaller's Qt runtime hook has imported PySide6 before this runs, so
PySide's check of every module imported after it (gui/pyside_scan.py) is made quick first.
"""

from __future__ import annotations

import gc
import sys


def _import_msgspec() -> None:
    """Import msgspec with typing_extensions out of its way (see the module's docstring)."""
    if "msgspec" in sys.modules or "typing_extensions" in sys.modules:
        return
    sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # "cannot be imported"
    try:
        import msgspec  # noqa: F401
    finally:
        del sys.modules["typing_extensions"]


def run() -> int:
    """Import the command line and run it on `sys.argv`; the exit status."""
    if "shibokensupport.feature" in sys.modules:  # the bundle: PySide6 is imported already
        from pitchkit.gui import pyside_scan

        pyside_scan.install()
    from pitchkit.kept_patterns import kept_patterns

    collecting = gc.isenabled()
    gc.disable()
    try:
        with kept_patterns("start"):  # what the imports compile, kept (~4 ms; uuid's platform …)
            _import_msgspec()
            from pitchkit.cli import main
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    status = main()
    if "PySide6.QtCore" not in sys.modules:
        # A command without Qt ends here: frozen, what it made is left out of the full
        # collection Python runs at exit (6-12 ms after an export; docs/performance.md).
        gc.freeze()
    return status
