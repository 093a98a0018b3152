"""The app's language: PitchKit's own translations and Qt's, installed before any window exists.

The language comes from `pitchkit --language`, else Preferences ▸ Language, else
PITCHKIT_LANGUAGE, else the system locale (docs/decisions.md, "Dutch").  English needs no
translator: the source strings are English.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pitchkit.core.language import (
    BABEL_LOCALES,
    DEFAULT,
    ENV_VAR,
    LANGUAGES,
    choose,
    from_locale,
    set_language,
)
from pitchkit.gui.settings import LANGUAGE_KEY, gui_settings

#: Qt's own file-dialog labels that Qt 6 gave an accelerator ("&Look in:") while the Dutch
#: qtbase .qm that ships with PySide6 still has them without: PitchKit's .ts carries them, in
#: Qt's context, so its translator (installed after Qt's, so asked first) answers for them.
QT_STRINGS_OUTDATED_IN_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

#: Where the built .qm files are (pitchkit/i18n/, shipped in the wheel and the bundle).
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def app_language(explicit: str | None = None) -> str:
    """The language the app speaks: `explicit`, else the preference, else the environment."""
    if explicit in LANGUAGES:
        return str(explicit)
    preference = str(gui_settings().value(LANGUAGE_KEY, "") or "").strip().lower()
    if preference in LANGUAGES:
        return preference
    if sys.platform in ("win32", "darwin") and not os.environ.get(ENV_VAR):
        # No POSIX locale variables there: ask the system through Qt.
        return from_locale(QLocale.system().name()) or DEFAULT
    return choose()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load PitchKit's and Qt's translations for `language` into `app`; the translators loaded.

    The messages of pitchkit.core follow the same language.  A missing .qm file leaves
    that part in English rather than stopping the app.
    """
    set_language(language)
    if language == "en":
        return []
    QLocale.setDefault(QLocale(BABEL_LOCALES[language]))
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"pitchkit_{language}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded
