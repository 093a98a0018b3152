"""The playbook: resistance patterns, business problems, frameworks and guidance, as data.

The built-in playbook is `resources/playbook.json`; a user playbook (same format, every
section optional) at `app_data_dir()/playbook.json` is merged over it: a user pattern or
problem with the id of a built-in one replaces it, a new id is added after the built-in
ones.  Both files are decoded with msgspec into the Structs below and checked, and an
error names the file and the place in it.  `schemas/playbook.schema.json` is generated
from these Structs by `scripts/make_playbook_schema.py`.  See docs/playbook.md.
"""

from __future__ import annotations

import enum
import functools
import os
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import msgspec

from pitchkit.core.errors import PlaybookError
from pitchkit.core.messages import file_error, message, text
from pitchkit.core.project_file import _PATH_TOKEN, _friendly, _show, _value_at, json_error
from pitchkit.paths import app_data_dir, resources_dir

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

    def pattern(self, pattern_id: str) -> ResistancePattern | None:
        """The pattern with exactly this id."""
        return next((p for p in self.patterns if p.id == pattern_id), None)

    def problem(self, problem_id: str) -> BusinessProblem | None:
        """The business problem with exactly this id."""
        return next((p for p in self.problems if p.id == problem_id), None)


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def builtin_playbook_path() -> Path:
    """The bundled playbook."""
    return resources_dir() / PLAYBOOK_FILE


def user_playbook_path() -> Path:
    """Where the user's own playbook lives (it need not exist)."""
    return app_data_dir() / PLAYBOOK_FILE


def _enum_choices(path: str) -> list[str]:
    """The allowed values when the field at `path` (a msgspec error path) is an enum."""
    kind: Any = Playbook
    for name, index in _PATH_TOKEN.findall(path):
        if index:
            continue
        if not (isinstance(kind, type) and issubclass(kind, msgspec.Struct)):
            return []
        fields = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}
        kind = _unwrap(fields.get(name))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return [member.value for member in kind]
    return []


def _unwrap(kind: Any) -> Any:
    """The record or enum type inside list[...], X | None and Annotated[...]."""
    while True:
        origin = typing.get_origin(kind)
        if origin is Annotated or origin is list:
            kind = typing.get_args(kind)[0]
        elif origin is not None and type(None) in typing.get_args(kind):
            kind = next(a for a in typing.get_args(kind) if a is not type(None))
        else:
            return kind


def describe_validation(err: msgspec.ValidationError, raw: Any) -> tuple[str, str]:
    """(where, what) for a msgspec validation error, in the words project files use."""
    detail, _, at = str(err).partition(" - at `")
    path = at.rstrip("`")
    where = path.removeprefix("$").removeprefix(".") or "(top level)"
    what = _friendly(detail, raw, path)
    found, value = _value_at(raw, path)
    got = f", got {_show(value)}" if found else ""
    if detail.startswith("Expected `array` of length >= "):
        what = text("list-too-short", count=detail.rsplit(" ", 1)[-1])
    elif detail.startswith("Expected `str` matching regex"):
        what = text("id-bad-characters", allowed="lower-case letters, digits and -", got=got)
    choices = _enum_choices(path)
    if choices and detail.startswith("Invalid enum value"):
        what = text("value-choice", choices=", ".join(choices), got=got)
    return where, what


def loads_playbook(data: bytes, name: str = "<playbook>") -> Playbook:
    """Decode and check the bytes of a playbook file; errors name `name` and the place."""
    try:
        raw = msgspec.json.decode(data)
    except msgspec.DecodeError as err:
        raise json_error(data, err, error=PlaybookError).with_file(name) from None
    except RecursionError:
        raise message("too-deep", file=name, error=PlaybookError) from None
    if not isinstance(raw, dict):
        raise message("playbook-not-object", file=name)
    if raw.get("format") != PLAYBOOK_FORMAT:
        raise message("playbook-wrong-format", file=name, where="format", expected=PLAYBOOK_FORMAT)
    try:
        playbook = msgspec.convert(raw, Playbook)
    except msgspec.ValidationError as err:
        where, what = describe_validation(err, raw)
        raise message("playbook-invalid", file=name, where=where, problem=what) from None
    if playbook.version > PLAYBOOK_VERSION:
        raise message(
            "playbook-newer", file=name, where="version",
            version=playbook.version, current=PLAYBOOK_VERSION,
        )
    _check(playbook, name)
    return playbook


def _check(playbook: Playbook, name: str) -> None:
    """Rules msgspec types cannot say: unique ids, and weak figures carry a caution."""
    for section, records in (
        ("patterns", playbook.patterns),
        ("problems", playbook.problems),
        ("guidance", playbook.guidance),
    ):
        seen: dict[str, int] = {}
        for i, record in enumerate(records):
            if record.id in seen:
                raise message(
                    "id-twice", file=name, where=f"{section}[{i}].id", error=PlaybookError,
                    id=record.id, first=f"{section}[{seen[record.id]}]",
                )
            seen[record.id] = i
    for i, problem in enumerate(playbook.problems):
        for j, figure in enumerate(problem.figures):
            if figure.reliability == Reliability.WEAK and not figure.caution.strip():
                raise message(
                    "playbook-weak-figure", file=name, where=f"problems[{i}].figures[{j}].caution"
                )


#: Largest playbook file read (the built-in one is well under 1 MB).
MAX_PLAYBOOK_BYTES = 16 * 1024 * 1024


def _read(path: Path) -> bytes:
    from pitchkit.core.safe_read import read_bounded

    return read_bounded(path, MAX_PLAYBOOK_BYTES, error=PlaybookError)


@functools.cache
def builtin_playbook() -> Playbook:
    """The bundled playbook (read once)."""
    path = builtin_playbook_path()
    playbook = loads_playbook(_read(path), str(path))
    if playbook.frameworks is None:
        raise message("playbook-no-frameworks", file=str(path))
    return playbook


@functools.cache
def _merged(path: str, _stamp: tuple[int, int]) -> Playbook:
    return merge(builtin_playbook(), loads_playbook(_read(Path(path)), path))


def merge(base: Playbook, extra: Playbook) -> Playbook:
    """`base` with `extra`'s records: same id replaces in place, a new id is appended."""

    def combine(old: list[Any], new: list[Any]) -> list[Any]:
        replacements = {record.id: record for record in new}
        kept = [replacements.pop(record.id, record) for record in old]
        return kept + [record for record in new if record.id in replacements]

    return Playbook(
        patterns=combine(base.patterns, extra.patterns),
        problems=combine(base.problems, extra.problems),
        guidance=combine(base.guidance, extra.guidance),
        frameworks=base.frameworks,
    )


def load_playbook(user_file: str | os.PathLike[str] | None = None) -> Playbook:
    """The built-in playbook merged with the user's (`user_file`, or the one in app data).

    A missing user file in app data is not an error; a missing `user_file` given
    explicitly is.  Results are cached until the user file changes.
    """
    path = Path(user_file) if user_file is not None else user_playbook_path()
    try:
        stat = path.stat()
    except FileNotFoundError as err:
        if user_file is not None:
            raise file_error(err, path, error=PlaybookError) from None
        return builtin_playbook()
    except OSError as err:
        raise file_error(err, path, error=PlaybookError) from None
    return _merged(str(path), (stat.st_mtime_ns, stat.st_size))


# ---------------------------------------------------------------------------------------------
# Finding patterns and problems
# ---------------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped, other punctuation as spaces, single spaces."""
    text = text.casefold().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _names(record: ResistancePattern | BusinessProblem) -> set[str]:
    return {normalise(record.id), normalise(record.name), *(normalise(a) for a in record.aliases)}


def find_pattern(name_or_id: str, playbook: Playbook | None = None) -> ResistancePattern | None:
    """The pattern whose id, name or alias matches (case and punctuation ignored).

    A user's pattern wins over a built-in one with the same name or alias.
    """
    book = playbook or load_playbook()
    key = normalise(name_or_id)
    if not key:
        return None
    return _find(key, book.patterns)


def find_problem(name_or_id: str, playbook: Playbook | None = None) -> BusinessProblem | None:
    """The business problem whose id, name or alias matches (case and punctuation ignored)."""
    book = playbook or load_playbook()
    key = normalise(name_or_id)
    if not key:
        return None
    return _find(key, book.problems)


def _find(key: str, records: list[Any]) -> Any:
    exact = next((r for r in records if normalise(r.id) == key), None)
    if exact is not None:
        return exact
    # Later records (the user's) win over earlier (built-in) ones.
    return next((r for r in reversed(records) if key in _names(r)), None)


@dataclass(frozen=True)
class PatternMatch:
    """A pattern suggested for a quote, with the signal phrases that were heard."""

    pattern: ResistancePattern
    heard: tuple[str, ...]


def match_pattern(quote: str, playbook: Playbook | None = None) -> list[PatternMatch]:
    """Patterns whose signal phrases (or names) appear in `quote`, best match first."""
    book = playbook or load_playbook()
    text = f" {normalise(quote)} "
    if not text.strip():
        return []
    found: list[tuple[int, int, PatternMatch]] = []
    for order, pattern in enumerate(book.patterns):
        phrases = [*pattern.signals, pattern.name, *pattern.aliases]
        heard = tuple(
            dict.fromkeys(p for p in phrases if normalise(p) and f" {normalise(p)} " in text)
        )
        if heard:
            found.append((-len(heard), order, PatternMatch(pattern, heard)))
    return [match for *_, match in sorted(found, key=lambda item: item[:2])]
