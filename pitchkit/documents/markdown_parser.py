"""The Markdown parser the document tree is built with: mistune, with tables and strikethrough.

mistune is imported on first use (an export needs it, the app's start does not).  Its
inline parser is asked once per paragraph, list item, heading and table cell; most of those
texts hold no mark-up at all (a 200-person proposal: 1,270 of 1,380), and for them the
answer is known without parsing: one text token, exactly what mistune's own fast path makes
of them.  `_PlainFirst` gives that answer at once and hands everything else to mistune, so
the tree is the same, a third quicker to build (docs/performance.md).  Table rows are split
at their pipes the quick way where that gives mistune's answer (`_split_rows_quickly`), and
the scanner for the end of a list item is made once per indent (`_list_breaks_once`).
"""

from __future__ import annotations

import functools
import re
from typing import Any


@functools.cache
def parser() -> Any:
    """The shared mistune parser (no renderer: it gives the syntax tree)."""
    import mistune
    from mistune.plugins import import_plugin

    class _PlainFirst(mistune.InlineParser):
        """mistune's inline parser, answering a text with no character that starts mark-up at once."""

        def __init__(self) -> None:
            super().__init__(hard_wrap=False)
            self._plain: re.Pattern[str] | None = None

        def __call__(self, s: str, env: Any) -> list[dict[str, Any]]:
            marks = self._plain or self._marks()
            if marks is not None and marks.search(s) is None and s:
                return [{"type": "text", "raw": s}]
            return super().__call__(s, env)

        def _marks(self) -> re.Pattern[str] | None:
            # The characters mistune's own fast path stops at (its rules' first characters,
            # plugins' included); None when a rule does not declare them, or mistune no
            # longer says (then every text is parsed).
            chars = getattr(self, "_get_fast_trigger_chars", lambda: None)()
            if chars:
                self._plain = re.compile("[" + re.escape("".join(sorted(chars))) + "]")
            return self._plain

    _split_rows_quickly()
    _list_breaks_once()
    plugins = [import_plugin("table"), import_plugin("strikethrough")]
    return mistune.Markdown(renderer=None, inline=_PlainFirst(), plugins=plugins)


def _split_rows_quickly() -> None:
    """mistune's table rows split at their pipes with `str.split` when no backslash can escape one.

    mistune walks a row character by character to find unescaped pipes (12 ms of 2,818 rows
    in a 2,000-person proposal); a row without a backslash has no escaped pipe, so splitting
    at every pipe is the same answer (a test compares the two).  Rows with a backslash still
    go mistune's way.
    """
    from mistune.plugins import table

    walk = getattr(table, "_split_table_cells", None)
    if walk is None or getattr(walk, "quick", False):
        return

    def split(text: str) -> list[str]:
        if "\\" in text:
            return list(walk(text))
        return [cell.strip() for cell in text.split("|")]

    split.quick = True  # type: ignore[attr-defined]
    split.walk = walk  # type: ignore[attr-defined]
    table._split_table_cells = split


def _list_breaks_once() -> None:
    """mistune's scanner for what ends a list item, made once per parser and indent.

    mistune builds it for every list item afresh (the pattern text from the parser's rules
    and the item's indent, then a look-up in `re`'s cache): ~10 ms of the 2,428 items in a
    2,000-person proposal.  It depends on nothing else, so it is kept per (parser, indent).
    """
    from mistune import list_parser

    build = getattr(list_parser, "_compile_list_break_sc", None)
    if build is None or getattr(build, "once", False):
        return
    made: dict[tuple[int, int], tuple[Any, re.Pattern[str]]] = {}

    def scanner(block: Any, leading_width: int) -> re.Pattern[str]:
        key = (id(block), leading_width)
        kept = made.get(key)
        if kept is None or kept[0] is not block:
            kept = made[key] = (block, build(block, leading_width))
        return kept[1]

    scanner.once = True  # type: ignore[attr-defined]
    scanner.build = build  # type: ignore[attr-defined]
    list_parser._compile_list_break_sc = scanner
