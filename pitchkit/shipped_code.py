"""What set-up compiles into the environment, so that a first run compiles nothing of it.

PySide's support code (pitchkit/qt_boot.py) and the regular expressions of a start and an
export (pitchkit/kept_patterns.py) are kept compiled in the app-data folder after a first
run; `main` makes the same files in `kept_patterns.shipped_folder()` (inside the environment,
like .pyc files), which a user's first start and first export read.  scripts/setup.sh runs
it (`python -m pitchkit.shipped_code`); `make dist` bundles what it made.
Each step is a fresh process, because what is kept is compiled at import, once a process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: A PitchKit command run with the shipped folder as the one place compiled code is kept.
_RUN = (
    "import sys\n"
    "from pitchkit.kept_patterns import shipping\n"
    "with shipping():\n"
    "    from pitchkit.entry import run\n"
    "    sys.argv = ['pitchkit', *sys.argv[1:]]\n"
    "    status = run()\n"
    "sys.exit(status)\n"
)


def main() -> int:
    """Run a start and the exports set-up prepares for; 0 when all of them ran."""
    from pitchkit.paths import example_project_path

    failed = 0
    with tempfile.TemporaryDirectory(prefix="pitchkit-setup-") as folder:
        # Nothing of these runs is left in the user's app-data folder (pictures, templates).
        env = {**os.environ, "PITCHKIT_DATA_DIR": str(Path(folder) / "data"), "QT_QPA_PLATFORM": "offscreen"}
        example = str(example_project_path())
        runs = [
            ["--version"],
            *(["export", example, "-f", fmt, "-o", str(Path(folder) / f"example.{fmt}")] for fmt in ("docx", "md", "html")),
        ]
        for argv in runs:
            done = subprocess.run([sys.executable, "-c", _RUN, *argv], env=env, capture_output=True, timeout=300)
            failed += done.returncode != 0
        done = subprocess.run([sys.executable, "-c", "from pitchkit.qt_boot import ship; ship()"], env=env,
                              capture_output=True, timeout=300)
        failed += done.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
