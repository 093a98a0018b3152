"""Rewrite the bundled example projects exactly as this PitchKit writes them.

Usage: python scripts/resave_examples.py [--check]
Run it after adding a field to the model: every field is written, so the example gains the
new field at its default.  tests/core/test_example.py fails until it is run.  With --check
nothing is written; the exit status is 1 when an example is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This checkout's code, not whichever PitchKit the interpreter has installed.
sys.path.insert(0, str(ROOT))

from pitchkit.core.project_file import dumps_project, load_project  # noqa: E402
from pitchkit.core.safe_write import write_atomic  # noqa: E402

EXAMPLES = ROOT / "resources" / "examples"


def stale() -> list[tuple[Path, bytes]]:
    """(example, the bytes PitchKit writes for it) for each example that differs from them."""
    found = []
    for path in sorted(EXAMPLES.glob("*.pitchkit")):
        written = dumps_project(load_project(path).project)
        if written != path.read_bytes():
            found.append((path, written))
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for path, written in stale():
        if args:
            print(f"{path} is out of date; run python scripts/resave_examples.py", file=sys.stderr)
            return 1
        write_atomic(path, written)
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
