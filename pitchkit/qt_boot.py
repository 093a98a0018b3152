"""Importing Qt with PySide's support modules compiled once, not on every start (no Qt at import).

PySide6 keeps its support package (`shibokensupport`: the signature loader, parser, layout,
mapping, feature switching …) as Python source in a zip inside libshiboken, and its
bootstrap calls the built-in `compile` on each of its 14 modules at every process start:
there is no bytecode cache for them.  Those modules then compile ~16 regular expressions
at import (the signature parser's and the .pyi generator's), which Python keeps only for
the process.  Together ~40 ms of every start (docs/performance.md).  `import_qt` serves
both from one file in the app-data cache folder instead:

- only while `PySide6.QtCore` is being imported (with cycle collection paused: the
  import makes many objects and no garbage) are `builtins.compile`,
  `re._compiler.compile` and `_sre.compile` replaced, and the real ones are put back
  afterwards whatever happens;
- only `exec` compiles of a str/bytes source named `signature_bootstrap.py` or
  `shibokensupport/...`, with no flags or options of their own, are served; any other
  call goes to the real `compile` unchanged (with its caller's `__future__` flags);
- a stored code object is used only for the identical source text (it is kept beside the
  code) and the identical inherited flags; a regular expression's program (what
  `re._compiler.compile` hands to `_sre.compile`) only for the identical pattern and flags,
  and `_sre` checks the program before it is used (pitchkit/kept_patterns.py serves them);
- the file's name carries shiboken's version and Python's cache tag, and its header
  Python's bytecode magic number, full version, optimisation level and `_sre.MAGIC`, so an
  upgrade of either never loads what was compiled for the other;
- any problem with the file (missing, unreadable, over 4 MB, not a regular file, not what marshal
  wrote, written by someone else) means compiling as before; the file is written
  atomically, only when something had to be compiled, keeping what it held (processes
  that import Qt after other modules need other patterns), and a write that fails (a
  read-only folder, a full disk) is ignored.  Start-up never fails because of the cache.

The file is the user's own, like the bytecode Python writes beside their modules: marshal
data is trusted as `.pyc` files are.
"""

from __future__ import annotations
import __future__

import _sre
import builtins
import gc
import importlib.util
import sys
from pathlib import Path
from typing import Any

from pitchkit.kept_patterns import (
    PatternServer,
    Table,
    cache_folder,
    read_kept,
    shipping,
    write_cache,
)

#: Names of the sources served from the cache (as PySide's bootstrap passes them).
BOOTSTRAP_NAME = "signature_bootstrap.py"
SUPPORT_PREFIX = "shibokensupport/"
#: The layout of the cache file (bumped when it changes).
_LAYOUT = "pitchkit-qt-support-2"
#: `__future__` features a compile inherits from the code calling it (CPython's PyCF_MASK).
_INHERITED_FLAGS = sum(getattr(__future__, name).compiler_flag for name in (
    "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
))


def import_qt() -> None:
    """Import PySide6.QtCore with PySide's support modules compiled once, not on every start."""
    if "PySide6.QtCore" in sys.modules:
        return
    cache = _SupportCache(builtins.compile)
    collecting = gc.isenabled()
    gc.disable()  # the import makes many objects and no garbage: 28 collections, ~7 ms
    builtins.compile = cache.compile
    cache.server.install()
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = cache.real
        cache.server.restore()
        if collecting:
            gc.enable()
    cache.save()


def ship() -> None:
    """Keep PySide's support code compiled inside the environment (set-up; a fresh process)."""
    with shipping():
        import_qt()


def cache_file(shiboken_version: str) -> Path | None:
    """Where the compiled support code of this shiboken and this Python is kept (None: nowhere)."""
    tag = sys.implementation.cache_tag
    version = "".join(c for c in shiboken_version if c.isalnum() or c in "._-")
    if not tag or not version:
        return None
    return cache_folder() / f"qt-support-{version}-{tag}.marshal"


class _SupportCache:
    """The compiles of one Qt import: served from the file where it has them, recorded else."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.loaded: tuple[Table, ...] | None = None  # (code, patterns) as the file held them
        self.code: dict[str, tuple[Any, int, Any]] = {}  # filename -> (source, flags, code)
        self.compiled = 0  # how many modules had to be compiled (then the file is written)
        self.path: Path | None = None
        self.header: tuple[Any, ...] = ()
        self.server = PatternServer(lambda: None if self._tables() is None else self._tables()[1])

    def compile(self, source: Any, filename: Any, mode: Any, flags: int = 0,
                dont_inherit: bool = False, optimize: int = -1, **options: Any) -> Any:
        """`builtins.compile`, with the caller's `__future__` flags as the real one takes them."""
        own_flags = flags
        if not dont_inherit:
            flags |= _caller_flags()
        table = self._tables()
        if (table is None or own_flags or optimize != -1 or options or mode != "exec"
                or not isinstance(source, (str, bytes)) or not _is_support(filename)):
            return self.real(source, filename, mode, flags, True, optimize, **options)
        stored = table[0].get(filename)
        if (isinstance(stored, tuple) and len(stored) == 3 and type(stored[0]) is type(source)
                and stored[0] == source and stored[1] == flags and isinstance(stored[2], _CODE)):
            code = stored[2]
        else:
            code = self.real(source, filename, mode, flags, True)
            self.compiled += 1
        self.code[filename] = (source, flags, code)
        return code

    def _tables(self) -> tuple[Table, ...] | None:
        """The stored compiles, read once shiboken has started importing (None before)."""
        if self.loaded is None:
            version = getattr(sys.modules.get("shiboken6"), "__version__", None)
            if not isinstance(version, str):
                return None
            self.loaded = {}, {}  # (anything compiled while the file is found is not served)
            self.header = (_LAYOUT, importlib.util.MAGIC_NUMBER, version, sys.flags.optimize,
                           sys.version, _sre.MAGIC)
            try:
                self.path = cache_file(version)
            except (OSError, RuntimeError, ValueError):  # no home folder to find, say
                self.path = None
            if self.path is not None:
                self.loaded = read_kept(self.path, self.header, 2)
        return self.loaded

    def save(self) -> None:
        """Write what this import compiled, when it compiled anything; failures are ignored."""
        if (self.compiled or self.server.compiled) and self.path is not None and self.loaded is not None:
            write_cache(self.path, self.header, self.loaded, (self.code, self.server.patterns))


_CODE = type(import_qt.__code__)


def _caller_flags() -> int:
    """The `__future__` flags of the code calling `compile` (what the real one inherits)."""
    try:
        return sys._getframe(2).f_code.co_flags & _INHERITED_FLAGS
    except ValueError:  # called from C with no Python frame
        return 0


def _is_support(filename: object) -> bool:
    return isinstance(filename, str) and (filename == BOOTSTRAP_NAME or filename.startswith(SUPPORT_PREFIX))
