"""The app's translations: the .qm is current, installed before any window, chosen as documented."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from pitchkit.core import language
from pitchkit.gui import translation
from pitchkit.gui.settings import LANGUAGE_KEY, gui_settings

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert _spec is not None and _spec.loader is not None
i18n = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(i18n)


@pytest.fixture
def dutch(qapp):
    """Dutch translators installed in the test's QApplication, removed afterwards."""
    loaded = translation.install_translators(qapp, "nl")
    yield loaded
    for translator in loaded:
        qapp.removeTranslator(translator)
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_GB"))


def test_committed_qm_is_built_from_the_committed_ts(tmp_path):
    (built,) = i18n.build(tmp_path)
    assert built.read_bytes() == (ROOT / "pitchkit" / "i18n" / "pitchkit_nl.qm").read_bytes(), (
        "pitchkit_nl.qm is out of date: run `python scripts/i18n.py build` and commit it"
    )


def test_every_source_string_is_extracted_and_translated(tmp_path, monkeypatch):
    """Strings added under pitchkit/gui are in the .ts, with a finished Dutch translation."""
    copy = tmp_path / "pitchkit_nl.ts"
    copy.write_bytes(i18n.ts_path("nl").read_bytes())
    monkeypatch.setattr(i18n, "ts_path", lambda _lang: copy)
    i18n.extract()
    assert i18n.untranslated("nl") == []


def test_dutch_translators_load_pitchkit_and_qt(dutch):
    assert len(dutch) == 2  # qtbase_nl from PySide6, pitchkit_nl from the package
    assert QCoreApplication.translate("steps", "Business problems") == "Bedrijfsproblemen"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert language.current_language() == "nl"  # the messages follow the app


def test_english_needs_no_translator(qapp):
    assert translation.install_translators(qapp, "en") == []
    assert QCoreApplication.translate("steps", "Business problems") == "Business problems"


def test_the_app_language_follows_option_then_preference_then_environment(monkeypatch):
    monkeypatch.setenv("PITCHKIT_LANGUAGE", "nl")
    assert translation.app_language(None) == "nl"
    gui_settings().setValue(LANGUAGE_KEY, "en")
    assert translation.app_language(None) == "en"
    assert translation.app_language("nl") == "nl"
    gui_settings().setValue(LANGUAGE_KEY, "system")
    monkeypatch.setenv("PITCHKIT_LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "nl_BE.UTF-8")
    assert translation.app_language(None) == "nl"


@pytest.mark.slow
def test_pitchkit_language_nl_starts_the_app_in_dutch(tmp_path):
    """`pitchkit --language nl` reaches the QApplication before the first window."""
    script = (
        "import sys; from pitchkit.cli import build_gui_parser; from pitchkit.gui.app import application;"
        "args = build_gui_parser().parse_args(sys.argv[1:]); application(args.language);"
        "from PySide6.QtCore import QCoreApplication as Q; print(Q.translate('steps', 'Strategy'))"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PITCHKIT_LANGUAGE": "en",
           "PATH": "/usr/bin:/bin", "PITCHKIT_DATA_DIR": str(tmp_path / "data")}  # (Qt's start is cached there)
    out = subprocess.run([sys.executable, "-c", script, "--language", "nl"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=60, check=True).stdout
    assert out.strip() == "Strategie"
