"""The quick path of the merge: the same rules as `merge._Merger`, on the loaded records.

Records equal on two sides are compared in C (msgspec Struct equality) and reused as they
are; only records changed on both sides are taken apart field by field.  The quick path
gives up (returns None, and the general path on plain data runs) whenever the merge needs
more than that: unknown fields, a two-way merge, a reference to repair, or a record that
breaks a rule of the file.  Like the general path, it first holds open the deletions THEIRS
made of people OURS edited (core/merge_cascade.py).  tests/core/test_merge_properties.py checks that both paths give
the same result.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, cast

import msgspec

from pitchkit.core.errors import ProjectError
from pitchkit.core.merge_cascade import (
    deleted_by_ours_while_changed,
    deleted_while_edited,
    keep_what_points_at,
    refers_to,
)
from pitchkit.core.merge_refs import TABLES, has_dangling
from pitchkit.core.model import Conflict, Project, Record
from pitchkit.core.project_file import check_project

_MISSING: Any = msgspec.UNSET
_TOP_SKIP = {"format", "version", "project_id", "pitch", "strategy", "unknown"} | {p for p in TABLES if "." not in p}


_STRATEGY_TABLES = {p.split(".")[1] for p in TABLES if p.startswith("strategy.")}


def _get(project: Project, path: str) -> Any:
    node: Any = project
    for part in path.split("."):
        node = getattr(node, part)
    return node


class FastMerger:
    """One three-way merge of loaded projects, reusing every record that one side kept."""

    def __init__(self, merger: Any, base: Project, ours: Project, theirs: Project) -> None:
        self.merger = merger  # a merge._Merger with no data: its rules and its conflicts
        self.base, self.ours, self.theirs = base, ours, theirs

    def record(self, kind: str, rid: str, b: Any, o: Any, t: Any, skip: set[str] = frozenset()) -> Any:  # type: ignore[assignment]
        held = self.merger.held
        if o == t or (t == b and not (held and refers_to(kind, b, held))):
            return o
        if o == b:
            return t
        changes = {}
        for name in o.__struct_fields__:
            if name in skip or name == "unknown":
                continue
            bv = _MISSING if b is _MISSING else getattr(b, name)
            ov, tv = getattr(o, name), getattr(t, name)
            if ov == tv:
                continue
            value = self.merger.value(kind, rid, name, bv, ov, tv)
            if value is not ov:
                changes[name] = value
        return msgspec.structs.replace(o, **changes) if changes else o

    def table(self, path: str) -> list[Record]:
        lists = [_get(side, path) for side in (self.base, self.ours, self.theirs)]

        def record(rid: str, b: Any, o: Any, t: Any) -> Any:
            return self.record(path, rid, b, o, t)

        return cast("list[Record]", self.merger.merge_records(path, *lists, ident=attrgetter("id"), record=record))

    def merge(self) -> Project | None:
        """The merged project, or None when the general path must decide."""
        b, o, t = self.base, self.ours, self.theirs
        self.merger.held = deleted_by_ours_while_changed(b, o, t)  # what went with them is recorded
        if pending := deleted_while_edited(b, o, t):
            t = self.theirs = keep_what_points_at(b, t, pending)  # the conflict decides it all
        # In the order of the general path, so that conflicts are recorded in the same order.
        top = self.record("project", "", b, o, t, skip=_TOP_SKIP)
        pitch = self.record("pitch", "", b.pitch, o.pitch, t.pitch, skip={"evidence"})
        strategy = self.record("strategy", "", b.strategy, o.strategy, t.strategy, skip=_STRATEGY_TABLES)
        tables = {path: self.table(path) for path in TABLES}
        pitch = msgspec.structs.replace(pitch, evidence=tables["pitch.evidence"])
        strategy = msgspec.structs.replace(strategy, **{name: tables[f"strategy.{name}"] for name in _STRATEGY_TABLES})
        project_id = self.merger.value("project", "", "project_id", b.project_id, o.project_id, t.project_id)
        new = {c.id: c for c in self.merger.conflicts.values()}
        kept = cast("list[Conflict]", tables["conflicts"])
        conflicts: list[Conflict] = [c for c in kept if c.id not in new] + list(new.values())
        project: Project = msgspec.structs.replace(
            top, pitch=pitch, strategy=strategy, project_id=project_id, conflicts=conflicts,
            version=max(b.version, o.version, t.version),
            **{p: tables[p] for p in TABLES if "." not in p and p != "conflicts"},
        )
        if has_dangling(project):
            return None
        try:
            check_project(project)
        except ProjectError:
            return None
        return project
