"""The conflicts a merge recorded in a project: how to name them, and how to settle them.

A recorded conflict keeps OURS in the project and the three values beside it.  Settling
one (`resolve`) puts the chosen value in place, drops the conflict, and repairs the
references the choice may break (taking THEIRS' deletion of a stakeholder removes what
points at them, as deleting them in the app does).  The result is checked by the loader.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

from pitchkit.core.merge_refs import SINGLETONS, TABLES, container, drop_dangling, table
from pitchkit.core.messages import text
from pitchkit.core.model import Conflict, Project
from pitchkit.core.plain import project_from_data
from pitchkit.core.project_file import to_data

#: Why a conflict was recorded, in words (a fragment of the catalogued "merge-conflict" line).
REASONS = {
    "both-changed": "changed on both sides",
    "deleted-and-changed": "deleted on one side and changed on the other",
    "reference-deleted": "refers to a stakeholder that one side deleted",
    "different": "the two copies differ here",
}
#: How a value that is not there (a deleted record) is shown.
ABSENT = "(not there)"

#: What a choice takes: one of the three recorded values, or a value the user typed.
CHOICES = ("ours", "theirs", "base")


class Choice(msgspec.Struct, frozen=True):
    """How to settle one conflict: `take` one side, or "edit" with `value`."""

    take: str  # "ours", "theirs", "base" or "edit"
    value: Any = None


def record_name(project: Project, conflict: Conflict) -> str:
    """The record a conflict is about, as a user knows it ("Martin Cole", "the pitch")."""
    if conflict.kind in SINGLETONS or conflict.kind in ("project", ""):
        return {"pitch": "the pitch", "strategy": "the strategy"}.get(conflict.kind, "the project")
    for value in (conflict.ours, conflict.theirs, conflict.base):
        if isinstance(value, dict):
            for key in ("name", "title", "pattern", "description", "text", "label"):
                if isinstance(value.get(key), str) and value[key].strip():
                    return _short(value[key])
    if conflict.kind == "stakeholders":
        person = project.stakeholder(conflict.record_id)
        if person is not None:
            return person.name
    return conflict.record_id


def _short(value: str, width: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def show_value(value: Any) -> str:
    """A recorded value in one short line ("not there" for a record that is absent)."""
    if value is None:
        return ABSENT
    if isinstance(value, dict):
        for key in ("name", "title", "pattern", "description", "text", "label", "id"):
            if isinstance(value.get(key), str) and value[key].strip():
                return f"“{_short(value[key])}”"
    return _short(json.dumps(value, ensure_ascii=False), 60)


def conflict_place(conflict: Conflict) -> str:
    """Where a conflict is, as a path: `stakeholders[s-dana].stance`, `strategy.champion`."""
    if conflict.kind in SINGLETONS or conflict.kind == "project":
        base = "" if conflict.kind == "project" else conflict.kind
        return ".".join(part for part in (base, conflict.field) if part)
    record = f"{conflict.kind}[{conflict.record_id}]"
    return f"{record}.{conflict.field}" if conflict.field else record


def conflict_line(project: Project, conflict: Conflict) -> str:
    """One line naming the record and field, what happened, and the values kept and not."""
    return text(
        "merge-conflict",
        place=conflict_place(conflict),
        label=record_name(project, conflict),
        why=REASONS[conflict.reason.value],
        ours=show_value(conflict.ours),
        theirs=show_value(conflict.theirs),
    )


def resolve(project: Project, choices: dict[str, Choice]) -> Project:
    """A new project with the conflicts in `choices` (by id) settled; the input is unchanged.

    Raises ProjectError (from the loader) when an edited value is not valid there.
    """
    data = to_data(project)
    remaining = []
    for item in data.get("conflicts") or []:
        choice = choices.get(item.get("id"))
        if choice is None:
            remaining.append(item)
            continue
        conflict = msgspec.convert(item, Conflict)
        value = choice.value if choice.take == "edit" else getattr(conflict, choice.take)
        _put(data, conflict, value)
    data["conflicts"] = remaining
    drop_dangling(data)
    return project_from_data(data, "merged project")


def _put(data: dict[str, Any], conflict: Conflict, value: Any) -> None:
    if conflict.kind not in (*TABLES, "pitch", "strategy", "project"):
        return  # not a place PitchKit records conflicts at (a hand-edited file): nothing to put
    if conflict.kind in SINGLETONS or conflict.kind == "project":
        node = container(data, "" if conflict.kind == "project" else conflict.kind)
        node[conflict.field] = value
        return
    records = table(data, conflict.kind)
    at = next((i for i, r in enumerate(records) if r.get("id") == conflict.record_id), None)
    if not conflict.field:  # the whole record: there or not
        if value is None:
            if at is not None:
                del records[at]
        elif at is None:
            records.append(value)
        else:
            records[at] = value
    elif at is not None:
        records[at] = {**records[at], conflict.field: value}
