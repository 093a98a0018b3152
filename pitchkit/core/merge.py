"""Three-way (and two-way) merge of `.pitchkit` projects, by record id and field by field.

The merge works on the plain data of the three files (unknown fields included, so that
what a newer PitchKit wrote survives).  Changes to different records or fields are taken
silently; the same field changed two ways, or a record deleted on one side and edited on
the other, is a conflict: OURS is kept and the conflict is recorded in the project's
`conflicts` list.  Ordered lists of ids (the engagement sequence, the people of a record,
and the order of records themselves) take both sides' additions and removals.  A result
is always a valid project: references are repaired (OURS wins) and the result goes
through the normal loader before anyone writes it.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Callable
from typing import Any

import msgspec

from pitchkit.core.errors import ProjectError
from pitchkit.core.merge_cascade import (
    deleted_by_ours_while_changed,
    deleted_while_edited,
    keep_what_points_at,
    lost_reference,
    refers_to,
)
from pitchkit.core.merge_refs import SINGLETONS, TABLES, container, dangling_references, table
from pitchkit.core.model import Conflict, ConflictReason, Project
from pitchkit.core.plain import has_unknown, plain_data, project_from_data

#: A field or record that is not there on one side.
_MISSING: Any = msgspec.UNSET
#: Field names that hold a singleton or a table, not a value (merged on their own).
_STRUCTURE = {path: {p.split(".")[-1] for p in TABLES + SINGLETONS if p and p.rpartition(".")[0] == path} for path in SINGLETONS}
_STRUCTURE[""] |= {"format", "version", "project_id"}


class MergeResult(msgspec.Struct):
    """A merged, valid project and the conflicts this merge recorded in it."""

    project: Project
    conflicts: list[Conflict]


def conflict_id(kind: str, record_id: str, field: str) -> str:
    """The id of the conflict at one place: the same place always gets the same id."""
    digest = hashlib.sha1(f"{kind}\0{record_id}\0{field}".encode()).hexdigest()
    return f"c-{digest[:10]}"


def _plain(value: Any) -> Any:
    return None if value is _MISSING else msgspec.to_builtins(value)


class _Merger:
    """One merge: the three inputs as plain data, and the conflicts found so far."""

    def __init__(self, base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
        self.two_way = base is None
        self.base = base if base is not None else {}
        self.ours = ours
        self.theirs = theirs
        self.conflicts: dict[str, Conflict] = {}
        #: People OURS deleted and THEIRS changed: what went with them in OURS is recorded too.
        self.held: set[str] = set()

    # --- recording ---------------------------------------------------------------------------

    def conflict(self, kind: str, record_id: str, field: str, reason: ConflictReason, b: Any, o: Any, t: Any) -> None:
        if self.two_way:
            reason = ConflictReason.DIFFERENT
        cid = conflict_id(kind, record_id, field)
        self.conflicts[cid] = Conflict(
            id=cid, kind=kind, record_id=record_id, field=field, reason=reason,
            base=_plain(b), ours=_plain(o), theirs=_plain(t),
        )

    # --- values and lists --------------------------------------------------------------------

    def value(self, kind: str, record_id: str, field: str, b: Any, o: Any, t: Any) -> Any:
        if o == t:
            return o
        if not self.two_way:
            if o == b:
                return t
            if t == b:
                if self.held and lost_reference(kind, field, b, o, self.held):
                    # OURS' deletion of a person took them out of here: back with the person.
                    self.conflict(kind, record_id, field, ConflictReason.REFERENCE_DELETED, b, o, t)
                return o
            if _is_id_list(o) and _is_id_list(t) and (b is _MISSING or _is_id_list(b)):
                merged = ordered_merge([] if b is _MISSING else b, o, t)
                if merged is not None:
                    return merged
        self.conflict(kind, record_id, field, ConflictReason.BOTH_CHANGED, b, o, t)
        return o

    def record(
        self, kind: str, record_id: str, b: dict[str, Any], o: dict[str, Any], t: dict[str, Any],
        skip: frozenset[str] | set[str] = frozenset(),
    ) -> dict[str, Any]:
        if o == t:
            return o
        if not self.two_way and t == b and not (self.held and refers_to(kind, b, self.held)):
            return o
        if not self.two_way and o == b:
            return t
        out: dict[str, Any] = {}
        for key in list(o) + [k for k in t if k not in o]:
            if key in skip:
                continue
            value = self.value(kind, record_id, key, b.get(key, _MISSING), o.get(key, _MISSING), t.get(key, _MISSING))
            if value is not _MISSING:
                out[key] = value
        return out

    # --- tables ------------------------------------------------------------------------------

    def table(self, path: str) -> list[dict[str, Any]]:
        lists = [table(side, path) for side in (self.base, self.ours, self.theirs)]

        def record(rid: str, b: Any, o: Any, t: Any) -> Any:
            return self.record(path, rid, {} if b is _MISSING else b, o, t)

        b_list, o_list, t_list = lists
        return self.merge_records(path, b_list, o_list, t_list, ident=lambda r: r.get("id"), record=record)

    def merge_records(
        self, path: str, b_list: list[Any], o_list: list[Any], t_list: list[Any],
        ident: Callable[[Any], Any], record: Callable[[str, Any, Any, Any], Any],
    ) -> list[Any]:
        """Merge one list of records by id (`ident`); `record` merges one kept on both sides."""
        # A copy of the list: repairs change the result, never an input.
        if o_list == t_list:
            return list(o_list)
        # Records that went with a person held by a conflict are recorded, however unchanged.
        holding = bool(self.held) and path != "stakeholders"
        if not self.two_way and t_list == b_list and not holding:
            return list(o_list)
        if not self.two_way and o_list == b_list:
            return list(t_list)
        by_b, by_o, by_t = ({ident(r): r for r in side} for side in (b_list, o_list, t_list))
        kept: dict[str, Any] = {}
        for rid in list(by_o) + [r for r in by_t if r not in by_o]:
            b, o, t = by_b.get(rid, _MISSING), by_o.get(rid, _MISSING), by_t.get(rid, _MISSING)
            if o is not _MISSING and t is not _MISSING:
                kept[rid] = record(rid, b, o, t)
            elif self.two_way:
                self.conflict(path, rid, "", ConflictReason.DIFFERENT, b, o, t)
                if o is not _MISSING:
                    kept[rid] = o
            elif o is not _MISSING:  # theirs deleted it, or never had it
                if b is not _MISSING and o != b:
                    self.conflict(path, rid, "", ConflictReason.DELETED_AND_CHANGED, b, o, t)
                if b is _MISSING or o != b:
                    kept[rid] = o
            elif b is _MISSING:  # new in theirs
                kept[rid] = t
            elif t != b:  # ours deleted it, theirs changed it
                self.conflict(path, rid, "", ConflictReason.DELETED_AND_CHANGED, b, o, t)
            elif self.held and path != "stakeholders" and refers_to(path, t, self.held):
                # Gone with a person whose deletion is a conflict: back if THEIRS' person is taken.
                self.conflict(path, rid, "", ConflictReason.REFERENCE_DELETED, b, o, t)
        ids = [ident(r) for r in b_list], [ident(r) for r in o_list], [ident(r) for r in t_list]
        order = ordered_merge(*ids, keep=kept.keys()) or list(by_o)
        ordered = set(order)
        order += [rid for rid in kept if rid not in ordered]
        return [kept[rid] for rid in order if rid in kept]

    # --- the whole project -------------------------------------------------------------------

    def merge(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path in SINGLETONS:
            node = self.record(
                path or "project", "",
                container(self.base, path), container(self.ours, path), container(self.theirs, path),
                skip=_STRUCTURE[path],
            )
            if path:
                container(out, path.rpartition(".")[0])[path.rpartition(".")[2]] = dict(node)
            else:
                out.update(node)
        for path in TABLES:
            parent, _, name = path.rpartition(".")
            container(out, parent)[name] = self.table(path)
        versions = [side.get("version", 1) for side in (self.base, self.ours, self.theirs) if side]
        out["format"] = self.ours.get("format")
        out["version"] = max(v for v in versions if isinstance(v, int))
        if self.two_way:  # two copies that never shared a version: ours names the project
            out["project_id"] = self.ours.get("project_id", "")
        else:
            ids = [side.get("project_id", "") for side in (self.base, self.ours, self.theirs)]
            out["project_id"] = self.value("project", "", "project_id", *ids)
        return out

    # --- references: OURS wins ---------------------------------------------------------------

    def repair(self, out: dict[str, Any]) -> None:
        """Make every stakeholder reference valid again, recording each repair as a conflict."""
        kept = {p.get("id") for p in table(out, "stakeholders")}
        if all(p.get("id") in kept for side in (self.ours, self.theirs) for p in table(side, "stakeholders")):
            return  # everyone either side refers to is still there: nothing can dangle
        ours_people = {p.get("id"): p for p in table(self.ours, "stakeholders")}
        base_people = {p.get("id"): p for p in table(self.base, "stakeholders")}
        theirs_people = {p.get("id"): p for p in table(self.theirs, "stakeholders")}
        for _ in range(4):  # each pass can only move a reference back to OURS' value
            found = dangling_references(out)
            if not found:
                return
            for ref in found:
                if ref.missing in ours_people:
                    self._restore(out, ref.missing, ours_people, base_people, theirs_people)
                else:
                    self._revert(out, ref)
        raise AssertionError("references still dangle after repair")  # OURS alone is valid

    def _restore(
        self, out: dict[str, Any], person_id: str,
        ours: dict[Any, dict[str, Any]], base: dict[Any, dict[str, Any]], theirs: dict[Any, dict[str, Any]],
    ) -> None:
        people = table(out, "stakeholders")
        if any(p.get("id") == person_id for p in people):
            return
        people.append(ours[person_id])
        self.conflict(
            "stakeholders", person_id, "", ConflictReason.REFERENCE_DELETED,
            base.get(person_id, _MISSING), ours[person_id], theirs.get(person_id, _MISSING),
        )

    def _revert(self, out: dict[str, Any], ref: Any) -> None:
        """Put OURS' value back at a reference that only THEIRS made."""
        if ref.kind in SINGLETONS:
            node: dict[str, Any] | None = container(out, ref.kind)
            mine, base, theirs = (container(side, ref.kind) for side in (self.ours, self.base, self.theirs))
        else:
            records = table(out, ref.kind)
            node = next((r for r in records if r.get("id") == ref.record_id), None)
            mine, base, theirs = (
                next((r for r in table(side, ref.kind) if r.get("id") == ref.record_id), {})
                for side in (self.ours, self.base, self.theirs)
            )
            if node is not None and not mine:  # a record only THEIRS has: it goes
                records.remove(node)
                self.conflict(ref.kind, ref.record_id, "", ConflictReason.REFERENCE_DELETED, _MISSING, _MISSING, theirs)
                return
            if node is not None:  # changed in a copy: the record may be an input's own dict
                at = records.index(node)
                node = records[at] = dict(node)
        if node is None:
            return
        if ref.in_list:
            node[ref.field] = [item for item in node.get(ref.field) or [] if item != ref.missing]
        else:
            node[ref.field] = mine.get(ref.field)
        self.conflict(
            ref.kind, ref.record_id, ref.field, ConflictReason.REFERENCE_DELETED,
            base.get(ref.field, _MISSING), mine.get(ref.field, _MISSING), theirs.get(ref.field, _MISSING),
        )


def _is_id_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value) and len(set(value)) == len(value)


def ordered_merge(base: list[Any], ours: list[Any], theirs: list[Any], keep: Any = None) -> list[Any] | None:
    """Merge three versions of an ordered list of distinct items; None if both reordered it.

    An item removed on either side goes (unless `keep` holds it); items added on either side
    are kept, each placed after the item that precedes it on its own side.  The order of
    the items all three share is OURS' unless only THEIRS changed it.
    """
    in_base, in_ours, in_theirs = set(base), set(ours), set(theirs)
    if keep is None:
        wanted = (in_ours & in_theirs) | (in_ours - in_base) | (in_theirs - in_base)
    else:
        wanted = set(keep)
    common = in_base & in_ours & in_theirs
    b_order = [x for x in base if x in common]
    o_order = [x for x in ours if x in common]
    t_order = [x for x in theirs if x in common]
    if o_order != b_order and t_order != b_order and o_order != t_order:
        return None
    first, second = (theirs, ours) if o_order == b_order and t_order != b_order else (ours, theirs)
    result = [x for x in first if x in wanted]
    placed = set(result)
    head = object()
    position = {item: i for i, item in enumerate(result)}
    followers: dict[Any, list[Any]] = {}
    for index, item in enumerate(second):
        if item in placed or item not in wanted:
            continue
        before = next((second[j] for j in range(index - 1, -1, -1) if second[j] in placed), head)
        if before in position:  # after the first side's own additions there, not between them
            at = position[before]
            while at + 1 < len(result) and result[at + 1] not in in_base:
                at += 1
            before = result[at]
        followers.setdefault(before, []).append(item)
        placed.add(item)
    if not followers:
        return result
    out: list[Any] = []
    for anchor in [head, *result]:
        if anchor is not head:
            out.append(anchor)
        stack = list(reversed(followers.get(anchor, ())))
        while stack:  # additions after additions: no recursion, however long the chain
            item = stack.pop()
            out.append(item)
            stack.extend(reversed(followers.get(item, ())))
    return out


_TABLE_INDEX = re.compile(r"^((?:[a-z_]+\.)?[a-z_]+)\[(\d+)\]")


def _validated(out: dict[str, Any], merger: _Merger) -> Project:
    """The merged data as a checked Project; a record the rules refuse falls back to OURS."""
    for _ in range(100):
        try:
            return project_from_data(out)
        except ProjectError as err:
            m = _TABLE_INDEX.match(err.where)
            if m is None or m.group(1) not in TABLES:
                raise
            records = table(out, m.group(1))
            bad = records[int(m.group(2))]
            rid = bad.get("id", "")
            mine = next((r for r in table(merger.ours, m.group(1)) if r.get("id") == rid), None)
            theirs = next((r for r in table(merger.theirs, m.group(1)) if r.get("id") == rid), _MISSING)
            base = next((r for r in table(merger.base, m.group(1)) if r.get("id") == rid), _MISSING)
            if mine is None or mine == bad:
                del records[int(m.group(2))]
            else:
                records[int(m.group(2))] = mine
            merger.conflict(m.group(1), rid, "", ConflictReason.BOTH_CHANGED, base, mine or _MISSING, theirs)
            out["conflicts"] = _with_conflicts(out.get("conflicts") or [], merger)
    raise AssertionError("the merged project could not be made valid")


def _with_conflicts(existing: list[dict[str, Any]], merger: _Merger) -> list[dict[str, Any]]:
    new = {cid: msgspec.to_builtins(c) for cid, c in merger.conflicts.items()}
    return [c for c in existing if c.get("id") not in new] + list(new.values())


def merge_data(base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any]) -> MergeResult:
    """Merge plain project data (as `to_data` gives it); `base` None is a two-way merge."""
    # People THEIRS deleted but the merge keeps (OURS edited them, or still refers to them):
    # what their deletion took with it is held open too, and the conflict decides it all.
    pending = set() if base is None else deleted_while_edited(base, ours, theirs)
    while True:
        merger = _Merger(base, ours, keep_what_points_at(base, theirs, pending) if pending else theirs)
        if base is not None:
            merger.held = deleted_by_ours_while_changed(base, ours, theirs)
        out = merger.merge()
        merger.repair(out)
        kept = {c.record_id for c in merger.conflicts.values() if c.kind == "stakeholders" and c.reason is ConflictReason.REFERENCE_DELETED}
        if base is None or kept <= pending:
            break
        pending |= kept
    out["conflicts"] = _with_conflicts(out.get("conflicts") or [], merger)
    project = _validated(out, merger)
    return MergeResult(project, list(merger.conflicts.values()))


def merge_projects(base: Project | None, ours: Project, theirs: Project) -> MergeResult:
    """Three-way merge of loaded projects (two-way, each difference a conflict, when `base` is None)."""
    paused = gc.isenabled()
    gc.disable()  # many short-lived dicts and no cycles: the collector would only cost time
    try:
        if base is not None and not any(has_unknown(p) for p in (base, ours, theirs)):
            from pitchkit.core.merge_fast import FastMerger

            rules = _Merger({}, {}, {})  # its rules and its conflicts, no data of its own
            fast = FastMerger(rules, base, ours, theirs).merge()
            if fast is not None:
                return MergeResult(fast, list(rules.conflicts.values()))
        return merge_data(None if base is None else plain_data(base), plain_data(ours), plain_data(theirs))
    finally:
        if paused:
            gc.enable()
