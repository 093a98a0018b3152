"""What an export adds for the people it goes to: anonymising, addressees, attachments.

`for_export` gives the project an export renders: as it is, anonymised (a document:
names by role; a project format such as the register, which no template filters: the
shareable copy without quotes, notes and contact details).  `mail_options` fills the
email draft's addressees and its optional attachment (the one-pager as .docx).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pitchkit.core.meeting import addressed, invitees
from pitchkit.core.model import Project
from pitchkit.documents.formats import FormatKind, OutputFormat

if TYPE_CHECKING:
    from pitchkit.core.anonymise import AnonymiseOptions
    from pitchkit.documents.pictures import Picture

#: What `--attach` accepts: the name -> the template rendered into the attached .docx.
ATTACHMENTS: dict[str, str] = {"one-pager": "one-pager"}


def for_export(project: Project, spec: OutputFormat, options: AnonymiseOptions | None) -> Project:
    """The project the export of `spec` renders (anonymised when `options` is given)."""
    if options is None:
        return project
    from pitchkit.core.anonymise import anonymise, shareable_copy  # only when asked for (~2 ms)

    return shareable_copy(project, options) if spec.kind is FormatKind.PROJECT else anonymise(project, options)


def mail_options(
    project: Project,
    spec: OutputFormat,
    attach: str | None,
    pictures: Mapping[str, Callable[[Project], Picture]] | None,
) -> dict[str, object]:
    """The `WriteOptions` fields of an email draft: recipients, attachments (else none)."""
    found: dict[str, object] = {}
    if "recipients" in spec.options:
        found["recipients"] = tuple((p.name, p.email.strip()) for p in addressed(invitees(project)))
    if attach and "attachments" in spec.options:
        found["attachments"] = ((f"{ATTACHMENTS[attach]}.docx", _docx_bytes(project, ATTACHMENTS[attach], pictures)),)
    return found


def _docx_bytes(project: Project, template: str, pictures: Mapping[str, Callable[[Project], Picture]] | None) -> bytes:
    from pitchkit.documents.docx_writer import write_docx
    from pitchkit.documents.export import build_document
    from pitchkit.documents.formats import NO_OPTIONS

    doc = build_document(project, template, pictures=pictures)
    with tempfile.TemporaryDirectory(prefix="pitchkit-attach-") as folder:
        path = Path(folder) / f"{template}.docx"
        write_docx(doc, path, NO_OPTIONS)
        return path.read_bytes()
