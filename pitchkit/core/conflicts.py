"""The conflicts a merge recorded in a project: how to name them, and how to settle them.

A recorded conflict keeps OURS in the project and the three values beside it.  Settling
one (`resolve`) puts the chosen value in place, drops the conflict, and repairs the
references the choice may break (taking THEIRS' deletion of a stakeholder removes what
points at them, as deleting them in the app does).  The result is checked by the loader.
"""

from __future__ import annotations

import enum
import json
import typing
from typing import Any

import msgspec

from pitchkit.core import references
from pitchkit.core.merge_cascade import put_back, refers_to
from pitchkit.core.merge_refs import SINGLETONS, TABLES, container, drop_dangling, table
from pitchkit.core.messages import text
from pitchkit.core.model import Conflict, ConflictReason, Project
from pitchkit.core.plain import project_from_data
from pitchkit.core.project_file import to_data
from pitchkit.core.say import label, word

#: Why a conflict was recorded, in words (a fragment of the catalogued "merge-conflict" line).
REASONS = {
    "both-changed": "changed on both sides",
    "deleted-and-changed": "deleted on one side and changed on the other",
    "reference-deleted": "refers to a stakeholder that one side deleted",
    "different": "the two copies differ here",
}
#: Said of a person one side deleted, kept because the other side still refers to them.
KEPT_FOR_REFERENCE = "deleted on one side, but the other side still refers to them"
#: How a value that is not there (a deleted record) is shown.
ABSENT = "(not there)"

#: What a choice takes: one of the three recorded values, or a value the user typed.
CHOICES = ("ours", "theirs", "base")


class Choice(msgspec.Struct, frozen=True):
    """How to settle one conflict: `take` one side, or "edit" with `value`."""

    take: str  # "ours", "theirs", "base" or "edit"
    value: Any = None


#: The text field that names a record of each kind, after the kind-specific ways below.
_TITLE_KEYS = ("name", "title", "pattern", "heard", "description", "text", "label", "what_happened")


def _names(project: Project | None, conflict: Conflict | None = None) -> dict[str, str]:
    names = {} if project is None else {p.id: p.name or p.id for p in project.stakeholders}
    # A person not in the project (deleted on one side) is named as a side has them: the
    # conflict's own, and those the project's other conflicts hold (their links name them).
    held = [] if project is None else list(project.conflicts)
    for other in ([conflict] if conflict is not None else []) + held:
        if other.kind == "stakeholders" and not other.field:
            for value in (other.ours, other.theirs, other.base):
                if isinstance(value, dict) and isinstance(value.get("name"), str) and value["name"]:
                    names.setdefault(other.record_id, value["name"])
    return names


def _describe(kind: str, record: dict[str, Any], names: dict[str, str]) -> str:
    """A record in a few words: "Leo Barnes → Dana Okafor", "Martin Cole — Turf protection"."""
    def who(key: str) -> str:
        return names.get(str(record.get(key)), str(record.get(key) or ""))

    title = next((record[k] for k in _TITLE_KEYS if isinstance(record.get(k), str) and record[k].strip()), "")
    if kind == "links":
        return f"{who('source')} → {who('target')}"
    if kind in ("resistances", "strategy.talking_points") and record.get("stakeholder"):
        return _short(f"{who('stakeholder')} — {title}" if title else who("stakeholder"))
    return _short(title) if title else str(record.get("id") or "")


def _record_data(project: Project, kind: str, record_id: str) -> dict[str, Any] | None:
    node: Any = project
    for part in kind.split("."):
        node = getattr(node, part, None)
    if not isinstance(node, list):
        return None
    found = next((r for r in node if getattr(r, "id", None) == record_id), None)
    return None if found is None else msgspec.to_builtins(found)


def record_name(project: Project, conflict: Conflict) -> str:
    """The record a conflict is about, as a user knows it ("Martin Cole", "the pitch")."""
    if conflict.kind in SINGLETONS or conflict.kind in ("project", ""):
        return word({"pitch": "the pitch", "strategy": "the strategy"}.get(conflict.kind, "the project"))
    names = _names(project, conflict)
    record = _record_data(project, conflict.kind, conflict.record_id)
    if record is None:  # not in the project (deleted on our side): as a side has it
        record = next((v for v in (conflict.ours, conflict.theirs, conflict.base) if isinstance(v, dict)), None)
    return conflict.record_id if record is None else _describe(conflict.kind, record, names) or conflict.record_id


def field_words(field: str) -> str:
    """A record's field as a person reads it, in the language spoken ("stance_wanted": "gewenste houding")."""
    english = field.replace("_", " ")
    said = word(english.capitalize())
    return english if said == english.capitalize() else said[:1].lower() + said[1:]


def reason_text(conflict: Conflict) -> str:
    """Why a conflict was recorded, in words; a person kept for a reference is put their way."""
    if conflict.reason.value == "reference-deleted" and conflict.kind == "stakeholders":
        return word(KEPT_FOR_REFERENCE)
    return word(REASONS[conflict.reason.value])


def _short(value: str, width: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


#: How a link's strength (1-3) is read.
STRENGTHS = {1: "Weak", 2: "Moderate", 3: "Strong"}


def _field_type(kind: str, field: str) -> Any:
    """The declared type of `field` in the records of `kind` (a path), None when unknown."""
    where = "" if kind == "project" else kind
    found = next((p for p in references.places() if p.where == where), None)
    if found is None or not field:
        return None
    return typing.get_type_hints(found.record_type).get(field)


def field_value(kind: str, field: str, value: Any) -> str | None:
    """A field's value as a person reads it, in the language spoken ("resistant": "Weerstand
    biedend", True: "ja", a strength 3: "Sterk"); None when it is shown as it is."""
    declared = _field_type(kind, field)
    if isinstance(declared, type) and issubclass(declared, enum.Enum) and isinstance(value, str):
        try:
            return label(declared(value))
        except ValueError:
            return None
    if isinstance(value, bool):
        return word("yes" if value else "no")
    if field == "strength" and value in STRENGTHS:
        return word(STRENGTHS[value])
    return None


def record_lines(value: dict[str, Any], kind: str, names: dict[str, str]) -> list[str]:
    """A whole recorded record as "field: value" lines, in the language spoken, people by name."""
    lines = []
    for key, item in value.items():
        if key == "id" or item in ("", [], None, False):
            continue
        shown = field_value(kind, key, item)
        if shown is None and isinstance(item, list):
            shown = ", ".join(names.get(str(v), str(v)) for v in item)
        elif shown is None:
            shown = names.get(item, item) if isinstance(item, str) else str(item)
        lines.append(f"{field_words(key)}: {shown}")
    return lines


def show_value(value: Any, project: Project | None = None, kind: str = "", field: str = "") -> str:
    """A recorded value in one short line ("not there" for a record that is absent); with the
    project, a list of its people's ids is shown as their names; with the field, a value of
    a fixed set (a stance, a severity, yes or no) in the language spoken."""
    if value is None:
        return word(ABSENT)
    shown = field_value(kind, field, value)
    if shown is not None:
        return json.dumps(shown, ensure_ascii=False)  # quoted, as a text value is
    names = _names(project)
    if isinstance(value, dict):
        described = _describe(kind, value, names)
        if described:
            return f"“{described}”"
    if isinstance(value, list) and value and all(isinstance(v, str) and v in names for v in value):
        return _short(", ".join(names[v] for v in value), 60)
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
        why=reason_text(conflict),
        ours=show_value(conflict.ours, project, conflict.kind, conflict.field),
        theirs=show_value(conflict.theirs, project, conflict.kind, conflict.field),
    )


def resolve(project: Project, choices: dict[str, Choice]) -> Project:
    """A new project with the conflicts in `choices` (by id) settled; the input is unchanged.

    Raises ProjectError (from the loader) when an edited value is not valid there.
    """
    data = to_data(project)
    choices = with_dependents(data.get("conflicts") or [], choices)
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


def _deleted_person(item: dict[str, Any]) -> str:
    """The id of the person a conflict is about when OURS does not have them ("" otherwise)."""
    whole_person = item.get("kind") == "stakeholders" and not item.get("field")
    return str(item.get("record_id") or "") if whole_person and item.get("ours") is None else ""


def dependents(items: list[dict[str, Any]], person: str) -> list[dict[str, Any]]:
    """The recorded whole records, not in the project, that name `person` (their links,
    resistances, talking points): they come back, or stay out, with the person."""
    return [
        item for item in items
        if not item.get("field") and item.get("ours") is None and item.get("kind") != "stakeholders"
        and any(isinstance(v, dict) and refers_to(str(item.get("kind")), v, {person}) for v in (item.get("theirs"), item.get("base")))
    ]


def places(items: list[dict[str, Any]], person: str) -> list[dict[str, Any]]:
    """The recorded fields that lost `person` in the project (a problem's people, the
    sequence, the champion) and name them on another side: they follow the person too."""
    def names(value: Any) -> bool:
        return value == person or (isinstance(value, list) and person in value)

    return [
        item for item in items
        if item.get("field") and item.get("reason") == ConflictReason.REFERENCE_DELETED.value
        and not names(item.get("ours")) and (names(item.get("theirs")) or names(item.get("base")))
    ]


def _place_back(item: dict[str, Any], person: str, side: str) -> Choice:
    """The choice that puts `person` back into a field, keeping the project's other values."""
    ours, source = item.get("ours"), item.get(side)
    if isinstance(source, list):
        if person not in source:
            return Choice("ours")
        return Choice("edit", put_back(source, ours if isinstance(ours, list) else [], person))
    return Choice(side) if source == person else Choice("ours")


def with_dependents(items: list[dict[str, Any]], choices: dict[str, Choice]) -> dict[str, Choice]:
    """`choices` and, for a person OURS deleted, the same choice for what went with them.

    Taking THEIRS' person (or the base's) takes that side's links and resistances of theirs
    too, and puts the person back in the lists they were in (where that side has them);
    keeping the deletion keeps them out.  A choice made for a dependent itself wins.
    """
    out = dict(choices)
    for item in items:
        choice = choices.get(item.get("id", ""))
        person = _deleted_person(item)
        if choice is None or not person:
            continue
        take = choice.take if choice.take in ("theirs", "base") else "ours"
        for other in dependents(items, person):
            out.setdefault(other.get("id", ""), Choice(take))
        for other in places(items, person):
            out.setdefault(other.get("id", ""), Choice("ours") if take == "ours" else _place_back(other, person, take))
    return out


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
