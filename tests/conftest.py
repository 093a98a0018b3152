"""Shared test set-up: offscreen Qt, and app folders redirected into tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Must happen before any Qt import: without a display Qt aborts otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite speaks English whatever the machine's locale; Dutch tests ask for Dutch.
os.environ["PITCHKIT_LANGUAGE"] = "en"

import pytest  # noqa: E402

from pitchkit.paths import example_project_path  # noqa: E402

FILES = Path(__file__).parent / "files"


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """One QApplication for the whole run, made before any code could make a lesser one.

    Exports draw the map and PDFs with Qt; without this, the first export in a test would
    create a QGuiApplication and every widget test after it would fail.  Cycles are
    collected on this (the GUI) thread only, as in the app (pitchkit/gui/gc_guard.py).
    """
    from pitchkit.gui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _collect_between_tests(_one_qapplication):
    """What the app's timer would have collected while this test ran without an event loop."""
    yield
    from pitchkit.gui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(_one_qapplication).check()


@pytest.fixture(autouse=True)
def isolated_app_folders(tmp_path_factory, monkeypatch):
    """Point settings, app-data and user templates at a fresh temporary folder."""
    root = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("PITCHKIT_TEMPLATES_DIR", str(root / "templates"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "share"))
    return root


@pytest.fixture(autouse=True)
def english_by_default():
    """Each test starts in English and leaves no language set behind (cli.main sets one)."""
    from pitchkit.core.language import reset_language

    reset_language()
    yield
    reset_language()


@pytest.fixture
def example_path(tmp_path) -> Path:
    """A private copy of the bundled example project."""
    target = tmp_path / "example.pitchkit"
    shutil.copyfile(example_project_path(), target)
    return target


@pytest.fixture
def files_dir() -> Path:
    return FILES
