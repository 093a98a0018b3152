"""People out of a project: everyone named by role, names replaced inside free text too.

`anonymise(project)` returns a copy in which each stakeholder's name is their role,
numbered where roles repeat ("Team Manager (1)", "Team Manager (2)"), and every free text
field has each person's full name, first name and last name replaced (whole words, any
case).  The advocate and the organisation are replaced too unless the options keep them.
The words that replace them are in the language being spoken (`word`): the document's.
Ids, references and the structure are kept, so the copy stays valid and a document or map
rendered from it is the same whatever the real names were.

`shareable_copy` does that and also removes what a case study must not carry: quotes
(what was heard), stakeholder and link notes, contact details (channel, email), the
attempts log, a merge's undecided conflicts and fields this version does not know.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import msgspec

from pitchkit.core.model import Project, Record
from pitchkit.core.references import place, references
from pitchkit.core.say import word

#: A stakeholder with no role is named this, numbered.
NO_ROLE = "Stakeholder"
#: The advocate's name, when it is not kept.
ADVOCATE = "The advocate"
#: The organisation's name, when it is not kept (also inside free text).
ORGANISATION = "the organisation"
#: A name two people share (a first name, say) cannot be told apart: it becomes this.
NAME_REMOVED = "(name removed)"


@dataclass(frozen=True, slots=True)
class AnonymiseOptions:
    """What an anonymised copy or document may still name."""

    keep_organisation: bool = False
    keep_advocate: bool = False


def role_labels(project: Project) -> dict[str, str]:
    """Stakeholder id -> the label that replaces their name ("Team Manager (2)")."""
    generic = _Replacer(_name_tokens(project, AnonymiseOptions(), generic=True))
    bases = [generic(person.role).strip() or word(NO_ROLE) for person in project.stakeholders]
    counts = Counter(base.casefold() for base in bases)
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for person, base in zip(project.stakeholders, bases, strict=True):
        key = base.casefold()
        seen[key] += 1
        labels[person.id] = f"{base} ({seen[key]})" if counts[key] > 1 else base
    return labels


def anonymise(project: Project, options: AnonymiseOptions = AnonymiseOptions()) -> Project:
    """A copy of `project` naming no one (see the module's docstring)."""
    copy = _copy(project)
    labels = role_labels(project)
    replace = _Replacer(_name_tokens(project, options, labels=labels))
    skipped = _skipped_fields()
    _scrub(copy, replace, skipped)
    for person in copy.stakeholders:
        person.name = labels[person.id]
        person.email = ""  # a contact detail, and an address usually spells the name
    if not options.keep_advocate and copy.pitch.advocate.strip():
        copy.pitch.advocate = word(ADVOCATE)
    if not options.keep_organisation and copy.pitch.organisation.strip():
        copy.pitch.organisation = word(ORGANISATION)
    return copy


def shareable_copy(project: Project, options: AnonymiseOptions = AnonymiseOptions()) -> Project:
    """`anonymise(project)` without quotes, notes, contact details, attempts or unknown fields."""
    copy = anonymise(project, options)
    for person in copy.stakeholders:
        person.notes = ""
        person.channel = ""
    for link in copy.links:
        link.note = ""
    for resistance in copy.resistances:
        resistance.heard = ""
    copy.strategy.attempts = []
    copy.conflicts = []  # a merge's undecided values: other copies' names, notes and quotes
    _drop_unknown(copy)
    return copy


def person_names(project: Project) -> list[str]:
    """Every real name an anonymised output must not contain (people, advocate), non-empty."""
    names = [person.name.strip() for person in project.stakeholders]
    names.append(project.pitch.advocate.strip())
    return [name for name in names if name]


# ---------------------------------------------------------------------------------------------
# Names inside free text
# ---------------------------------------------------------------------------------------------


def _name_tokens(
    project: Project, options: AnonymiseOptions, *, labels: dict[str, str] | None = None, generic: bool = False
) -> dict[str, str]:
    """Casefolded name or name part -> what replaces it (ambiguous parts: NAME_REMOVED)."""
    wanted: dict[str, set[str]] = {}

    def add(name: str, label: str) -> None:
        name = " ".join(name.split())
        if not name:
            return
        parts = name.split(" ")
        for token in {name, *(parts if len(parts) > 1 else ())}:
            if len(token) > 1:
                wanted.setdefault(token.casefold(), set()).add(word(NAME_REMOVED) if generic else label)

    for person in project.stakeholders:
        add(person.name, (labels or {}).get(person.id, word(NO_ROLE)))
    if not options.keep_advocate:
        add(project.pitch.advocate, word(ADVOCATE).lower())
    removed = word(NAME_REMOVED)
    tokens = {token: next(iter(found)) if len(found) == 1 else removed for token, found in wanted.items()}
    organisation = " ".join(project.pitch.organisation.split())
    if organisation and not options.keep_organisation and not generic:
        tokens.setdefault(organisation.casefold(), word(ORGANISATION))
        short = organisation.split(" ")[0]  # "Northwind" for "Northwind Logistics"
        if len(short) > 2 and short.casefold() not in _ARTICLES:
            tokens.setdefault(short.casefold(), word(ORGANISATION))
    return tokens


#: Words an organisation's name may begin with that are not its short name.
_ARTICLES = frozenset({"the", "de", "het", "een", "a", "an", "la", "le", "les", "der", "die", "das"})


_WORD = re.compile(r"\w+")


class _Replacer:
    """Replaces whole-word, case-insensitive occurrences of the tokens in a text.

    One regular expression of every name is slow for big projects (Python tries each
    alternative at each position: 30 s for 5,000 people).  So the names are indexed by
    their first word, and each text is searched only for the names whose first word it
    contains (usually none).
    """

    def __init__(self, tokens: dict[str, str]) -> None:
        self.tokens = tokens
        self.by_first: dict[str, list[str]] = {}
        for token in tokens:
            first = _WORD.search(token)
            self.by_first.setdefault(first.group(0) if first else token, []).append(token)
        self._patterns: dict[tuple[str, ...], re.Pattern[str]] = {}

    def __call__(self, text: str) -> str:
        if not self.tokens or not text:
            return text
        found = self.by_first.keys() & set(_WORD.findall(text.casefold()))
        if not found:
            return text
        candidates = tuple(sorted((t for word in found for t in self.by_first[word]), key=lambda t: (-len(t), t)))
        pattern = self._patterns.get(candidates)
        if pattern is None:
            # Longest first, so "Sofie Mertens" goes before "Sofie"; spaces in names match any run.
            alternatives = "|".join(re.escape(token).replace(r"\ ", r"\s+") for token in candidates)
            pattern = self._patterns[candidates] = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        return pattern.sub(self._one, text)

    def _one(self, match: re.Match[str]) -> str:
        return self.tokens.get(" ".join(match.group(0).split()).casefold(), word(NAME_REMOVED))


# ---------------------------------------------------------------------------------------------
# Walking the records
# ---------------------------------------------------------------------------------------------


def _copy(project: Project) -> Project:
    return msgspec.json.decode(msgspec.json.encode(project), type=Project)


def _skipped_fields() -> set[tuple[type, str]]:
    """Fields that hold ids (their own, or references): never rewritten."""
    return {(place(ref.owner).record_type, ref.field) for ref in references()}


def _scrub(record: Record, replace: _Replacer, skipped: set[tuple[type, str]]) -> None:
    kind = type(record)
    # `__struct_fields__`, not msgspec.structs.fields(): that evaluates the annotations on
    # every call (20 of the 25 s of a 5,000-person project).
    for name in kind.__struct_fields__:
        if name in ("id", "format", "unknown") or (kind, name) in skipped:
            continue
        value = getattr(record, name)
        if isinstance(value, Record):
            _scrub(value, replace, skipped)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Record):
                    _scrub(item, replace, skipped)
                elif _is_text(item):
                    value[index] = replace(item)
        elif _is_text(value):
            setattr(record, name, replace(value))


def _is_text(value: Any) -> bool:
    # Enum members are str subclasses: they are values from a fixed list, not free text.
    return type(value) is str


def _drop_unknown(record: Record) -> None:
    record.unknown = msgspec.UNSET
    for name in type(record).__struct_fields__:
        value = getattr(record, name)
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, Record):
                _drop_unknown(item)


__all__ = [
    "ADVOCATE", "NAME_REMOVED", "NO_ROLE", "ORGANISATION", "AnonymiseOptions", "anonymise",
    "person_names", "role_labels", "shareable_copy",
]
