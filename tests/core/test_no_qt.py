"""Qt stays out of the core and the documents layer (README.md, "Layout")."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import pitchkit

PACKAGE = Path(pitchkit.__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def qt_imports(source: str) -> list[str]:
    """Qt modules a piece of Python source imports (statements and __import__/import_module calls)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            names = [str(node.args[0].value)] if called in ("__import__", "import_module") else []
        else:
            continue
        found += [name for name in names if name.split(".")[0] in QT_MODULES]
    return found


def test_the_checker_sees_every_kind_of_import():
    assert qt_imports("import PySide6.QtCore") == ["PySide6.QtCore"]
    assert qt_imports("from shiboken6 import isValid") == ["shiboken6"]
    assert qt_imports("def f():\n    from PySide6 import QtGui") == ["PySide6"]
    assert qt_imports("importlib.import_module('PySide6.QtPdf')") == ["PySide6.QtPdf"]
    assert qt_imports("import json\nfrom .model import Project") == []


@pytest.mark.parametrize("layer", ["core", "documents"])
def test_layer_does_not_import_qt(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no Python files found in pitchkit/{layer}"
    offenders = {
        str(path.relative_to(PACKAGE)): found
        for path in files
        if (found := qt_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pitchkit.core.project_file, pitchkit.core.model; "
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]; "
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
