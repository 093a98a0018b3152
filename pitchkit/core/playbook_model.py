"""The playbook's data model: the msgspec Structs a playbook file is decoded into.

Loading, merging and checking playbook files, and finding a pattern or problem by name,
are in `playbook.py`, which also exports every name defined here.
"""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec

from pitchkit.core.annotations import resolve as _resolve_annotations

PLAYBOOK_FORMAT = "pitchkit-playbook"
PLAYBOOK_VERSION = 1
PLAYBOOK_FILE = "playbook.json"

Slug = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9-]*$")]
Line = Annotated[str, msgspec.Meta(min_length=1, max_length=2_000)]


class AdkarStage(enum.StrEnum):
    """Prosci ADKAR: the building block of individual change a resistance blocks."""

    AWARENESS = "Awareness"
    DESIRE = "Desire"
    KNOWLEDGE = "Knowledge"
    ABILITY = "Ability"
    REINFORCEMENT = "Reinforcement"


class Reliability(enum.StrEnum):
    """How far a figure can be trusted (the tags of the research notes)."""

    PRIMARY = "primary"  # the originator's own page or report
    SECONDARY = "secondary"  # a reputable summary of a primary source
    WEAK = "weak"  # a blog, an aggregator, or a figure of unclear origin
    BACKGROUND = "background"  # background knowledge not confirmed by a source


class Level(enum.StrEnum):
    """High or low on one axis of the power/interest grid."""

    HIGH = "high"
    LOW = "low"


class CounterStrategy(msgspec.Struct, kw_only=True):
    """One way to answer a resistance, and where the advice comes from."""

    text: Line
    source: str = ""


class ResistancePattern(msgspec.Struct, kw_only=True):
    """A recurring kind of resistance: how it sounds, what lies under it, how to answer it."""

    id: Slug
    name: Line
    aliases: list[Line] = []
    signals: list[Line] = []
    concern: Line
    adkar_stage: AdkarStage
    counter_strategies: Annotated[list[CounterStrategy], msgspec.Meta(min_length=1)]


class Figure(msgspec.Struct, kw_only=True):
    """A published number, its source, how reliable it is, and what to be careful about."""

    text: Line
    source: Line
    reliability: Reliability
    caution: str = ""


class BusinessProblem(msgspec.Struct, kw_only=True):
    """A business problem peer learning helps with, the KPIs that show it, and figures."""

    id: Slug
    name: Line
    aliases: list[Line] = []
    in_their_words: Line
    kpis: Annotated[list[Line], msgspec.Meta(min_length=1)]
    how_it_helps: str = ""
    figures: list[Figure] = []


class Guidance(msgspec.Struct, kw_only=True):
    """One piece of general advice for the advocate, with its source."""

    id: Slug
    topic: Line
    text: Line
    source: Line


class PlainWord(msgspec.Struct, kw_only=True):
    """A term people often switch off at, and the plain words to say instead."""

    id: Slug
    term: Line
    instead: Line


class GridQuadrant(msgspec.Struct, kw_only=True):
    """One quadrant of the power/interest grid."""

    name: Line
    also_called: list[Line] = []
    power: Level
    interest: Level
    action: Line
    for_the_pitch: Line


class EngagementLevel(msgspec.Struct, kw_only=True):
    """One level of the stakeholder engagement assessment matrix."""

    name: Line
    meaning: Line


class AdopterCategory(msgspec.Struct, kw_only=True):
    """One of Rogers' adopter categories."""

    name: Line
    share_percent: float
    for_the_pitch: Line


class KotterStep(msgspec.Struct, kw_only=True):
    """One of Kotter's eight steps."""

    number: Annotated[int, msgspec.Meta(ge=1, le=8)]
    name: Line
    for_the_pitch: str = ""


class AdkarBlock(msgspec.Struct, kw_only=True):
    """One ADKAR building block: what it answers, how being stuck sounds, what helps."""

    name: AdkarStage
    answers: Line
    sounds_like: Line
    response: Line


class PowerInterestGrid(msgspec.Struct, kw_only=True):
    """Mendelow's power/interest grid."""

    name: Line
    source: Line
    high_means: Line
    quadrants: list[GridQuadrant]


class EngagementMatrix(msgspec.Struct, kw_only=True):
    """PMI's stakeholder engagement assessment matrix."""

    name: Line
    source: Line
    levels: list[EngagementLevel]


class AdopterCategories(msgspec.Struct, kw_only=True):
    """Rogers' diffusion of innovations."""

    name: Line
    source: Line
    categories: list[AdopterCategory]


class KotterModel(msgspec.Struct, kw_only=True):
    """Kotter's eight steps, in the 1996 and the 2014 wording."""

    name: Line
    source: Line
    leading_change: list[KotterStep]
    accelerate: list[KotterStep]


class AdkarModel(msgspec.Struct, kw_only=True):
    """Prosci's ADKAR model."""

    name: Line
    source: Line
    blocks: list[AdkarBlock]


class Frameworks(msgspec.Struct, kw_only=True):
    """The frameworks the app uses, with their exact names."""

    power_interest: PowerInterestGrid
    engagement: EngagementMatrix
    adopters: AdopterCategories
    kotter: KotterModel
    adkar: AdkarModel

    def quadrant(self, name: str) -> GridQuadrant | None:
        """The grid quadrant with this name (or another of its names)."""
        folded = name.casefold()
        for quad in self.power_interest.quadrants:
            if folded in {quad.name.casefold(), *(n.casefold() for n in quad.also_called)}:
                return quad
        return None


class Playbook(msgspec.Struct, kw_only=True):
    """A playbook file: the built-in one has every section; a user file may have any."""

    format: str = PLAYBOOK_FORMAT
    version: int = PLAYBOOK_VERSION
    patterns: list[ResistancePattern] = []
    problems: list[BusinessProblem] = []
    guidance: list[Guidance] = []
    frameworks: Frameworks | None = None
    plain_words: list[PlainWord] = []

    def pattern(self, pattern_id: str) -> ResistancePattern | None:
        """The pattern with exactly this id."""
        return next((p for p in self.patterns if p.id == pattern_id), None)

    def problem(self, problem_id: str) -> BusinessProblem | None:
        """The business problem with exactly this id."""
        return next((p for p in self.problems if p.id == problem_id), None)


# Evaluated once here rather than by msgspec on every look (core/annotations.py).
_resolve_annotations(*(value for value in list(globals().values()) if isinstance(value, type) and issubclass(value, msgspec.Struct)))
