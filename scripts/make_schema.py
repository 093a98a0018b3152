"""Write schemas/pitchkit.schema.json, the JSON Schema of the `.pitchkit` format, from the model.

Usage: python scripts/make_schema.py [--check]
With --check nothing is written; the exit status is 1 when the committed schema is out of date.
tests/core/test_schema.py runs the same comparison, so the schema cannot drift from the code.
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

from pitchkit.core.model import FORMAT_NAME, FORMAT_VERSION, UNKNOWN_KEY, Project  # noqa: E402

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "pitchkit.schema.json"

DESCRIPTION = (
    f"A PitchKit project file (format version {FORMAT_VERSION}): one pitch, its stakeholders, "
    "influence links, resistances, business problems and strategy. Records refer to each other "
    "by id; those references are checked by PitchKit, not by this schema. Fields not listed "
    "here are allowed: PitchKit keeps them when it saves the file. See docs/file-format.md."
)


def _allow_unknown(definition: dict[str, Any]) -> None:
    """Describe the file, not the decoder: unknown fields are allowed (and kept), and the
    internal slot where they are parked is never written to a file."""
    definition.pop("additionalProperties", None)
    definition.get("properties", {}).pop(UNKNOWN_KEY, None)
    if "required" in definition:
        definition["required"] = [name for name in definition["required"] if name != UNKNOWN_KEY]


def build_schema() -> dict[str, Any]:
    """The published schema, as plain data."""
    generated = msgspec.json.schema(Project)
    definitions = generated["$defs"]
    for definition in definitions.values():
        _allow_unknown(definition)
    # The header is what makes a file a PitchKit project: required, and the name is fixed.
    project = definitions["Project"]
    project["properties"]["format"] = {"const": FORMAT_NAME}
    project["properties"]["version"] = {
        "type": "integer",
        "minimum": 1,
        "description": f"Format version; this schema describes version {FORMAT_VERSION}.",
    }
    project["required"] = ["format", "version"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:pitchkit:file-format:{FORMAT_VERSION}",
        "title": "PitchKit project file",
        "description": DESCRIPTION,
        **generated,
    }


def render() -> str:
    """The schema file's text (2-space indent, trailing newline, like the project files)."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if args == ["--check"]:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(
                f"{SCHEMA_PATH} is out of date; run python scripts/make_schema.py", file=sys.stderr
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
