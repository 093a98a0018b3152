"""Decoding errors in the user's words: msgspec's messages and JSON parse errors, catalogued.

Shared by every reader of a JSON file PitchKit owns (projects, the playbook): the path
into the data (`stakeholders[3].interest`), the value found there, and a sentence from the
message catalogue instead of msgspec's own wording.
"""

from __future__ import annotations

import re
import typing
from typing import Any

import msgspec

from pitchkit.core.errors import PitchKitError, ProjectError
from pitchkit.core.messages import message, text

_TYPE_WORDS = {
    "int": "a whole number",
    "float": "a number",
    "str": "text",
    "bool": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "null",
    "date": "a date (YYYY-MM-DD)",
}
#: One step of a msgspec error path: `.name` or `[index]`.
PATH_TOKEN = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def show_value(value: Any) -> str:
    """`value` as JSON, cut to 60 characters, for quoting in an error message."""
    import json  # for error messages only: not on every load (~1.5 ms at start-up)

    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def value_at(data: Any, path: str) -> tuple[bool, Any]:
    """(found, value) at a msgspec error `path` such as `$.stakeholders[3].interest`."""
    current = data
    for name, index in PATH_TOKEN.findall(path):
        try:
            current = current[int(index)] if index else current[name]
        except (KeyError, IndexError, TypeError):
            return False, None
    return True, current


def _words_for(spec: str) -> str:
    kinds = [k.strip(" `") for k in spec.split("|")]
    words = [_TYPE_WORDS.get(k, k) for k in kinds if k != "null"]
    if len(words) < len(kinds):
        words.append("empty (null)")
    return " or ".join(words) if words else spec


def friendly(detail: str, raw: Any, path: str) -> str:
    """msgspec's validation message `detail` for the value at `path`, in catalogued words."""
    found, value = value_at(raw, path)
    got = f", got {show_value(value)}" if found else ""
    if m := re.match(r"Expected `([^`]+)`, got `[^`]+`$", detail):
        return text("value-expected", kinds=_words_for(m.group(1)), got=got)
    if m := re.match(r"Expected `(?:int|float)` (>=|<=) (-?[\d.]+)$", detail):
        bound = "at least" if m.group(1) == ">=" else "at most"
        return text("value-bound", bound=bound, limit=m.group(2).removesuffix(".0"), got=got)
    if m := re.match(r"Object missing required field `([^`]+)`$", detail):
        return text("value-missing", field=m.group(1))
    if re.match(r"Expected `str` of length <= 64$", detail):
        return text("id-too-long", got=got)
    if re.match(r"Expected `str` of length <= \d+$", detail):
        return text("value-too-long")
    if re.match(r"Expected `str` of length >= 1$", detail):
        return text("value-empty")
    if detail.startswith("Expected `str` matching regex"):
        return text("id-bad-characters", allowed="letters, digits and - _ . :", got=got)
    if detail.startswith("Invalid enum value"):
        return text("value-not-allowed", got=got)
    if "date" in detail.lower():
        return text("value-date", got=got)
    plain = detail.replace("`", "")
    return plain[:1].lower() + plain[1:]


def describe_validation(
    err: msgspec.ValidationError, raw: Any, root: type[msgspec.Struct]
) -> tuple[str, str]:
    """(where, what) for a validation error of `raw` decoded as `root`."""
    detail, _, at = str(err).partition(" - at `")
    path = at.rstrip("`")
    where = path.removeprefix("$").removeprefix(".") or "(top level)"
    what = friendly(detail, raw, path)
    choices = enum_choices(path, root)
    if choices and detail.startswith("Invalid enum value"):
        found, value = value_at(raw, path)
        got = f", got {show_value(value)}" if found else ""
        what = text("value-choice", choices=", ".join(choices), got=got)
    return where, what


def enum_choices(path: str, root: type[msgspec.Struct]) -> list[str]:
    """The allowed values when the field at `path` (from `root`) is an enum."""
    kind: Any = root
    for name, index in PATH_TOKEN.findall(path):
        if index:
            continue
        if not (isinstance(kind, type) and issubclass(kind, msgspec.Struct)):
            return []
        hints = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}
        kind = hints.get(name)
        if typing.get_origin(kind) is list:
            kind = typing.get_args(kind)[0]
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        return []
    try:
        return [member.value for member in kind]
    except TypeError:
        return []


def line_col(data: bytes, offset: int) -> str:
    """'line L, column C' of byte `offset` in `data`."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return f"line {line}, column {col}"


def conflict_marker_line(data: bytes) -> int | None:
    """The line of the first `<<<<<<<` of a text merge's conflict block, if `data` holds one."""
    lines = [line.strip() for line in data.split(b"\n")]  # also where an editor indented them
    start = next((i for i, line in enumerate(lines) if line.startswith(b"<<<<<<<")), None)
    if start is None:
        return None
    rest = lines[start + 1 :]
    middle = any(line == b"=======" for line in rest)
    return start + 1 if middle and any(line.startswith(b">>>>>>>") for line in rest) else None


def json_error(data: bytes, err: msgspec.DecodeError, *, error: type[PitchKitError]) -> PitchKitError:
    """The catalogued error for JSON that does not parse, at its line and column."""
    detail = str(err)
    m = re.search(r"\(byte (\d+)\)", detail)
    where = line_col(data, int(m.group(1))) if m else ""
    detail = re.sub(r"\s*\(byte \d+\)", "", detail).removeprefix("JSON is malformed: ")
    if issubclass(error, ProjectError) and (marker := conflict_marker_line(data)) is not None:
        return message("project-conflict-markers", where=f"line {marker}")
    if detail == "Input data was truncated":
        if issubclass(error, ProjectError):
            return message("project-truncated", where=where)
        detail = "the file ends too early"
    return message("not-json", where=where, error=error, detail=detail)
