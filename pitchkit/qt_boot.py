"""Importing Qt with PySide's support modules compiled once, not on every start (no Qt at import).

PySide6 keeps its support package (`shibokensupport`: the signature loader, parser, layout,
mapping, feature switching …) as Python source in a zip inside libshiboken, and its
bootstrap calls the built-in `compile` on each of its ~14 modules at every process start:
there is no bytecode cache for them (~20 ms, docs/performance.md).  `import_qt` serves
those compiles from a file in the app-data cache folder instead:

- only while `PySide6.QtCore` is being imported is `builtins.compile` replaced, and the
  real one is put back afterwards whatever happens;
- only `exec` compiles of a str/bytes source named `signature_bootstrap.py` or
  `shibokensupport/...`, with no flags or options of their own, are served; any other
  call goes to the real `compile` unchanged (with its caller's `__future__` flags);
- a stored code object is used only for the identical source text (it is kept beside the
  code) and the identical inherited flags; the file's name carries shiboken's version and
  Python's cache tag, and its header Python's bytecode magic number and optimisation level,
  so an upgrade of either never loads code compiled for the other;
- any problem with the file (missing, unreadable, over `MAX_CACHE_BYTES`, not what marshal
  wrote, written by someone else) means compiling as before; the file is written
  atomically, and only when something had to be compiled, and a write that fails (a
  read-only folder, a full disk) is ignored.  Start-up never fails because of the cache.

The file is the user's own, like the bytecode Python writes beside their modules: marshal
data is trusted as `.pyc` files are.
"""

from __future__ import annotations
import __future__

import builtins
import marshal
import sys
from pathlib import Path
from typing import Any

#: The largest cache file read; the support code compiles to ~0.3 MB.
MAX_CACHE_BYTES = 4 * 1024 * 1024
#: Names of the sources served from the cache (as PySide's bootstrap passes them).
BOOTSTRAP_NAME = "signature_bootstrap.py"
SUPPORT_PREFIX = "shibokensupport/"
#: The layout of the cache file (bumped when it changes).
_LAYOUT = "pitchkit-qt-support-1"
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
    builtins.compile = cache.compile
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = cache.real
    cache.save()


def cache_file(shiboken_version: str) -> Path | None:
    """Where the compiled support code of this shiboken and this Python is kept (None: nowhere)."""
    from pitchkit import paths

    tag = sys.implementation.cache_tag
    version = "".join(c for c in shiboken_version if c.isalnum() or c in "._-")
    if not tag or not version:
        return None
    return paths.app_data_dir() / "cache" / f"qt-support-{version}-{tag}.marshal"


class _SupportCache:
    """The compiles of one Qt import: served from the file where it has them, recorded else."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.loaded: dict[str, Any] | None = None  # filename -> (source, flags, code)
        self.used: dict[str, tuple[Any, int, Any]] = {}
        self.compiled = 0  # how many had to be compiled (then the file is written)
        self.path: Path | None = None
        self.header: tuple[Any, ...] = ()

    def compile(self, source: Any, filename: Any, mode: Any, flags: int = 0,
                dont_inherit: bool = False, optimize: int = -1, **options: Any) -> Any:
        """`builtins.compile`, with the caller's `__future__` flags as the real one takes them."""
        own_flags = flags
        if not dont_inherit:
            flags |= _caller_flags()
        if (own_flags or optimize != -1 or options or mode != "exec"
                or not isinstance(source, (str, bytes)) or not _is_support(filename)):
            return self.real(source, filename, mode, flags, True, optimize, **options)
        stored = self._table().get(filename)
        if (isinstance(stored, tuple) and len(stored) == 3 and type(stored[0]) is type(source)
                and stored[0] == source and stored[1] == flags and isinstance(stored[2], _CODE)):
            code = stored[2]
        else:
            code = self.real(source, filename, mode, flags, True)
            self.compiled += 1
        self.used[filename] = (source, flags, code)
        return code

    def _table(self) -> dict[str, Any]:
        """The stored compiles, read at the first served compile (shiboken is importing by then)."""
        if self.loaded is None:
            self.loaded = {}
            version = getattr(sys.modules.get("shiboken6"), "__version__", None)
            if isinstance(version, str):
                import importlib.util

                self.header = (_LAYOUT, importlib.util.MAGIC_NUMBER, version, sys.flags.optimize)
                self.path = cache_file(version)
                self.loaded = self._read()
        return self.loaded

    def _read(self) -> dict[str, Any]:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_CACHE_BYTES + 1)
            if len(data) > MAX_CACHE_BYTES:
                return {}
            stored = marshal.loads(data)
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        if (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self.header
                and isinstance(stored[1], dict)):
            return stored[1]
        return {}

    def save(self) -> None:
        """Write what this import compiled, when it compiled anything; failures are ignored."""
        if not self.compiled or self.path is None:
            return
        try:
            data = marshal.dumps((self.header, self.used))
            from pitchkit.core.safe_write import write_atomic

            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, data)
        except (OSError, ValueError):
            pass


_CODE = type(import_qt.__code__)


def _caller_flags() -> int:
    """The `__future__` flags of the code calling `compile` (what the real one inherits)."""
    try:
        return sys._getframe(2).f_code.co_flags & _INHERITED_FLAGS
    except ValueError:  # called from C with no Python frame
        return 0


def _is_support(filename: object) -> bool:
    return isinstance(filename, str) and (filename == BOOTSTRAP_NAME or filename.startswith(SUPPORT_PREFIX))
