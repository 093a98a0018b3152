"""The stakeholder register as CSV, the way Excel on a European machine writes and reads it.

UTF-8 with a byte order mark (so Excel reads the accents), semicolons between cells,
CRLF line ends, decimal commas ("7,5").  Columns and cell rules: pitchkit/core/register.py.
"""

from __future__ import annotations

import csv
import io
import os

from pitchkit.core.model import Project
from pitchkit.core.register import HEADERS, csv_text, stakeholder_row
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions


def register_csv(project: Project) -> str:
    """The register's text: a header row, then one row per stakeholder."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADERS)
    for person in project.stakeholders:
        writer.writerow([csv_text(cell) for cell in stakeholder_row(person)])
    return out.getvalue()


def write_csv(project: Project, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write the register of `project` at `out_path` (atomically); no warnings."""
    write_atomic(out_path, register_csv(project).encode("utf-8-sig"))
    return []
