"""Crash safety of saving: a kill or an error at any moment leaves the old file or the new one."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from pitchkit.core import safe_write
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import Project
from pitchkit.core.project_file import dumps_project, load_project, save_project
from pitchkit.core.safe_write import backup_path, write_atomic

# Builds two big projects that differ in every stakeholder, then saves them alternately
# over the same path for ever (until killed).  Prints "ready" once the first save is done.
SAVER = textwrap.dedent(
    """
    import sys
    from pitchkit.core.model import Project, Stakeholder
    from pitchkit.core.project_file import save_project

    def build(tag):
        people = [
            Stakeholder(id=f"s-{i}", name=f"Person {i} {tag}", notes=f"{tag} " * 40, power=float(i % 11))
            for i in range(3000)
        ]
        return Project(title=tag, stakeholders=people)

    path = sys.argv[1]
    versions = [build("A"), build("B")]
    save_project(versions[0], path)
    print("ready", flush=True)
    n = 1
    while True:
        save_project(versions[n % 2], path)
        n += 1
    """
)


def _build(tag: str) -> bytes:
    """The bytes the subprocess writes for version `tag` (same construction as SAVER)."""
    namespace: dict = {}
    exec(SAVER.split("path = sys.argv[1]")[0], namespace)
    return dumps_project(namespace["build"](tag))


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_while_saving_leaves_a_whole_file(tmp_path):
    expected = {_build("A"), _build("B")}
    rng = random.Random(20261209)
    path = tmp_path / "big.pitchkit"
    for attempt in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.25))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, (
            f"attempt {attempt}: the saver stopped by itself"
        )
        assert path.read_bytes() in expected, f"attempt {attempt}: the file is neither version"
        assert len(load_project(path).project.stakeholders) == 3000
        bak = backup_path(path)
        if bak.exists():
            assert bak.read_bytes() in expected, f"attempt {attempt}: the backup is broken"
            load_project(bak)


def test_error_during_write_leaves_the_original_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "team.pitchkit"
    save_project(Project(title="original"), path)
    before = path.read_bytes()

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", failing_fsync)
    with pytest.raises(ProjectError) as caught:
        save_project(Project(title="new"), path)
    assert str(caught.value) == (
        f"{path}: could not save: No space left on device; "
        "check the folder and free space, or save somewhere else"
    )
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["team.pitchkit"]


def test_interrupt_during_write_leaves_the_original_and_no_temp_file(tmp_path, monkeypatch):
    path = tmp_path / "team.txt"
    write_atomic(path, b"old")
    real_replace = os.replace

    def interrupted_replace(src, dst):
        if os.fspath(dst) == os.fspath(path):
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(safe_write.os, "replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new", backup=True)
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    # Only the backup (a copy of the old content) may have appeared beside it.
    leftovers = {p.name for p in tmp_path.iterdir()} - {"team.txt", "team.txt.bak"}
    assert leftovers == set()


def test_write_atomic_backup_holds_the_previous_content(tmp_path):
    path = tmp_path / "notes.txt"
    write_atomic(path, b"one", backup=True)
    assert not backup_path(path).exists()
    write_atomic(path, b"two", backup=True)
    write_atomic(path, b"three", backup=True)
    assert path.read_bytes() == b"three"
    assert backup_path(path).read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "notes.txt.bak"]


def test_write_atomic_relative_path_in_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", b"data")
    assert (tmp_path / "plain.txt").read_bytes() == b"data"
