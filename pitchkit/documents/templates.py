"""Template discovery, front matter, and sandboxed rendering of Markdown + Jinja templates.

A template is a file `<key>.md.j2` in the built-in folder (`paths.templates_dir()`) or the
user's folder (`paths.user_templates_dir()`); a user template with the same key overrides
the built-in one.  It opens with a Jinja comment holding its metadata::

    {#- pitchkit
    name: Full proposal
    description: The whole business case, for the decision meeting
    audience: pitch
    title: Proposal
    shared: true
    -#}

`audience` is `pitch` (the whole pitch) or `stakeholder` (written for one person).
`shared` is `true` for a document that goes to other people (the default when a template
does not say: the safe choice) or `false` for the advocate's own documents.  A shared
template renders from a context without private data (`context.build_context(shared=True)`);
naming a private field there is a template error that says so.
Values from the project are escaped for Markdown when they are printed (`{{ x }}`);
`{{ x|paragraphs }}` keeps the blank-line paragraphs of a long text.  Template text itself
is Markdown and is never escaped.
"""

from __future__ import annotations

import functools
import os
import traceback
from pathlib import Path
from typing import Any

import jinja2
import msgspec
from jinja2.exceptions import SecurityError

from pitchkit import paths
from pitchkit.core.errors import PitchKitError, TemplateError
from pitchkit.core.language import LANGUAGES
from pitchkit.core.messages import message
from pitchkit.documents import template_cache
from pitchkit.documents.context_private import PrivateFieldError
from pitchkit.documents.localised import written_number, yes_no
from pitchkit.documents.markdown_text import Markdown, escape_inline
from pitchkit.documents.sandbox_limits import (
    LimitError,
    check_printable,
    render_limited,
)
from pitchkit.documents.sandbox_views import ViewSandbox
from pitchkit.documents.template_cache import BytecodeCache
from pitchkit.documents.template_files import (
    FolderLoader,
    compiled_tags,
    inside_folder,
    read_source,
)
from pitchkit.documents.template_filters import FILTERS, sentence_part

SUFFIX = ".md.j2"
AUDIENCES = ("pitch", "stakeholder")
FRONT_MATTER_TAG = "pitchkit"
#: What `shared:` may say in the front matter, and what it means.
SHARED_VALUES = {"true": True, "yes": True, "false": False, "no": False}
#: Largest `range()` a template may ask for, and largest string or list it may multiply.
MAX_RANGE = 10_000
MAX_REPEAT = 100_000

class TemplateInfo(msgspec.Struct, frozen=True):
    """One template file and what its front matter says about it."""

    key: str
    name: str
    description: str
    audience: str
    path: Path
    origin: str  # "built-in" or "user"
    title: str = ""
    #: True for a document that goes to other people (no private data in its context).
    shared: bool = True
    #: Why the front matter could not be read; find_template() raises it.
    error: PitchKitError | None = None
    #: The language it is written in: `language:` in the front matter, else its folder's.
    language: str = "en"


# --- discovery ------------------------------------------------------------------------


def _folders(language: str = "en") -> list[tuple[str, Path]]:
    """Template folders, later ones overriding earlier ones; a language's own subfolders last."""
    folders = [("built-in", paths.templates_dir()), ("user", paths.user_templates_dir())]
    if language != "en":
        folders += [(origin, folder / language) for origin, folder in folders]
    return folders


def list_templates(language: str = "en") -> list[TemplateInfo]:
    """Every template, sorted by key; a user's replaces a built-in one, one in `language`
    (its folder `<language>/`, or `language:` in its front matter) one in another language."""
    found: dict[str, TemplateInfo] = {}
    for origin, folder in _folders(language):
        if not folder.is_dir():
            continue
        own = folder.name == language and language != "en"
        for path in sorted(folder.glob("*" + SUFFIX)):
            if path.is_dir():
                continue
            if inside_folder(folder, path):
                info = read_template_info(path, origin, language if own else "en")
            else:  # listed, so that choosing it says why it cannot be used
                key = path.name[: -len(SUFFIX)]
                error = message("template-outside", file=str(path), target=os.path.realpath(path))
                info = TemplateInfo(key, key, "", "pitch", path, origin, error=error, language=language if own else "en")
            known = found.get(info.key)
            if known is None or info.language == language or known.language != language:
                found[info.key] = info
    return [found[key] for key in sorted(found)]


def find_template(key: str, language: str = "en") -> TemplateInfo:
    """The template called `key` (in `language` if it exists in it); TemplateError if there is none."""
    templates = {info.key: info for info in list_templates(language)}
    info = templates.get(key)
    if info is None:
        available = ", ".join(templates) or "none"
        raise message("template-unknown", where="--template", key=key, available=available)
    if info.error is not None:
        raise info.error
    return info


def read_template_info(path: Path, origin: str, language: str = "en") -> TemplateInfo:
    """Metadata from the front matter of the template at `path` (defaults if it has none)."""
    key = path.name[: -len(SUFFIX)]
    meta: dict[str, str] = {}
    error: PitchKitError | None = None
    try:
        meta = parse_front_matter(read_source(path), file=str(path))
    except TemplateError as exc:
        error = exc
    audience = meta.get("audience", "pitch")
    if audience not in AUDIENCES and error is None:
        error = message(
            "template-audience", file=str(path), where="front matter",
            choices=", ".join(AUDIENCES), audience=audience,
        )
    shared_text = meta.get("shared", "true").lower()
    if shared_text not in SHARED_VALUES and error is None:
        error = message("template-shared", file=str(path), where="front matter", value=shared_text)
    return TemplateInfo(
        key=key,
        name=meta.get("name") or key,
        description=meta.get("description", ""),
        audience=audience if audience in AUDIENCES else "pitch",
        path=path,
        origin=origin,
        title=meta.get("title", ""),
        shared=SHARED_VALUES.get(shared_text, True),
        error=error,
        language=declared if (declared := meta.get("language", "").strip().lower()) in LANGUAGES else language,
    )


def read_template_source(info: TemplateInfo) -> str:
    """The text of the template `info` describes (bounded, type-checked)."""
    return read_source(info.path)


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
            raise message(
                "template-front-matter", file=file, where=f"line {first_line + offset}",
                line=line.strip(),
            )
        meta[name.strip().lower()] = value.strip()
    return meta


# --- rendering ------------------------------------------------------------------------


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise LimitError(f"range() is limited to {MAX_RANGE} items in a template")
    return result


@jinja2.pass_context
def _finalize(context: Any, value: Any) -> str:
    """Every printed value goes through here: project text is escaped for Markdown."""
    if type(value) is str:  # most values: project text
        return escape_inline(value)
    if value is None:
        return ""
    check_printable(value)  # a big list is refused before it becomes text
    if isinstance(value, Markdown):
        return value
    language = context.get("language", "en")
    if isinstance(value, bool):
        return yes_no(value, language)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int | float) and language != "en":
        return written_number(value, language)
    return escape_inline(str(value))


class TemplateEnvironment(ViewSandbox):
    """The sandbox templates run in: no mutation, no private attributes, bounded sizes."""

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name != "*":
            return super().call_binop(context, operator_name, left, right)
        for seq, count in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(count, int):
                if len(seq) * count > MAX_REPEAT:
                    raise LimitError(f"result longer than {MAX_REPEAT} in a template")
        return super().call_binop(context, operator_name, left, right)


#: Options that shape the compiled code; they also name the bytecode cache folder.
_COMPILE_OPTIONS: dict[str, Any] = {
    "autoescape": False,
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


def precompile_builtin() -> int:
    """Compile every built-in template into the shipped cache; returns how many (scripts/setup.sh)."""
    compiled = 0
    for language in LANGUAGES:  # the Dutch ones too (templates/nl/)
        env = _environment.__wrapped__(tuple(str(folder) for _, folder in reversed(_folders(language))))
        env.bytecode_cache = BytecodeCache(str(template_cache.shipped_cache_dir() / Path(_bytecode_cache().directory).name))
        for info in list_templates(language):
            if info.origin == "built-in" and info.error is None and info.language == language:
                env.get_template(info.path.name)
                compiled += 1
    return compiled


def _bytecode_cache() -> BytecodeCache:
    # Jinja keys cached code by the template's source only, but our sandbox rewrites the
    # parsed template and compiles intercepted operators into the code, and the options
    # change it too: the folder is named after all of that, including the source of every
    # PitchKit class the environment is built from, so any change there compiles afresh.
    import hashlib
    import sys

    digest = hashlib.sha256(
        repr(
            (
                jinja2.__version__,
                sorted(TemplateEnvironment.intercepted_binops),
                sorted(_COMPILE_OPTIONS.items()),
            )
        ).encode()
    )
    for cls in TemplateEnvironment.__mro__:
        if cls.__module__.startswith("pitchkit"):
            digest.update(Path(sys.modules[cls.__module__].__file__ or "").read_bytes())
    folder = digest.hexdigest()[:16]
    return BytecodeCache(str(paths.app_data_dir() / "cache" / "templates" / folder))


@functools.lru_cache(maxsize=4)
def _environment(folders: tuple[str, ...]) -> TemplateEnvironment:
    # Cached per folder set: compiled templates are reused (and reloaded when a file
    # changes), which keeps the preview refresh fast; the bytecode cache keeps the
    # compile out of every later command-line run.
    env = TemplateEnvironment(
        loader=FolderLoader(list(folders), encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        auto_reload=True,
        bytecode_cache=_bytecode_cache(),
        **_COMPILE_OPTIONS,
    )
    env.globals["range"] = _safe_range
    env.globals.pop("lipsum", None)
    env.filters.update(FILTERS)
    return env


def render_template(info: TemplateInfo, context: dict[str, Any]) -> str:
    """Render the template to Markdown; every Jinja problem becomes a TemplateError."""
    # The user folder first: a user template (or include) overrides a built-in one, as
    # in list_templates(), so the name finds the file `info` describes.
    env = _environment(tuple(str(folder) for _, folder in reversed(_folders(info.language))))
    token = compiled_tags.set([0])
    try:
        template = env.get_template(info.path.name)
        return render_limited(template, context)
    except TemplateError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        file = exc.filename or str(info.path)
        raise message(
            "template-syntax", file=file, where=f"line {exc.lineno}", detail=sentence_part(exc.message)
        ) from None
    except LimitError as exc:
        if info.origin == "built-in":  # trusted: the project is too big for this document
            raise message("document-too-large", where=f"template {info.key}", detail=sentence_part(exc)) from None
        file, line = _template_frame(exc, info.path)
        raise _describe(exc, file, f"line {line}" if line else "") from None
    except Exception as exc:  # noqa: BLE001 - a template may fail in any way; report it
        file, line = _template_frame(exc, info.path)
        raise _describe(exc, file, f"line {line}" if line else "") from None
    finally:
        compiled_tags.reset(token)


def _describe(exc: BaseException, file: str, where: str) -> PitchKitError:
    """The catalogued error for `exc`, raised while rendering at `file`, `where`."""
    if isinstance(exc, PrivateFieldError):
        return message("template-private", file=file, where=where, field=exc.field)
    if isinstance(exc, SecurityError):
        return message("template-not-allowed", file=file, where=where, reason=sentence_part(exc))
    if isinstance(exc, jinja2.UndefinedError):
        return message("template-undefined", file=file, where=where, detail=exc.message or "undefined value")
    if isinstance(exc, RecursionError):
        return message("template-too-deep", file=file, where=where)
    if isinstance(exc, MemoryError):
        return message("template-memory", file=file, where=where)
    return message(
        "template-failed", file=file, where=where, kind=type(exc).__name__, detail=sentence_part(exc)
    )


def _template_frame(exc: BaseException, default: Path) -> tuple[str, int | None]:
    """The innermost template file and line in the traceback of `exc`."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(SUFFIX):
            return frame.filename, frame.lineno
    return str(default), None
