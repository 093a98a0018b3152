"""Write schemas/playbook.schema.json, the JSON Schema of playbook files, from the Structs.

Usage: python scripts/make_playbook_schema.py [--check]
With --check nothing is written; the exit status is 1 when the committed schema is out of date.
tests/core/test_playbook.py runs the same comparison, so the schema cannot drift from the code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

# This checkout's code, not whichever PitchKit the interpreter has installed (the other
# make_*.py scripts do the same).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pitchkit.core.playbook import PLAYBOOK_FORMAT, PLAYBOOK_VERSION, Playbook  # noqa: E402

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "playbook.schema.json"

DESCRIPTION = (
    f"A PitchKit playbook file (version {PLAYBOOK_VERSION}): resistance patterns, business "
    "problems, guidance and frameworks. The built-in playbook (resources/playbook.json) has "
    "every section; a user playbook (playbook.json in the PitchKit data folder) needs only "
    "the header and the patterns, problems or guidance it adds or replaces (same id = "
    "replace). Checked by PitchKit but not by this schema: ids are unique within a section, "
    "and a figure from a weak source has a caution. See docs/playbook.md."
)


def build_schema() -> dict[str, Any]:
    """The published schema, as plain data."""
    generated = msgspec.json.schema(Playbook)
    playbook = generated["$defs"]["Playbook"]
    playbook["properties"]["format"] = {"const": PLAYBOOK_FORMAT}
    playbook["properties"]["version"] = {
        "type": "integer",
        "minimum": 1,
        "description": f"Playbook format version; this schema describes version {PLAYBOOK_VERSION}.",
    }
    playbook["required"] = ["format"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:pitchkit:playbook:{PLAYBOOK_VERSION}",
        "title": "PitchKit playbook",
        "description": DESCRIPTION,
        **generated,
    }


def render() -> str:
    """The schema file's text (2-space indent, trailing newline)."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args == ["--check"]:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(
                f"{SCHEMA_PATH} is out of date; run python scripts/make_playbook_schema.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    SCHEMA_PATH.parent.mkdir(parents=True, exist_ok=True)
    SCHEMA_PATH.write_text(text, encoding="utf-8", newline="\n")
    print(f"Wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
