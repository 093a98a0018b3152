"""An export from the command line never imports the desktop GUI (`python -X importtime`)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pitchkit.paths import example_project_path


def imported_modules(importtime_log: str) -> list[str]:
    """Module names from `-X importtime` lines: `import time: self | cumulative | name`."""
    names = []
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            names.append(line.rsplit("|", 1)[1].strip())
    return names


def test_the_log_reader_finds_nested_imports():
    log = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       120 |        120 |   pitchkit.gui.app\n"
        "pitchkit: error: something else\n"
    )
    assert imported_modules(log) == ["imported package", "pitchkit.gui.app"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_export_imports_no_gui_module(fmt, tmp_path):
    out = tmp_path / f"proposal.{fmt}"
    env = dict(os.environ, PITCHKIT_DATA_DIR=str(tmp_path / "data"))  # no cached map: it is drawn
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pitchkit", "export", str(example_project_path()),
         "-t", "proposal", "-f", fmt, "-o", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 0
    modules = imported_modules(result.stderr)
    assert "pitchkit.documents.export" in modules  # the log was read
    if fmt == "pdf":
        assert "pitchkit.qtrender.map_painter" in modules and "pitchkit.qtrender.pdf_writer" in modules
    assert [name for name in modules if name.split(".")[:2] == ["pitchkit", "gui"]] == []
