"""Template discovery, front matter, and sandboxed rendering of Markdown + Jinja templates.

A template is a file `<key>.md.j2` in the built-in folder (`paths.templates_dir()`) or the
user's folder (`paths.user_templates_dir()`); a user template with the same key overrides
the built-in one.  It opens with a Jinja comment holding its metadata::

    {#- pitchkit
    name: Full proposal
    description: The whole business case, for the decision meeting
    audience: pitch
    title: Proposal
    -#}

`audience` is `pitch` (the whole pitch) or `stakeholder` (written for one person).
Values from the project are escaped for Markdown when they are printed (`{{ x }}`);
`{{ x|paragraphs }}` keeps the blank-line paragraphs of a long text.  Template text itself
is Markdown and is never escaped.
"""

from __future__ import annotations

import datetime
import functools
import operator
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from pitchkit import paths
from pitchkit.core.errors import TemplateError
from pitchkit.documents.markdown_text import Markdown, escape_inline, escape_paragraphs

SUFFIX = ".md.j2"
AUDIENCES = ("pitch", "stakeholder")
FRONT_MATTER_TAG = "pitchkit"
#: Largest `range()` a template may ask for, and largest string or list it may multiply.
MAX_RANGE = 10_000
MAX_REPEAT = 100_000


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """One template file and what its front matter says about it."""

    key: str
    name: str
    description: str
    audience: str
    path: Path
    origin: str  # "built-in" or "user"
    title: str = ""
    #: Why the front matter could not be read; find_template() raises it.
    error: TemplateError | None = None


# --- discovery ------------------------------------------------------------------------


def _folders() -> list[tuple[str, Path]]:
    """Template folders, later ones overriding earlier ones."""
    return [("built-in", paths.templates_dir()), ("user", paths.user_templates_dir())]


def list_templates() -> list[TemplateInfo]:
    """Every available template, sorted by key; user templates replace built-in ones."""
    found: dict[str, TemplateInfo] = {}
    for origin, folder in _folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*" + SUFFIX)):
            if path.is_file():
                info = read_template_info(path, origin)
                found[info.key] = info
    return [found[key] for key in sorted(found)]


def find_template(key: str) -> TemplateInfo:
    """The template called `key`; TemplateError naming the available keys if there is none."""
    templates = {info.key: info for info in list_templates()}
    info = templates.get(key)
    if info is None:
        available = ", ".join(templates) or "none"
        raise TemplateError(f'no template "{key}" (available: {available})', where="--template")
    if info.error is not None:
        raise info.error
    return info


def read_template_info(path: Path, origin: str) -> TemplateInfo:
    """Metadata from the front matter of the template at `path` (defaults if it has none)."""
    key = path.name[: -len(SUFFIX)]
    meta: dict[str, str] = {}
    error: TemplateError | None = None
    try:
        meta = parse_front_matter(_read_source(path), file=str(path))
    except TemplateError as exc:
        error = exc
    audience = meta.get("audience", "pitch")
    if audience not in AUDIENCES and error is None:
        error = TemplateError(
            f'audience must be one of {", ".join(AUDIENCES)}, not "{audience}"',
            file=str(path),
            where="front matter",
        )
    return TemplateInfo(
        key=key,
        name=meta.get("name") or key,
        description=meta.get("description", ""),
        audience=audience if audience in AUDIENCES else "pitch",
        path=path,
        origin=origin,
        title=meta.get("title", ""),
        error=error,
    )


def _read_source(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError("the template is not UTF-8 text", file=str(path)) from exc
    except OSError as exc:
        raise TemplateError(exc.strerror or str(exc), file=str(path)) from exc


def parse_front_matter(source: str, *, file: str = "") -> dict[str, str]:
    """The `key: value` lines of the `{#- pitchkit ... -#}` comment opening `source`."""
    text = source.lstrip("\ufeff")
    stripped = text.lstrip()
    if not stripped.startswith("{#"):
        return {}
    body_start = 3 if stripped.startswith(("{#-", "{#+")) else 2
    end = stripped.find("#}")
    if end < 0:
        return {}
    body = stripped[body_start:end]
    if body.endswith(("-", "+")):
        body = body[:-1]
    lines = body.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER_TAG:
        return {}
    first_line = text[: len(text) - len(stripped)].count("\n") + 1
    meta: dict[str, str] = {}
    for offset, line in enumerate(lines[1:], start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise TemplateError(
                f'front matter lines are "key: value", not "{line.strip()}"',
                file=file,
                where=f"line {first_line + offset}",
            )
        meta[name.strip().lower()] = value.strip()
    return meta


# --- rendering ------------------------------------------------------------------------


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range() is limited to {MAX_RANGE} items in a template")
    return result


def _finalize(value: Any) -> str:
    """Every printed value goes through here: project text is escaped for Markdown."""
    if value is None:
        return ""
    if isinstance(value, Markdown):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return escape_inline(str(value))


def _paragraphs(value: Any) -> Markdown:
    return escape_paragraphs("" if value is None else str(value))


def _date(value: Any) -> str:
    if isinstance(value, datetime.date):
        return f"{value.day} {value:%B %Y}"
    return "" if value is None else str(value)


class TemplateEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox templates run in: no mutation, no private attributes, bounded sizes."""

    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > 100:
                raise SecurityError("exponent too large in a template")
            return operator.pow(left, right)
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(count, int):
                if len(seq) * count > MAX_REPEAT:
                    raise SecurityError(f"result longer than {MAX_REPEAT} in a template")
        return operator.mul(left, right)


@functools.lru_cache(maxsize=4)
def _environment(folders: tuple[str, ...]) -> TemplateEnvironment:
    # Cached per folder set: compiled templates are reused (and reloaded when a file
    # changes), which keeps the preview refresh fast.
    env = TemplateEnvironment(
        loader=jinja2.FileSystemLoader(list(folders), encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    env.globals["range"] = _safe_range
    env.globals.pop("lipsum", None)
    env.filters["paragraphs"] = _paragraphs
    env.filters["date"] = _date
    return env


def render_template(info: TemplateInfo, context: dict[str, Any]) -> str:
    """Render the template to Markdown; every Jinja problem becomes a TemplateError."""
    # The user folder first: a user template (or include) overrides a built-in one, as
    # in list_templates(), so the name finds the file `info` describes.
    env = _environment(tuple(str(folder) for _, folder in reversed(_folders())))
    try:
        template = env.get_template(info.path.name)
        return template.render(context)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        file = exc.filename or str(info.path)
        raise TemplateError(
            f"syntax error: {exc.message}", file=file, where=f"line {exc.lineno}"
        ) from None
    except Exception as exc:  # noqa: BLE001 - a template may fail in any way; report it
        file, line = _template_frame(exc, info.path)
        raise TemplateError(
            _describe(exc), file=file, where=f"line {line}" if line else ""
        ) from None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SecurityError):
        return f"not allowed in a template: {exc}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"{exc.message}" if exc.message else "undefined value"
    if isinstance(exc, RecursionError):
        return "templates call each other too deeply"
    return f"{type(exc).__name__}: {exc}"


def _template_frame(exc: BaseException, default: Path) -> tuple[str, int | None]:
    """The innermost template file and line in the traceback of `exc`."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(SUFFIX):
            return frame.filename, frame.lineno
    return str(default), None
