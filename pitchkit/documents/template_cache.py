"""The compiled-template cache: Jinja's bytecode kept between runs, and the set-up's copy.

`templates.py` names the cache folder after everything that shapes the compiled code;
`BytecodeCache` reads from it, and where it has nothing, from the built-in templates
compiled at set-up (`templates.precompile_builtin`, run by scripts/setup.sh), so a first
export need not compile them either (~110 ms for the proposal).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import jinja2


class BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs (Jinja checks the source checksum and Python
    version itself); a cache that cannot be written only costs speed, never an export."""

    def load_bytecode(self, bucket: Any) -> None:
        try:
            super().load_bytecode(bucket)
            if bucket.code is None:
                shipped = shipped_cache_dir() / Path(self.directory).name
                jinja2.FileSystemBytecodeCache(str(shipped)).load_bytecode(bucket)
        except OSError:
            pass  # unreadable: compile afresh

    def dump_bytecode(self, bucket: Any) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


def shipped_cache_dir() -> Path:
    """Where set-up keeps the built-in templates compiled (inside the environment, like .pyc files)."""
    return Path(sys.prefix) / "share" / "pitchkit" / "compiled-templates"
