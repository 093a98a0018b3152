"""The record a merge leaves in the file for each value it could not decide (no Qt)."""

from __future__ import annotations

from typing import Any, ClassVar

from pitchkit.core.record import Record
from pitchkit.core.values import ConflictReason, ConflictRecordId, Id, Text


class Conflict(Record, kw_only=True):
    """One value a merge could not decide: OURS is in the project, the others are kept here.

    `field` is empty when the whole record is at stake (deleted on one side); a value of
    null in `base`, `ours` or `theirs` then means "not there" on that side.
    """

    id_prefix: ClassVar[str] = "c"
    field_docs: ClassVar[dict[str, str]] = {
        "id": "`c-` and ten hex digits, the same for the same place in every merge",
        "kind": "the list the record is in (`stakeholders`, `strategy.actions`, …), or `project`, `pitch`, `strategy` for a field of those",
        "record_id": "the record's id (`\"\"` for `project`, `pitch`, `strategy`)",
        "field": "the field; `\"\"` when the whole record is at stake (deleted on one side)",
        "reason": "why it is a conflict (`different`: a two-way merge, no common version)",
        "base": "the value in the common version; `null` for a record that is not there",
        "ours": "the value kept in the project (the copy merged into); `null` when not there",
        "theirs": "the colleague's value; `null` when not there",
    }
    id: Id
    kind: Text
    record_id: ConflictRecordId = ""
    field: Text = ""
    reason: ConflictReason = ConflictReason.BOTH_CHANGED
    base: Any = None
    ours: Any = None
    theirs: Any = None
