"""A first export's map drawn by a child process (qtrender/picture_worker.py): the same picture,
and the parent draws it itself whenever a child cannot be used."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pitchkit.qtrender import picture_worker

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str, data_dir: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PITCHKIT_DATA_DIR=str(data_dir))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_a_child_sends_what_it_drew_and_a_failed_child_sends_nothing(tmp_path):
    out = _run(
        "from pitchkit.qtrender import picture_worker as w\n"
        "print(w.can_fork(), w.start('a', lambda: b'picture' * 50000), w.start('b', lambda: 1 / 0))\n"
        "print(w.collect('a') == b'picture' * 50000, w.collect('b'), w.collect('never started'))\n",
        tmp_path,
    )
    assert out.split() == ["True", "True", "True", "True", "None", "None"]


def test_no_child_once_qt_is_loaded_here():
    import PySide6.QtCore  # noqa: F401 - loaded in this process, as in the app

    assert not picture_worker.can_fork()
    assert picture_worker.start("x", lambda: b"never") is False
    assert picture_worker.prepare(lambda: None, bytes) is False
    assert picture_worker.submit("x", b"job") is False
    assert picture_worker.collect("x") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_a_first_export_with_a_child_writes_the_same_docx_as_one_drawn_here(tmp_path, isolated_app_folders):
    import PySide6.QtCore  # noqa: F401 - so that this process draws the picture itself

    from pitchkit.core.project_file import load_project
    from pitchkit.documents.export import export_project
    from pitchkit.paths import example_project_path
    from pitchkit.qtrender import renderers

    child_out = tmp_path / "child.docx"
    out = _run(
        "from pitchkit.qtrender import picture_worker as w\n"
        "started = []\n"
        "real = w.submit\n"
        "w.submit = lambda key, job: started.append(key) or real(key, job)\n"
        "from pitchkit.core.project_file import load_project\n"
        "from pitchkit.documents.export import export_project\n"
        "from pitchkit.paths import example_project_path\n"
        "from pitchkit.qtrender import renderers\n"
        "project = load_project(example_project_path()).project\n"
        f"export_project(project, out={str(child_out)!r}, pictures=renderers.qt_pictures())\n"
        "import sys\n"
        "print(len(started), 'PySide6.QtCore' in sys.modules)\n",
        tmp_path / "child-data",
    )
    assert out.split() == ["1", "False"]  # one child drew the map; this process never loaded Qt
    project = load_project(example_project_path()).project
    here = tmp_path / "here.docx"
    export_project(project, out=here, pictures=renderers.qt_pictures())  # Qt is loaded: drawn here
    with zipfile.ZipFile(child_out) as a, zipfile.ZipFile(here) as b:
        assert a.read("word/media/image1.png") == b.read("word/media/image1.png")
        assert a.read("word/document.xml") == b.read("word/document.xml")


_NO_CHILD_LEFT = (
    "import os\n"
    "try:\n"
    "    os.waitpid(-1, os.WNOHANG)\n"
    "    print('child left')\n"
    "except ChildProcessError:\n"
    "    print('no child left')\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_a_prepared_child_runs_its_set_up_then_its_job_and_an_unused_one_is_ended(tmp_path):
    out = _run(
        "from pitchkit.qtrender import picture_worker as w\n"
        "import os\n"
        "def setup():\n"
        "    os.environ['SET_UP'] = 'yes'\n"
        "print(w.prepare(setup, lambda job: job.upper() + os.environ['SET_UP'].encode()), w.prepare(setup, bytes))\n"
        "print(w.submit('a', b'job ' * 40000), w.submit('b', b'no child waits'))\n"
        "print(w.collect('a') == b'JOB ' * 40000 + b'yes')\n"
        "print(w.prepare(setup, bytes))\n"
        "w.shutdown()\n" + _NO_CHILD_LEFT,
        tmp_path,
    )
    assert out.splitlines() == ["True True", "True False", "True", "True", "no child left"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_a_prepared_child_that_fails_sends_nothing(tmp_path):
    out = _run(
        "from pitchkit.qtrender import picture_worker as w\n"
        "import time\n"
        "print(w.prepare(lambda: 1 / 0, bytes))\n"
        "time.sleep(0.2)  # the child is gone before its job is sent (or, on a slow machine, just after)\n"
        "sent = w.submit('a', b'job')\n"
        "print(w.collect('a'))\n" + _NO_CHILD_LEFT,
        tmp_path,
    )
    assert out.splitlines() == ["True", "None", "no child left"]


def _cli_export(template: str, out: Path, *, failing_child: bool = False) -> str:
    """A script exporting the example from the command line, reporting the children it used."""
    return (
        "from pitchkit.qtrender import picture_worker as w, renderers\n"
        "prepared, submitted = [], []\n"
        "real_prepare, real_submit = w.prepare, w.submit\n"
        "w.prepare = lambda setup, work: prepared.append(1) or real_prepare(setup, work)\n"
        "w.submit = lambda key, job: submitted.append(key) or real_submit(key, job)\n"
        + ("def fail():\n    raise RuntimeError('no Qt here')\nrenderers._prepare_drawing = fail\n" if failing_child else "")
        + "from pitchkit import cli\n"
        "from pitchkit.paths import example_project_path\n"
        f"cli.main(['export', str(example_project_path()), '-t', {template!r}, '-o', {str(out)!r}])\n"
        "import sys\n"
        "print(len(prepared) > 0, len(submitted), 'PySide6.QtCore' in sys.modules)\n" + _NO_CHILD_LEFT
    )


def _map_here(tmp_path: Path) -> bytes:
    """The example proposal's map picture, drawn in this process (Qt loaded)."""
    import PySide6.QtCore  # noqa: F401 - so that this process draws the picture itself

    from pitchkit.core.project_file import load_project
    from pitchkit.documents.export import export_project
    from pitchkit.paths import example_project_path
    from pitchkit.qtrender import renderers

    here = tmp_path / "here.docx"
    export_project(load_project(example_project_path()).project, out=here, pictures=renderers.qt_pictures())
    with zipfile.ZipFile(here) as docx:
        return docx.read("word/media/image1.png")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_the_command_line_starts_the_child_first_and_gets_the_same_picture(tmp_path, isolated_app_folders):
    out_file = tmp_path / "early.docx"
    out = _run(_cli_export("proposal", out_file), tmp_path / "data")
    # The child was prepared before anything was loaded, given the layout, and Qt never loaded here.
    assert out.splitlines() == [f"{out_file}", "True 1 False", "no child left"]
    assert list((tmp_path / "data" / "cache" / "pictures").glob("*.png"))  # the map cache written
    with zipfile.ZipFile(out_file) as docx:
        assert docx.read("word/media/image1.png") == _map_here(tmp_path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_when_the_early_child_fails_the_command_line_draws_the_same_picture_itself(tmp_path, isolated_app_folders):
    out_file = tmp_path / "fallback.docx"
    out = _run(_cli_export("proposal", out_file, failing_child=True), tmp_path / "data")
    lines = out.splitlines()
    assert lines[0] == str(out_file) and lines[1].endswith("True") and lines[2] == "no child left"  # drawn here
    with zipfile.ZipFile(out_file) as docx:
        assert docx.read("word/media/image1.png") == _map_here(tmp_path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the child is forked on Linux only")
def test_no_early_child_for_a_template_without_the_map_or_a_picture_in_the_cache(tmp_path):
    out = _run(_cli_export("one-pager", tmp_path / "one.docx"), tmp_path / "data")
    assert out.splitlines()[1:] == ["False 0 False", "no child left"]
    _run(_cli_export("proposal", tmp_path / "first.docx"), tmp_path / "data")  # fills the cache
    out = _run(_cli_export("proposal", tmp_path / "again.docx"), tmp_path / "data")
    assert out.splitlines()[1:] == ["False 0 False", "no child left"]  # from the cache: no Qt, no child


def test_the_template_suffix_is_the_template_finders():
    from pitchkit.documents.templates import SUFFIX
    from pitchkit.qtrender.renderers import TEMPLATE_SUFFIX

    assert TEMPLATE_SUFFIX == SUFFIX
