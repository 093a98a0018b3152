"""Which language PitchKit speaks: English or Dutch, from `--language`, the environment or the locale.

Qt-free, so the command line, the messages and the health check choose the same way the app
does.  The app's language and a document's language are chosen separately
(docs/decisions.md, "Dutch"): this module holds the first, for text PitchKit prints itself.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Mapping

#: The languages PitchKit is written in; the first is the default.
LANGUAGES = ("en", "nl")
DEFAULT = "en"
ENV_VAR = "PITCHKIT_LANGUAGE"
#: The locale variables POSIX consults for messages, strongest first.
LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")
#: The BCP 47 tag a document in each language carries (Flemish readers first: the seed posts).
DOCUMENT_TAGS = {"en": "en-GB", "nl": "nl-BE"}
#: The Babel locale for dates and numbers in each language.
BABEL_LOCALES = {"en": "en_GB", "nl": "nl_BE"}

_current: list[str] = []
#: A language this thread speaks for a while (`speaking`): a document being written.
_thread = threading.local()


def from_locale(name: str) -> str | None:
    """The PitchKit language of a locale name ("nl_BE.UTF-8" -> "nl"), None when it has none."""
    code = name.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    if code in LANGUAGES:
        return code
    return None if code in ("", "c", "posix") else DEFAULT


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the locale (LC_ALL, then LC_MESSAGES, then LANG); English without one."""
    env = os.environ if environ is None else environ
    for var in LOCALE_VARS:
        found = from_locale(env.get(var, ""))
        if found is not None:
            return found
    return DEFAULT


def choose(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """`explicit` (from `--language`) if given, else PITCHKIT_LANGUAGE, else the locale."""
    if explicit and explicit in LANGUAGES:
        return explicit
    env = os.environ if environ is None else environ
    override = env.get(ENV_VAR, "").strip().lower()
    if override in LANGUAGES:
        return override
    return system_language(env)


def set_language(language: str) -> None:
    """Make `language` the one PitchKit's own messages are written in (for this process)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    _current[:] = [language]


def reset_language() -> None:
    """Forget a language set earlier: the environment decides again (tests use this)."""
    _current.clear()


def current_language() -> str:
    """The language of PitchKit's messages: this thread's for now, the one set, or `choose()`'s."""
    for_now: str | None = getattr(_thread, "language", None)
    if for_now is not None:
        return for_now
    return _current[0] if _current else choose()


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """This thread's sentences in `language` meanwhile (a document's, while it is written)."""
    before = getattr(_thread, "language", None)
    _thread.language = language
    try:
        yield
    finally:
        _thread.language = before
