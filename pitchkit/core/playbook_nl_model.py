"""The Structs of a playbook translation (resources/playbook.<language>.json), used by playbook_nl.py.

A translation holds the words people read, by record id (patterns, problems, guidance, plain
words) or by position (figures, and the frameworks' quadrants, levels, categories, steps and
blocks, in the order of resources/playbook.json); sources are translated by their English text,
since the same source is cited by many records.  Ids, numbers, reliabilities and enum values
stay those of the English playbook.
"""

from __future__ import annotations

import msgspec

from pitchkit.core.annotations import resolve as _resolve_annotations


class _Text(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Base of the translation's records: unknown fields are refused (a typo is an error)."""


class FigureText(_Text, kw_only=True):
    """A published figure's words, and its caution, in another language."""

    text: str
    caution: str = ""


class PatternText(_Text, kw_only=True):
    """A resistance pattern's words in another language (`signals` are added to the English)."""

    name: str
    concern: str
    counter_strategies: list[str]
    signals: list[str] = []


class ProblemText(_Text, kw_only=True):
    """A business problem's words in another language."""

    name: str
    in_their_words: str
    how_it_helps: str
    kpis: list[str]
    figures: list[FigureText] = []


class GuidanceText(_Text, kw_only=True):
    """A piece of guidance in another language."""

    topic: str
    text: str


class PlainWordText(_Text, kw_only=True):
    """A term people switch off at, and the plain words for it, in another language."""

    term: str
    instead: str


class QuadrantText(_Text, kw_only=True):
    """A quadrant of the power/interest grid in another language."""

    name: str
    also_called: list[str] = []
    action: str
    for_the_pitch: str


class LevelText(_Text, kw_only=True):
    """An engagement level in another language."""

    name: str
    meaning: str


class CategoryText(_Text, kw_only=True):
    """An adopter category in another language."""

    name: str
    for_the_pitch: str


class StepText(_Text, kw_only=True):
    """One of Kotter's steps in another language."""

    name: str
    for_the_pitch: str = ""


class BlockText(_Text, kw_only=True):
    """An ADKAR block's questions and answers in another language (its name is an enum label)."""

    answers: str
    sounds_like: str
    response: str


class GridText(_Text, kw_only=True):
    """The power/interest grid in another language."""

    name: str
    high_means: str
    quadrants: list[QuadrantText]


class EngagementText(_Text, kw_only=True):
    """The engagement assessment matrix in another language."""

    name: str
    levels: list[LevelText]


class AdoptersText(_Text, kw_only=True):
    """Rogers' adopter categories in another language."""

    name: str
    categories: list[CategoryText]


class KotterText(_Text, kw_only=True):
    """Kotter's eight steps, in both wordings, in another language."""

    name: str
    leading_change: list[StepText]
    accelerate: list[StepText]


class AdkarText(_Text, kw_only=True):
    """The ADKAR model in another language."""

    name: str
    blocks: list[BlockText]


class FrameworksText(_Text, kw_only=True):
    """The frameworks' words in another language."""

    power_interest: GridText
    engagement: EngagementText
    adopters: AdoptersText
    kotter: KotterText
    adkar: AdkarText


class PlaybookTranslation(_Text, kw_only=True):
    """resources/playbook.<language>.json: the words of the built-in playbook, by id or position."""

    format: str
    language: str
    patterns: dict[str, PatternText] = {}
    problems: dict[str, ProblemText] = {}
    guidance: dict[str, GuidanceText] = {}
    plain_words: dict[str, PlainWordText] = {}
    frameworks: FrameworksText | None = None
    #: English source -> its wording in this language (titles of works stay as published).
    sources: dict[str, str] = {}


# Evaluated once here rather than by msgspec on every look (core/annotations.py).
_resolve_annotations(*(value for value in list(globals().values()) if isinstance(value, type) and issubclass(value, msgspec.Struct)))
