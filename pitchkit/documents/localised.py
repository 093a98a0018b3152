"""Dates and numbers written in a document's language, with Babel (`date`, `number`, `money`).

Babel is imported on first use: a document render needs it, the app's start does not; the
dates of the document languages are written from their month names without it.
"""

from __future__ import annotations

import datetime
from typing import Any

import jinja2

from pitchkit.core.language import BABEL_LOCALES, DEFAULT
from pitchkit.documents.markdown_text import Markdown


def _locale(language: str) -> str:
    return BABEL_LOCALES.get(language, BABEL_LOCALES[DEFAULT])


#: The month names of CLDR's `d MMMM y` in the document languages, as Babel gives them (a test
#: compares them): a document's dates need not load Babel's locale data, ~30 ms of an export.
MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni",
           "juli", "augustus", "september", "oktober", "november", "december"),
}


def written_date(value: datetime.date, language: str) -> str:
    """`19 January 2027`, `19 januari 2027`."""
    months = MONTHS.get(language if language in BABEL_LOCALES else DEFAULT)
    if months is not None:
        return f"{value.day} {months[value.month - 1]} {value.year}"
    from babel.dates import format_date

    return format_date(value, "d MMMM y", locale=_locale(language))


#: The digit-group separator of whole numbers in the document languages, as Babel writes them
#: (a test compares): a whole number needs no locale data (Babel's numbers: ~25 ms to load).
GROUPS: dict[str, str] = {"en": ",", "nl": "."}


def written_number(value: float, language: str) -> Markdown:
    """`9,500` / `9.500`, `8.5` / `8,5` (digits and separators: nothing to escape)."""
    group = GROUPS.get(language if language in BABEL_LOCALES else DEFAULT)
    if type(value) is int and group is not None:
        return Markdown(f"{value:,}".replace(",", group))
    from babel.numbers import format_decimal

    return Markdown(format_decimal(value, locale=_locale(language)))


def written_money(value: float, language: str, currency: str = "EUR") -> Markdown:
    """`€9,500` / `€ 9.500`: whole amounts without cents."""
    from babel.numbers import format_currency

    whole = float(value).is_integer()
    return Markdown(format_currency(
        value, currency, locale=_locale(language), currency_digits=not whole,
        format="¤#,##0" if whole and language == "en" else ("¤ #,##0" if whole else None),
    ))


def yes_no(value: bool, language: str) -> str:
    """How a true or false value reads in the document."""
    if language == "nl":
        return "ja" if value else "nee"
    return "yes" if value else "no"


@jinja2.pass_context
def number_filter(context: Any, value: Any) -> str:
    """`{{ 9500|number }}`: `9,500` in English, `9.500` in Dutch."""
    try:
        return written_number(float(value) if not isinstance(value, int) else value, context.get("language", "en"))
    except (TypeError, ValueError):
        return "" if value is None else str(value)


@jinja2.pass_context
def money_filter(context: Any, value: Any, currency: str = "EUR") -> str:
    """`{{ 9500|money }}`: `€9,500` in English, `€ 9.500` in Dutch."""
    try:
        return written_money(float(value), context.get("language", "en"), currency)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
