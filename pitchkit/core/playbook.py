"""The playbook: resistance patterns, business problems, frameworks and guidance, as data.

The built-in playbook is `resources/playbook.json`; a user playbook (same format, every
section optional) at `app_data_dir()/playbook.json` is merged over it: a user pattern or
problem with the id of a built-in one replaces it, a new id is added after the built-in
ones.  Both files are decoded with msgspec into the Structs of `playbook_model.py` and
checked, and an error names the file and the place in it.  `schemas/playbook.schema.json` is generated
from these Structs by `scripts/make_playbook_schema.py`.  See docs/playbook.md.
"""

from __future__ import annotations

import enum
import functools
import os
import re
import typing
from pathlib import Path
from typing import Annotated, Any

import msgspec

from pitchkit.core.decoding import PATH_TOKEN as _PATH_TOKEN
from pitchkit.core.decoding import friendly as _friendly
from pitchkit.core.decoding import json_error
from pitchkit.core.decoding import show_value as _show
from pitchkit.core.decoding import value_at as _value_at
from pitchkit.core.errors import PlaybookError
from pitchkit.core.messages import file_error, message, text
from pitchkit.core.playbook_model import (
    PLAYBOOK_FILE,
    PLAYBOOK_FORMAT,
    PLAYBOOK_VERSION,
    AdkarBlock,
    AdkarModel,
    AdkarStage,
    AdopterCategories,
    AdopterCategory,
    BusinessProblem,
    CounterStrategy,
    EngagementLevel,
    EngagementMatrix,
    Figure,
    Frameworks,
    GridQuadrant,
    Guidance,
    KotterModel,
    KotterStep,
    Level,
    Line,
    Playbook,
    PowerInterestGrid,
    Reliability,
    ResistancePattern,
    Slug,
)
from pitchkit.paths import app_data_dir, resources_dir

#: The Structs of `playbook_model.py` are part of this module's interface too.
__all__ = [
    "PLAYBOOK_FILE",
    "PLAYBOOK_FORMAT",
    "PLAYBOOK_VERSION",
    "AdkarBlock",
    "AdkarModel",
    "AdkarStage",
    "AdopterCategories",
    "AdopterCategory",
    "BusinessProblem",
    "CounterStrategy",
    "EngagementLevel",
    "EngagementMatrix",
    "Figure",
    "Frameworks",
    "GridQuadrant",
    "Guidance",
    "KotterModel",
    "KotterStep",
    "Level",
    "Line",
    "PatternMatch",
    "Playbook",
    "PlaybookError",
    "PowerInterestGrid",
    "Reliability",
    "ResistancePattern",
    "Slug",
    "builtin_playbook",
    "builtin_playbook_path",
    "describe_validation",
    "find_pattern",
    "find_problem",
    "load_playbook",
    "loads_playbook",
    "match_pattern",
    "merge",
    "normalise",
    "user_playbook_path",
]

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
    sections: tuple[tuple[str, list[str]], ...] = (
        ("patterns", [p.id for p in playbook.patterns]),
        ("problems", [p.id for p in playbook.problems]),
        ("guidance", [g.id for g in playbook.guidance]),
        ("plain_words", [w.id for w in playbook.plain_words]),
    )
    for section, ids in sections:
        seen: dict[str, int] = {}
        for i, record_id in enumerate(ids):
            if record_id in seen:
                raise message(
                    "id-twice", file=name, where=f"{section}[{i}].id", error=PlaybookError,
                    id=record_id, first=f"{section}[{seen[record_id]}]",
                )
            seen[record_id] = i
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
    from pitchkit.core.playbook_nl import with_other_names  # its Dutch names find it too

    return with_other_names(playbook)


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
        plain_words=combine(base.plain_words, extra.plain_words),
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


_Named = typing.TypeVar("_Named", ResistancePattern, BusinessProblem)


def _find(key: str, records: list[_Named]) -> _Named | None:
    exact = next((r for r in records if normalise(r.id) == key), None)
    if exact is not None:
        return exact
    # Later records (the user's) win over earlier (built-in) ones.
    return next((r for r in reversed(records) if key in _names(r)), None)


class PatternMatch(msgspec.Struct, frozen=True):
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
