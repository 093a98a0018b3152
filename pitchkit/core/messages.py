"""The catalogue of user-facing error messages (command line and dialogs).

Every message renders as `<file>: <where>: <what>` (PitchKitError.__str__); `what` says what
is wrong *and what to do*.  The same text reaches the command line (one line on stderr, exit 1)
and the app (an error dialog).  docs/robustness.md lists them.  Call sites use `message()` so a
wording change happens in one place.
"""

from __future__ import annotations

from pitchkit.core.errors import ExportError, PitchKitError, ProjectError, TemplateError

#: name -> (error class, template of `what`).  Fields in braces are filled by `message()`.
CATALOGUE: dict[str, tuple[type[PitchKitError], str]] = {
    # Project files
    "file-missing": (ProjectError, "no such file; check the name and folder"),
    "file-too-large": (ProjectError, "the file is larger than {limit} MB; is it really a PitchKit project?"),
    "not-utf8": (ProjectError, "the file is not UTF-8 text; open the right file, or restore {name}.bak"),
    "truncated": (ProjectError, "the file ends too early (it may have been cut short); restore {name}.bak"),
    "too-deep": (ProjectError, "the data is nested too deeply; the file is damaged or not a project"),
    "newer-version": (ProjectError, "written by a newer PitchKit (format version {version}); update PitchKit"),
    "save-failed": (ProjectError, "could not save: {reason}; your work is still open, try Save As"),
    # Templates
    "template-not-allowed": (TemplateError, "not allowed in a template: {reason}; remove it from the template"),
    "template-too-big": (TemplateError, "the document would be longer than {limit} characters; shorten the loops"),
    # Exports
    "reference-not-docx": (ExportError, "not a Word document (.docx) that can be used as a reference ({reason})"),
    "reference-too-big": (ExportError, "{reason}; use a smaller Word document as the reference"),
}


def message(name: str, *, file: str = "", where: str = "", **fields: object) -> PitchKitError:
    """The catalogued error `name`, ready to raise."""
    cls, template = CATALOGUE[name]
    return cls(template.format(**fields), file=file, where=where)
