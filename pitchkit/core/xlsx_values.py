"""What the text of an .xlsx cell stands for: numbers, dates by their style, booleans, escapes.

Values are those openpyxl's read-only mode gives.  A number is a date in a spreadsheet
only by its format: the cell's style (`s`) points into the styles part's `cellXfs`, whose
`numFmtId` is either a built-in format (ids 14-22 and 45-47 are dates and times) or one of
the workbook's own `numFmt` codes.  A code is a date when its first section, without
quoted text and [locale] or [colour] brackets, holds d, m, h, y or s not escaped with \\
or _; an elapsed time ([h]:mm) is a duration.  Excel's `_xHHHH_` escapes are undone.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from pitchkit.core.register import Cell

if TYPE_CHECKING:
    from pitchkit.core.xlsx_read import Workbook

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: The built-in formats that are dates or times (ECMA-376 part 1, 18.8.30).
BUILT_IN_DATES = {
    14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
    20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
}
_QUOTED_OR_BRACKETS = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_EPOCHS = {False: datetime.datetime(1899, 12, 30), True: datetime.datetime(1904, 1, 1)}
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_ELAPSED = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.IGNORECASE)


def is_date_format(code: str) -> bool:
    """Whether the number format `code` shows a date or a time."""
    return _DATE_LETTER.search(_QUOTED_OR_BRACKETS.sub("", code.split(";")[0])) is not None


def is_duration_format(code: str) -> bool:
    """Whether the number format `code` shows elapsed time, such as [h]:mm."""
    return _ELAPSED.search(code.split(";")[0]) is not None


def date_styles(book: Workbook, part: str) -> dict[int, bool]:
    """Cell style index -> whether it is a duration, for every style that shows a date or time."""
    names = {f"{_MAIN}}}{name}": name for name in ("numFmt", "cellXfs", "xf", "cellStyleXfs")}
    codes: dict[int, str] = {}
    styles: list[str] = []
    in_cell_styles = False
    for tag, attrs in book.elements(part, set(names)):
        name = names[tag]
        if name == "numFmt":
            try:
                codes[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            except ValueError:
                raise book.damaged(part, f'"{attrs.get("numFmtId", "")[:20]}" is not a number format id') from None
        elif name in ("cellXfs", "cellStyleXfs"):
            in_cell_styles = name == "cellXfs"
        elif in_cell_styles:
            styles.append(attrs.get("numFmtId", "0"))
    dates = {}
    for index, format_id in enumerate(styles):
        try:
            number = int(format_id)
        except ValueError:
            raise book.damaged(part, f'"{format_id[:20]}" is not a number format id') from None
        code = codes[number] if number in codes else BUILT_IN_DATES.get(number)
        if code is not None and is_date_format(code):
            dates[index] = is_duration_format(code)
    return dates


def typed_value(kind: str, text: str, style: str, dates: dict[int, bool], date1904: bool) -> Cell:
    """A cell's value from its type `t` and the text of its <v>, as openpyxl reads each type.

    ValueError (or OverflowError) when the text is not a value of that type.
    """
    if kind == "n":
        value = float(text) if "." in text or "e" in text or "E" in text else int(text)
        if style and dates and int(style) in dates:
            return _date(value, date1904, dates[int(style)])
        return value
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        return _iso_date(text)
    return unescape(text)  # "str" (a formula's text result, no formula kept), "e" (an error such as #N/A)


def _iso_date(text: str) -> Cell:
    """A cell of type "d": an ISO 8601 date, date and time, or time (the last as text)."""
    text = text.removesuffix("Z")
    if ":" not in text:
        return datetime.date.fromisoformat(text)
    if text[4:5] == "-":
        return datetime.datetime.fromisoformat(text)
    return str(datetime.time.fromisoformat(text))


def _date(value: float, date1904: bool, duration: bool) -> Cell:
    """The date or time a serial number stands for, as openpyxl's `from_excel` reads it."""
    try:
        if duration:
            delta = datetime.timedelta(days=value)
            if delta.microseconds:
                delta = datetime.timedelta(seconds=delta.total_seconds() // 1, microseconds=round(delta.microseconds, -3))
            return str(delta)
        day, fraction = divmod(value, 1)
        diff = datetime.timedelta(milliseconds=round(fraction * 86_400_000))
        if 0 <= value < 1 and diff.days == 0:
            minutes, seconds = divmod(diff.seconds, 60)
            return str(datetime.time(minutes // 60, minutes % 60, seconds, diff.microseconds))
        if 0 < value < 60 and not date1904:
            day += 1  # Excel's 29 February 1900, a day that never was
        return _EPOCHS[date1904] + datetime.timedelta(days=day) + diff
    except (OverflowError, ValueError):
        return "#VALUE!"  # as openpyxl: a date serial outside the calendar reads as Excel's error


def unescape(text: str) -> str:
    """Text with the `_xHHHH_` escapes of ECMA-376 (ST_Xstring) undone ("_x000D_" is a carriage return)."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda found: _character(found.group(1)), text)


def _character(code: str) -> str:
    point = int(code, 16)
    return f"_x{code}_" if 0xD800 <= point <= 0xDFFF else chr(point)
