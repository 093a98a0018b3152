"""Light and dark colours: the system's scheme, or the one chosen in Preferences.

Qt's styles already take the light or dark palette from the platform and keep following it
when the system switches.  A forced scheme (Preferences ▸ Theme, or
`PITCHKIT_COLOR_SCHEME=dark|light` for screenshots and testing) is asked of the platform
first; where the platform cannot switch (plain X11, offscreen), PitchKit sets a palette of
that scheme itself.  Widgets use palette roles, never fixed colours, so both schemes read well.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: The palette the app had before PitchKit forced one ("system" puts it back).
_SYSTEM_PALETTE: dict[str, QPalette] = {}


def follow_system_colours(app: QApplication) -> None:
    """Apply the requested (environment, then Preferences) or the system colour scheme."""
    forced = os.environ.get("PITCHKIT_COLOR_SCHEME", "").strip().lower()
    if not forced:
        from pitchkit.gui.settings import THEME_KEY, gui_settings

        forced = str(gui_settings().value(THEME_KEY, "") or "").lower()
    # Only touched when asked: PySide builds an enum's Python class on first use.
    if forced in ("dark", "light"):
        apply_theme(app, forced)


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str) -> None:
    """"dark", "light", or "system" (whatever the platform gives)."""
    _SYSTEM_PALETTE.setdefault("palette", QPalette(app.palette()))
    hints = app.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if not is_dark(app.palette()):
            app.setPalette(_dark_palette())
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        if is_dark(app.palette()):
            app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        app.setPalette(_SYSTEM_PALETTE["palette"])


def _dark_palette() -> QPalette:
    """A dark palette with readable contrast (text 4.5:1 or better on every background)."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30", roles.WindowText: "#e8e8e8", roles.Base: "#1f2023",
        roles.AlternateBase: "#2a2c2f", roles.Text: "#e8e8e8", roles.Button: "#35373b",
        roles.ButtonText: "#e8e8e8", roles.BrightText: "#ffffff", roles.Highlight: "#3d7bd9",
        roles.HighlightedText: "#ffffff", roles.ToolTipBase: "#35373b", roles.ToolTipText: "#e8e8e8",
        roles.PlaceholderText: "#a0a0a0", roles.Link: "#7fb2ff", roles.LinkVisited: "#c59bff",
        roles.Light: "#4a4c50", roles.Midlight: "#3e4044", roles.Mid: "#2f3134",
        roles.Dark: "#18191b", roles.Shadow: "#0c0c0d",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7c7c7c"))
    return palette


def show_as_paper(widget: QWidget) -> None:
    """A document preview reads as the printed page in either scheme: dark text on white.

    The document's own colours (headings, quotes) are the exported file's, chosen for
    paper; on a dark palette's base they would be unreadable.
    """
    palette = QPalette(widget.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#1f4e9c"))
    widget.setPalette(palette)
