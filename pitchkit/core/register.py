"""The stakeholder register as spreadsheet columns: one table for export and import.

Each `Column` names a `Stakeholder` field, its English header (what export writes), the
other headers import accepts (English and Dutch, compared case-insensitively), how a value
becomes a cell and how a cell becomes a value.  docs/user-guide.md lists the columns.

Cells are text as a person types them: numbers with a dot or a decimal comma ("7,5"),
power and interest also as High / Medium / Low (8 / 5 / 2), stances by their label, yes/no
for the decision maker, lists separated by commas, dates as 2026-12-01 or 01-12-2026.
A text cell that begins with = + - @ (or a tab or carriage return) is written with a
leading apostrophe so no spreadsheet runs it as a formula; import takes the apostrophe off.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pitchkit.core.model import Stakeholder, Stance
from pitchkit.core.say import label, say

#: Cell value as read: text, a number or a date (from .xlsx), or None for an empty cell.
Cell = str | int | float | datetime.date | datetime.datetime | None

#: What High / Medium / Low (and their Dutch words) mean for power and interest.
LEVELS: dict[str, float] = {
    "high": 8.0, "hoog": 8.0, "h": 8.0,
    "medium": 5.0, "middel": 5.0, "gemiddeld": 5.0, "m": 5.0,
    "low": 2.0, "laag": 2.0, "l": 2.0,
}
#: Stance words import accepts besides the labels themselves.
STANCE_WORDS: dict[str, Stance] = {
    **{stance.value: stance for stance in Stance},
    "onbewust": Stance.UNAWARE, "onwetend": Stance.UNAWARE, "niet op de hoogte": Stance.UNAWARE,
    "weerstand": Stance.RESISTANT, "tegen": Stance.RESISTANT, "tegenstander": Stance.RESISTANT,
    "neutraal": Stance.NEUTRAL,
    "steunend": Stance.SUPPORTIVE, "positief": Stance.SUPPORTIVE, "voorstander": Stance.SUPPORTIVE,
    "leidend": Stance.LEADING, "trekker": Stance.LEADING,
}
YES = frozenset({"yes", "y", "true", "1", "x", "ja", "j", "waar"})
NO = frozenset({"no", "n", "false", "0", "nee", "onwaar", ""})
#: The characters that make a spreadsheet treat a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


class CellError(ValueError):
    """A cell that cannot be read as its column's value; the text says what was expected."""


def _shown(text: str) -> str:
    """A cell's text as an error line quotes it: on one line, control characters as spaces, cut at 40."""
    return " ".join("".join(" " if ord(c) < 32 or c == "\x7f" else c for c in text).split())[:40]


@dataclass(frozen=True, slots=True)
class Column:
    """One register column: the field, its headers, and the conversions both ways."""

    field: str
    header: str
    aliases: tuple[str, ...]
    to_cell: Callable[[Any], str | float]
    from_cell: Callable[[Cell], Any]
    #: An empty cell leaves the value as it is (numbers, stances) instead of clearing it.
    empty_keeps: bool = False


def neutralise(text: str) -> str:
    """`text` safe to put in a spreadsheet cell: a leading apostrophe before a formula start."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def text_cell(cell: Cell) -> str:
    """A cell as text: stripped, its protecting apostrophe taken off, a whole number without ".0"."""
    if type(cell) is str:  # the common case first: 75,000 calls for a 5,000-row sheet
        return (_unneutralise(cell) if cell[:1] == "'" else cell).strip()
    if cell is None:
        return ""
    if isinstance(cell, datetime.datetime | datetime.date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return _unneutralise(str(cell)).strip()


def _score(cell: Cell) -> float | None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return None
    if isinstance(cell, bool) or isinstance(cell, datetime.date):
        raise CellError(say("expected a number from 0 to 10, or High, Medium or Low"))
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        word = cell.strip().casefold()
        if word in LEVELS:
            return LEVELS[word]
        try:
            value = float(word.replace(",", "."))
        except ValueError:
            raise CellError(say('expected a number from 0 to 10, or High, Medium or Low, got "{value}"', value=_shown(cell))) from None
    if not 0 <= value <= 10:
        raise CellError(say("expected a number from 0 to 10, got {value}", value=_number(value)))
    return value


def _stance(cell: Cell) -> Stance | None:
    word = text_cell(cell).casefold()
    if not word:
        return None
    if word not in STANCE_WORDS:
        choices = ", ".join(label(stance) for stance in Stance)
        raise CellError(say('expected one of {choices}, got "{value}"', choices=choices, value=_shown(text_cell(cell))))
    return STANCE_WORDS[word]


def _yes_no(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    word = text_cell(cell).casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise CellError(say('expected yes or no, got "{value}"', value=_shown(text_cell(cell))))


def _items(cell: Cell) -> list[str]:
    return [item.strip() for item in text_cell(cell).split(",") if item.strip()]


def _date(cell: Cell) -> datetime.date | None:
    if isinstance(cell, datetime.datetime):
        return cell.date()
    if isinstance(cell, datetime.date):
        return cell
    text = text_cell(cell)
    if not text:
        return None
    day_first = _DAY_FIRST.match(text)
    try:
        if day_first:
            day, month, year = (int(part) for part in day_first.groups())
            return datetime.date(year, month, day)
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CellError(say('expected a date like 2026-12-01 or 01-12-2026, got "{value}"', value=_shown(text))) from None


def csv_text(cell: str | float) -> str:
    """A register cell as CSV text: numbers with a decimal comma, as a European Excel writes them."""
    return _number(cell) if isinstance(cell, float) else cell


def _number(value: float) -> str:
    """A score as a European spreadsheet shows it: 8, 7,5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value)).replace(".", ",")


def _plain(value: str) -> str:
    return neutralise(value)


COLUMNS: tuple[Column, ...] = (
    Column("id", "id", ("id", "key", "sleutel"), _plain, text_cell),
    Column("name", "Name", ("name", "full name", "naam", "volledige naam"), _plain, text_cell),
    Column("role", "Role", ("role", "job title", "title", "position", "functie", "rol"), _plain, text_cell),
    Column("department", "Department", ("department", "dept", "team", "afdeling", "dienst"), _plain, text_cell),
    Column("power", "Power", ("power", "influence", "macht", "invloed"), float, _score, empty_keeps=True),
    Column("interest", "Interest", ("interest", "interesse", "belang", "betrokkenheid"), float, _score, empty_keeps=True),
    Column("stance", "Stance", ("stance", "stance now", "houding", "huidige houding"), lambda s: s.label, _stance, empty_keeps=True),
    Column(
        "stance_wanted", "Stance wanted", ("stance wanted", "wanted stance", "gewenste houding"),
        lambda s: s.label, _stance, empty_keeps=True,
    ),
    Column("channel", "Channel", ("channel", "preferred channel", "kanaal", "voorkeurskanaal"), _plain, text_cell),
    Column("email", "Email", ("email", "e-mail", "mail", "email address", "e-mailadres", "mailadres"), _plain, text_cell),
    Column(
        "decision_maker", "Decision maker", ("decision maker", "decides", "beslisser", "beslist"),
        lambda value: "yes" if value else "no", _yes_no,
    ),
    Column("tags", "Tags", ("tags", "labels", "trefwoorden"), lambda items: _plain(", ".join(items)), _items),
    Column(
        "avoid_terms", "Words to avoid", ("words to avoid", "avoid terms", "avoid", "te vermijden woorden", "vermijden"),
        lambda items: _plain(", ".join(items)), _items,
    ),
    Column(
        "last_assessed", "Last assessed", ("last assessed", "assessed", "laatst beoordeeld", "beoordeeld"),
        lambda day: day.isoformat() if day else "", _date, empty_keeps=True,
    ),
    Column("notes", "Notes", ("notes", "note", "comments", "notities", "opmerkingen", "notitie"), _plain, text_cell),
)
HEADERS: tuple[str, ...] = tuple(column.header for column in COLUMNS)
#: Folded header -> its column.
BY_HEADER: dict[str, Column] = {alias.casefold(): column for column in COLUMNS for alias in column.aliases}


def stakeholder_row(person: Stakeholder) -> list[str | float]:
    """The register row of one stakeholder, in `COLUMNS` order, every text cell neutralised."""
    return [column.to_cell(getattr(person, column.field)) for column in COLUMNS]


def valid_id(text: str) -> bool:
    """Whether `text` can be a record id (the model's `Id` pattern)."""
    return bool(_ID.match(text))


__all__ = [
    "BY_HEADER", "COLUMNS", "HEADERS", "LEVELS", "Cell", "CellError", "Column", "csv_text", "neutralise",
    "stakeholder_row", "text_cell", "valid_id",
]
