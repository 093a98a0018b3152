"""The catalogue of user-facing error messages (command line and dialogs).

Every error renders as `<file>: <where>: <what>` (PitchKitError.__str__); `what` says what
is wrong *and what to do* — either after a semicolon, or as the value the place needs
("expected a number, got "high"").  The same text reaches the command line (one line on
stderr, exit 1) and the app (an error dialog, or the preview area for a template).

Call sites build errors with `message(name, ...)`, or take a wording with `text(name, ...)`,
so a wording changes in one place; tests/core/test_messages.py checks that nothing in
`core/`, `documents/` or `cli.py` builds an error from its own literal text.
docs/robustness.md lists the catalogue: `python -m pitchkit.core.messages` prints the
table that goes there, and a test keeps the two equal.
"""

from __future__ import annotations

import msgspec

from pitchkit.core.errors import (
    ExportError,
    PitchKitError,
    PlaybookError,
    ProjectError,
    TemplateError,
)


class Entry(msgspec.Struct, frozen=True):
    """One catalogued wording: its error class, the place it names, and its text."""

    cls: type[PitchKitError] | None  # None: a warning or a fragment, never raised alone
    place: str  # what `<file>: <where>` point at, for the documentation
    text: str  # a `str.format` template of `what`


_E = Entry
#: name -> Entry.  Braced fields are filled by `message()` / `text()`.
CATALOGUE: dict[str, Entry] = {
    # --- any file (the caller chooses the error class) ----------------------------------------
    "file-missing": _E(PitchKitError, "file", "no such file; check the name and folder"),
    "file-is-folder": _E(PitchKitError, "file", "is a folder, not a file; choose a file inside it"),
    "file-permission": _E(PitchKitError, "file", "permission denied; ask for access, or copy the file somewhere you can read it"),
    "file-unreadable": _E(PitchKitError, "file", "could not read it: {reason}; check the disk or network share and try again"),
    "not-json": _E(PitchKitError, "file, line and column", "not valid JSON: {detail}; fix it there in a text editor"),
    "too-deep": _E(PitchKitError, "file", "the data is nested too deeply (the file is damaged, or not this kind of file); open the right file"),
    "id-twice": _E(PitchKitError, "file, record id", 'id "{id}" is used twice (first at {first}); give each record its own id'),
    # --- project files ------------------------------------------------------------------------
    "project-too-large": _E(ProjectError, "file", "the file is larger than {limit} MB; check that it really is a PitchKit project"),
    "project-not-utf8": _E(ProjectError, "file, line and column", "the file is not UTF-8 text; open the right file, or restore its .bak copy"),
    "project-truncated": _E(ProjectError, "file", "the file ends too early (it may have been cut short); restore its .bak copy"),
    "project-not-object": _E(ProjectError, "file", "expected a PitchKit project (a JSON object) at the top level; open a .pitchkit file"),
    "project-wrong-format": _E(ProjectError, "file, `format`", 'not a PitchKit project: "format" must be "{expected}"{found}; open a .pitchkit file'),
    "project-bad-version": _E(ProjectError, "file, `version`", "expected a whole number of 1 or more, got {found}"),
    "project-no-migration": _E(ProjectError, "file, `version`", "format version {version} cannot be read by this version of PitchKit; update PitchKit"),
    "project-invalid": _E(ProjectError, "file, path to the field", "{problem}"),
    "unknown-stakeholder": _E(ProjectError, "file, path to the reference", 'no stakeholder has the id "{id}"; add that stakeholder or correct the id'),
    "self-link": _E(ProjectError, "file, `links[N]`", "a stakeholder cannot influence themselves; link two different people"),
    "period-backwards": _E(ProjectError, "file, `strategy.busy_periods[N]`", "the period ends before it starts; swap the start and end dates"),
    "save-failed": _E(ProjectError, "file", "could not save: {reason}; check the folder and free space, or save somewhere else"),
    "newer-version": _E(
        None,
        "file (a warning: it still opens)",
        "this file was written by a newer PitchKit (format version {version}; this one reads up to "
        "{current}). It opens, and fields this version does not know are kept when saving, "
        "but features of the newer version are not available: update PitchKit to use them.",
    ),
    # Wordings of one field's problem, the {problem} of project-invalid and playbook-invalid.
    "value-expected": _E(None, "path to the field", "expected {kinds}{got}"),
    "value-bound": _E(None, "path to the field", "must be {bound} {limit}{got}"),
    "value-missing": _E(None, "path to the record", 'missing required field "{field}"; add it'),
    "value-empty": _E(None, "path to the field", "must not be empty"),
    "value-choice": _E(None, "path to the field", "expected one of {choices}{got}"),
    "value-not-allowed": _E(None, "path to the field", "not one of the allowed values{got}; see docs/file-format.md"),
    "value-date": _E(None, "path to the field", "expected a date like 2026-12-01{got}"),
    "value-too-long": _E(None, "path to the field", "text is too long (over 100,000 characters); shorten it"),
    "id-too-long": _E(None, "path to the id", "an id must be at most 64 characters{got}"),
    "id-bad-characters": _E(None, "path to the id", "an id may contain only {allowed}{got}"),
    "list-too-short": _E(None, "path to the list", "needs at least {count} item(s)"),
    # --- the playbook -------------------------------------------------------------------------
    "playbook-not-object": _E(PlaybookError, "file", "expected a playbook (a JSON object) at the top level; see docs/playbook.md"),
    "playbook-wrong-format": _E(PlaybookError, "file, `format`", 'not a PitchKit playbook: "format" must be "{expected}"; see docs/playbook.md'),
    "playbook-invalid": _E(PlaybookError, "file, path to the field", "{problem}"),
    "playbook-newer": _E(PlaybookError, "file, `version`", "written for a newer PitchKit (playbook version {version}; this one reads up to {current}); update PitchKit"),
    "playbook-weak-figure": _E(PlaybookError, "file, `problems[N].figures[M].caution`", "a figure from a weak source needs a caution (say what to check before quoting it)"),
    "playbook-no-frameworks": _E(PlaybookError, "file", "the built-in playbook must have a frameworks section; reinstall PitchKit"),
    # --- templates ----------------------------------------------------------------------------
    "audience-unknown": _E(TemplateError, "`--audience`", 'no stakeholder "{id}"; give the id or the exact name of someone in the project'),
    "template-unknown": _E(TemplateError, "`--template`", 'no template "{key}" (available: {available}); choose one of those (see `pitchkit templates`)'),
    "template-audience": _E(TemplateError, "template, `front matter`", 'audience must be one of {choices}, not "{audience}"; fix the front matter'),
    "template-shared": _E(TemplateError, "template, `front matter`", 'shared must be true or false, not "{value}"; fix the front matter'),
    "template-private": _E(TemplateError, "template, line", "{field} is private: use it only in a private template (shared: false)"),
    "template-front-matter": _E(TemplateError, "template, line", 'front matter lines are "key: value", not "{line}"; fix that line'),
    "template-not-utf8": _E(TemplateError, "template", "the template is not UTF-8 text; save it as UTF-8"),
    "template-syntax": _E(TemplateError, "template, line", "syntax error: {detail}; fix the template at that line"),
    "template-undefined": _E(TemplateError, "template, line", "{detail}; check the name in docs/templates.md"),
    "template-not-allowed": _E(TemplateError, "template, line", "not allowed in a template: {reason}; remove it from the template"),
    "template-too-deep": _E(TemplateError, "template, line", "templates call each other too deeply; remove the recursion"),
    "template-memory": _E(TemplateError, "template, line", "the template needs too much memory; make its loops and texts smaller"),
    "template-failed": _E(TemplateError, "template, line", "{kind}: {detail}; fix the template at that line"),
    # --- exports ------------------------------------------------------------------------------
    "export-unknown-format": _E(ExportError, "`--format`", 'unknown format "{fmt}"; choose from {choices}'),
    "export-format-unavailable": _E(ExportError, "`--format`", "{fmt} export is not available yet; choose another format"),
    "export-write-failed": _E(ExportError, "output file", "cannot write the file ({reason}); check the folder and free space, or choose another place"),
    "reference-not-docx": _E(ExportError, "file, `reference document`", "not a Word document (.docx) that can be used as a reference ({reason}); choose a .docx saved by Word"),
    "reference-too-big": _E(ExportError, "file, `reference document`", "{reason}; use a smaller Word document as the reference"),
    # --- the command line ---------------------------------------------------------------------
    "output-exists": _E(PitchKitError, "output file", "already exists; choose another name or remove it first"),
    "output-folder-missing": _E(PitchKitError, "output file", "the folder does not exist; create it or choose another place"),
    "system-error": _E(PitchKitError, "file, when the system names one", "{reason}; check the file and folder and try again"),
    "no-display": _E(PitchKitError, "(none: about this computer)", "no display found, so the desktop app cannot open. Use the command line instead, for example: pitchkit export PROJECT -f docx"),
    "interrupted": _E(PitchKitError, "(none)", "interrupted; run the command again (no file was left half written)"),
    "unexpected": _E(PitchKitError, "(none)", "unexpected {kind}: {detail}; run again with --debug and report what it prints"),
}
del _E


def text(name: str, **fields: object) -> str:
    """The catalogued wording `name` with its fields filled in."""
    return CATALOGUE[name].text.format(**fields)


def message(
    name: str,
    *,
    file: str = "",
    where: str = "",
    error: type[PitchKitError] | None = None,
    **fields: object,
) -> PitchKitError:
    """The catalogued error `name`, ready to raise.

    `error` picks a subclass for the entries any kind of file shares ("file-missing" of a
    playbook is a PlaybookError).
    """
    entry = CATALOGUE[name]
    if entry.cls is None:
        raise ValueError(f"{name!r} is a wording, not an error: use text()")
    cls = error or entry.cls
    if not issubclass(cls, entry.cls):
        raise TypeError(f"{name!r} raises {entry.cls.__name__}, not {cls.__name__}")
    return cls(entry.text.format(**fields), file=file, where=where)


def file_error(err: OSError, path: object, *, error: type[PitchKitError]) -> PitchKitError:
    """The catalogued error for a file at `path` that could not be read."""
    name = {
        FileNotFoundError: "file-missing",
        IsADirectoryError: "file-is-folder",
        PermissionError: "file-permission",
    }.get(type(err), "file-unreadable")
    return message(name, file=str(path), error=error, reason=err.strerror or str(err))


def catalogue_markdown() -> str:
    """The catalogue as the Markdown table in docs/robustness.md."""
    rows = ["| Name | Kind | Names | Message |", "|---|---|---|---|"]
    for name, entry in CATALOGUE.items():
        kind = entry.cls.__name__ if entry.cls is not None else "wording"
        shown = entry.text.replace("|", "\\|")
        rows.append(f"| {name} | {kind} | {entry.place} | {shown} |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(catalogue_markdown(), end="")
