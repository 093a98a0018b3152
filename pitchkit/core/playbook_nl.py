"""The playbook in Dutch: resources/playbook.nl.json laid over the English records, by id.

The Dutch file holds everything people read: names, concerns, counter-strategies, signal
phrases (added to the English ones, so a quote in either language is recognised), problems in
their words, KPIs, how it helps, figures and their cautions, guidance, plain words, the
frameworks, and the sources' words (titles of works stay as published); ids, numbers and
reliabilities stay those of resources/playbook.json.  A record's English name stays one of
its aliases, so projects that name a pattern in English still find it, and the built-in
playbook knows the Dutch names as aliases (`with_other_names`), so a project that names one
in Dutch finds it in an English document.  tests/core/test_playbook_nl.py fails when any text
of the built-in playbook lacks its Dutch.  A user's record with a built-in id takes the
built-in's Dutch.
"""

from __future__ import annotations

import functools
from typing import cast

import msgspec

from pitchkit.core.playbook import Playbook
from pitchkit.core.playbook_model import (
    BusinessProblem,
    CounterStrategy,
    Figure,
    Frameworks,
    Guidance,
    PlainWord,
    ResistancePattern,
)
from pitchkit.core.playbook_nl_model import (
    FigureText,
    FrameworksText,
    GuidanceText,
    PatternText,
    PlainWordText,
    PlaybookTranslation,
    ProblemText,
)
from pitchkit.paths import resources_dir

TRANSLATION_FORMAT = "pitchkit-playbook-translation"

__all__ = ["TRANSLATION_FORMAT", "PlaybookTranslation", "localised", "translation", "with_other_names"]


@functools.cache
def translation(language: str) -> PlaybookTranslation | None:
    """The bundled translation into `language`, or None when there is none."""
    path = resources_dir() / f"playbook.{language}.json"
    if not path.is_file():
        return None
    return msgspec.json.decode(path.read_bytes(), type=PlaybookTranslation)


def _pattern(record: ResistancePattern, words: PatternText | None, sources: dict[str, str]) -> ResistancePattern:
    if words is None:
        return record
    counters = [
        _counter(counter, text, sources)
        for counter, text in zip(record.counter_strategies, words.counter_strategies, strict=False)
    ] + record.counter_strategies[len(words.counter_strategies):]
    return msgspec.structs.replace(
        record, name=words.name, aliases=[record.name, *record.aliases], concern=words.concern,
        counter_strategies=counters, signals=[*words.signals, *record.signals],
    )


def _counter(counter: CounterStrategy, text: str, sources: dict[str, str]) -> CounterStrategy:
    return msgspec.structs.replace(counter, text=text or counter.text, source=sources.get(counter.source, counter.source))


def _figure(figure: Figure, words: FigureText | None, sources: dict[str, str]) -> Figure:
    source = sources.get(figure.source, figure.source)
    if words is None:
        return msgspec.structs.replace(figure, source=source)
    return msgspec.structs.replace(figure, text=words.text, caution=words.caution or figure.caution, source=source)


def _problem(record: BusinessProblem, words: ProblemText | None, sources: dict[str, str]) -> BusinessProblem:
    if words is None:
        return record
    figures = [
        _figure(figure, words.figures[i] if i < len(words.figures) else None, sources)
        for i, figure in enumerate(record.figures)
    ]
    return msgspec.structs.replace(
        record, name=words.name, aliases=[record.name, *record.aliases], in_their_words=words.in_their_words,
        how_it_helps=words.how_it_helps, kpis=list(words.kpis) or record.kpis, figures=figures,
    )


def _guidance(record: Guidance, words: GuidanceText | None, sources: dict[str, str]) -> Guidance:
    if words is None:
        return record
    return msgspec.structs.replace(
        record, topic=words.topic, text=words.text, source=sources.get(record.source, record.source)
    )


def _plain_word(record: PlainWord, words: PlainWordText | None) -> PlainWord:
    return record if words is None else msgspec.structs.replace(record, term=words.term, instead=words.instead)


def _frameworks(frameworks: Frameworks | None, words: FrameworksText | None, sources: dict[str, str]) -> Frameworks | None:
    """The frameworks in the translation's words; quadrants keep their English names as other names."""
    if frameworks is None or words is None:
        return frameworks
    replace = msgspec.structs.replace

    def source(text: str) -> str:
        return sources.get(text, text)

    grid, matrix, adopters = frameworks.power_interest, frameworks.engagement, frameworks.adopters
    kotter, adkar = frameworks.kotter, frameworks.adkar
    return replace(
        frameworks,
        power_interest=replace(
            grid, name=words.power_interest.name, source=source(grid.source), high_means=words.power_interest.high_means,
            quadrants=[
                replace(q, name=t.name, also_called=[*t.also_called, q.name, *q.also_called], action=t.action,
                        for_the_pitch=t.for_the_pitch)
                for q, t in zip(grid.quadrants, words.power_interest.quadrants, strict=True)
            ],
        ),
        engagement=replace(
            matrix, name=words.engagement.name, source=source(matrix.source),
            levels=[replace(level, name=t.name, meaning=t.meaning)
                    for level, t in zip(matrix.levels, words.engagement.levels, strict=True)],
        ),
        adopters=replace(
            adopters, name=words.adopters.name, source=source(adopters.source),
            categories=[replace(c, name=t.name, for_the_pitch=t.for_the_pitch)
                        for c, t in zip(adopters.categories, words.adopters.categories, strict=True)],
        ),
        kotter=replace(
            kotter, name=words.kotter.name, source=source(kotter.source),
            leading_change=[replace(step, name=t.name, for_the_pitch=t.for_the_pitch)
                            for step, t in zip(kotter.leading_change, words.kotter.leading_change, strict=True)],
            accelerate=[replace(step, name=t.name, for_the_pitch=t.for_the_pitch)
                        for step, t in zip(kotter.accelerate, words.kotter.accelerate, strict=True)],
        ),
        adkar=replace(
            adkar, name=words.adkar.name, source=source(adkar.source),
            blocks=[replace(block, answers=t.answers, sounds_like=t.sounds_like, response=t.response)
                    for block, t in zip(adkar.blocks, words.adkar.blocks, strict=True)],
        ),
    )


def localised(book: Playbook, language: str) -> Playbook:
    """`book` with the words of its built-in records in `language` (itself for English)."""
    words = translation(language) if language != "en" else None
    if words is None:
        return book
    sources = words.sources
    return msgspec.structs.replace(
        book,
        patterns=[_pattern(p, words.patterns.get(p.id), sources) for p in book.patterns],
        problems=[_problem(p, words.problems.get(p.id), sources) for p in book.problems],
        guidance=[_guidance(g, words.guidance.get(g.id), sources) for g in book.guidance],
        plain_words=[_plain_word(w, words.plain_words.get(w.id)) for w in book.plain_words],
        frameworks=_frameworks(book.frameworks, words.frameworks, sources),
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
