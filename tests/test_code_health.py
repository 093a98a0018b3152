"""House rules that keep the code easy to change: lint clean, no Qt below the GUI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        pytest.skip("ruff is not installed in this environment (pip install '.[lint]')")
    result = subprocess.run(
        [ruff, "check", "pitchkit", "tests", "benchmarks", "scripts"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:]


#: STYLE.md: a file that passes ~400 lines is split along its seams.
MOST_LINES = 400


def test_no_module_in_the_package_is_over_the_line_limit():
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "pitchkit").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert too_long == {}, f"split these along a seam (docs/developing.md): {too_long}"


def test_no_comment_points_to_the_design_brief_outside_the_repository():
    brief = "DESIGN" + ".md"  # spelled apart so this file does not name it
    folders = ("pitchkit", "scripts", "benchmarks", "tests", "docs")
    naming = [
        str(path.relative_to(ROOT))
        for folder in folders
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".md", ".j2", ".sh", ".toml"} and brief in path.read_text(encoding="utf-8")
    ]
    assert naming == [], f"point to the docs page that holds the reason instead: {naming}"


def test_no_lock_file_is_committed_with_the_bundled_files():
    # A lock left by a test or a run ships in the wheel and says the example is open elsewhere.
    assert sorted(p.name for p in (ROOT / "resources").rglob("*.lock")) == []
