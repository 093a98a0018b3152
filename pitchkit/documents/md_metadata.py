"""The YAML metadata block at the top of an exported Markdown file (title, author, date, lang).

pandoc, Quarto, Jekyll and most Markdown editors read it.  Values are written as YAML
double-quoted strings (JSON strings are valid ones), with their Markdown escaped, since
pandoc reads metadata text as Markdown.  Only this simple shape is read back (by the
document tree, so an export reads back as the same document): `key: value` lines between
a first line `---` and a closing `---` or `...`.
"""

from __future__ import annotations

import json
import re

_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):[ \t]*(.*)$")
_CLOSE = ("---", "...")


def front_matter(fields: dict[str, str]) -> str:
    """`fields` (already Markdown-escaped values) as a YAML metadata block, without a final newline."""
    lines = ["---"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items() if value]
    lines.append("---")
    return "\n".join(lines)


def split_front_matter(markdown: str) -> tuple[dict[str, str], str]:
    """(the metadata, the rest) if `markdown` opens with a simple YAML block, else ({}, markdown)."""
    if not markdown.startswith("---\n"):
        return {}, markdown
    lines = markdown.split("\n")
    fields: dict[str, str] = {}
    for n, line in enumerate(lines[1:], start=1):
        if line.rstrip() in _CLOSE:
            return fields, "\n".join(lines[n + 1 :])
        match = _LINE.match(line)
        if match is None:
            return {}, markdown
        fields[match.group(1)] = _value(match.group(2).strip())
    return {}, markdown


def _value(raw: str) -> str:
    if raw.startswith('"'):
        try:
            value = json.loads(raw)
        except ValueError:
            return raw
        return value if isinstance(value, str) else raw
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw
