"""The cells of an .xlsx workbook's first worksheet, read with zipfile and expat, within bounds.

Only what import needs is read: [Content_Types].xml (where the workbook is), the workbook
and its relationships (the first worksheet, the 1904 calendar), the styles (which cells are
dates) and the shared strings.  Every part is
streamed through expat with the unpacked bytes counted against the zip directory's
claims and the workbook's total, a DOCTYPE is refused before any entity is declared,
and a formula cell reads as "=", never as its cached result, so sheet_read.py refuses it
exactly as it refuses a text cell typed to begin with "=".  Values are those openpyxl's
read-only mode gives (docs/decisions.md, "Reading .xlsx for import without openpyxl").
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from xml.parsers import expat

from pitchkit.core import sheet_read
from pitchkit.core.messages import message
from pitchkit.core.register import Cell
from pitchkit.core.say import say
from pitchkit.core.xlsx_values import date_styles, typed_value, unescape

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_WORKBOOK_TYPES = {
    f"application/vnd.{kind}.main+xml"
    for kind in ("openxmlformats-officedocument.spreadsheetml.sheet", "ms-excel.sheet.macroEnabled",
                 "openxmlformats-officedocument.spreadsheetml.template", "ms-excel.template.macroEnabled")
}
_BINARY_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
#: An OLE compound file: an encrypted workbook (Excel wraps those in one), or an .xls.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CHUNK = 1 << 17
#: A cell beyond the column limit that holds something: sheet_read refuses the row.
_BEYOND = "(a cell beyond the column limit)"
_DIGITS = "0123456789"


def _tag(name: str, namespace: str = _MAIN) -> str:
    return f"{namespace}}}{name}"


ROW, CELL, VALUE, TEXT, FORMULA, INLINE, PHONETIC, ITEM = (
    _tag(name) for name in ("row", "c", "v", "t", "f", "is", "rPh", "si")
)


class Workbook:
    """An .xlsx held in memory, its parts streamed through expat within the unpacking bounds."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.path = path
        if data.startswith(_OLE_SIGNATURE):
            raise message("sheet-xlsx-encrypted", file=str(path))
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as err:
            raise message("sheet-not-xlsx", file=str(path), reason=err) from None
        # The directory's claims first: a zip bomb is refused before a byte is inflated.
        if sum(info.file_size for info in infos) > sheet_read.MAX_UNPACKED_BYTES or len(infos) > 10_000:
            raise self._bomb()
        self.parts = {info.filename: info for info in infos}
        self.unpacked = 0

    def _bomb(self) -> Exception:
        return message("sheet-zip-bomb", file=str(self.path), limit=sheet_read.MAX_UNPACKED_BYTES // (1024 * 1024))

    def damaged(self, where: str, detail: str) -> Exception:
        """The error for a part that is not what a spreadsheet writes."""
        return message("sheet-xlsx-bad-part", file=str(self.path), where=where, detail=detail)

    def parser(self, name: str) -> expat.XMLParserType:
        """A parser for the part `name` that refuses a DOCTYPE (and so every entity) outright."""
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = lambda *_: self._refuse_doctype(name)
        parser.EntityDeclHandler = lambda *_: self._refuse_doctype(name)
        return parser

    def feed(self, name: str, parser: expat.XMLParserType) -> None:
        """Stream the part `name` through `parser`, counting what it unpacks to."""
        info = self.parts.get(name)
        if info is None:
            raise self.damaged(name, say("the part is missing"))
        read = 0
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    read += len(chunk)
                    self.unpacked += len(chunk)
                    if read > info.file_size or self.unpacked > sheet_read.MAX_UNPACKED_BYTES:
                        raise self._bomb()
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError as err:
            where = f"{name}, line {err.lineno}, column {err.offset + 1}"
            raise message("sheet-xlsx-xml", file=str(self.path), where=where, detail=expat.ErrorString(err.code)) from None
        except _Stop:
            pass

    def _refuse_doctype(self, name: str) -> None:
        raise message("sheet-xlsx-doctype", file=str(self.path), where=name)

    def elements(self, name: str, wanted: set[str]) -> list[tuple[str, dict[str, str]]]:
        """The `wanted` elements of a small part, with their attributes, in document order."""
        found: list[tuple[str, dict[str, str]]] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag in wanted:
                found.append((tag, attrs))

        parser = self.parser(name)
        parser.StartElementHandler = start
        self.feed(name, parser)
        return found

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type, part name) of the part `part` (none when it has no .rels)."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.parts:
            return {}
        found = {}
        for _, attrs in self.elements(rels, {_tag("Relationship", _PACKAGE_REL)}):
            target = attrs.get("Target", "")
            if attrs.get("TargetMode") == "External" or not target:
                continue
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), target)
        return found

    def workbook_part(self) -> tuple[str, dict[str, str]]:
        """The workbook's part name and the content type of every part overridden in the manifest."""
        overrides, defaults = {}, set()
        for tag, attrs in self.elements("[Content_Types].xml", {_tag("Override", _TYPES), _tag("Default", _TYPES)}):
            if tag == _tag("Override", _TYPES):
                overrides[attrs.get("PartName", "").lstrip("/")] = attrs.get("ContentType", "")
            else:
                defaults.add(attrs.get("ContentType", ""))
        if _BINARY_TYPE in overrides.values():
            raise message("sheet-xlsx-binary", file=str(self.path))
        workbook = next((part for part, kind in overrides.items() if kind in _WORKBOOK_TYPES), None)
        if workbook is None and defaults & _WORKBOOK_TYPES:
            workbook = "xl/workbook.xml"  # as openpyxl: an application that made .xml itself the workbook type
        if workbook is None:
            raise self.damaged("[Content_Types].xml", say("no part is the workbook"))
        return workbook, overrides


class _Stop(Exception):
    """Stops a parse early (the row limit is reached)."""


def worksheet_rows(data: bytes, path: Path) -> list[tuple[int, list[Cell]]]:
    """Each row of the first worksheet as (row number, cells)."""
    return read_worksheet(data, path)[0]


def read_worksheet(data: bytes, path: Path) -> tuple[list[tuple[int, list[Cell]]], set[int]]:
    """The rows of the first worksheet, and the numbers of the rows that hold a text that
    begins with "=" (a formula reads as "=") or is longer than a cell may be.

    sheet_read checks every cell of those rows (and of rows too wide or past the row
    limit); the others cannot fail its checks, so it need not look at their cells again.
    """
    book = Workbook(data, path)
    with book.archive:
        workbook, overrides = book.workbook_part()
        sheet, strings_part, styles_part, date1904 = _first_sheet(book, workbook, overrides)
        strings = _shared_strings(book, strings_part) if strings_part in book.parts else []
        dates = date_styles(book, styles_part) if styles_part in book.parts else {}
        suspects: set[int] = set()
        return _read_sheet(book, sheet, strings, dates, date1904, suspects), suspects


def _first_sheet(book: Workbook, workbook: str, overrides: dict[str, str]) -> tuple[str, str | None, str | None, bool]:
    """The first worksheet's part, the shared strings' and styles' parts, and whether dates count from 1904."""
    wanted = {_tag(name, namespace) for name in ("workbook", "sheet", "workbookPr") for namespace in (_MAIN, _STRICT)}
    found = book.elements(workbook, wanted)
    if found and found[0][0].startswith(_STRICT):
        raise message("sheet-xlsx-strict", file=str(book.path))
    rels = book.relationships(workbook)
    by_type = {kind.rsplit("/", 1)[-1]: target for kind, target in rels.values()}
    date1904 = any(tag == _tag("workbookPr") and attrs.get("date1904", "").lower() in ("1", "true") for tag, attrs in found)
    for tag, attrs in found:
        kind, target = rels.get(attrs.get(_tag("id", _OFFICE_REL), ""), ("", ""))
        if tag == _tag("sheet") and kind == f"{_OFFICE_REL}/worksheet":
            strings = by_type.get("sharedStrings") or next((p for p, t in overrides.items() if t == _STRINGS_TYPE), None)
            return target, strings, by_type.get("styles"), date1904
    raise book.damaged(workbook, say("the workbook has no worksheet"))


def _read_sheet(
    book: Workbook, part: str, strings: list[str], dates: dict[int, bool], date1904: bool, suspects: set[int],
) -> list[tuple[int, list[Cell]]]:
    """The rows of the sheet, up to the first row past the row limit (which sheet_read refuses).

    A cell beyond the column limit is not kept: if it holds something, the row's last
    kept cell says so and sheet_read refuses the row.  The number of a row with a text
    that begins with "=" or is longer than a cell may be goes into `suspects`.
    """
    limit_rows, limit_columns = sheet_read.MAX_ROWS + 1, sheet_read.MAX_COLUMNS + 1
    longest = sheet_read.MAX_CELL_CHARS
    rows: list[tuple[int, list[Cell]]] = []
    parts: list[str] = []
    number = column = 0
    kind = style = ""
    cells: list[Cell] = []
    formula = inline = phonetic = False
    parser = book.parser(part)
    collect = parts.append

    # The handlers run for every element (~190,000 for 5,000 rows of 15 columns): the common
    # cases come first, and a column letter seen once is looked up, not worked out again.
    known_columns = _COLUMNS.get

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal number, column, kind, style, cells, formula, inline, phonetic
        if tag == CELL:
            ref = attrs.get("r")
            if ref:
                column = known_columns(ref.rstrip(_DIGITS)) or _column(ref, book, part, number)
            else:
                column += 1
            kind = attrs.get("t", "n")
            style = attrs.get("s", "") if kind == "n" else ""  # only a number can be a date
            formula = inline = phonetic = False
            parts.clear()
        elif tag == TEXT:
            if inline and not phonetic:
                parser.CharacterDataHandler = collect
        elif tag == VALUE:
            if kind != "inlineStr":  # as openpyxl: an inline string's <v> is not its text
                parser.CharacterDataHandler = collect
        elif tag == INLINE:
            inline = kind == "inlineStr"
        elif tag == ROW:
            previous, ref = number, attrs.get("r")
            number = _row_number(ref, book, part) if ref else number + 1
            if number <= previous:
                raise book.damaged(f"{part}, {sheet_read.place(number)}", say("row {row} comes after row {previous}", row=number, previous=previous))
            column, cells = 0, []
            if number > limit_rows:
                rows.append((number, cells))  # sheet_read refuses it: more rows than allowed
                raise _Stop
        elif tag == FORMULA:
            formula = True
        elif tag == PHONETIC:
            phonetic = True

    def end(tag: str) -> None:
        nonlocal phonetic, column
        if tag == TEXT or tag == VALUE:
            parser.CharacterDataHandler = None
        elif tag == CELL:
            if formula:
                value: Cell = "="  # never the cached result: sheet_read refuses it as a formula
            elif kind == "inlineStr":
                value = "".join(parts) if inline else None
                if value and "_x" in value:
                    value = unescape(value)
            elif not parts:
                value = None
            elif kind == "s":
                text = "".join(parts)
                try:
                    value = strings[int(text)] if text[0] != "-" else None
                except (ValueError, IndexError):
                    value = None
                if value is None:
                    raise _bad_value(text, "s", book, number, column)
            else:
                value = _value(kind, "".join(parts), style, dates, date1904, book, number, column)
            if type(value) is str and (value[:1] == "=" or len(value) > longest):
                suspects.add(number)
            width = len(cells)
            if column == width + 1 and column <= limit_columns:
                cells.append(value)
            else:
                if column > limit_columns:
                    if value is None or value == "":
                        return
                    column, value = limit_columns, _BEYOND
                if column > width:
                    cells.extend([None] * (column - width))
                cells[column - 1] = value
        elif tag == ROW:
            rows.append((number, cells))
        elif tag == PHONETIC:
            phonetic = False

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    book.feed(part, parser)
    return rows


def _shared_strings(book: Workbook, part: str) -> list[str]:
    """The shared string table (rich text's runs joined, phonetic guides left out)."""
    strings: list[str] = []
    parts: list[str] = []
    phonetic = False
    parser = book.parser(part)
    collect, keep = parts.append, strings.append

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal phonetic
        if tag == TEXT:
            if not phonetic:
                parser.CharacterDataHandler = collect
        elif tag == ITEM:
            parts.clear()
        elif tag == PHONETIC:
            phonetic = True

    def end(tag: str) -> None:
        nonlocal phonetic
        if tag == TEXT:
            parser.CharacterDataHandler = None
        elif tag == ITEM:
            text = "".join(parts)
            keep(unescape(text) if "_x" in text else text)
        elif tag == PHONETIC:
            phonetic = False

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    book.feed(part, parser)
    return strings


def _bad_value(text: str, kind: str, book: Workbook, number: int, column: int) -> Exception:
    where = sheet_read.place(number, column - 1)
    if kind == "s":
        detail = f'the shared text "{text[:20]}" does not exist'
    else:
        detail = f'"{text[:40]}" is not a value of type "{kind}"'
    return message("sheet-xlsx-bad-cell", file=str(book.path), where=where, detail=detail)


def _value(kind: str, text: str, style: str, dates: dict[int, bool], date1904: bool,
           book: Workbook, number: int, column: int) -> Cell:
    try:
        return typed_value(kind, text, style, dates, date1904)
    except (ValueError, OverflowError):
        raise _bad_value(text, kind, book, number, column) from None


_COLUMNS: dict[str, int] = {}


def _column(ref: str, book: Workbook, part: str, row: int) -> int:
    """The 1-based column of a cell reference such as "AB12"."""
    letters = ref.rstrip(_DIGITS)
    index = _COLUMNS.get(letters)
    if index is None:
        if not (letters.isascii() and letters.isalpha() and len(letters) <= 3):
            raise book.damaged(f"{part}, {sheet_read.place(row)}", say('"{ref}" is not a cell reference', ref=ref[:20]))
        index = 0
        for letter in letters.upper():
            index = index * 26 + ord(letter) - 64
        _COLUMNS[letters] = index
    if not ref[len(letters):].isdigit():
        raise book.damaged(f"{part}, {sheet_read.place(row)}", say('"{ref}" is not a cell reference', ref=ref[:20]))
    return index


def _row_number(ref: str, book: Workbook, part: str) -> int:
    try:
        number = float(ref)
        if number.is_integer() and number >= 1:
            return int(number)
    except ValueError:
        pass
    raise book.damaged(part, say('"{ref}" is not a row number', ref=ref[:20]))
