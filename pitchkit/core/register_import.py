"""Stakeholders in from a spreadsheet: every change worked out first, then applied at once.

`plan_import` matches the sheet's columns by header (core/register.py: English and Dutch,
any case) and each row to a stakeholder by id, else by exact name (any case, one match
only), else it adds a new one.  A bad cell stops the whole plan with one `SheetError`
naming the row and the column, so nothing is imported; otherwise the `ImportPlan` lists
every change, and `apply` makes them (all, or the rows the app's preview accepted).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from pitchkit.core.errors import SheetError
from pitchkit.core.messages import message
from pitchkit.core.model import Project, Stakeholder, new_id
from pitchkit.core.register import BY_HEADER, COLUMNS, Cell, CellError, Column, text_cell, valid_id
from pitchkit.core.say import say, word
from pitchkit.core.sheet_read import Sheet, column_letter, place, read_sheet

_DEFAULTS = Stakeholder(id="s-x", name="x")
_UNREAD = object()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one stakeholder: its value before and after the import."""

    field: str
    header: str
    old: Any
    new: Any

    def words(self) -> str:
        """"Power 8 -> 9", as the command line shows it."""
        return f"{word(self.header)} {self.change()}"

    def change(self) -> str:
        """"8 -> 9": the old value and the new one."""
        return f"{_shown(self.old)} -> {_shown(self.new)}"

    def value(self) -> str:
        """The new value as shown to the user ("7.5", "\"Team Lead\"")."""
        return _shown(self.new)


@dataclass(frozen=True, slots=True)
class RowChange:
    """What one row of the sheet does: adds a stakeholder, or changes some of their fields."""

    row: int
    stakeholder_id: str
    name: str
    added: bool
    changes: tuple[FieldChange, ...]

    def line(self) -> str:
        """One line for the command line: `row 4: Dana Okafor (s-dana): Power 8 -> 9; ...`."""
        if self.added:
            given = "; ".join(f"{word(change.header)} {_shown(change.new)}" for change in self.changes)
            adds = say("row {row}: adds {name} as {id}", row=self.row, name=self.name, id=self.stakeholder_id)
            return adds + (f": {given}" if given else "")
        what = "; ".join(change.words() for change in self.changes)
        return say("row {row}: {name} ({id}): {what}", row=self.row, name=self.name, id=self.stakeholder_id, what=what)


@dataclass(slots=True)
class ImportPlan:
    """Every change a sheet makes to a project, and the columns it was read by."""

    file: str
    columns: list[str]
    ignored: list[str]
    rows: list[RowChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def added(self) -> int:
        return sum(1 for row in self.rows if row.added)

    @property
    def updated(self) -> int:
        return sum(1 for row in self.rows if not row.added)

    def summary(self) -> str:
        """`3 stakeholders updated, 1 added, 8 unchanged`."""
        counts = {"updated": self.updated, "added": self.added, "unchanged": self.unchanged}
        if self.updated == 1:
            return say("{updated} stakeholder updated, {added} added, {unchanged} unchanged", **counts)
        return say("{updated} stakeholders updated, {added} added, {unchanged} unchanged", **counts)

    def apply(self, project: Project, rows: set[int] | None = None) -> list[Stakeholder]:
        """Make the changes of every row (or of the row numbers in `rows`); returns who was added."""
        people = {person.id: person for person in project.stakeholders}
        added = []
        for change in self.rows:
            if rows is not None and change.row not in rows:
                continue
            if change.added:
                person = Stakeholder(id=change.stakeholder_id, name=change.name)
                for item in change.changes:
                    setattr(person, item.field, item.new)
                person.power, person.interest = float(person.power), float(person.interest)
                project.stakeholders.append(person)
                added.append(person)
            else:
                for item in change.changes:
                    setattr(people[change.stakeholder_id], item.field, item.new)
        return added


def import_file(project: Project, path: str | os.PathLike[str]) -> ImportPlan:
    """The plan for importing the sheet at `path` into `project` (nothing changed yet)."""
    return plan_import(project, read_sheet(path), str(path))


def plan_import(project: Project, sheet: Sheet, file: str) -> ImportPlan:
    """Every change `sheet` makes to `project`; SheetError at the first bad cell."""
    columns = _columns(sheet, file)
    plan = ImportPlan(file, [col.header for _, col in columns], [h for h in sheet.header if h and h.casefold() not in BY_HEADER])
    by_id = {person.id: person for person in project.stakeholders}
    by_name: dict[str, list[Stakeholder]] | None = None  # built at the first row not matched by id
    taken_ids: set[str] | None = None  # every record's id, gathered at the first row that adds someone
    matched: dict[str, int] = {}
    memo: dict[tuple[str, type, Cell], Any] = {}
    places = {column.field: (index, column.header) for index, column in columns}
    for number, cells in sheet.rows:
        values = _values(cells, columns, number, sheet.header, file, memo)
        person: Stakeholder | None = by_id.get(values.get("id") or "")
        if person is None:
            if by_name is None:
                by_name = _by_name(project)
            same_name = by_name.get(_folded(values.get("name") or ""), [])
            person = same_name[0] if len(same_name) == 1 else None
        if person is None:
            if taken_ids is None:
                taken_ids = _all_ids(project)
            plan.rows.append(_addition(values, number, taken_ids, file))
            continue
        if person.id in matched:
            raise message("sheet-row-twice", file=file, where=f"row {number}", first=matched[person.id], person=person.name)
        matched[person.id] = number
        changes = _changes(person, values, places, number, file)
        if changes:
            plan.rows.append(RowChange(number, person.id, person.name, False, changes))
        else:
            plan.unchanged += 1
    return plan


def _columns(sheet: Sheet, file: str) -> list[tuple[int, Column]]:
    found: list[tuple[int, Column]] = []
    seen: dict[str, str] = {}
    for index, header in enumerate(sheet.header):
        column = BY_HEADER.get(" ".join(header.split()).casefold())
        if column is None:
            continue
        if column.field in seen:
            raise message("sheet-column-twice", file=file, where=say("column {column}", column=column_letter(index)), first=seen[column.field], header=header)
        seen[column.field] = header
        found.append((index, column))
    if "name" not in seen and "id" not in seen:
        # A header may hold a line break (a quoted CSV cell): the error stays on one line.
        shown = ", ".join(f'"{" ".join(h.split())}"' for h in sheet.header if h.strip())[:200] or "none"
        raise message("sheet-no-name-column", file=file, where="row 1", found=shown)
    return found


def _values(cells: list[Cell], columns: list[tuple[int, Column]], number: int, header: list[str], file: str,
            memo: dict[tuple[str, type, Cell], Any]) -> dict[str, Any]:
    """The fields a row's cells stand for; SheetError at the first bad cell.

    `memo` (one per sheet) keeps what each distinct cell of a column that is not text read
    as: a register repeats its stances, scores, yes/no and dates on most rows, so each is
    converted once.  Text cells are read directly (they rarely repeat).
    """
    values: dict[str, Any] = {}
    width = len(cells)
    for index, column in columns:
        cell = cells[index] if index < width else None
        if column.from_cell is text_cell:
            if type(cell) is str and cell[:1] != "'":
                values[column.field] = cell.strip()  # text_cell's common case, without the call
                continue
            value = _converted(column, cell, index, number, header, file)
        else:
            key = (column.field, type(cell), cell)
            value = memo.get(key, _UNREAD)
            if value is _UNREAD:
                value = memo[key] = _converted(column, cell, index, number, header, file)
            if type(value) is list:
                value = list(value)  # each stakeholder gets its own list
        if value is None and column.empty_keeps:
            continue
        values[column.field] = value
    return values


def _converted(column: Column, cell: Cell, index: int, number: int, header: list[str], file: str) -> Any:
    try:
        return column.from_cell(cell)
    except CellError as err:
        where = f'{place(number, index)} ("{header[index]}")'
        raise message("sheet-bad-cell", file=file, where=where, problem=err) from None


def _changes(person: Stakeholder, values: dict[str, Any], places: dict[str, tuple[int, str]], number: int, file: str) -> tuple[FieldChange, ...]:
    """What the row's values change, in the sheet's column order (`places`: field -> column index, header)."""
    changes = []
    for name, new in values.items():
        if name == "id":
            continue
        if name == "name" and not new:
            raise message("sheet-bad-cell", file=file, where=f"row {number}, column {column_letter(places[name][0])}", problem="a stakeholder needs a name")
        old = getattr(person, name)
        if new != old:
            changes.append(FieldChange(name, places[name][1], old, new))
    return tuple(changes)


def _addition(values: dict[str, Any], number: int, taken_ids: set[str], file: str) -> RowChange:
    name = values.get("name") or ""
    if not name:
        raise message("sheet-bad-cell", file=file, where=f"row {number}", problem="a new stakeholder needs a name")
    wanted = values.get("id") or ""
    if wanted and not valid_id(wanted):
        raise message("sheet-bad-cell", file=file, where=f"row {number}, column id", problem=f'"{wanted[:40]}" cannot be an id (letters, digits and . _ : - only, at most 64)')
    if wanted in taken_ids:
        raise message("sheet-bad-cell", file=file, where=f"row {number}, column id", problem=f'the id "{wanted}" belongs to another record; leave it empty')
    record_id = wanted or new_id("s")
    taken_ids.add(record_id)
    changes = tuple(
        FieldChange(column.field, column.header, getattr(_DEFAULTS, column.field), values[column.field])
        for column in COLUMNS
        if column.field in values and column.field not in ("id", "name") and values[column.field] != getattr(_DEFAULTS, column.field)
    )
    return RowChange(number, record_id, name, True, changes)


def _by_name(project: Project) -> dict[str, list[Stakeholder]]:
    """Folded name -> the stakeholders of that name."""
    by_name: dict[str, list[Stakeholder]] = {}
    for someone in project.stakeholders:
        by_name.setdefault(_folded(someone.name), []).append(someone)
    return by_name


def _all_ids(project: Project) -> set[str]:
    from pitchkit.core.references import places

    ids: set[str] = set()
    for where in places():
        for record in where.records(project):
            record_id = getattr(record, "id", None)
            if isinstance(record_id, str):
                ids.add(record_id)
    return ids


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return '"' + ", ".join(value) + '"'
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, bool):
        return word("yes") if value else word("no")
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return word(label)
    if value is None:
        return word("(none)")
    if isinstance(value, str):
        return f'"{value}"' if len(value) <= 60 else f'"{value[:57]}..."'
    return str(value)


__all__ = ["FieldChange", "ImportPlan", "RowChange", "SheetError", "import_file", "plan_import"]
