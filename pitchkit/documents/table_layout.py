"""Column widths for a table, from the length of its text, within the width of the page.

Like a browser's automatic table layout, in characters: a column wants room for its
longest cell and needs room for its longest word.  When every column's longest cell fits,
the widths follow those lengths; otherwise each column gets its longest word and the room
left is shared in proportion to how much more each one wants.  The table always spans the
whole text width, as it did with equal columns.
"""

from __future__ import annotations

from pitchkit.documents.tree import Inline, LineBreak, Table, plain_text

#: An average character of 11 pt body text, in twips (1/20 pt).
CHAR_TWIPS = 110
#: Padding per column, in characters (the cell margins).
_PADDING = 2
_MIN_CHARS = 4


def column_count(table: Table) -> int:
    """The number of columns: the widest of the header and the rows."""
    return max([len(table.header)] + [len(row) for row in table.rows])


def _text(cell: list[Inline]) -> str:
    if len(cell) == 1 and not isinstance(cell[0], LineBreak):  # most cells: one run
        return cell[0].text
    return plain_text(cell)


def column_widths(table: Table, total: int, columns: int | None = None) -> list[int]:
    """Widths (in the unit of `total`) of the table's columns, summing to `total`."""
    columns = column_count(table) if columns is None else columns
    if columns <= 0:
        return []
    longest = [0] * columns
    word = [0] * columns
    for row in (table.header, *table.rows):
        for n, cell in enumerate(row[:columns]):
            content = _text(cell)
            longest[n] = max(longest[n], len(content))
            if len(content) > word[n]:  # only then can one of its words be longer
                word[n] = max(word[n], max((len(w) for w in content.split()), default=0))
    want = [max(length, _MIN_CHARS) + _PADDING for length in longest]
    least = [min(max(w, _MIN_CHARS) + _PADDING, wanted) for w, wanted in zip(word, want, strict=True)]
    room = total / CHAR_TWIPS
    if sum(want) <= room:
        chars = [float(w) for w in want]
    elif sum(least) >= room:
        chars = [float(w) for w in least]
    else:
        extra = room - sum(least)
        flex = [wanted - needed for wanted, needed in zip(want, least, strict=True)]
        spread = sum(flex) or 1
        chars = [needed + extra * f / spread for needed, f in zip(least, flex, strict=True)]
    scale = total / sum(chars)
    widths = [int(c * scale) for c in chars]
    widths[-1] += total - sum(widths)
    return widths
