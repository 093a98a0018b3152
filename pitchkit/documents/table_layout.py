"""Column widths for a table, from the length of its text, within the width of the page.

Like a browser's automatic table layout: a column wants room for its longest cell and
needs room for its longest word (characters at an average width, plus the cell margins).  When every column's longest cell fits,
the widths follow those lengths; otherwise each column gets its longest word and the room
left is shared in proportion to how much more each one wants.  The table always spans the
whole text width, as it did with equal columns.
"""

from __future__ import annotations

from pitchkit.documents.tree import Inline, LineBreak, Table, plain_text

#: An average character of 11 pt body text, in twips (1/20 pt), a little generous: serif
#: fonts such as Cambria are wider than Calibri.
CHAR_TWIPS = 120
#: A cell's left and right margins together (Word's default is 108 twips each side).
PADDING_TWIPS = 240
#: Header cells are bold, so their text is wider.
_BOLD = 1.1
_MIN_CHARS = 3


def column_count(table: Table) -> int:
    """The number of columns: the widest of the header and the rows."""
    return max([len(table.header)] + [len(row) for row in table.rows])


def _text(cell: list[Inline]) -> str:
    if len(cell) == 1 and not isinstance(cell[0], LineBreak):  # most cells: one run
        return cell[0].text
    return plain_text(cell)


def column_widths(table: Table, total: int, columns: int | None = None) -> list[int]:
    """Widths in twips of the table's columns, summing to `total` (the text width)."""
    columns = column_count(table) if columns is None else columns
    if columns <= 0:
        return []
    longest = [0.0] * columns
    word = [0.0] * columns
    for weight, row in ((_BOLD, table.header), *((1.0, row) for row in table.rows)):
        for n, cell in enumerate(row[:columns]):
            content = _text(cell)
            size = len(content) * weight
            if size > longest[n]:
                longest[n] = size
            if size > word[n]:  # only then can one of its words be longer
                best = max(map(len, content.split()), default=0) * weight
                if best > word[n]:
                    word[n] = best
    want = [max(length, _MIN_CHARS) * CHAR_TWIPS + PADDING_TWIPS for length in longest]
    least = [min(max(w, _MIN_CHARS) * CHAR_TWIPS + PADDING_TWIPS, wanted) for w, wanted in zip(word, want, strict=True)]
    if sum(want) <= total:
        shares = want
    elif sum(least) >= total:
        shares = least
    else:
        extra = total - sum(least)
        flex = [wanted - needed for wanted, needed in zip(want, least, strict=True)]
        spread = sum(flex) or 1
        shares = [needed + extra * f / spread for needed, f in zip(least, flex, strict=True)]
    scale = total / sum(shares)
    widths = [int(c * scale) for c in shares]
    widths[-1] += total - sum(widths)
    return widths
