"""Reading and writing `.pitchkit` files.

The file is JSON (UTF-8, LF, 2-space indent, stable key order, trailing newline) so that a
one-field edit is a one-line diff.  Its header is `"format": "pitchkit"` and an integer
`"version"`.  Reading goes: bytes -> JSON -> header check -> migrations `vN -> vN+1` on the
plain data -> unknown fields parked -> typed decoding (msgspec) -> reference checks
(core/references.py); error messages are worded by core/decoding.py.  Writing produces only the current version and puts the parked unknown fields back.

Format versions:
- 1: the first published format (PitchKit 0.1).
- 2: `project_id` (one id shared by every copy of a project) and `conflicts` (what a merge
  could not decide) at the end of the top level (PitchKit 0.2).  A version-1 reader would
  have taken a merged file's provisional values for settled ones, hence the new number.
"""

from __future__ import annotations

import functools
import os
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from pitchkit.core.decoding import describe_validation, json_error, line_col, show_value
from pitchkit.core.errors import ProjectError
from pitchkit.core.messages import message, text
from pitchkit.core.migrations import migrate_v1_to_v2
from pitchkit.core.model import FORMAT_NAME, FORMAT_VERSION, UNKNOWN_KEY, Project, Record
from pitchkit.core.references import check_references
from pitchkit.core.safe_read import read_project_bytes
from pitchkit.core.safe_write import write_atomic

#: Largest project file PitchKit reads (documented in docs/file-format.md).
MAX_FILE_BYTES = 64 * 1024 * 1024
FILE_SUFFIX = ".pitchkit"

#: `migrate_vN_to_vN1` functions by the version they read; each returns version N+1 data.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: migrate_v1_to_v2}


class LoadResult(msgspec.Struct):
    """A loaded project and what the user should be told about it."""

    project: Project
    warnings: list[str] = msgspec.field(default_factory=list)
    migrated_from: int | None = None


# ---------------------------------------------------------------------------------------------
# Unknown fields
# ---------------------------------------------------------------------------------------------


@functools.cache
def _nested_records(cls: type[Record]) -> dict[str, tuple[type[Record], bool]]:
    """For a record type: field name -> (record type, is a list) for nested records."""
    nested: dict[str, tuple[type[Record], bool]] = {}
    for info in msgspec.structs.fields(cls):
        kind = info.type
        is_list = typing.get_origin(kind) is list
        if is_list:
            kind = typing.get_args(kind)[0]
        if isinstance(kind, type) and issubclass(kind, Record):
            nested[info.encode_name] = (kind, is_list)
    return nested


@functools.cache
def _known_names(cls: type[Record]) -> frozenset[str]:
    return frozenset(info.encode_name for info in msgspec.structs.fields(cls)) - {UNKNOWN_KEY}


def _park_unknown(data: Any, cls: type[Record]) -> Any:
    """Move keys `cls` does not know into its `__unknown__` slot (recursively, in a copy)."""
    if not isinstance(data, dict):
        return data
    known = _known_names(cls)
    out: dict[str, Any] = {}
    unknown: dict[str, Any] = {}
    nested = _nested_records(cls)
    for key, value in data.items():
        if key not in known:
            unknown[key] = value
        elif key in nested:
            sub, is_list = nested[key]
            if is_list and isinstance(value, list):
                out[key] = [_park_unknown(item, sub) for item in value]
            else:
                out[key] = _park_unknown(value, sub)
        else:
            out[key] = value
    if unknown:
        out[UNKNOWN_KEY] = unknown
    return out


def _restore_unknown(data: Any) -> Any:
    """Inverse of `_park_unknown` on builtins: unknown keys go back, after the known ones."""
    if isinstance(data, dict):
        unknown = data.pop(UNKNOWN_KEY, None)
        for key, value in data.items():
            if isinstance(value, (dict, list)):
                data[key] = _restore_unknown(value)
        if unknown:
            for key in sorted(unknown):
                data.setdefault(key, unknown[key])
        return data
    if isinstance(data, list):
        return [_restore_unknown(item) for item in data]
    return data


# ---------------------------------------------------------------------------------------------
# Checks beyond the types
# ---------------------------------------------------------------------------------------------


def _check_project(project: Project) -> None:
    """Raise ProjectError for a duplicate id, a dangling reference, or a record that contradicts itself."""
    check_references(project)
    for i, link in enumerate(project.links):
        if link.source == link.target:
            raise message("self-link", where=f"links[{i}]")
    for i, period in enumerate(project.strategy.busy_periods):
        if period.end < period.start:
            raise message("period-backwards", where=f"strategy.busy_periods[{i}]")


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Run the migration chain from `version` up to FORMAT_VERSION on plain data."""
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise message("project-no-migration", where="version", version=version)
        data = step(data)
        version += 1
        data["version"] = version
    return data


def loads_project(data: bytes, name: str = "<project>") -> LoadResult:
    """Decode the bytes of a `.pitchkit` file; errors name `name` and the place."""
    try:
        return _loads_fast(data) or _loads(data)
    except ProjectError as err:
        raise err.with_file(name) from None


def _loads_fast(data: bytes) -> LoadResult | None:
    """Typed decoding straight into the model: the common case of a current, clean file.

    Returns None (so that the general path runs and explains) for anything unusual: an
    error, an unknown field, another format version.
    """
    if len(data) > MAX_FILE_BYTES or b'"format"' not in data or b'"version"' not in data:
        return None
    if UNKNOWN_KEY.encode() in data:  # a field literally named like the parking slot
        return None
    try:
        project = _DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError, UnicodeDecodeError):
        return None
    if project.format != FORMAT_NAME or project.version != FORMAT_VERSION:
        return None
    _check_project(project)
    return LoadResult(project)


_DECODER = msgspec.json.Decoder(Project)


def _loads(data: bytes) -> LoadResult:
    if len(data) > MAX_FILE_BYTES:
        raise message("project-too-large", limit=MAX_FILE_BYTES // (1024 * 1024))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise message("project-not-utf8", where=line_col(data, err.start)) from None
    try:
        raw = msgspec.json.decode(data)
    except msgspec.DecodeError as err:
        raise json_error(data, err, error=ProjectError) from None
    except RecursionError:
        raise message("too-deep", error=ProjectError) from None
    if not isinstance(raw, dict):
        raise message("project-not-object")
    if raw.get("format") != FORMAT_NAME:
        found = f", got {show_value(raw['format'])}" if "format" in raw else ""
        raise message("project-wrong-format", where="format", expected=FORMAT_NAME, found=found)
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise message("project-bad-version", where="version", found=show_value(version))
    warnings: list[str] = []
    migrated_from = None
    if version > FORMAT_VERSION:
        warnings.append(text("newer-version", version=version, current=FORMAT_VERSION))
    elif version < FORMAT_VERSION:
        raw = migrate(raw, version)
        migrated_from = version
    # A newer file keeps its version number, so that the newer PitchKit does not migrate
    # its own data again after this one saved it (the unknown fields are kept too).
    parked = _park_unknown(raw, Project)
    try:
        project = msgspec.convert(parked, Project)
    except msgspec.ValidationError as err:
        where, what = describe_validation(err, raw, Project)
        raise message("project-invalid", where=where, problem=what) from None
    except RecursionError:
        raise message("too-deep", error=ProjectError) from None
    _check_project(project)
    return LoadResult(project, warnings, migrated_from)


def load_project(path: str | os.PathLike[str]) -> LoadResult:
    """Read and validate a project file."""
    path = Path(path)
    data = read_project_bytes(path, MAX_FILE_BYTES)  # type-checked, bounded (core/safe_read.py)
    return loads_project(data, str(path))


def to_data(project: Project) -> dict[str, Any]:
    """The project as plain JSON-ready data, unknown fields restored, current version."""
    data = msgspec.to_builtins(project)
    restored = _restore_unknown(data)
    restored.pop("format", None)
    version = restored.pop("version", FORMAT_VERSION)
    return {"format": FORMAT_NAME, "version": max(version, FORMAT_VERSION), **restored}


_ENCODER = msgspec.json.Encoder()


def dumps_project(project: Project) -> bytes:
    """The bytes of the `.pitchkit` file for `project`.

    Always the current format version, except for a file from a newer PitchKit, which keeps
    its own version number (and its unknown fields).
    """
    project.format, project.version = FORMAT_NAME, max(project.version, FORMAT_VERSION)
    encoded = _ENCODER.encode(project)
    # A key can only appear unescaped outside strings: this finds parked unknown fields.
    if b'"%s":' % UNKNOWN_KEY.encode() in encoded:
        encoded = _ENCODER.encode(to_data(project))
    return msgspec.json.format(encoded, indent=2) + b"\n"


def save_project(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Save atomically; the previous file stays beside it as `<name>.bak`."""
    data = dumps_project(project)
    try:
        write_atomic(path, data, backup=backup)
    except OSError as err:
        raise message("save-failed", file=str(path), reason=err.strerror or err) from None


def check_project(project: Project) -> None:
    """Raise ProjectError where `project` breaks a rule of the file (ids, references, dates)."""
    _check_project(project)
