"""Hostile user templates met through the app: the Generate page shows one clear error naming
the template and line in the preview area (the same text the command line prints), nothing
runs, the window keeps answering, and exporting gives the error without writing a file."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from pitchkit.cli import main
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.pages.generate_page import GeneratePage
from pitchkit.paths import example_project_path

pytestmark = pytest.mark.gui

FRONT = "{#- pitchkit\nname: Hostile\ndescription: a shared template from somewhere\n-#}\n"
#: The payload sits on line 5 of the file (after the four lines of front matter).
LINE = 5

#: Escapes to Python internals; several would create the file PWNED if they ran.
ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "{{ joiner.__init__.__globals__.__builtins__.open('PWNED', 'w') }}",
    "{{ namespace.__init__.__globals__.__builtins__.__import__('os').system('touch PWNED') }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ self.__init__.__globals__.__builtins__ }}",
    "{{ '{0.__class__.__mro__}'.format(1) }}",
    "{{ '%s'|format(cycler.__init__.__globals__) }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
]
#: Attempts to hang the app or eat its memory.
BOMBS = [
    "{{ range(99999999999)|list|length }}",
    "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
    "{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}",
    "{{ '{:>999999999}'.format(1) }}",
]


def _write_template(body: str) -> Path:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hostile.md.j2"
    path.write_text(FRONT + body + "\n", encoding="utf-8")
    return path


def _cli_error(tmp_path: Path, capsys) -> str:
    """What `pitchkit export` says about the same template and the same (example) project."""
    capsys.readouterr()
    out = tmp_path / "cli-out.md"
    assert main(["export", str(example_project_path()), "-t", "hostile", "-f", "md", "-o", str(out)]) == 1
    assert not out.exists()
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pitchkit: error: ")
    return lines[0].removeprefix("pitchkit: error: ")


class _Heartbeat:
    """Counts the GUI thread's timer ticks: the longest gap says whether the window froze."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@pytest.fixture
def generate_page(qtbot, tmp_path, monkeypatch):
    """A window with the example open, its Generate step ready; the factory takes the payload."""
    monkeypatch.chdir(tmp_path)  # where a payload that ran would have written PWNED

    def open_with(body: str) -> tuple[MainWindow, GeneratePage, Path]:
        path = _write_template(body)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.open_example()
        window.show_step("generate")
        page = window.pages["generate"]
        assert isinstance(page, GeneratePage)
        return window, page, path

    return open_with


def _choose_and_wait(qtbot, page: GeneratePage, key: str) -> str:
    page.template_combo.setCurrentIndex(page.template_combo.findData(key))
    assert page.renderer.template == key
    qtbot.waitUntil(lambda: not page.renderer.is_busy(), timeout=30_000)
    assert page.wait(30_000)
    return page.preview_text()


def _assert_refused(shown: str, path: Path, tmp_path: Path) -> None:
    assert shown.startswith(f"{path}: line {LINE}: "), shown
    assert "Traceback" not in shown and len(shown) < 1000
    assert not (tmp_path / "PWNED").exists()
    assert "root:" not in shown


@pytest.mark.parametrize("body", ESCAPES)
def test_escape_payload_shows_an_error_in_the_preview(body, qtbot, tmp_path, capsys, generate_page):
    window, page, path = generate_page(body)
    shown = _choose_and_wait(qtbot, page, "hostile")
    _assert_refused(shown, path, tmp_path)
    assert "not allowed in a template" in shown
    assert page.preview_stack.currentWidget() is page.message_label
    # The dialogs and the preview say exactly what the command line says.
    assert shown == _cli_error(tmp_path, capsys)
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.slow
@pytest.mark.parametrize("body", BOMBS)
def test_resource_bomb_is_stopped_and_the_window_keeps_answering(body, qtbot, tmp_path, generate_page):
    window, page, path = generate_page(body)
    heartbeat = _Heartbeat()
    start = time.monotonic()
    shown = _choose_and_wait(qtbot, page, "hostile")
    heartbeat.timer.stop()
    assert time.monotonic() - start < 15
    _assert_refused(shown, path, tmp_path)
    assert any(word in shown for word in ("not allowed in a template", "too deeply", "too much memory")), shown
    assert heartbeat.longest < 1.0, f"the window froze for {heartbeat.longest:.1f} s"
    # Still usable: back to a good template, and the preview comes back.
    shown = _choose_and_wait(qtbot, page, "proposal")
    assert "Northwind" in shown and page.preview_stack.currentWidget() is page.preview


@pytest.mark.parametrize(
    "body",
    [ESCAPES[1], "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}"],
)
def test_export_through_the_page_gives_the_error_and_writes_nothing(
    body, qtbot, tmp_path, capsys, prompt_log, generate_page
):
    window, page, path = generate_page(body)
    shown = _choose_and_wait(qtbot, page, "hostile")
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    page.format_combo.setCurrentIndex(page.format_combo.findData("md"))
    prompt_log.choice_answers.append(str(out_dir / "pitch.md"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_exporting(), timeout=30_000)
    assert prompt_log.errors == [shown]
    assert shown == _cli_error(tmp_path, capsys)
    assert list(out_dir.iterdir()) == []  # not the file, not a temporary one
    assert not (tmp_path / "PWNED").exists()
    assert page.export_button.isEnabled() and not page.open_button.isVisibleTo(page)
