"""The pages that list the output formats by hand name exactly the formats of the registry.

A new `OutputFormat` in pitchkit/documents/formats.py fails here until README.md's command
line and the user guide's Generate step name it too (docs/developing.md, "Add an output format").
"""

from __future__ import annotations

import re
from pathlib import Path

from pitchkit.documents import formats

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_command_line_offers_every_format():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    offered = re.findall(r"pitchkit export PROJECT .*?\[-f ([a-z|]+)\]", readme)
    assert offered, "README.md shows `pitchkit export PROJECT [-t TEMPLATE] [-f ...]`"
    assert [choice.split("|") for choice in offered] == [list(formats.names())] * len(offered)


def test_the_user_guide_names_every_document_format_on_the_generate_step():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    [line] = [line for line in guide.splitlines() if line.startswith("- **Format** and **Export…**")]
    missing = [f.label for f in formats.document_formats() if f.label.casefold() not in line.casefold()]
    assert missing == [], f"docs/user-guide.md, Generate step: name {missing} beside the other formats"
