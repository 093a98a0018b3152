"""Every reference between records, declared once in the model and walked by one function.

A field that holds another record's id is typed with a reference alias from the model
(`StakeholderRef`: an `Id` carrying `msgspec.Meta(extra={"refers_to": "stakeholders"})`).
This module finds those fields by reading the model's types, so a new reference is one
annotation.  Everything that follows references uses the walker here: the file check
(`check_references`), deleting a record with everything that leans on it and putting it all
back (`delete`, `Removal.restore`), the render context's back references, and the tests.

What deleting a target does to a reference follows from the field's shape:
- `ONE` (a required id, e.g. a link's `source`): the record holding it goes too;
- `OPTIONAL` (an id or null, e.g. the champion): the field is cleared;
- `MANY` (a list of ids, e.g. a problem's `stakeholders`): the id leaves the list.
"""

from __future__ import annotations

import enum
import functools
import itertools
import operator
import types
import typing
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

import msgspec

from pitchkit.core.errors import ProjectError
from pitchkit.core.messages import message
from pitchkit.core.model import Project, Record
from pitchkit.core.values import REFERS_TO

#: The catalogue entry for a reference to a record that does not exist, by target kind.
MISSING_MESSAGE = {"stakeholders": "unknown-stakeholder"}


class Shape(enum.Enum):
    """How a field holds its reference, and so what deleting the target does to it."""

    ONE = "one"
    OPTIONAL = "optional"
    MANY = "many"


class Place(msgspec.Struct, frozen=True):
    """Where records of one kind live: a list (a collection) or a single record."""

    kind: str
    path: tuple[str, ...]
    record_type: type[Record]
    is_list: bool

    @property
    def where(self) -> str:
        """The path as error messages write it: `strategy.talking_points`."""
        return ".".join(self.path)

    def records(self, project: Project) -> list[Record]:
        """The records of this kind in `project` (a one-item list for a single record)."""
        value: Any = project
        for name in self.path:
            value = getattr(value, name)
        return value if self.is_list else [value]

    def record_where(self, index: int) -> str:
        """The error path of the record at `index`: `links[3]`, or `strategy`."""
        return f"{self.where}[{index}]" if self.is_list else self.where


class Reference(msgspec.Struct, frozen=True):
    """A field of the records of `owner` that holds the id of a record of `target`."""

    owner: str
    field: str
    target: str
    shape: Shape


class Use(msgspec.Struct, frozen=True):
    """One id found in one reference field of one record."""

    reference: Reference
    record: Record
    target_id: str
    where: str


def without_none(kind: Any) -> tuple[Any, bool]:
    """(the type without `| None`, whether None was allowed)."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if len(args) == 1:
            return args[0], True
    return kind, False


def refers_to(kind: Any) -> str | None:
    """The target kind a (scalar) annotation declares, or None when it is no reference."""
    if typing.get_origin(kind) is not typing.Annotated:
        return None
    for meta in kind.__metadata__:
        if isinstance(meta, msgspec.Meta) and meta.extra and REFERS_TO in meta.extra:
            return str(meta.extra[REFERS_TO])
    return None


def field_reference(annotation: Any) -> tuple[str, Shape] | None:
    """(target kind, shape) when a field's annotation declares a reference."""
    inner, optional = without_none(annotation)
    if typing.get_origin(inner) is list:
        target = refers_to(typing.get_args(inner)[0])
        return None if target is None else (target, Shape.MANY)
    target = refers_to(inner)
    if target is None:
        return None
    return target, Shape.OPTIONAL if optional else Shape.ONE


@functools.cache
def _fields(cls: type[Record]) -> tuple[msgspec.structs.FieldInfo, ...]:
    """A record type's fields, their annotations evaluated once (~1 ms per type, on every load)."""
    return msgspec.structs.fields(cls)


@functools.cache
def places() -> tuple[Place, ...]:
    """Every place records live, found from the model: the project, its parts, its lists."""
    found = [Place("project", (), Project, False)]

    def visit(cls: type[Record], path: tuple[str, ...]) -> None:
        for info in _fields(cls):
            kind = info.type
            is_list = typing.get_origin(kind) is list
            if is_list:
                kind = typing.get_args(kind)[0]
            if isinstance(kind, type) and issubclass(kind, Record):
                found.append(Place(info.name, (*path, info.name), kind, is_list))
                visit(kind, (*path, info.name))

    visit(Project, ())
    return tuple(found)


@functools.cache
def place(kind: str) -> Place:
    """The place of the records of `kind` ("stakeholders", "strategy", "talking_points" ...)."""
    for candidate in places():
        if candidate.kind == kind:
            return candidate
    raise KeyError(kind)


@functools.cache
def references() -> tuple[Reference, ...]:
    """Every reference field of the model, in file order."""
    found = []
    for owner in places():
        for info in _fields(owner.record_type):
            declared = field_reference(info.type)
            if declared is not None:
                found.append(Reference(owner.kind, info.name, *declared))
    return tuple(found)


def records_of(project: Project, kind: str) -> list[Record]:
    """The list that holds the records of `kind` (the model's own list, not a copy)."""
    return place(kind).records(project)


def _uses(project: Project, reference: Reference) -> Iterator[Use]:
    owner = place(reference.owner)
    for index, record in enumerate(owner.records(project)):
        where = f"{owner.record_where(index)}.{reference.field}".removeprefix(".")
        value = getattr(record, reference.field)
        if reference.shape is Shape.MANY:
            for position, target_id in enumerate(value):
                yield Use(reference, record, target_id, f"{where}[{position}]")
        elif value is not None:
            yield Use(reference, record, value, where)


def iter_references(project: Project, target: str | None = None) -> Iterator[Use]:
    """Every id held in a reference field (only those naming `target` records, if given)."""
    for reference in references():
        if target is None or reference.target == target:
            yield from _uses(project, reference)


def referrers_of(project: Project, kind: str, record_id: str) -> list[Use]:
    """Every use of the id of the `kind` record `record_id`."""
    return [use for use in iter_references(project, kind) if use.target_id == record_id]


def check_references(project: Project) -> None:
    """Raise ProjectError for an id used twice or a reference to a record that is not there.

    Sets first, paths only for the error: on a 5,000-stakeholder file this runs on every
    load, so the places are worked out only once something is wrong.
    """
    ids = _ids_by_kind(project)
    for reference in references():
        known = ids.get(reference.target, frozenset())
        # Each field of every record read by one attrgetter and checked as a set (~4x
        # quicker than a Python test a record: 22,000 of them in a 5,000-stakeholder file).
        values = map(operator.attrgetter(reference.field), place(reference.owner).records(project))
        if reference.shape is Shape.MANY:
            whole = known.issuperset(itertools.chain.from_iterable(value for value in values if value))
        else:
            used = set(values)
            used.discard(None)
            whole = known.issuperset(used)
        if not whole:
            _raise_missing(project, reference, known)


def _ids_by_kind(project: Project) -> dict[str, frozenset[str]]:
    """The ids of the records of each kind; raises for an id used twice in the file."""
    found: dict[str, frozenset[str]] = {}
    total = 0
    for where in places():
        if where.is_list and "id" in where.record_type.__struct_fields__:
            own = [value if isinstance(value, str) else None
                   for value in map(operator.attrgetter("id"), where.records(project))]
            found[where.kind] = frozenset(filter(None, own))
            total += len(own)
    if len(frozenset().union(*found.values())) != total:  # within a kind or across kinds
        _raise_duplicate(project)
    return found


def _raise_duplicate(project: Project) -> None:
    seen: dict[str, str] = {}
    for where in places():
        for index, record in enumerate(where.records(project)):
            record_id = _id_of(record)
            if record_id is None:
                continue
            at = f"{where.record_where(index)}.id"
            if record_id in seen:
                raise message("id-twice", where=at, error=ProjectError, id=record_id, first=seen[record_id])
            seen[record_id] = at


def _raise_missing(project: Project, reference: Reference, known: frozenset[str]) -> None:
    for use in _uses(project, reference):
        if use.target_id not in known:
            raise message(MISSING_MESSAGE[reference.target], where=use.where, id=use.target_id)


# ---------------------------------------------------------------------------------------------
# Deleting and putting back
# ---------------------------------------------------------------------------------------------


class _Taken(msgspec.Struct):
    """`value` was taken out of `items` at `index`."""

    items: list[Any]
    index: int
    value: Any


class _Cleared(msgspec.Struct):
    """`record.field` held `old` before it was cleared."""

    record: Record
    field: str
    old: Any


class Removal(msgspec.Struct):
    """What a delete took out, in order, so that `restore` puts each piece back in its place."""

    steps: list[_Taken | _Cleared] = msgspec.field(default_factory=list)
    #: The kinds whose records were removed or changed (for telling views what to re-read).
    touched: set[str] = msgspec.field(default_factory=set)

    def restore(self) -> None:
        """Undo the delete exactly: every record and every id back at its old position."""
        for step in reversed(self.steps):
            if isinstance(step, _Taken):
                step.items.insert(step.index, step.value)
            else:
                setattr(step.record, step.field, step.old)
        self.steps.clear()

    def take_where(self, items: list[Any], kind: str, test: Callable[[Any], bool]) -> list[Any]:
        """Take every item of `items` (a list of `kind`) that passes `test`, noting its place."""
        taken = []
        # Backwards so earlier indexes stay valid; restore replays the steps in reverse.
        for index in range(len(items) - 1, -1, -1):
            if test(items[index]):
                value = items.pop(index)
                self.steps.append(_Taken(items, index, value))
                self.touched.add(kind)
                taken.append(value)
        return taken


def delete(project: Project, kind: str, records: Sequence[Record]) -> Removal:
    """Remove `records` (of `kind`) and detach everything that refers to them."""
    removal = Removal()
    removal.touched.add(kind)
    _delete(project, kind, {id(record) for record in records}, removal)
    return removal


def detach(project: Project, kind: str, ids: Collection[str]) -> Removal:
    """Remove every reference to the `kind` records `ids`, as deleting them would."""
    removal = Removal()
    _detach(project, kind, frozenset(ids), removal)
    return removal


def _id_of(record: Record) -> str | None:
    """The record's own id (the pitch and the strategy have none)."""
    record_id = getattr(record, "id", None)
    return record_id if isinstance(record_id, str) else None


def _delete(project: Project, kind: str, doomed: set[int], removal: Removal) -> None:
    taken = removal.take_where(records_of(project, kind), kind, lambda record: id(record) in doomed)
    gone = frozenset(filter(None, map(_id_of, taken)))
    if gone:
        _detach(project, kind, gone, removal)


def _detach(project: Project, kind: str, gone: frozenset[str], removal: Removal) -> None:
    for reference in references():
        if reference.target != kind:
            continue
        owners = records_of(project, reference.owner)
        name = reference.field
        if reference.shape is Shape.ONE:
            doomed = {id(record) for record in owners if getattr(record, name) in gone}
            if doomed:
                _delete(project, reference.owner, doomed, removal)
        elif reference.shape is Shape.OPTIONAL:
            for record in owners:
                if getattr(record, name) in gone:
                    removal.steps.append(_Cleared(record, name, getattr(record, name)))
                    setattr(record, name, None)
                    removal.touched.add(reference.owner)
        else:
            for record in owners:
                removal.take_where(getattr(record, name), reference.owner, gone.__contains__)
