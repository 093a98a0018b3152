"""The playbook in Dutch: resources/playbook.nl.json laid over the English records, by id.

The Dutch file holds only what people read (names, concerns, counter-strategies, problems in
their words, KPIs, how it helps, guidance); ids, sources, figures and frameworks stay those
of resources/playbook.json.  A record's English name stays one of its aliases, so projects
that name a pattern in English still find it, and the built-in playbook knows the Dutch
names as aliases (`with_other_names`), so a project that names one in Dutch finds it in an
English document.  tests/core/test_playbook_nl.py fails when an entry of the built-in
playbook lacks its Dutch.  A user's record with a built-in id takes the built-in's Dutch.
"""

from __future__ import annotations

import functools
from typing import cast

import msgspec

from pitchkit.core.playbook import Playbook
from pitchkit.core.playbook_model import BusinessProblem, Guidance, ResistancePattern
from pitchkit.paths import resources_dir

TRANSLATION_FORMAT = "pitchkit-playbook-translation"


class PatternText(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A resistance pattern's words in another language."""

    name: str
    concern: str
    counter_strategies: list[str]


class ProblemText(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A business problem's words in another language."""

    name: str
    in_their_words: str
    how_it_helps: str
    kpis: list[str]


class GuidanceText(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A piece of guidance in another language."""

    topic: str
    text: str


class PlaybookTranslation(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """resources/playbook.<language>.json: the words of the built-in playbook's records, by id."""

    format: str
    language: str
    patterns: dict[str, PatternText] = {}
    problems: dict[str, ProblemText] = {}
    guidance: dict[str, GuidanceText] = {}


@functools.cache
def translation(language: str) -> PlaybookTranslation | None:
    """The bundled translation into `language`, or None when there is none."""
    path = resources_dir() / f"playbook.{language}.json"
    if not path.is_file():
        return None
    return msgspec.json.decode(path.read_bytes(), type=PlaybookTranslation)


def _pattern(record: ResistancePattern, words: PatternText | None) -> ResistancePattern:
    if words is None:
        return record
    counters = [
        msgspec.structs.replace(counter, text=text) if text else counter
        for counter, text in zip(record.counter_strategies, words.counter_strategies, strict=False)
    ] + record.counter_strategies[len(words.counter_strategies):]
    return msgspec.structs.replace(
        record, name=words.name, aliases=[record.name, *record.aliases], concern=words.concern,
        counter_strategies=counters,
    )


def _problem(record: BusinessProblem, words: ProblemText | None) -> BusinessProblem:
    if words is None:
        return record
    return msgspec.structs.replace(
        record, name=words.name, aliases=[record.name, *record.aliases], in_their_words=words.in_their_words,
        how_it_helps=words.how_it_helps, kpis=list(words.kpis) or record.kpis,
    )


def _guidance(record: Guidance, words: GuidanceText | None) -> Guidance:
    return record if words is None else msgspec.structs.replace(record, topic=words.topic, text=words.text)


def localised(book: Playbook, language: str) -> Playbook:
    """`book` with the words of its built-in records in `language` (itself for English)."""
    words = translation(language) if language != "en" else None
    if words is None:
        return book
    return msgspec.structs.replace(
        book,
        patterns=[_pattern(p, words.patterns.get(p.id)) for p in book.patterns],
        problems=[_problem(p, words.problems.get(p.id)) for p in book.problems],
        guidance=[_guidance(g, words.guidance.get(g.id)) for g in book.guidance],
    )


def with_other_names(book: Playbook) -> Playbook:
    """`book` with the names of its records in every bundled translation added as aliases."""
    words = translation("nl")
    if words is None:
        return book

    def named(record: ResistancePattern | BusinessProblem, other: str | None) -> ResistancePattern | BusinessProblem:
        return record if not other else msgspec.structs.replace(record, aliases=[*record.aliases, other])

    patterns = [named(p, getattr(words.patterns.get(p.id), "name", None)) for p in book.patterns]
    problems = [named(p, getattr(words.problems.get(p.id), "name", None)) for p in book.problems]
    return msgspec.structs.replace(
        book, patterns=cast(list[ResistancePattern], patterns), problems=cast(list[BusinessProblem], problems)
    )
