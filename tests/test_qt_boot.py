"""PySide's support code compiled once and kept (pitchkit/qt_boot.py), in fresh processes."""

from __future__ import annotations

import builtins
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pitchkit import kept_patterns, qt_boot

ROOT = Path(__file__).resolve().parents[1]

#: Imports Qt through import_qt in a fresh process and reports what reached the real compile.
PROBE = """
import builtins, gc, json, os, sys
sys.prefix = os.environ["PROBE_PREFIX"]  # where set-up's compiled code is looked for
if os.environ.get("PROBE_SHIP"):
    from pitchkit.qt_boot import ship
    ship()
    raise SystemExit(0)
real = builtins.compile
support = []
def counting(source, filename, mode, *args, **kwargs):
    if isinstance(filename, str) and (filename.startswith("shibokensupport/") or filename == "signature_bootstrap.py"):
        support.append(filename)
    return real(source, filename, mode, *args, **kwargs)
builtins.compile = counting
import re._compiler
real_pattern = re._compiler.compile
patterns = []
def counting_pattern(pattern, flags=0):
    if "shiboken6" in sys.modules and importing:  # from where import_qt can serve them
        patterns.append(repr(pattern))
    return real_pattern(pattern, flags)
re._compiler.compile = counting_pattern
if os.environ.get("PROBE_MAGIC"):
    import importlib.util
    importlib.util.MAGIC_NUMBER = os.environ["PROBE_MAGIC"].encode()
if os.environ.get("PROBE_FAIL"):
    class Refuse:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6.QtCore":
                raise RuntimeError("no Qt today")
    sys.meta_path.insert(0, Refuse())
from pitchkit.qt_boot import import_qt
importing = True
try:
    import_qt()
    failed = None
except RuntimeError as err:
    failed = str(err)
    sys.meta_path.pop(0)
importing = False
from PySide6 import QtCore
try:  # PySide's support code (its signature parser) at work
    QtCore.QObject().setObjectName(1)
except TypeError as err:
    signatures = str(err)
print(json.dumps({"compiled": support, "patterns": patterns, "failed": failed, "signatures": signatures,
                  "restored": builtins.compile is counting and re._compiler.compile is counting_pattern
                  and gc.isenabled()}))
"""


def probe(data_dir: Path, **env: str) -> dict | None:
    """Run PROBE with `data_dir` as PitchKit's app-data folder; what it printed.

    Set-up's compiled code is looked for under `PROBE_PREFIX` (by default a folder with none).
    """
    env = {"PROBE_PREFIX": str(data_dir / "environment-without-compiled-code"), **env}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "PITCHKIT_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen", **env},
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else None


def only_cache_file(data_dir: Path) -> Path:
    files = list((data_dir / "cache").glob("qt-support-*.marshal"))
    assert len(files) == 1, files
    return files[0]


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> tuple[Path, dict]:
    """An app-data folder after one Qt import (the cache written), and that run's report."""
    data_dir = tmp_path_factory.mktemp("qtboot") / "data"
    return data_dir, probe(data_dir)


def test_first_start_compiles_and_keeps_the_support_code(warm):
    data_dir, first = warm
    assert "signature_bootstrap.py" in first["compiled"]
    assert "shibokensupport/signature/loader.py" in first["compiled"]
    assert first["restored"] and first["failed"] is None
    assert "setObjectName(name: str, /)" in first["signatures"]
    path = only_cache_file(data_dir)
    assert sys.implementation.cache_tag in path.name
    assert path.stat().st_size < kept_patterns.MAX_CACHE_BYTES


def test_second_start_compiles_nothing_and_leaves_the_file_alone(warm, tmp_path):
    data_dir, first = warm
    path = only_cache_file(data_dir)
    before = path.read_bytes(), path.stat().st_mtime_ns
    second = probe(data_dir)
    assert second["compiled"] == []
    assert len(first["patterns"]) > 10 and second["patterns"] == []
    assert second["restored"]
    assert second["signatures"] == first["signatures"]
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("damage", ["garbage", "truncated", "huge", "other layout"])
def test_a_damaged_cache_file_is_compiled_past_and_replaced(warm, tmp_path, damage):
    data_dir, first = warm
    good = only_cache_file(data_dir).read_bytes()
    target = tmp_path / "data" / "cache" / only_cache_file(data_dir).name
    target.parent.mkdir(parents=True)
    target.write_bytes({
        "garbage": b"\x00not marshal at all" * 10,
        "truncated": good[: len(good) // 2],
        "huge": good + b"\x00" * kept_patterns.MAX_CACHE_BYTES,
        "other layout": marshal.dumps(("something", "else", {"signature_bootstrap.py": 1})),
    }[damage])
    again = probe(tmp_path / "data")
    assert sorted(again["compiled"]) == sorted(first["compiled"])
    assert sorted(again["patterns"]) == sorted(first["patterns"])
    assert again["restored"]
    assert probe(tmp_path / "data")["compiled"] == []  # replaced by a good one


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_in_the_cache_files_place_does_not_stop_the_start(warm, tmp_path):
    data_dir, first = warm
    cache = tmp_path / "data" / "cache"
    cache.mkdir(parents=True)
    os.mkfifo(cache / only_cache_file(data_dir).name)  # a plain open() would wait for a writer
    report = probe(tmp_path / "data")
    assert sorted(report["compiled"]) == sorted(first["compiled"]) and report["restored"]


def test_a_rewrite_keeps_what_other_processes_stored(warm, tmp_path):
    data_dir, first = warm
    header, code, patterns = marshal.loads(only_cache_file(data_dir).read_bytes())
    del code["shibokensupport/feature.py"]  # as if stored by a process that never needed it
    patterns["another process's pattern", 0] = next(iter(patterns.values()))
    target = tmp_path / "data" / "cache" / only_cache_file(data_dir).name
    target.parent.mkdir(parents=True)
    target.write_bytes(marshal.dumps((header, code, patterns)))
    assert probe(tmp_path / "data")["compiled"] == ["shibokensupport/feature.py"]
    header, code, kept = marshal.loads(target.read_bytes())
    assert "shibokensupport/feature.py" in code and ("another process's pattern", 0) in kept


def test_code_of_another_python_is_not_used(warm, tmp_path):
    data_dir, first = warm
    copy = tmp_path / "data" / "cache"
    copy.mkdir(parents=True)
    (copy / only_cache_file(data_dir).name).write_bytes(only_cache_file(data_dir).read_bytes())
    other = probe(tmp_path / "data", PROBE_MAGIC="abcd")  # another bytecode magic number
    assert sorted(other["compiled"]) == sorted(first["compiled"])


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "cache").write_text("a file where the folder would be")
    report = probe(data_dir)
    assert "signature_bootstrap.py" in report["compiled"] and report["restored"]
    assert (data_dir / "cache").read_text() == "a file where the folder would be"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_cache_folder_changes_nothing(tmp_path):
    cache = tmp_path / "data" / "cache"
    cache.mkdir(parents=True)
    cache.chmod(0o555)
    try:
        report = probe(tmp_path / "data")
    finally:
        cache.chmod(0o755)
    assert "signature_bootstrap.py" in report["compiled"] and report["restored"]
    assert list(cache.iterdir()) == []


def test_compile_is_restored_when_the_import_fails(tmp_path):
    report = probe(tmp_path / "data", PROBE_FAIL="1")
    assert report["failed"] == "no Qt today"
    assert report["restored"]
    assert not (tmp_path / "data" / "cache").exists()


def test_the_app_imports_qt_through_the_cache(tmp_path):
    script = (f"import sys; sys.prefix = {str(tmp_path)!r}\n"  # no copy in the environment
              "from pitchkit.gui.app import application; application('en')")
    env = {**os.environ, "PITCHKIT_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert only_cache_file(tmp_path / "data").stat().st_size > 0


def test_the_bundle_sets_qt_s_paths_without_importing_qt():
    """PyInstaller's PySide6 hook (left out) imported Qt before every command; ours does not."""
    spec = (ROOT / "packaging" / "pitchkit.spec").read_text()
    assert 'runtime_hooks=[str(ROOT / "packaging" / "pyi_rth_qt_paths.py")]' in spec
    assert 'entry[0] != "pyi_rth_pyside6"' in spec
    hook = ROOT / "packaging" / "pyi_rth_qt_paths.py"
    probe = (f"import os, sys; sys._MEIPASS = '/opt/PitchKit/_internal'; exec(open({str(hook)!r}).read())\n"
             "print(os.environ['QT_PLUGIN_PATH'], any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["/opt/PitchKit/_internal/PySide6/Qt/plugins", "False"]


def test_another_shiboken_version_has_another_file():
    first, second = qt_boot.cache_file("6.11.3"), qt_boot.cache_file("6.12.0")
    assert first is not None and second is not None and first != second
    assert first.parent == second.parent
    assert "6.11.3" in first.name and sys.implementation.cache_tag in first.name
    assert qt_boot.cache_file("../../elsewhere").parent == first.parent


def fresh_cache() -> qt_boot._SupportCache:
    """A cache as import_qt makes it, over the real compiles (this process has Qt imported)."""
    return qt_boot._SupportCache(builtins.compile)


def compile_through_cache(source: str, filename: str, **kwargs) -> tuple[object, qt_boot._SupportCache]:
    cache = fresh_cache()
    return cache.compile(source, filename, "exec", **kwargs), cache


def test_other_compiles_go_to_the_real_one_untouched():
    code, cache = compile_through_cache("x = 1", "elsewhere.py")
    assert cache.code == {} and cache.compiled == 0
    namespace: dict = {}
    exec(code, namespace)
    assert namespace["x"] == 1
    _, cache = compile_through_cache("x = 1", "shibokensupport/x.py", flags=0x400)  # its own flags
    assert cache.code == {}
    with pytest.raises(SyntaxError):
        compile_through_cache("x = (", "shibokensupport/broken.py")


def test_the_callers_future_flags_are_inherited_as_by_the_real_compile():
    # This module has `from __future__ import annotations`: so has what it compiles.
    annotations = __import__("__future__").annotations.compiler_flag
    inherited, cache = compile_through_cache("def f(x: int): pass", "shibokensupport/f.py")
    assert inherited.co_flags & annotations
    assert cache.code["shibokensupport/f.py"][1] & annotations
    alone, _ = compile_through_cache("def f(x: int): pass", "shibokensupport/f.py", dont_inherit=True)
    assert not alone.co_flags & annotations
    assert not compile_through_cache("y = 2", "elsewhere.py", dont_inherit=True)[0].co_flags & annotations


def test_kept_regular_expressions_are_the_ones_re_compiles(warm):
    data_dir, first = warm
    header, code, patterns = marshal.loads(only_cache_file(data_dir).read_bytes())
    assert len(patterns) > 10
    assert {repr(pattern) for pattern, _ in patterns} <= set(first["patterns"])
    cache = fresh_cache()
    cache.loaded = code, patterns
    for (pattern, flags), program in patterns.items():
        served = cache.server.compile_pattern(pattern, flags)
        assert served == kept_patterns.re_compiler.compile(pattern, flags)  # same flags, program, text
        assert cache.server.patterns[pattern, flags] == program
    assert cache.server.compiled == 0


def test_the_code_set_up_compiled_into_the_environment_serves_a_first_start(tmp_path):
    """scripts/setup.sh runs `ship()`: a user whose app-data folder is empty compiles nothing."""
    prefix = tmp_path / "environment"
    assert probe(tmp_path / "setup-data", PROBE_PREFIX=str(prefix), PROBE_SHIP="1") is None
    shipped = list((prefix / "share" / "pitchkit" / "compiled-code").glob("qt-support-*.marshal"))
    assert len(shipped) == 1
    assert not (tmp_path / "setup-data" / "cache").exists()  # set-up wrote only the environment's copy
    first = probe(tmp_path / "user", PROBE_PREFIX=str(prefix))
    assert first["compiled"] == [] and first["patterns"] == [] and first["restored"]
    assert "setObjectName" in first["signatures"]
    assert not list((tmp_path / "user").rglob("qt-support-*.marshal"))  # nothing new to keep


def test_without_the_environment_s_copy_a_first_start_compiles_and_keeps_its_own(tmp_path):
    first = probe(tmp_path / "user")
    assert first["compiled"] and only_cache_file(tmp_path / "user").is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the drawing child is forked on Linux only")
def test_a_first_export_s_drawing_child_imports_qt_through_the_cache(tmp_path):
    from pitchkit.paths import example_project_path

    out = tmp_path / "proposal.docx"
    script = (f"import sys; sys.prefix = {str(tmp_path)!r}\n"  # no copy in the environment
              f"sys.argv = ['pitchkit', 'export', {str(example_project_path())!r}, '-o', {str(out)!r}]\n"
              "from pitchkit.entry import run; sys.exit(run())")
    env = {**os.environ, "PITCHKIT_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert out.is_file() and list((tmp_path / "data" / "cache" / "pictures").glob("*.png"))
    assert only_cache_file(tmp_path / "data").stat().st_size > 0  # the child kept what it compiled
