"""The words shown for the values pitchkit.core names in English (stances, severities, quadrants…).

The core stays Qt-free and English; the app translates the English label of a value here,
in the context "labels" (pitchkit/i18n/*.ts).  The tuple below lists every label so
pyside6-lupdate extracts them; tests/gui/test_translation.py checks it is complete.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

WORDS = (
    # Stance
    QT_TRANSLATE_NOOP("labels", "Unaware"),
    QT_TRANSLATE_NOOP("labels", "Resistant"),
    QT_TRANSLATE_NOOP("labels", "Neutral"),
    QT_TRANSLATE_NOOP("labels", "Supportive"),
    QT_TRANSLATE_NOOP("labels", "Leading"),
    # Severity
    QT_TRANSLATE_NOOP("labels", "Low"),
    QT_TRANSLATE_NOOP("labels", "Medium"),
    QT_TRANSLATE_NOOP("labels", "High"),
    # ResistanceStatus
    QT_TRANSLATE_NOOP("labels", "Open"),
    QT_TRANSLATE_NOOP("labels", "Addressing"),
    QT_TRANSLATE_NOOP("labels", "Resolved"),
    # ActionKind
    QT_TRANSLATE_NOOP("labels", "Demo"),
    QT_TRANSLATE_NOOP("labels", "Pilot"),
    QT_TRANSLATE_NOOP("labels", "Story"),
    QT_TRANSLATE_NOOP("labels", "Meeting"),
    QT_TRANSLATE_NOOP("labels", "Pre-wiring conversation"),
    QT_TRANSLATE_NOOP("labels", "Other"),
    # Quadrant, and the map's axes (pitchkit/qtrender/map_painter.py)
    QT_TRANSLATE_NOOP("labels", "Key players"),
    QT_TRANSLATE_NOOP("labels", "Keep satisfied"),
    QT_TRANSLATE_NOOP("labels", "Keep informed"),
    QT_TRANSLATE_NOOP("labels", "Monitor"),
    QT_TRANSLATE_NOOP("labels", "Manage closely: involve them in decisions, communicate regularly and build their goals into the plan."),
    QT_TRANSLATE_NOOP("labels", "Keep satisfied: meet their needs, give information as needed, and avoid provoking them; a re-awakened interest makes them influential."),
    QT_TRANSLATE_NOOP("labels", "Keep informed: update them regularly; they can become advocates or vocal critics and can form coalitions."),
    QT_TRANSLATE_NOOP("labels", "Monitor: basic communication only."),
    QT_TRANSLATE_NOOP("labels", "Interest in the initiative  →"),
    QT_TRANSLATE_NOOP("labels", "Power / influence  →"),
    QT_TRANSLATE_NOOP("labels", "Influence network: arrows run from the person listened to, to the listener"),
)


def word(text: str) -> str:
    """`text` (an English label from the core) in the app's language."""
    return QCoreApplication.translate(CONTEXT, text)


def label(member: enum.Enum) -> str:
    """The words a person reads for an enum member, in the app's language."""
    return word(str(getattr(member, "label", member.value)))
