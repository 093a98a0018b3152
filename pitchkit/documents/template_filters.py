"""PitchKit's own Jinja filters for template text: dates, sentences, fragments, paragraphs.

Each filter's docstring is its line in docs/templates.md (scripts/make_context_reference.py):
what it does, then an example in backquotes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import jinja2

from pitchkit.core.text import fragment
from pitchkit.documents.localised import money_filter, number_filter, written_date
from pitchkit.documents.markdown_text import Markdown, escape_paragraphs


def _paragraphs(value: Any) -> Markdown:
    """Several paragraphs of text, kept apart and escaped: `{{ pitch.story|paragraphs }}`."""
    return escape_paragraphs("" if value is None else str(value))


@jinja2.pass_context
def _date(context: Any, value: Any) -> str:
    """A date written out in the document's language: `{{ pitch.deadline|date }}` gives `26 February 2027`, `26 februari 2027`."""
    if isinstance(value, datetime.date):
        return written_date(value, context.get("language", "en"))
    return "" if value is None else str(value)


_CLOSERS = "\"'\u201d\u2019)"


def _sentence(value: Any) -> str:
    """Text ending in exactly one full stop: `{{ pitch.ask|sentence }}` never gives `..`."""
    text = "" if value is None else str(value).strip()
    if not text or text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "\u2026", ":"):
        return text
    return text + "."


def _clause(value: Any) -> str:
    """Text without its closing full stop, to continue a sentence: `{{ pitch.pilot_scope|clause }}, then`."""
    text = "" if value is None else str(value).strip()
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def _fragment(value: Any) -> str:
    """A field joined into a sentence: no closing full stop, and "About 40" becomes "about 40".

    Only a leading common word is lowered (never a name or an acronym):
    `aiming for {{ p.target|fragment }}`.
    """
    return fragment("" if value is None else str(value))


def _plain(value: Any, avoid_terms: Any = ()) -> str:
    """Text without the words a reader switches off at: `{{ point|plain(audience.avoid_terms) }}`.

    Known jargon is replaced by concrete words; a sentence with any other avoided term is left out.
    """
    from pitchkit.core.talking_points import plain

    text = "" if value is None else str(value)
    terms = [avoid_terms] if isinstance(avoid_terms, str) else list(avoid_terms or ())
    return plain(text, [str(t) for t in terms])


def _instead(term: Any) -> str:
    """What to say instead of an avoided term (the playbook's wording), or empty: `{{ t|instead }}`."""
    from pitchkit.core.talking_points import alternative

    return alternative(str(term or ""))


def sentence_part(text: object) -> str:
    """`text` without a closing full stop: it goes before "; what to do"."""
    text = str(text).strip()
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


#: name -> filter, as templates use them.
FILTERS: dict[str, Callable[..., Any]] = {
    "paragraphs": _paragraphs,
    "date": _date,
    "number": number_filter,
    "money": money_filter,
    "sentence": _sentence,
    "clause": _clause,
    "fragment": _fragment,
    "plain": _plain,
    "instead": _instead,
}
