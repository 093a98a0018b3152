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
        "real = w.start\n"
        "w.start = lambda key, draw: started.append(key) or real(key, draw)\n"
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
