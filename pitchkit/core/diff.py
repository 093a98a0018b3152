"""What changed between two versions of a project, grouped and in words a user reads.

`diff_projects(old, new)` compares records by id.  Each change carries its data (record
id, field, old and new value) and one readable line ("Martin Cole: resistant → neutral");
the command line prints the lines or the data (`--json`), and the app shows the same.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable
from typing import Any

import msgspec

from pitchkit.core.model import Project, Record, ResistanceStatus, Stakeholder

_MOVES = ("stance", "power", "interest")
#: Lists of people longer than this are summarised, not shown in full.
_LONG = 8


class Change(msgspec.Struct, kw_only=True):
    """One change: what happened to which record, the values, and the line to show."""

    change: str  # added, removed, changed, moved, opened, resolved, done, reopened
    record_id: str
    name: str
    field: str = ""
    old: Any = None
    new: Any = None
    text: str


class Section(msgspec.Struct):
    """The changes of one group ("People", "Stance, power and interest", …)."""

    key: str
    title: str
    changes: list[Change]


class ProjectDiff(msgspec.Struct):
    """Every change between two versions, by group; empty groups are left out."""

    sections: list[Section]

    def is_empty(self) -> bool:
        """True when the two versions hold the same pitch."""
        return not self.sections

    def section(self, key: str) -> Section | None:
        """The group `key`, or None when nothing changed there."""
        return next((s for s in self.sections if s.key == key), None)

    def lines(self) -> list[str]:
        """The diff as text: a heading per group, one indented line per change."""
        out: list[str] = []
        for section in self.sections:
            out.append(f"{section.title}:")
            out.extend(f"  {change.text}" for change in section.changes)
        return out


TITLES = {
    "people": "People",
    "moves": "Stance, power and interest",
    "details": "Other details of people",
    "links": "Who influences whom",
    "resistances": "Resistances",
    "problems": "Business problems",
    "actions": "Actions",
    "attempts": "Attempts",
    "strategy": "Strategy",
    "pitch": "Pitch",
    "conflicts": "Merge conflicts",
}


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(none)"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_show(item) for item in value)
    return str(value)


def _label(field: str) -> str:
    return field.replace("_", " ")


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _changed_fields(old: Record, new: Record, skip: Iterable[str] = ()) -> list[str]:
    skipped = {"id", "unknown", *skip}
    return [f for f in old.__struct_fields__ if f not in skipped and getattr(old, f) != getattr(new, f)]


class _Differ:
    """One comparison: the two projects and the changes found, by group."""

    def __init__(self, old: Project, new: Project) -> None:
        self.old = old
        self.new = new
        self.names = {p.id: p.name or p.id for p in old.stakeholders}
        self.names.update({p.id: p.name or p.id for p in new.stakeholders})
        self.groups: dict[str, list[Change]] = {key: [] for key in TITLES}

    def person(self, stakeholder_id: str | None) -> str:
        return "(none)" if stakeholder_id is None else self.names.get(stakeholder_id, stakeholder_id)

    def people(self, ids: Iterable[str]) -> str:
        return ", ".join(self.person(i) for i in ids) or "(nobody)"

    def add(self, group: str, change: str, record_id: str, name: str, text: str, **values: Any) -> None:
        self.groups[group].append(Change(change=change, record_id=record_id, name=name, text=text, **values))

    def records(
        self, group: str, old: list[Any], new: list[Any], name: Callable[[Any], str],
        changed: Callable[[Any, Any], None] | None = None,
    ) -> None:
        """Added, removed and (through `changed`) edited records of one list."""
        before = {r.id: r for r in old}
        after = {r.id: r for r in new}
        for record in new:
            if record.id not in before:
                self.add(group, "added", record.id, name(record), f"Added: {name(record)}")
        for record in old:
            if record.id not in after:
                self.add(group, "removed", record.id, name(record), f"Removed: {name(record)}")
        for record in new:
            was = before.get(record.id)
            if was is not None and was != record:
                if changed is not None:
                    changed(was, record)
                else:
                    fields = _changed_fields(was, record)
                    self.add(group, "changed", record.id, name(record), f"Changed: {name(record)} ({', '.join(map(_label, fields))})", field=",".join(fields))

    # --- the groups ---------------------------------------------------------------------------

    def stakeholders(self) -> None:
        def describe(person: Stakeholder) -> str:
            return f"{person.name} ({person.role})" if person.role else person.name

        before = {p.id: p for p in self.old.stakeholders}
        after = {p.id: p for p in self.new.stakeholders}
        for person in self.new.stakeholders:
            if person.id not in before:
                self.add("people", "added", person.id, person.name, f"Added {describe(person)}")
        for person in self.old.stakeholders:
            if person.id not in after:
                self.add("people", "removed", person.id, person.name, f"Removed {describe(person)}")
        for person in self.new.stakeholders:
            was = before.get(person.id)
            if was is None or was == person:
                continue
            for field in _MOVES:
                a, b = getattr(was, field), getattr(person, field)
                if a != b:
                    shown = f"{_show(a)} → {_show(b)}" if field == "stance" else f"{field} {_show(a)} → {_show(b)}"
                    self.add("moves", "moved", person.id, person.name, f"{person.name}: {shown}", field=field, old=_plain(a), new=_plain(b))
            others = _changed_fields(was, person, skip=_MOVES)
            if "name" in others:
                self.add("details", "changed", person.id, person.name, f"{was.name} is now called {person.name}", field="name", old=was.name, new=person.name)
                others.remove("name")
            if others:
                self.add("details", "changed", person.id, person.name, f"{person.name}: {', '.join(map(_label, others))} changed", field=",".join(others))

    def resistances(self) -> None:
        def name(res: Any) -> str:
            what = res.pattern or _short(res.heard or res.concern) or res.id
            return f"{self.person(res.stakeholder)} — {what}"

        def changed(was: Any, res: Any) -> None:
            if was.status != res.status and res.status == ResistanceStatus.RESOLVED:
                self.add("resistances", "resolved", res.id, name(res), f"Resolved: {name(res)}", field="status", old=was.status.value, new=res.status.value)
                return
            fields = _changed_fields(was, res)
            detail = ", ".join(f"{_label(f)} {_show(getattr(was, f))} → {_show(getattr(res, f))}" if f in ("status", "severity") else _label(f) for f in fields)
            self.add("resistances", "changed", res.id, name(res), f"Changed: {name(res)} ({detail})", field=",".join(fields))

        before = {r.id for r in self.old.resistances}
        for res in self.new.resistances:
            if res.id not in before:
                self.add("resistances", "opened", res.id, name(res), f"Opened: {name(res)} ({res.severity.value})")
        self.records("resistances", self.old.resistances, [r for r in self.new.resistances if r.id in before], name, changed)

    def actions(self) -> None:
        def name(action: Any) -> str:
            return str(action.title or action.kind.label)

        def changed(was: Any, action: Any) -> None:
            if was.done != action.done:
                word = "done" if action.done else "reopened"
                self.add("actions", word, action.id, name(action), f"{word.capitalize()}: {name(action)}", field="done", old=was.done, new=action.done)
            fields = _changed_fields(was, action, skip=("done",))
            if fields:
                self.add("actions", "changed", action.id, name(action), f"Changed: {name(action)} ({', '.join(map(_label, fields))})", field=",".join(fields))

        self.records("actions", self.old.strategy.actions, self.new.strategy.actions, name, changed)

    def strategy(self) -> None:
        old, new = self.old.strategy, self.new.strategy
        if old.champion != new.champion:
            self.add("strategy", "changed", "", "champion", f"Champion: {self.person(old.champion)} → {self.person(new.champion)}", field="champion", old=old.champion, new=new.champion)
        if old.sequence != new.sequence:
            if max(len(old.sequence), len(new.sequence)) <= _LONG:
                shown = f"{self.people(old.sequence)} → {self.people(new.sequence)}"
            else:  # a long list in full would bury the change: say what changed in it
                added, removed = set(new.sequence) - set(old.sequence), set(old.sequence) - set(new.sequence)
                parts = [f"{len(added)} added" if added else "", f"{len(removed)} removed" if removed else ""]
                shown = ", ".join(p for p in parts if p) or "reordered"
            self.add("strategy", "changed", "", "sequence", f"Order of conversations: {shown}", field="sequence", old=old.sequence, new=new.sequence)
        self.records("strategy", old.talking_points, new.talking_points, lambda p: f"talking point for {self.person(p.stakeholder)}: {_short(p.text, 40)}")
        self.records("strategy", old.busy_periods, new.busy_periods, lambda b: f"busy period {b.label or b.id} ({b.start} to {b.end})")

    def pitch(self) -> None:
        old, new = self.old.pitch, self.new.pitch
        for field in _changed_fields(old, new, skip=("evidence",)):
            a, b = getattr(old, field), getattr(new, field)
            shown = f"{_show(a)} → {_show(b)}" if not isinstance(a, str) or len(a) + len(b) < 60 else "changed"
            self.add("pitch", "changed", "", field, f"{_label(field).capitalize()}: {shown}", field=field, old=_plain(a), new=_plain(b))
        if self.old.title != self.new.title:
            self.add("pitch", "changed", "", "title", f"Title: {_show(self.old.title)} → {_show(self.new.title)}", field="title", old=self.old.title, new=self.new.title)
        self.records("pitch", old.evidence, new.evidence, lambda e: f"evidence {e.title or e.id}")

    def conflicts(self) -> None:
        before = {c.id for c in self.old.conflicts}
        after = {c.id for c in self.new.conflicts}
        for conflict in self.new.conflicts:
            if conflict.id not in before:
                place = ".".join(p for p in (conflict.kind, conflict.record_id, conflict.field) if p)
                self.add("conflicts", "added", conflict.id, place, f"Recorded: {place} ({conflict.reason.value})")
        for conflict in self.old.conflicts:
            if conflict.id not in after:
                place = ".".join(p for p in (conflict.kind, conflict.record_id, conflict.field) if p)
                self.add("conflicts", "removed", conflict.id, place, f"Settled: {place}")

    def run(self) -> ProjectDiff:
        self.stakeholders()
        self.records("links", self.old.links, self.new.links, lambda link: f"{self.person(link.source)} → {self.person(link.target)}")
        self.resistances()
        self.records("problems", self.old.problems, self.new.problems, lambda p: _short(p.description) or p.id)
        self.actions()
        self.records(
            "attempts", self.old.strategy.attempts, self.new.strategy.attempts,
            lambda t: f"{t.date or 'undated'} with {self.people(t.stakeholders)}: {_short(t.what_happened, 40) or t.id}",
        )
        self.strategy()
        self.pitch()
        self.conflicts()
        return ProjectDiff([Section(key, TITLES[key], changes) for key, changes in self.groups.items() if changes])


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value)


def diff_projects(old: Project, new: Project) -> ProjectDiff:
    """What changed from `old` to `new`."""
    if old == new:
        return ProjectDiff([])
    return _Differ(old, new).run()


def who_moved(diff: ProjectDiff) -> ProjectDiff:
    """Only the people added or removed and the stance, power and interest moves."""
    return ProjectDiff([s for s in diff.sections if s.key in ("people", "moves")])
