"""A quicker answer to the question PySide asks of every module imported after it.

For its `from __feature__ import ...` switches, PySide (`shibokensupport.feature`) asks of
each module imported after PySide6 whether it uses PySide, by reading the module's source
with `inspect.getsource` and looking for "PySide6".  Through inspect and linecache that is
~0.1-0.4 ms a module, and the desktop app imports ~120 modules after PySide before its first
window: 10-40 ms of start-up (docs/performance.md).  `install` answers the same question
from the file's bytes, and at once for the standard library (which never imports PySide6),
so every answer is the one PySide would have found.  PitchKit itself uses no `__feature__`.

The function replaced is PySide's private one: when a PySide version no longer has it,
nothing is changed and PySide asks its own way.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: The name of PySide's check, in `shibokensupport.feature` (PySide6 6.5 to 6.11 at least).
_CHECK = "_mod_uses_pyside"


def install() -> bool:
    """Put the quicker check in place (once PySide6 is imported); whether it was installed."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, _CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "_pitchkit_quick", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and name.partition(".")[0] in sys.stdlib_module_names:
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))  # no plain source file: PySide's own way

    uses_pyside._pitchkit_quick = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
