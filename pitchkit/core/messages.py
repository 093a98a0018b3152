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

import errno

import msgspec

from pitchkit.core.errors import (
    ExportError,
    PitchKitError,
    PlaybookError,
    ProjectError,
    SheetError,
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
    "file-not-regular": _E(PitchKitError, "file", "is {kind}, not a regular file; choose a file saved on disk"),
    "file-link-loop": _E(PitchKitError, "file", "is a symbolic link that leads back to itself; make the link point to the real file"),
    "file-too-large": _E(PitchKitError, "file", "the file is larger than {size}; check that it is the right file"),
    "not-json": _E(PitchKitError, "file, line and column", "not valid JSON: {detail}; fix it there in a text editor"),
    "too-deep": _E(PitchKitError, "file", "the data is nested too deeply (the file is damaged, or not this kind of file); open the right file"),
    "id-twice": _E(PitchKitError, "file, record id", 'id "{id}" is used twice (first at {first}); give each record its own id'),
    # --- project files ------------------------------------------------------------------------
    "project-too-large": _E(ProjectError, "file", "the file is larger than {limit} MB; check that it really is a PitchKit project"),
    "project-not-utf8": _E(ProjectError, "file, line and column", "the file is not UTF-8 text; open the right file, or an earlier copy of it"),
    "project-conflict-markers": _E(ProjectError, "file, line", "the file holds git's conflict markers (<<<<<<<) from a merge made without PitchKit's merge driver; see \"The git merge driver\" in the file-format guide to set it up, then run git checkout -m on this file to merge it again"),
    "project-truncated": _E(ProjectError, "file", "the file ends too early (it may have been cut short); open an earlier copy of it"),
    "backup-kept": _E(None, "file", "the previous version was kept beside it as {backup}; open a copy of it saved under a name ending in .pitchkit"),
    "project-not-object": _E(ProjectError, "file", "expected a PitchKit project (a JSON object) at the top level; open a .pitchkit file"),
    "project-wrong-format": _E(ProjectError, "file, `format`", 'not a PitchKit project: "format" must be "{expected}"{found}; open a .pitchkit file'),
    "project-bad-version": _E(ProjectError, "file, `version`", "expected a whole number of 1 or more, got {found}"),
    "project-no-migration": _E(ProjectError, "file, `version`", "format version {version} cannot be read by this version of PitchKit; update PitchKit"),
    "project-invalid": _E(ProjectError, "file, path to the field", "{problem}"),
    "unknown-stakeholder": _E(ProjectError, "file, path to the reference", 'no stakeholder has the id "{id}"; add that stakeholder or correct the id'),
    "self-link": _E(ProjectError, "file, `links[N]`", "a stakeholder cannot influence themselves; link two different people"),
    "period-backwards": _E(ProjectError, "file, `strategy.busy_periods[N]`", "the period ends before it starts; swap the start and end dates"),
    "save-failed": _E(ProjectError, "file", "could not save: {reason}; check the folder and free space, or save somewhere else"),
    "recovery-damaged": _E(ProjectError, "recovery file, `project`", "the recovered work is damaged and cannot be restored; choose Discard"),
    "newer-version": _E(
        None,
        "file (a warning: it still opens)",
        "this file was written by a newer PitchKit (format version {version}; this one reads up to "
        "{current}). It opens, and fields this version does not know are kept when saving, "
        "but features of the newer version are not available: update PitchKit to use them.",
    ),
    "migrate-newer": _E(
        None,
        "file (a warning of `pitchkit migrate`)",
        "written by a newer PitchKit (format version {version}; this one writes up to {current}), so it is "
        "left as it is; update PitchKit to upgrade it",
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
    "template-too-large": _E(TemplateError, "template", "the template is larger than {size}; make it smaller, or use several templates"),
    "template-too-many-tags": _E(TemplateError, "template", "the template (with what it includes) has more than {count} template tags, too many to compile quickly; make it smaller, or use several templates"),
    "template-outside": _E(TemplateError, "template", "is a link to {target}, outside the template folder; use a copy of the file in the folder instead"),
    "template-syntax": _E(TemplateError, "template, line", "syntax error: {detail}; fix the template at that line"),
    "template-undefined": _E(TemplateError, "template, line", "{detail}; check the name in docs/templates.md"),
    "template-not-allowed": _E(TemplateError, "template, line", "not allowed in a template: {reason}; remove it from the template"),
    "template-too-deep": _E(TemplateError, "template, line", "templates call each other too deeply; remove the recursion"),
    "template-memory": _E(TemplateError, "template, line", "the template needs too much memory; make its loops and texts smaller"),
    "document-too-large": _E(TemplateError, "project file, `template KEY`", "this project is too large for this document ({detail}); choose a shorter template such as the one-pager, or one stakeholder as the audience"),
    "template-failed": _E(TemplateError, "template, line", "{kind}: {detail}; fix the template at that line"),
    # --- exports ------------------------------------------------------------------------------
    "export-unknown-format": _E(ExportError, "`--format`", 'unknown format "{fmt}"; choose from {choices}'),
    "export-private-document": _E(ExportError, "`--template`", "{template} is a private document (for your own preparation) and cannot be written as {fmt}, which goes to other people; choose a shared template such as follow-up-email"),
    "export-format-unavailable": _E(ExportError, "`--format`", "{fmt} export is not available yet; choose another format"),
    "export-write-failed": _E(ExportError, "output file", "cannot write the file ({reason}); check the folder and free space, or choose another place"),
    "reference-not-docx": _E(ExportError, "file, `reference document`", "not a Word document (.docx) that can be used as a reference ({reason}); choose a .docx saved by Word"),
    "reference-wrong-type": _E(ExportError, "file, `reference document`", "a reference must be a Word document or template ({suffixes}); choose one of those"),
    "reference-file-too-large": _E(ExportError, "file, `reference document`", "the file is larger than {size}; use a smaller Word document as the reference"),
    "reference-bad-part": _E(ExportError, "file, `reference document`, part and line", "this part is not well-formed XML ({detail}); save the document again in Word, or choose another reference"),
    "reference-no-body": _E(ExportError, "file, `reference document`, part", "the document part has no body (w:body); save the document again in Word, or choose another reference"),
    "reference-bad-value": _E(ExportError, "file, `reference document`, part and line", '{element} has {attribute}="{value}", which is not {kind}; save the document again in Word, or choose another reference'),
    "reference-dropped": _E(None, "reference document (a warning: the export is made)", "left out of the reference document, because it could run or fetch something when the export is opened: {what}. Check the header and footer of the export if they used it"),
    "reference-too-big": _E(ExportError, "file, `reference document`", "{reason}; use a smaller Word document as the reference"),
    # Warnings of a Word export about its reference document (docs/templates.md, "Word reference documents").
    "reference-style-missing": _E(None, "reference document (a warning)", "style '{style}' is not in the reference document; used '{used}'. Add a '{style}' style (or one of its other names in docs/templates.md) to choose its look"),
    "reference-style-none": _E(None, "reference document (a warning)", "style '{style}' is not in the reference document; used plain formatting. Add a '{style}' style to choose its look"),
    "reference-table-borders": _E(None, "reference document (a warning)", "the reference document has no table style; gave the tables plain borders. Add a table style named '{style}' to choose their look"),
    "reference-list-own": _E(None, "reference document (a warning)", "the reference document's '{style}' style has no {kind} of its own; used PitchKit's. Add {kind} to that style in Word to use your own"),
    "reference-list-level": _E(None, "reference document (a warning)", "the reference document's '{style}' lists have no level {level}; used PitchKit's {kind} there. Add a '{style} {level}' style to use your own"),
    "picture-unreadable": _E(None, "picture (a warning)", "picture '{alt}' could not be read, so its alt text was kept instead; check the picture"),
    # --- spreadsheets: import and export of the register ---------------------------------------
    "sheet-unknown-type": _E(SheetError, "file", 'import reads .csv and .xlsx files, not "{suffix}"; save the sheet as one of those'),
    "sheet-too-large": _E(SheetError, "file", "the file is larger than {limit} MB; use a smaller sheet"),
    "sheet-not-xlsx": _E(SheetError, "file", "not a readable Excel workbook ({reason}); save it again from the spreadsheet as .xlsx or .csv"),
    "sheet-zip-bomb": _E(SheetError, "file", "the workbook unpacks to more than {limit} MB, which no stakeholder list needs; save the list on its own as .xlsx or .csv"),
    "sheet-bad-csv": _E(SheetError, "file, row", "not a readable CSV file: {detail}; save it again from the spreadsheet"),
    "sheet-empty": _E(SheetError, "file", "the sheet is empty; the first row must hold the column headers (Name, Role ...)"),
    "sheet-too-many-rows": _E(SheetError, "file", "the sheet has more than {limit} rows; use smaller sheets, imported one after the other"),
    "sheet-too-many-columns": _E(SheetError, "file, row", "more than {limit} columns; remove the columns PitchKit does not need"),
    "sheet-cell-too-long": _E(SheetError, "file, row and column", "the cell holds more than 100,000 characters; shorten it"),
    "sheet-cell-formula": _E(SheetError, "file, row and column", "the cell holds a formula; use the value itself instead (copy, then paste values only)"),
    "sheet-no-name-column": _E(SheetError, "file, `row 1`", "no Name (or Naam) or id column among the headers ({found}); add a header row with at least Name"),
    "sheet-column-twice": _E(SheetError, "file, column", 'the column "{header}" means the same as "{first}"; remove one of them'),
    "sheet-bad-cell": _E(SheetError, "file, row and column", "{problem}; nothing was imported"),
    "sheet-row-twice": _E(SheetError, "file, row", "this row and row {first} are both {person}; remove one of the two rows"),
    # .xlsx read without openpyxl (core/xlsx_read.py)
    "sheet-xlsx-encrypted": _E(SheetError, "file", "the workbook is protected with a password to open it, or is an old .xls file under an .xlsx name; remove the password, or save it again from the spreadsheet as .xlsx or .csv"),
    "sheet-xlsx-binary": _E(SheetError, "file", "the workbook is an Excel binary workbook (.xlsb) under an .xlsx name; save it again from the spreadsheet as an Excel workbook (.xlsx) or .csv"),
    "sheet-xlsx-strict": _E(SheetError, "file", "the workbook is saved as Strict Open XML, which import does not read; save it again from the spreadsheet as an ordinary Excel workbook (.xlsx) or .csv"),
    "sheet-xlsx-xml": _E(SheetError, "file, part, line and column", "not a readable Excel workbook: the XML is broken ({detail}); save it again from the spreadsheet as .xlsx or .csv"),
    "sheet-xlsx-doctype": _E(SheetError, "file, part", "not a readable Excel workbook: the XML declares a document type, which spreadsheets never write and which can hide an entity bomb; save it again from the spreadsheet as .xlsx or .csv"),
    "sheet-xlsx-bad-part": _E(SheetError, "file, part", "not a readable Excel workbook: {detail}; save it again from the spreadsheet as .xlsx or .csv"),
    "sheet-xlsx-bad-cell": _E(SheetError, "file, row and column", "not a readable Excel workbook: {detail}; save it again from the spreadsheet as .xlsx or .csv"),
    # --- calendar and mail exports ------------------------------------------------------------
    "ics-nothing": _E(None, "output file (a warning)", "there is no meeting date and no open action with a due date, so the calendar is empty; add a meeting date or due dates first"),
    "eml-no-recipients": _E(None, "output file (a warning)", "no invitee has an email address, so the draft has no To: line; add addresses on the Stakeholders step"),
    "attach-needs-eml": _E(PitchKitError, "`--attach`", "only an email (-f eml) can carry an attachment; remove --attach or export with -f eml"),
    "anonymise-same-file": _E(PitchKitError, "output file", "is the project itself; choose a new file for the anonymised copy"),
    # --- the command line ---------------------------------------------------------------------
    "output-exists": _E(PitchKitError, "output file", "already exists; choose another name or remove it first"),
    "output-folder-missing": _E(PitchKitError, "output file", "the folder does not exist; create it or choose another place"),
    "system-error": _E(PitchKitError, "file, when the system names one", "{reason}; check the file and folder and try again"),
    "no-display": _E(PitchKitError, "(none: about this computer)", "no display found, so the desktop app cannot open. Use the command line instead, for example: pitchkit export PROJECT -f docx"),
    "out-of-memory": _E(PitchKitError, "the file being worked on", "ran out of memory; run the command again after closing other programs"),
    "interrupted": _E(PitchKitError, "(none)", "interrupted; run the command again (no file was left half written)"),
    "unexpected": _E(PitchKitError, "(none)", "unexpected {kind}: {detail}; run again with --debug and report what it prints"),
    # --- merging (wordings: a conflict is reported, not raised) -------------------------------
    "merge-conflict": _E(None, "record and field (`pitchkit: conflict: …` on stderr)", "{place} ({label}): {why}; kept ours {ours}, not theirs {theirs}; choose in the app's Conflicts panel"),
    "conflicts-left": _E(None, "file (a warning: it still opens)", "{conflicts} still to settle; open the file in PitchKit and choose in the Conflicts panel"),
}
del _E


def wording(name: str, **fields: object) -> str:
    """The wording `name` in the language of PitchKit's messages (core/language.py), filled in."""
    from pitchkit.core.language import current_language

    if current_language() == "nl":
        from pitchkit.core.messages_nl import MESSAGES, dutch_field

        return MESSAGES[name].format(**{key: dutch_field(value) for key, value in fields.items()})
    return CATALOGUE[name].text.format(**fields)


def text(name: str, **fields: object) -> str:
    """The catalogued wording `name` with its fields filled in."""
    return wording(name, **fields)


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
    return cls(wording(name, **fields), file=file, where=where)


def file_error(err: OSError, path: object, *, error: type[PitchKitError], where: str = "") -> PitchKitError:
    """The catalogued error for a file at `path` that could not be read."""
    name = {
        FileNotFoundError: "file-missing",
        IsADirectoryError: "file-is-folder",
        PermissionError: "file-permission",
    }.get(type(err), "file-unreadable")
    if err.errno == errno.ELOOP:
        name = "file-link-loop"
    return message(name, file=str(path), where=where, error=error, reason=err.strerror or str(err))


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
