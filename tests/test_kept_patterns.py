"""Regular expressions kept between processes (pitchkit/kept_patterns.py)."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pitchkit import kept_patterns
from pitchkit.kept_patterns import PatternServer
from pitchkit.kept_patterns import kept_patterns as kept

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def real_compiles(monkeypatch):
    """The patterns that reach the real `re._compiler.compile` (re's own cache left out)."""
    seen: list[str] = []
    real = kept_patterns.re_compiler.compile

    def counting(pattern, flags=0):
        seen.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(kept_patterns.re_compiler, "compile", counting)
    return seen


def fresh(tag: str) -> list[str]:
    """Patterns no other test (nor re's cache) has seen: a group, a class, a repeat, a name."""
    return [rf"(?P<word>{tag}[a-z]+)\s*=\s*(\d+)", rf"^{tag}(?:x|y){{2,5}}$"]


def compiled(seen: list[str], patterns: list[str]) -> list[str]:
    """Which of `patterns` reached the real compiler (others' patterns, such as the cache
    write's own, left out)."""
    return [pattern for pattern in seen if pattern in patterns]


def compile_all(patterns: list[str]) -> list[re.Pattern[str]]:
    return [re.compile(pattern, re.IGNORECASE) for pattern in patterns]


def only_file() -> Path:
    files = list(kept_patterns.cache_folder().glob("patterns-test-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_the_second_block_is_served_from_the_file(real_compiles, tmp_path):
    first, second = fresh("one"), fresh("two")
    with kept("test"):
        made = compile_all(first)
    assert compiled(real_compiles, first) == first and sys.implementation.cache_tag in only_file().name
    re.purge()
    real_compiles.clear()
    with kept("test"):
        served = compile_all(first) + compile_all(second)
    assert compiled(real_compiles, first + second) == second  # the new ones only
    assert served[:2] == made  # same pattern, flags and program
    assert served[0].match("onefoo = 12").group("word", 2) == ("onefoo", "12")
    assert served[1].fullmatch("ONEXYX") and not served[1].fullmatch("onex")
    re.purge()
    real_compiles.clear()
    with kept("test"):
        compile_all(first + second)
    assert compiled(real_compiles, first + second) == []  # the rewrite kept the first block's too


def test_the_real_functions_are_back_after_the_block_even_when_it_fails(real_compiles):
    before = kept_patterns.re_compiler.compile, kept_patterns._sre.compile
    with pytest.raises(ZeroDivisionError), kept("test"):
        assert kept_patterns.re_compiler.compile is not before[0]
        1 / 0  # noqa: B018
    assert (kept_patterns.re_compiler.compile, kept_patterns._sre.compile) == before


@pytest.mark.parametrize("content", [b"garbage" * 9, b"", "other header", "huge"])
def test_a_bad_file_is_compiled_past_and_replaced(real_compiles, content):
    tag = f"bad{len(str(content))}z"
    patterns = fresh(tag)
    path = kept_patterns.cache_folder() / f"patterns-test-{sys.implementation.cache_tag}.marshal"
    path.parent.mkdir(parents=True)
    if content == "other header":  # another Python's programs
        content = marshal.dumps((("pitchkit-patterns-1", "2.7.18", 1), {(patterns[0], 2): (0, [1], 0, {}, ())}))
    elif content == "huge":
        content = b"\0" * (kept_patterns.MAX_CACHE_BYTES + 1)
    path.write_bytes(content)
    with kept("test"):
        made = compile_all(patterns)
    assert compiled(real_compiles, patterns) == patterns
    assert made[0].match(f"{tag}xyz = 1")
    header, table = marshal.loads(path.read_bytes())
    assert {pattern for pattern, _ in table} == set(patterns)


def test_a_folder_that_cannot_be_written_changes_nothing(real_compiles):
    folder = kept_patterns.cache_folder()
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the folder would be")
    patterns = fresh("nowrite")
    with kept("test"):
        assert compile_all(patterns)[1].fullmatch("nowritexx")
    assert compiled(real_compiles, patterns) == patterns and folder.read_text() == "a file where the folder would be"


def test_a_damaged_program_is_compiled_again(monkeypatch):
    table = {("a+b", 0): (32, [999, 1, 2], 0, {}, (None,)), ("c", 0): "not a program"}
    server = PatternServer(lambda: table)
    monkeypatch.setattr(kept_patterns._sre, "compile", server.record_pattern)  # as installed
    assert server.compile_pattern("a+b", 0).fullmatch("aab")
    assert server.compile_pattern("c", 0).fullmatch("c")
    assert server.compiled == 2 and server.patterns[("c", 0)] != "not a program"


def test_without_a_table_every_pattern_is_compiled():
    server = PatternServer(lambda: None)
    assert server.compile_pattern("x|y", 0).fullmatch("y") and server.patterns == {}


def test_every_command_keeps_what_its_imports_compile(tmp_path):
    env = {**os.environ, "PITCHKIT_DATA_DIR": str(tmp_path / "data")}
    script = (f"import sys; sys.prefix = {str(tmp_path)!r}\n"  # no copy in the environment
              "sys.argv = ['pitchkit', '--version']\nfrom pitchkit.entry import run; sys.exit(run())")
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=60)
        assert done.returncode == 0 and done.stdout.startswith("pitchkit "), done.stderr
    files = list((tmp_path / "data" / "cache").glob("patterns-start-*.marshal"))
    assert len(files) == 1
    header, table = marshal.loads(files[0].read_bytes())
    assert table and all(isinstance(pattern, (str, bytes)) for pattern, _ in table)


def test_set_up_s_copy_serves_a_first_export_and_start(tmp_path):
    """scripts/setup.sh ran pitchkit/shipped_code.py: an empty app-data folder compiles none of
    the export's regular expressions, and keeps nothing of its own."""
    from pitchkit.paths import example_project_path

    shipped = kept_patterns.shipped_folder()
    assert list(shipped.glob("patterns-export-*.marshal")) and list(shipped.glob("patterns-start-*.marshal"))
    probe = (
        "import re._compiler, sys\n"
        "real = re._compiler.compile\n"
        "missed = []\n"
        "def counting(pattern, flags=0):\n"
        "    missed.append(pattern)\n"
        "    return real(pattern, flags)\n"
        "re._compiler.compile = counting\n"
        "import pitchkit.cli as cli\n"
        "real_command = cli._export_command\n"
        "def command(*args):\n"
        "    missed.clear()\n"
        "    status = real_command(*args)\n"
        "    print('missed', len(missed), file=sys.stderr)\n"
        "    return status\n"
        "cli._export_command = command\n"
        f"sys.argv = ['pitchkit', 'export', {str(example_project_path())!r}, '-f', 'md', '-o', {str(tmp_path / 'p.md')!r}]\n"
        "from pitchkit.entry import run; sys.exit(run())\n"
    )
    env = {**os.environ, "PITCHKIT_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "missed 0" in done.stderr
    assert not list((tmp_path / "data").rglob("patterns-*.marshal"))
