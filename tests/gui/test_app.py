"""Starting the app: the first window and start-up errors (display detection: tests/qtrender)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pitchkit.gui import app as gui_app
from pitchkit.gui.main_window import MainWindow
from pitchkit.paths import example_project_path
from pitchkit.qtrender import application


def test_importing_the_app_module_does_not_import_qt():
    code = "import sys, pitchkit.gui.app; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.gui
def test_run_app_with_a_bad_file_returns_1(qapp, broken_path, prompt_log, capsys):
    assert gui_app.run_app(str(broken_path)) == 1
    assert len(prompt_log.errors) == 1
    assert prompt_log.errors[0].startswith(f"{broken_path}: line 1, column ")
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.gui
def test_run_app_with_a_missing_file_returns_1(qapp, tmp_path, prompt_log):
    missing = tmp_path / "nowhere.pitchkit"
    assert gui_app.run_app(str(missing)) == 1
    assert prompt_log.errors == [f"{missing}: no such file; check the name and folder"]


@pytest.mark.gui
def test_run_app_shows_the_window_and_runs_the_loop(qapp, project_path, prompt_log):
    shown: list[MainWindow] = []

    def close_windows():
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()  # the last window closed ends app.exec() (no quit(): see below)

    # Calling qapp.quit() here as well would post a second Quit that lands after exec()
    # returned, leaving the shared QApplication "quitting": every later event loop in the
    # session would return at once.

    QTimer.singleShot(0, close_windows)
    assert gui_app.run_app(str(project_path)) == 0
    assert len(shown) == 1
    assert shown[0].path == project_path
    assert shown[0].windowTitle() == "contoso.pitchkit[*] — PitchKit"
    assert qapp.applicationName() == "PitchKit"
    assert qapp.organizationName() == "PitchKit"
    shown[0].deleteLater()
    assert prompt_log.errors == []


@pytest.mark.gui
def test_without_a_path_the_start_screen_shows(qapp, prompt_log):
    window = gui_app.create_main_window(None)
    assert window is not None
    try:
        assert window.project is None
        assert window.central.currentWidget() is window.start_page
        assert window.windowTitle() == "PitchKit[*]"
        assert not window.save_action.isEnabled()
        assert prompt_log.errors == prompt_log.warnings == []
    finally:
        window.deleteLater()


@pytest.mark.gui
def test_the_start_screen_opens_the_example_as_untitled(qapp, prompt_log):
    window = gui_app.create_main_window(None)
    assert window is not None
    try:
        window.start_page.example_button.click()
        assert window.is_example
        assert window.path is None  # Save must ask where: the bundled file is never overwritten
        assert window.windowTitle() == f"{example_project_path().name} (example)[*] — PitchKit"
        assert window.central.currentWidget() is window.workspace
        assert window.stakeholders_page.table.model().rowCount() > 0
        assert prompt_log.errors == prompt_log.warnings == []
    finally:
        window.deleteLater()


@pytest.mark.gui
def test_example_flag_opens_the_example_as_untitled(qapp, prompt_log):
    # `make run` starts the app this way (`pitchkit --example`).
    window = gui_app.create_main_window(None, example=True)
    assert window is not None
    try:
        assert window.is_example and window.path is None
        assert window.central.currentWidget() is window.workspace
        assert window.stakeholders_page.table.model().rowCount() >= 7
    finally:
        window.deleteLater()


def test_cli_passes_the_example_flag_to_the_app(monkeypatch):
    from pitchkit import cli

    calls = []
    monkeypatch.setattr(application, "has_display", lambda: True)
    monkeypatch.setattr(
        gui_app, "run_app",
        lambda path, example=False, language=None: calls.append((path, example, language)) or 0,
    )
    assert cli.main(["--example"]) == 0
    assert cli.main(["--language", "nl", "--example"]) == 0
    assert calls == [(None, True, None), (None, True, "nl")]


@pytest.mark.gui
def test_the_app_gives_the_gui_thread_the_gil_back_quickly(qapp, monkeypatch):
    monkeypatch.setattr(sys, "setswitchinterval", lambda seconds: calls.append(seconds))
    calls: list[float] = []
    gui_app.application()
    assert calls == [gui_app.GUI_SWITCH_INTERVAL_S] and calls[0] < 0.005  # Python's default is 5 ms
