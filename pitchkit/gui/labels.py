"""The words shown for the values pitchkit.core names in English (stances, severities, quadrants…).

Enum labels are translated in the Qt-free core (pitchkit/core/say_nl.py, shared with the
command line), in the app's language (gui/translation.py sets it for the core too).
"""

from __future__ import annotations

import enum

from pitchkit.core.say import label as core_label
from pitchkit.qtrender.words import word

__all__ = ["label", "word"]


def label(member: enum.Enum) -> str:
    """The words a person reads for an enum member, in the app's language."""
    return core_label(member)
