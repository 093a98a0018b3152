"""The words the map draws (its axes, the quadrants' actions), in the language being spoken.

Every word is a label of the core with its Dutch in pitchkit/core/say_nl.py (`LABELS`), looked
up in the language this thread speaks: a document's while it is exported (`speaking`), on the
command line too, where no Qt translator is installed; else the app's.  WORDS keeps them in
the context "labels" of pitchkit/i18n/*.ts as well, for anything the core does not know.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pitchkit.core.say import word as core_word

CONTEXT = "labels"

WORDS = (
    # The quadrants' actions and the map's axes (pitchkit/qtrender/map_painter.py draws them)
    QT_TRANSLATE_NOOP("labels", "Manage closely: involve them in decisions, communicate regularly and build their goals into the plan."),
    QT_TRANSLATE_NOOP("labels", "Keep satisfied: meet their needs, give information as needed, and avoid provoking them; a re-awakened interest makes them influential."),
    QT_TRANSLATE_NOOP("labels", "Keep informed: update them regularly; they can become advocates or vocal critics and can form coalitions."),
    QT_TRANSLATE_NOOP("labels", "Monitor: basic communication only."),
    # The quadrants' short actions on the map (pitchkit/core/map_layout.py)
    QT_TRANSLATE_NOOP("labels", "Meet their needs; keep it brief"),
    QT_TRANSLATE_NOOP("labels", "Manage closely; involve them"),
    QT_TRANSLATE_NOOP("labels", "Light touch; watch for change"),
    QT_TRANSLATE_NOOP("labels", "Update often; recruit as allies"),
    QT_TRANSLATE_NOOP("labels", "Interest in the initiative  →"),
    QT_TRANSLATE_NOOP("labels", "Power / influence  →"),
    QT_TRANSLATE_NOOP("labels", "Influence network: arrows run from the person listened to, to the listener"),
    QT_TRANSLATE_NOOP("labels", "Stakeholder map"),
)


def word(text: str) -> str:
    """`text` (an English label from the core, or one of WORDS) in the language being spoken."""
    translated = core_word(text)
    return translated if translated != text else QCoreApplication.translate(CONTEXT, text)
