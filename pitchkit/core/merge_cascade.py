"""A stakeholder's deletion, held open while it is a conflict.

Deleting a person in the app takes what points at them with it (their links, resistances and
talking points go; their id leaves every list).  When THEIRS deleted someone OURS edited,
the merge keeps OURS' person and records the conflict; without this step the records THEIRS
deleted along with the person would be merged as ordinary deletions, and keeping the person
would keep an empty shell of them.  So, before merging, THEIRS' data gets back what it
removed only because of those deletions: the conflict then decides the person and what
points at them together (taking THEIRS' side in the Conflicts panel deletes the person and
`drop_dangling` takes the rest, as the app's delete does).
"""

from __future__ import annotations

from typing import Any

import msgspec

from pitchkit.core.merge_refs import SINGLETONS, STAKEHOLDER_FIELDS, container, table

# The same steps serve plain data (dicts, the general path) and loaded records (Structs, the
# quick path of merge_fast): these four read and rebuild either kind.


def _get(record: Any, field: str) -> Any:
    return record.get(field) if isinstance(record, dict) else getattr(record, field, None)


def _with(record: Any, **changes: Any) -> Any:
    return {**record, **changes} if isinstance(record, dict) else msgspec.structs.replace(record, **changes)


def _node(data: Any, path: str) -> Any:
    if isinstance(data, dict):
        return container(data, path) if path in SINGLETONS else table(data, path)
    for part in filter(None, path.split(".")):
        data = getattr(data, part)
    return data


def _put(data: Any, path: str, value: Any) -> Any:
    """`data` with `path` set to `value`, every container on the way copied (inputs unchanged)."""
    head, _, rest = path.partition(".")
    inner = value if not rest else _put(_get(data, head) or {}, rest, value)
    return _with(data, **{head: inner})


def deleted_while_edited(base: Any, ours: Any, theirs: Any) -> set[str]:
    """The ids of the people THEIRS deleted and OURS changed (a delete-versus-edit conflict)."""
    in_theirs = {_get(p, "id") for p in _node(theirs, "stakeholders")}
    was = {_get(p, "id"): p for p in _node(base, "stakeholders")}
    return {
        str(_get(p, "id")) for p in _node(ours, "stakeholders")
        if _get(p, "id") in was and _get(p, "id") not in in_theirs and p != was[_get(p, "id")]
    }


def deleted_by_ours_while_changed(base: Any, ours: Any, theirs: Any) -> set[str]:
    """The ids of the people OURS deleted and THEIRS changed (the mirror of `deleted_while_edited`).

    OURS' deletion stays in the merged project until the conflict is settled; what went with
    the person in OURS (their links, resistances, talking points) is recorded as conflicts
    too (`refers_to`), so that taking THEIRS' person back brings those back as well.
    """
    in_ours = {_get(p, "id") for p in _node(ours, "stakeholders")}
    was = {_get(p, "id"): p for p in _node(base, "stakeholders")}
    return {
        str(_get(p, "id")) for p in _node(theirs, "stakeholders")
        if _get(p, "id") in was and _get(p, "id") not in in_ours and p != was[_get(p, "id")]
    }


def refers_to(kind: str, record: Any, people: set[str]) -> bool:
    """Whether `record` (plain data or a loaded record) of table `kind` names one of `people`."""
    single, many = STAKEHOLDER_FIELDS.get(kind, ((), ()))
    return any(_get(record, f) in people for f in single) or any(
        not people.isdisjoint(_get(record, f) or ()) for f in many
    )


def lost_reference(kind: str, field: str, b: Any, o: Any, people: set[str]) -> bool:
    """Whether field `field` of a `kind` record named one of `people` in `b` and not in `o`."""
    single, many = STAKEHOLDER_FIELDS.get(kind, ((), ()))
    if field in single:
        return b in people and o != b
    if field in many and isinstance(b, list):
        return any(p in people and p not in (o if isinstance(o, list) else ()) for p in b)
    return False


def put_back(base: list[Any], ours: list[Any], person: str) -> list[Any]:
    """`ours` with `person` back where `base` had them (after the item before them there)."""
    if person in ours:
        return list(ours)
    return _reinsert(base, list(ours), person) if person in base else [*ours, person]


def _reinsert(base_list: list[Any], side_list: list[Any], item: Any) -> list[Any]:
    """`side_list` with `item` back after the nearest item that comes before it in `base_list`."""
    at = base_list.index(item)
    for before in reversed(base_list[:at]):
        if before in side_list:
            where = side_list.index(before) + 1
            return [*side_list[:where], item, *side_list[where:]]
    return [item, *side_list]


def _restore_fields(b: Any, t: Any, single: tuple[str, ...], many: tuple[str, ...], people: set[str]) -> Any:
    """Record `t` with the references to `people` that `b` had and `t` lost put back."""
    changes: dict[str, Any] = {}
    for field in single:
        if _get(b, field) in people and _get(t, field) is None:
            changes[field] = _get(b, field)
    for field in many:
        items = list(_get(t, field) or [])
        before = list(items)
        for person in [p for p in _get(b, field) or [] if p in people and p not in items]:
            items = _reinsert(list(_get(b, field)), items, person)
        if items != before:
            changes[field] = items
    return _with(t, **changes) if changes else t


def keep_what_points_at(base: Any, theirs: Any, people: set[str]) -> Any:
    """THEIRS (plain data or a loaded Project) as if the deletions of `people` had not
    cascaded; the people themselves stay deleted, and the input is not changed."""
    out = dict(theirs) if isinstance(theirs, dict) else theirs
    # A record is only brought back if everyone it names is still there (or held open).
    there = {_get(p, "id") for p in _node(theirs, "stakeholders")} | people
    for kind, (single, many) in STAKEHOLDER_FIELDS.items():
        if kind in SINGLETONS:
            mine = _node(theirs, kind)
            node = _restore_fields(_node(base, kind), mine, single, many, people)
            if node is not mine:
                out = _put(out, kind, node)
            continue
        b_list, t_list = _node(base, kind), _node(theirs, kind)
        get: Any = dict.get if isinstance(theirs, dict) else getattr  # once, not per record
        at_of = {get(r, "id"): i for i, r in enumerate(t_list)}
        # Only what THEIRS removed or changed can have lost a reference (equality is cheap).
        changed = [b for b in b_list if (i := at_of.get(get(b, "id"))) is None or t_list[i] != b]
        hits = [
            b for b in changed
            if any(get(b, f) in people for f in single) or any(not people.isdisjoint(get(b, f) or ()) for f in many)
        ]
        if not hits:
            continue
        records = list(t_list)
        back = []
        for b in hits:
            i = at_of.get(get(b, "id"))
            if i is not None:
                records[i] = _restore_fields(b, records[i], single, many, people)
            elif all(get(b, f) in there or get(b, f) is None for f in single):
                lists = {f: [x for x in get(b, f) if x in there] for f in many if get(b, f) is not None}
                back.append(_with(b, **lists) if lists else b)
        if back:  # gone with the person: each back where it was
            b_ids = [get(r, "id") for r in b_list]
            for b in back:
                ids = [get(r, "id") for r in records]
                records.insert(_reinsert(b_ids, ids, get(b, "id")).index(get(b, "id")), b)
        if records != t_list:
            out = _put(out, kind, records)
    return out
