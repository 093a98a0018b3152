"""The stakeholder register as an Excel workbook: stakeholders, then resistances and problems.

The first sheet has the same columns as the CSV (pitchkit/core/register.py), with power
and interest as numbers; the second lists every resistance and business problem with the
stakeholders it concerns.  Text cells that would start a formula are neutralised.
openpyxl is imported only when a workbook is written.
"""

from __future__ import annotations

import io
import os

from pitchkit.core.model import Project
from pitchkit.core.register import HEADERS, neutralise, stakeholder_row
from pitchkit.core.safe_write import write_atomic
from pitchkit.documents.formats import NO_OPTIONS, WriteOptions

#: The second sheet's columns.
ISSUE_HEADERS = ("Kind", "id", "Stakeholders", "Summary", "Severity", "Status", "Response", "KPI", "Baseline", "Target")
STAKEHOLDER_SHEET = "Stakeholders"
ISSUE_SHEET = "Resistances and problems"


def issue_rows(project: Project) -> list[list[str]]:
    """One row per resistance, then one per business problem (ISSUE_HEADERS order)."""
    names = {person.id: person.name for person in project.stakeholders}
    rows = []
    for item in project.resistances:
        rows.append([
            "Resistance", item.id, names.get(item.stakeholder, item.stakeholder), item.pattern,
            item.severity.label, item.status.label, item.counter_strategy, "", "", "",
        ])
    for problem in project.problems:
        rows.append([
            "Business problem", problem.id, ", ".join(names.get(s, s) for s in problem.stakeholders),
            problem.description, "", "", problem.how_helps, problem.kpi, problem.baseline, problem.target,
        ])
    return [[neutralise(cell) for cell in row] for row in rows]


def register_workbook(project: Project) -> bytes:
    """The .xlsx bytes of the register."""
    import openpyxl  # only here: ~150 ms
    from openpyxl.styles import Font

    # The normal (not write-only) mode: only it writes each sheet's <dimension>, without
    # which a read-only reader parses the whole sheet once more just to find its size.
    book = openpyxl.Workbook()
    people = book.active
    people.title = STAKEHOLDER_SHEET
    issues = book.create_sheet(ISSUE_SHEET)
    bold = Font(bold=True)
    for sheet, titles in ((people, HEADERS), (issues, ISSUE_HEADERS)):
        sheet.append(list(titles))
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
    for person in project.stakeholders:
        people.append(stakeholder_row(person))
    for row in issue_rows(project):
        issues.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(project: Project, out_path: str | os.PathLike[str], options: WriteOptions = NO_OPTIONS, /) -> list[str]:
    """Write the register of `project` as a workbook at `out_path` (atomically); no warnings."""
    write_atomic(out_path, register_workbook(project))
    return []
