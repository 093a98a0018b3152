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

from pitchkit.core.merge_refs import SINGLETONS, STAKEHOLDER_FIELDS, container, table


def deleted_while_edited(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]) -> set[str]:
    """The ids of the people THEIRS deleted and OURS changed (a delete-versus-edit conflict)."""
    in_theirs = {p.get("id") for p in table(theirs, "stakeholders")}
    was = {p.get("id"): p for p in table(base, "stakeholders")}
    return {
        str(p.get("id")) for p in table(ours, "stakeholders")
        if p.get("id") in was and p.get("id") not in in_theirs and p != was[p.get("id")]
    }


def _reinsert(base_list: list[Any], side_list: list[Any], item: Any) -> list[Any]:
    """`side_list` with `item` back after the nearest item that comes before it in `base_list`."""
    at = base_list.index(item)
    for before in reversed(base_list[:at]):
        if before in side_list:
            where = side_list.index(before) + 1
            return [*side_list[:where], item, *side_list[where:]]
    return [item, *side_list]


def _points_at(record: dict[str, Any], single: tuple[str, ...], many: tuple[str, ...], people: set[str]) -> bool:
    return any(record.get(f) in people for f in single) or any(set(record.get(f) or []) & people for f in many)


def _restore_fields(b: dict[str, Any], t: dict[str, Any], single: tuple[str, ...], many: tuple[str, ...], people: set[str]) -> dict[str, Any]:
    """Record `t` with the references to `people` that `b` had and `t` lost put back."""
    out = t
    for field in single:
        if b.get(field) in people and t.get(field) is None:
            out = {**out, field: b[field]}
    for field in many:
        items = list(out.get(field) or [])
        for person in [p for p in b.get(field) or [] if p in people and p not in items]:
            items = _reinsert(list(b[field]), items, person)
        if items != list(out.get(field) or []):
            out = {**out, field: items}
    return out


def keep_what_points_at(base: dict[str, Any], theirs: dict[str, Any], people: set[str]) -> dict[str, Any]:
    """A copy of THEIRS' data as if the deletions of `people` had not cascaded (the people
    themselves stay deleted); records and lists not touched by those deletions are shared."""
    out = dict(theirs)
    # A record is only brought back if everyone it names is still there (or held open).
    there = {p.get("id") for p in table(theirs, "stakeholders")} | people
    for kind, (single, many) in STAKEHOLDER_FIELDS.items():
        if kind in SINGLETONS:
            node = _restore_fields(container(base, kind), container(theirs, kind), single, many, people)
            if node is not container(theirs, kind):
                _put(out, kind, node)
            continue
        b_list, t_list = table(base, kind), table(theirs, kind)
        t_by_id = {r.get("id"): r for r in t_list}
        b_ids = [r.get("id") for r in b_list]
        records = list(t_list)
        for b in b_list:
            if not _points_at(b, single, many, people):
                continue
            t = t_by_id.get(b.get("id"))
            if t is None and all(b.get(f) in there or b.get(f) is None for f in single):
                # gone with the person: back where it was
                ids = [r.get("id") for r in records]
                at = _reinsert(b_ids, ids, b.get("id")).index(b.get("id"))
                records.insert(at, {**b, **{f: [x for x in b.get(f) or [] if x in there] for f in many if f in b}})
            elif t is not None:
                records[records.index(t)] = _restore_fields(b, t, single, many, people)
        if records != t_list:
            _put(out, kind, records)
    return out


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    """Set `path` in `data` to `value`, copying each dict on the way (the input stays as it was)."""
    parts = [p for p in path.split(".") if p]
    node = data
    for part in parts[:-1]:
        child = dict(node.get(part) or {})
        node[part] = child
        node = child
    node[parts[-1]] = value
