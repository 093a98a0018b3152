"""Where a project's records point at stakeholders, on plain data (for merging and resolving).

Which fields hold stakeholder ids, and where the lists of records are, come from the model's
one declaration of them (core/references.py): a new reference field needs no change here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import msgspec

from pitchkit.core import references


def _tables() -> tuple[str, ...]:
    return tuple(p.where for p in references.places() if p.is_list)


def _singletons() -> tuple[str, ...]:
    return tuple(p.where for p in references.places() if not p.is_list)


def _stakeholder_fields() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """path -> (fields holding one stakeholder id, fields holding a list of them)."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for ref in references.references():
        if ref.target != "stakeholders":
            continue
        single, many = found.setdefault(references.place(ref.owner).where, ([], []))
        (many if ref.shape is references.Shape.MANY else single).append(ref.field)
    return {path: (tuple(single), tuple(many)) for path, (single, many) in found.items()}


#: Lists of records with an `id`, by their path in the file ("strategy.actions"); from the
#: model (core/references.py), so a new kind of record is merged without a change here.
TABLES: tuple[str, ...] = _tables()
#: Records without an id, merged field by field: "" is the top level of the file.
SINGLETONS: tuple[str, ...] = _singletons()
#: path -> (fields holding one stakeholder id, fields holding a list of them), as declared.
_STAKEHOLDER_FIELDS = _stakeholder_fields()
STAKEHOLDER_FIELDS = _STAKEHOLDER_FIELDS


class Dangling(msgspec.Struct, frozen=True):
    """A reference to stakeholder `missing` at `kind` / `record_id` / `field`."""

    kind: str  # a table or a singleton path
    record_id: str  # "" for a singleton
    field: str
    missing: str
    in_list: bool


def container(data: dict[str, Any], path: str) -> dict[str, Any]:
    """The dict at `path` ("" is `data` itself), made empty if absent."""
    node = data
    for part in filter(None, path.split(".")):
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    return node


def table(data: dict[str, Any], path: str) -> list[dict[str, Any]]:
    """The list of records at `path` (made empty if absent)."""
    parent, _, name = path.rpartition(".")
    node = container(data, parent)
    records = node.get(name)
    if not isinstance(records, list):
        records = node[name] = []
    return records


def _refs(data: dict[str, Any]) -> Iterator[tuple[str, str, str, Any, bool]]:
    for kind, (single, many) in _STAKEHOLDER_FIELDS.items():
        records = [container(data, kind)] if kind in SINGLETONS else table(data, kind)
        for record in records:
            record_id = "" if kind in SINGLETONS else str(record.get("id", ""))
            for field in single:
                yield kind, record_id, field, record.get(field), False
            for field in many:
                yield kind, record_id, field, record.get(field) or [], True


def dangling_references(data: dict[str, Any]) -> list[Dangling]:
    """Every reference in `data` to a stakeholder id that `data` does not hold."""
    people = {person.get("id") for person in table(data, "stakeholders")}
    found: list[Dangling] = []
    for kind, record_id, field, value, in_list in _refs(data):
        for ref in value if in_list else [value]:
            if ref is not None and ref not in people:
                found.append(Dangling(kind, record_id, field, ref, in_list))
    return found


def drop_dangling(data: dict[str, Any]) -> None:
    """Remove what points at a missing stakeholder, as deleting a stakeholder in the app does.

    The id leaves lists; a record that cannot exist without it (a link, a resistance, a
    talking point) goes; a champion who is gone is cleared.
    """
    for ref in dangling_references(data):
        if ref.kind in SINGLETONS:
            node = container(data, ref.kind)
        else:
            records = table(data, ref.kind)
            found = [r for r in records if r.get("id") == ref.record_id]
            if not found:
                continue
            node = found[0]
            if not ref.in_list:
                records.remove(node)
                continue
        if ref.in_list:
            node[ref.field] = [item for item in node.get(ref.field) or [] if item != ref.missing]
        else:
            node[ref.field] = None


def _typed(project: Any, path: str) -> Any:
    node = project
    for part in filter(None, path.split(".")):
        node = getattr(node, part)
    return node


def has_dangling(project: Any) -> bool:
    """Whether a loaded Project refers to a stakeholder it does not hold (same fields as above)."""
    people = {person.id for person in project.stakeholders}
    for kind, (single, many) in _STAKEHOLDER_FIELDS.items():
        records = [_typed(project, kind)] if kind in SINGLETONS else _typed(project, kind)
        for record in records:
            for field in single:
                ref = getattr(record, field)
                if ref is not None and ref not in people:
                    return True
            for field in many:
                if not people.issuperset(getattr(record, field)):
                    return True
    return False
