"""Whether Qt can open a window here, asked without importing Qt, and the painting application."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pitchkit.qtrender import application


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, False),
        ({"DISPLAY": ":0"}, True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "wayland-egl"}, False),
    ],
)
def test_has_display_on_linux(monkeypatch, env, expected):
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert application.has_display() is expected


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_has_display_elsewhere(monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert application.has_display()


def test_asking_for_a_display_does_not_import_qt():
    code = "import sys, pitchkit.qtrender.application as a; a.has_display(); print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_qtrender_never_imports_the_desktop_gui():
    import ast
    from pathlib import Path

    package = Path(application.__file__).parent
    offenders = []
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[:2] == ["pitchkit", "gui"]]
    assert len(list(package.glob("*.py"))) >= 4 and offenders == []
