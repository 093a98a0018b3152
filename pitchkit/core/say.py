"""Sentences the core writes for people (health findings, champion reasons), in their language.

A call site writes the English sentence with braced fields, `say("no counter-strategy for
{objection}", objection=...)`; in Dutch the same template is looked up in
pitchkit/core/say_nl.py.  tests/core/test_say_nl.py finds every literal `say()` template in
pitchkit/core and fails when one lacks its Dutch.  Values of the core's enums read through
`label()`.
"""

from __future__ import annotations

import datetime
import enum

from pitchkit.core.language import current_language


def say(template: str, **fields: object) -> str:
    """`template` in the language of PitchKit's messages, with its fields filled in."""
    if current_language() == "nl":
        from pitchkit.core.say_nl import SENTENCES

        template = SENTENCES.get(template, template)
    return template.format(**fields)


def word(english: str, language: str | None = None) -> str:
    """An English label of the core (a stance, a severity, a quadrant…) in `language`."""
    if (language or current_language()) == "nl":
        from pitchkit.core.say_nl import LABELS

        return LABELS.get(english, english)
    return english


def label(member: enum.Enum, language: str | None = None) -> str:
    """The words a person reads for an enum member of the core, in `language`."""
    return word(str(getattr(member, "label", member.value)), language)


def rule_title(code: str, title: str) -> str:
    """A health rule's one-sentence title in the language of PitchKit's messages."""
    if current_language() == "nl":
        from pitchkit.core.say_nl import RULE_TITLES

        return RULE_TITLES.get(code, title)
    return title


_DUTCH_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def written_day(value: datetime.date) -> str:
    """A date written out in the language of PitchKit's messages: `19 January 2027`, `19 januari 2027`."""
    if current_language() == "nl":
        return f"{value.day} {_DUTCH_MONTHS[value.month - 1]} {value.year}"
    return f"{value.day} {value:%B %Y}"
