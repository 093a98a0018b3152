"""Reading a spreadsheet for import, within bounds: a .csv or the first sheet of an .xlsx.

Everything a hostile file could make big is capped before or while it is read: the file's
size, what an .xlsx unpacks to (a zip bomb is refused before a byte is inflated), the
number of rows and columns and the length of one cell.  A formula is refused (its value
is not stored reliably, and it may not be what the user sees; a text cell typed to begin
with "=" reads the same and is refused too); broken files give one
`SheetError` naming the file.  An .xlsx is read by core/xlsx_read.py (zipfile and expat,
no openpyxl), imported only when one is read.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from pitchkit.core.errors import SheetError
from pitchkit.core.messages import message
from pitchkit.core.register import Cell
from pitchkit.core.safe_read import read_bounded
from pitchkit.core.say import say

MAX_FILE_BYTES = 20 * 1024 * 1024
#: What the parts of an .xlsx may unpack to, together.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000
SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True, slots=True)
class Sheet:
    """A header row and the rows under it, each with its row number as the user sees it."""

    header: list[str]
    rows: list[tuple[int, list[Cell]]]


def place(row: int, index: int | None = None) -> str:
    """Where in a sheet, as an error line names it: `row 3` or `row 3, column B` (in the language spoken)."""
    if index is None:
        return say("row {row}", row=row)
    return say("row {row}, column {column}", row=row, column=column_letter(index))


def column_letter(index: int) -> str:
    """The spreadsheet letter of the 0-based column `index`: A, B ... Z, AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_sheet(path: str | os.PathLike[str]) -> Sheet:
    """The header and rows of the .csv or .xlsx at `path` (SheetError when unreadable)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        raise message("sheet-unknown-type", file=str(path), suffix=path.suffix or "(none)")
    # A FIFO, device or folder is refused before it is opened; a file is read to the limit only.
    data = read_bounded(path, MAX_FILE_BYTES, error=SheetError, too_large="sheet-too-large")
    rows = _csv_rows(data, path) if suffix == ".csv" else _xlsx_rows(data, path)
    return _split(rows, path)


def _split(rows: list[tuple[int, list[Cell]]], path: Path) -> Sheet:
    """The first non-empty row is the header; empty rows are dropped."""
    filled = [(number, cells) for number, cells in rows if any(_filled(cell) for cell in cells)]
    if not filled:
        raise message("sheet-empty", file=str(path))
    _, header_cells = filled[0]
    header = [("" if cell is None else str(cell)).strip() for cell in header_cells]
    return Sheet(header, filled[1:])


def _filled(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _check_row(number: int, cells: list[Cell], path: Path) -> None:
    if number > MAX_ROWS + 1:
        raise message("sheet-too-many-rows", file=str(path), limit=f"{MAX_ROWS:,}")
    if len(cells) > MAX_COLUMNS and any(_filled(cell) for cell in cells[MAX_COLUMNS:]):
        raise message("sheet-too-many-columns", file=str(path), where=place(number), limit=MAX_COLUMNS)
    for index, cell in enumerate(cells[:MAX_COLUMNS]):
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise message("sheet-cell-too-long", file=str(path), where=place(number, index))


def _csv_rows(data: bytes, path: Path) -> list[tuple[int, list[Cell]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's "CSV (comma delimited)" on Windows
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    rows: list[tuple[int, list[Cell]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for cells in reader:
            row: list[Cell] = list(cells)
            number = len(rows) + 1
            # Every cell is text: a row that is neither too long nor too wide, with no cell
            # too long, passes _check_row without it (map and max loop in C).
            if number > MAX_ROWS + 1 or len(cells) > MAX_COLUMNS or max(map(len, cells), default=0) > MAX_CELL_CHARS:
                _check_row(number, row, path)
            rows.append((number, row))
    except csv.Error as err:
        raise message("sheet-bad-csv", file=str(path), where=place(len(rows) + 1), detail=err) from None
    return rows


def _xlsx_rows(data: bytes, path: Path) -> list[tuple[int, list[Cell]]]:
    from pitchkit.core.xlsx_read import read_worksheet  # only here: a .csv import does not need it

    rows: list[tuple[int, list[Cell]]] = []
    try:
        read, suspects = read_worksheet(data, path)
        for number, cells in read:
            if number not in suspects and len(cells) <= MAX_COLUMNS and number <= MAX_ROWS + 1:
                rows.append((number, cells))  # no text begins with "=" or is too long: nothing to check
                continue
            # A formula cell reads as "=" (never its cached result), like a text typed to begin with "=".
            for index, value in enumerate(cells[:MAX_COLUMNS + 1]):
                if isinstance(value, str) and value.startswith("="):
                    raise message("sheet-cell-formula", file=str(path), where=place(number, index))
            _check_row(number, cells, path)
            rows.append((number, cells))
    except SheetError:
        raise
    except Exception as err:  # noqa: BLE001 - zipfile and zlib raise many kinds for a damaged archive
        raise message("sheet-not-xlsx", file=str(path), reason=f"{type(err).__name__}: {str(err)[:200]}") from None
    return rows
