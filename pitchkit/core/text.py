"""Small rules of written English for joining the user's fields into PitchKit's sentences."""

from __future__ import annotations

#: Words that start a figure or phrase and take a small letter inside a sentence.
LEAD_WORDS = frozenset(
    "about under over around approximately roughly less more fewer below above at up down to by "
    "from within no none one two three four five six seven eight nine ten a an the some most all "
    "half nearly almost just only every each".split()
)


def clause(text: str) -> str:
    """`text` without its closing full stop, to continue a sentence."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("..") else text


def fragment(text: str) -> str:
    """A field joined into a sentence: no closing full stop, and "About 40" becomes "about 40".

    Only a leading common word is lowered, never a name or an acronym.
    """
    text = clause(text)
    first, _, rest = text.partition(" ")
    if first.lower() in LEAD_WORDS and first[:1].isupper() and first[1:].islower():
        return first.lower() + (" " + rest if rest else "")
    return text
