"""What leaves with a shared document or copy: who is named, and which kinds of detail appear.

The app shows this before a shared document is exported or an anonymised copy is made
(gui/sharing_dialog.py).  For a document it is read from the rendered text itself, so it
reports what will really be in the file, not what the template might hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from pitchkit.core.model import Project
from pitchkit.core.say import say, word

#: (what the user reads, the texts of that kind in a project).
_KINDS: tuple[tuple[str, Callable[[Project], Iterable[str]]], ...] = (
    ("job titles", lambda p: (s.role for s in p.stakeholders)),
    ("departments", lambda p: (s.department for s in p.stakeholders)),
    ("email addresses", lambda p: (s.email for s in p.stakeholders)),
    ("preferred channels", lambda p: (s.channel for s in p.stakeholders)),
    ("stakeholder notes", lambda p: (s.notes for s in p.stakeholders)),
    ("quotes (what was heard)", lambda p: (r.heard for r in p.resistances)),
    ("underlying concerns", lambda p: (r.concern for r in p.resistances)),
    ("business problems", lambda p: (b.description for b in p.problems)),
    ("talking points", lambda p: (k.text for k in p.strategy.talking_points)),
    ("the attempts log", lambda p: (t.what_happened for t in p.strategy.attempts)),
    ("the pitch's story", lambda p: [p.pitch.story]),
)
#: A value shorter than this is too common to say it was found ("HR", "CFO").
_MIN_LENGTH = 8


@dataclass(frozen=True, slots=True)
class PrivacyReport:
    """Who a document or copy names, and which kinds of detail it carries."""

    people: list[str] = field(default_factory=list)
    organisation_named: bool = False
    advocate_named: bool = False
    kinds: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as short sentences for the dialog."""
        people = ", ".join(self.people) if self.people else say("no one by name")
        found = [say("People named: {people}.", people=people)]
        found.append(say("The organisation is named.") if self.organisation_named else say("The organisation is not named."))
        found.append(say("The advocate is named.") if self.advocate_named else say("The advocate is not named."))
        if self.kinds:
            found.append(say("It contains: {kinds}.", kinds=", ".join(word(kind) for kind in self.kinds)))
        return found


_WORD = re.compile(r"\w+")


def _appears(needle: str, text: str) -> bool:
    needle = " ".join(needle.split())
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def _named(project: Project, text: str) -> list[str]:
    """The stakeholders whose name is in `text`, as a run of whole words in any capitals.

    The text's runs of one to six words go in a set once, so a 5,000-person project is not
    5,000 searches of the whole text (200 s for the proposal of one).
    """
    names = {person.id: _WORD.findall(person.name.casefold()) for person in project.stakeholders}
    longest = min(6, max((len(words) for words in names.values()), default=0))
    words = _WORD.findall(text.casefold())
    runs = {" ".join(words[start:start + n]) for n in range(1, longest + 1) for start in range(len(words) - n + 1)}
    return [person.name for person in project.stakeholders if names[person.id] and " ".join(names[person.id]) in runs]


def _contains(value: str, flat: str, words: set[str]) -> bool:
    if len(value.strip()) < _MIN_LENGTH:
        return False
    # Words first (a set lookup each): the text is searched only for a value that can be there.
    return words.issuperset(_WORD.findall(value.casefold())) and " ".join(value.split()) in flat


def copy_report(original: Project, copy: Project) -> PrivacyReport:
    """What an anonymised `copy` of `original` holds: read from the copy's records themselves."""
    from pitchkit.core.project_file import dumps_project

    return PrivacyReport(
        people=_named(original, dumps_project(copy).decode()),
        organisation_named=bool(original.pitch.organisation.strip()) and copy.pitch.organisation == original.pitch.organisation,
        advocate_named=bool(original.pitch.advocate.strip()) and copy.pitch.advocate == original.pitch.advocate,
        kinds=[label for label, values in _KINDS if any(len(v.strip()) >= _MIN_LENGTH for v in values(copy))],
    )


def document_report(project: Project, text: str) -> PrivacyReport:
    """What the rendered `text` of a document made from `project` gives away."""
    flat = " ".join(text.split())
    words = set(_WORD.findall(flat.casefold()))
    people = _named(project, flat)
    kinds = []
    for label, values in _KINDS:
        if any(_contains(value, flat, words) for value in values(project)):
            kinds.append(label)
    return PrivacyReport(
        people=people,
        organisation_named=_appears(project.pitch.organisation, flat),
        advocate_named=_appears(project.pitch.advocate, flat),
        kinds=kinds,
    )
