"""Peak memory (maximum resident set, `/usr/bin/time -v`) of the app with the 5,000-stakeholder
project open and painted, offscreen, against the bare-Qt window measured the same way.

    python -m benchmarks.bench_memory [--repeats N]
"""

from __future__ import annotations

import argparse
import re
import subprocess

from benchmarks.bench_startup import FLOOR_SCRIPT
from benchmarks.common import (
    PYTHON,
    ROOT,
    Row,
    bench_env,
    interleaved,
    markdown_table,
    project_path,
)

_RSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


def peak_mib(argv: list[str]) -> float:
    done = subprocess.run(["/usr/bin/time", "-v", *argv], capture_output=True, text=True, cwd=ROOT,
                          env=bench_env(PITCHKIT_BENCH_QUIT_AFTER_PAINT="1"))
    found = _RSS.search(done.stderr)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"{' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
    return int(found.group(1)) / 1024


def run(repeats: int = 3, stakeholders: int = 5000) -> list[Row]:
    path = str(project_path(stakeholders))
    samples = interleaved({
        "floor": lambda: peak_mib([PYTHON, "-c", FLOOR_SCRIPT]),
        "app": lambda: peak_mib([PYTHON, "-m", "pitchkit", path]),
    }, repeats, warmup=0)
    floor = Row("memory", "floor: bare QApplication + QMainWindow, peak RSS", samples["floor"], unit="MiB")
    app = Row("memory", f"app with {stakeholders:,} stakeholders open, peak RSS", samples["app"], unit="MiB",
              versus="floor", target="report")
    app.ratio = app.median / floor.median
    return [app, floor]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
