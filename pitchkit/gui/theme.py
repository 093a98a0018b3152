"""Light and dark colours that follow the system's colour scheme.

Qt's styles already take the light or dark palette from the platform; PitchKit only makes
sure it keeps following when the system switches while the app runs, and lets
`PITCHKIT_COLOR_SCHEME=dark|light` force one (for screenshots and testing).  Widgets use
palette roles, never fixed colours, so both schemes read well.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def follow_system_colours(app: QApplication) -> None:
    """Apply the requested or the system colour scheme."""
    forced = os.environ.get("PITCHKIT_COLOR_SCHEME", "").strip().lower()
    # Only touched when asked: PySide builds an enum's Python class on first use.
    if forced == "dark":
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    elif forced == "light":
        app.styleHints().setColorScheme(Qt.ColorScheme.Light)
