"""PySide's "does this module use PySide6?" check, answered quicker: the same answers."""

from __future__ import annotations

import sys
import types

import PySide6.QtCore  # noqa: F401 - PySide's feature module exists once PySide6 is imported
import pytest

from pitchkit.core import model  # noqa: F401 - a module that does not use PySide6
from pitchkit.gui import gc_guard, pyside_scan  # noqa: F401 - gc_guard does

pytestmark = pytest.mark.gui


@pytest.fixture
def checks(monkeypatch):
    """(PySide's own check, the quick one), the quick one installed for this test only."""
    feature = sys.modules["shibokensupport.feature"]
    original = getattr(feature, pyside_scan._CHECK)
    while getattr(original, "_pitchkit_quick", False):  # installed by an earlier app start
        original = original.__closure__[0].cell_contents  # the check it wraps
    monkeypatch.setattr(feature, pyside_scan._CHECK, original)
    assert pyside_scan.install()
    quick = getattr(feature, pyside_scan._CHECK)
    assert quick is not original and quick._pitchkit_quick
    return original, quick


def test_every_loaded_module_gets_the_answer_pyside_would_give(checks):
    original, quick = checks
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: bool(original(m)) for m in modules}
    assert answers["pitchkit.gui.gc_guard"] and answers[__name__]
    assert not answers["pitchkit.core.model"] and not answers["json"]


def test_a_module_without_a_source_file_is_asked_the_pyside_way(checks, tmp_path):
    original, quick = checks
    sourceless = types.ModuleType("made_up_module")
    sourceless.__file__ = str(tmp_path / "made_up_module.cpython-311.pyc")
    builtin = sys.modules["sys"]
    gone = types.ModuleType("gone_module")
    gone.__file__ = str(tmp_path / "gone_module.py")  # no such file
    for module in (sourceless, builtin, gone):
        assert quick(module) is bool(original(module)) is False


def test_installing_twice_keeps_one_quick_check(checks):
    _original, quick = checks
    assert pyside_scan.install()
    assert getattr(sys.modules["shibokensupport.feature"], pyside_scan._CHECK) is quick


def test_without_pyside_s_check_nothing_is_changed(monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.delattr(feature, pyside_scan._CHECK)
    assert not pyside_scan.install()
    assert not hasattr(feature, pyside_scan._CHECK)
