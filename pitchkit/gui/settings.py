"""Where the GUI keeps its window state: QSettings under the PitchKit organisation/app name."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANISATION = "PitchKit"
APP_NAME = "PitchKit"
#: Preferences ▸ Theme ("system", "light", "dark"); read at start-up, so kept here, not in
#: the dialog's module (which the first screen does not import).
THEME_KEY = "appearance/theme"
#: Preferences ▸ Language ("system", "en", "nl"), read at start-up likewise.
LANGUAGE_KEY = "appearance/language"


def gui_settings() -> QSettings:
    """The user-scope settings store.

    The names are given explicitly rather than taken from the QApplication, so a window
    made without `run_app` (tests, scripts) still reads and writes the same place.
    """
    settings = QSettings(ORGANISATION, APP_NAME)
    global _lock_checked
    if not _lock_checked:  # once a process: a crash may have left the settings lock behind
        _lock_checked = True
        if os.path.lexists(settings.fileName() + ".lock"):  # usually none: nothing to import
            from pitchkit.gui.settings_lock import clear_stale_lock

            clear_stale_lock(settings.fileName())
    return settings


_lock_checked = False
