"""The cycle collector around a command-line export: paused while it runs, frozen at the end."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from pitchkit import cli
from pitchkit.documents import export
from pitchkit.paths import example_project_path


@pytest.fixture
def collecting():
    """The cycle collector on for the test (the suite may run with it off), as it was after."""
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


@pytest.mark.parametrize("fails", [False, True])
def test_an_export_runs_with_the_collector_paused_and_restores_it(fails, monkeypatch, tmp_path, collecting):
    seen: list[bool] = []

    def fake_export(*args, **kwargs):
        seen.append(gc.isenabled())
        if fails:
            raise OSError(28, "No space left on device")
        return export.ExportReport(path=tmp_path / "out.docx")

    monkeypatch.setattr(export, "export_project", fake_export)
    assert gc.isenabled()
    status = cli.main(["export", str(example_project_path()), "-o", str(tmp_path / "out.docx")])
    assert seen == [False]
    assert status == (1 if fails else 0)
    assert gc.isenabled()


def test_a_collector_left_off_by_the_caller_stays_off(monkeypatch, tmp_path, collecting):
    monkeypatch.setattr(export, "export_project", lambda *a, **k: export.ExportReport(path=tmp_path / "out.docx"))
    gc.disable()
    try:
        cli.main(["export", str(example_project_path()), "-o", str(tmp_path / "out.docx")])
        assert not gc.isenabled()
    finally:
        gc.enable()


#: Runs a command through the program's entry, then counts what the collector would walk.
AFTER_ENTRY = """
import gc, sys
from pitchkit.entry import run
sys.argv = ["pitchkit", *sys.argv[1:]]
status = run()
print(status, len(gc.get_objects()))
"""


def test_a_command_line_export_leaves_nothing_for_the_collection_at_exit(tmp_path):
    out = tmp_path / "proposal.docx"
    env = dict(os.environ, PITCHKIT_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", AFTER_ENTRY, "export", str(example_project_path()), "-f", "md", "-o", str(out)],
        capture_output=True, text=True, timeout=120, env=env, check=True,
    )
    status, tracked = done.stdout.split()[-2:]
    assert status == "0" and out.stat().st_size > 0
    assert int(tracked) < 200  # everything the export made is frozen; without it, tens of thousands
