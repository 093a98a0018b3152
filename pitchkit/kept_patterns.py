"""Regular expressions compiled once and kept between processes, in the app-data cache (no Qt).

Python keeps a compiled pattern only for the process, and compiling one is Python code
(`re._parser`, `re._compiler`): 0.1-5 ms a pattern, and modules compile theirs at import,
at every start.  What compiling produces is fully described by what `re._compiler.compile`
hands to `_sre.compile`: the final flags, the program (a list of integers) and the group
tables, which marshal can store.  Inside `kept_patterns(name)`:

- `re._compiler.compile` answers from the stored program for the identical (pattern,
  flags), and `_sre` checks a program before it is used (a damaged one is compiled again);
- on a miss the real compiler runs, and `_sre.compile` records what it made, so no part of
  `re` is copied here;
- the real functions are put back when the block ends, whatever happens;
- the file (`<app data>/cache/patterns-<name>-<cache tag>.marshal`) carries Python's full
  version and `_sre.MAGIC` in its header: a program is never used by another Python;
- any problem with it (missing, unreadable, over `MAX_CACHE_BYTES`, not a regular file,
  not what marshal wrote) means compiling as before; it is written atomically, only when
  something had to be compiled, keeping what it held, and a write that fails is ignored.

The file is the user's own, like the bytecode Python writes beside their modules: marshal
data is trusted as `.pyc` files are.  pitchkit/qt_boot.py serves PySide's start the same way.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import re
import re._compiler as re_compiler
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# Imported here, not inside a block: nothing a served compile does may import a module.
from pitchkit import paths

#: The largest cache file read (what PySide's start keeps takes ~0.4 MB).
MAX_CACHE_BYTES = 4 * 1024 * 1024
#: The layout of a patterns file (bumped when it changes).
_LAYOUT = "pitchkit-patterns-1"

Table = dict[Any, Any]


def cache_folder() -> Path:
    """The app-data folder of PitchKit's caches (pictures, templates, compiled code)."""
    return _shipping or paths.app_data_dir() / "cache"


def shipped_folder() -> Path:
    """Where set-up keeps the compiled code inside the environment, for every user (like .pyc
    files): read when the app-data file has nothing, so a first run does not compile either."""
    return Path(sys.prefix) / "share" / "pitchkit" / "compiled-code"


#: Set while set-up fills the shipped folder (`shipping`): the one folder read and written.
_shipping: Path | None = None


@contextlib.contextmanager
def shipping() -> Iterator[None]:
    """Inside the block, compiled code is kept in `shipped_folder()` (scripts/setup.sh, make dist)."""
    global _shipping
    _shipping = shipped_folder()
    try:
        yield
    finally:
        _shipping = None


def read_kept(path: Path, header: tuple[Any, ...], tables: int) -> tuple[Table, ...]:
    """`read_cache` of the app-data file `path`, or else of its namesake in the shipped folder."""
    held = read_cache(path, header, tables)
    if not any(held) and _shipping is None:
        held = read_cache(shipped_folder() / path.name, header, tables)
    return held


@contextlib.contextmanager
def kept_patterns(name: str) -> Iterator[None]:
    """Regular expressions compiled inside the block served from, and kept in, the `name` file."""
    tag = sys.implementation.cache_tag
    try:
        path = cache_folder() / f"patterns-{name}-{tag}.marshal" if tag else None
    except (OSError, RuntimeError, ValueError):  # no home folder to find, say
        path = None
    header = (_LAYOUT, sys.version, _sre.MAGIC)
    held = read_kept(path, header, 1) if path else ({},)
    server = PatternServer(lambda: held[0])
    server.install()
    try:
        yield
    finally:
        server.restore()
    if server.compiled and path:
        write_cache(path, header, held, (server.patterns,))


class PatternServer:
    """`re._compiler.compile` answered from stored programs while installed; what it compiles recorded."""

    def __init__(self, stored: Callable[[], Table | None]) -> None:
        """`stored`: the (pattern, flags) -> program table, or None while there is none yet."""
        self.stored = stored
        self.real_pattern = re_compiler.compile
        self.real_sre = _sre.compile
        self.patterns: Table = {}  # what this block used: (pattern, flags) -> program
        self.compiled = 0  # how many had to be compiled (then the file is written)
        self._pending: tuple[Any, int] | None = None  # the pattern being compiled for real

    def install(self) -> None:
        re_compiler.compile = self.compile_pattern
        _sre.compile = self.record_pattern

    def restore(self) -> None:
        re_compiler.compile = self.real_pattern
        _sre.compile = self.real_sre

    def compile_pattern(self, pattern: Any, flags: int = 0) -> Any:
        """`re._compiler.compile`: the pattern from its stored program, if there is one."""
        table = self.stored()
        if table is None or not isinstance(pattern, (str, bytes)) or type(flags) is not int or flags & re.DEBUG:
            return self.real_pattern(pattern, flags)
        key = (pattern, flags)
        program = table.get(key)
        if isinstance(program, tuple) and len(program) == 5 and isinstance(program[3], dict):
            try:
                compiled = self.real_sre(pattern, program[0], program[1], program[2], dict(program[3]), program[4])
            except (TypeError, ValueError, RuntimeError, OverflowError):  # not a program
                pass
            else:
                self.patterns[key] = program
                return compiled
        self._pending = key
        try:
            return self.real_pattern(pattern, flags)
        finally:
            self._pending = None

    def record_pattern(self, pattern: Any, flags: int, code: list[int], *groups: Any) -> Any:
        """`_sre.compile`: the program the real `re._compiler.compile` made, kept for the file."""
        if self._pending is not None and self._pending[0] is pattern:
            # (the opcodes are int subclasses, which marshal does not write)
            self.patterns[self._pending] = (int(flags), [int(op) for op in code], *groups)
            self.compiled += 1
        return self.real_sre(pattern, flags, code, *groups)


def read_cache(path: Path, header: tuple[Any, ...], tables: int) -> tuple[Table, ...]:
    """The `tables` dicts stored in `path` under `header`; empty ones on any problem."""
    try:
        stored = marshal.loads(_read_regular(path))
    except (OSError, ValueError, EOFError, TypeError):
        stored = None
    if (isinstance(stored, tuple) and len(stored) == tables + 1 and stored[0] == header
            and all(isinstance(table, dict) for table in stored[1:])):
        return stored[1:]
    return tuple({} for _ in range(tables))


def write_cache(path: Path, header: tuple[Any, ...], held: tuple[Table, ...], used: tuple[Table, ...]) -> None:
    """Store what the file held, updated with what was used (only that, past the bound).

    Processes that reach the same block after different imports need different entries:
    each writing only its own would rewrite the file at every other start.  Atomic;
    failures (a read-only folder, a full disk) are ignored.
    """
    try:
        data = marshal.dumps((header, *({**old, **new} for old, new in zip(held, used, strict=True))))
        if len(data) > MAX_CACHE_BYTES:
            data = marshal.dumps((header, *used))
        from pitchkit.core.safe_write import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, ValueError):
        pass


def _read_regular(path: Path) -> bytes:
    """The bytes of the regular file at `path`; ValueError when it is larger than the bound.

    Not core/safe_read.py's `read_bounded`: that reports catalogued errors and imports the
    message catalogue (msgspec with it) before pitchkit/entry.py imports msgspec its way.
    Opened without blocking, so a pipe in the file's place cannot stop the start.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            raise ValueError("not a cache file")
        data = os.read(fd, MAX_CACHE_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_CACHE_BYTES:
        raise ValueError("not a cache file")
    return data
