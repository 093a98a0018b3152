"""Shared pieces of the benchmarks: projects on disk, timing a command, and a result row.

Every figure is a median over repeated runs; commands that are compared are run
interleaved (A, B, A, B, ...) in the same run so machine load hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SIZES = (10, 200, 2000, 5000)


def work_dir() -> Path:
    """Where generated projects, outputs and the benchmark's app-data folder live."""
    folder = Path(os.environ.get("PITCHKIT_BENCH_DIR") or Path(os.environ.get("TMPDIR", "/tmp")) / "pitchkit-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def project_path(stakeholders: int, seed: int = 42) -> Path:
    """The seeded benchmark project with `stakeholders` people, generated once per checkout."""
    from pitchkit.core.model import FORMAT_VERSION

    path = work_dir() / f"bench-{stakeholders}-s{seed}-v{FORMAT_VERSION}.pitchkit"
    if not path.is_file():
        from benchmarks.projectgen import generate_project
        from pitchkit.core.project_file import save_project

        save_project(generate_project(stakeholders, seed), path, backup=False)
    return path


def bench_env(**extra: str) -> dict[str, str]:
    """The environment every measured process runs in: offscreen Qt, a private app-data folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PITCHKIT_DATA_DIR"] = str(work_dir() / "app-data")
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.update(extra)
    return env


def run_timed(argv: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Wall time of one whole process, in seconds (start to exit); fails loudly on errors."""
    start = time.perf_counter()
    done = subprocess.run(argv, env=env or bench_env(), capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return elapsed


def run_until_painted(argv: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from process start to its first painted window (it prints `painted <perf_counter>`).

    `time.perf_counter` is CLOCK_MONOTONIC on Linux, shared by all processes, so the child's
    reading minus ours just before the spawn is the start-up time.
    """
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=ROOT)
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{' '.join(argv)} never painted ({done.returncode}): {done.stderr.strip()[-500:]}")


def interleaved(jobs: dict[str, Callable[[], float]], repeats: int, warmup: int = 1) -> dict[str, list[float]]:
    """Run every job `warmup` + `repeats` times, alternating between them; samples by name."""
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for round_ in range(warmup + repeats):
        order = list(jobs.items())
        if round_ % 2:
            order.reverse()  # neither job always runs right after the other
        for name, job in order:
            value = job()
            if round_ >= warmup:
                samples[name].append(value)
    return samples


@dataclass
class Row:
    """One line of the results table; values are seconds unless `unit` says otherwise."""

    group: str
    name: str
    samples: list[float]
    unit: str = "ms"
    target: str = ""
    ratio: float | None = None  # against the peer or floor named in `versus`
    versus: str = ""
    passed: bool | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def shown(self, value: float) -> str:
        if self.unit == "ms":
            return f"{value * 1000:.0f}"
        if self.unit == "µs":
            return f"{value * 1e6:.1f}"
        return f"{value:.1f}"


def markdown_table(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| group | measurement | median | min–max | unit | vs | ratio | target | result |",
        "| --- | --- | ---: | ---: | --- | --- | ---: | --- | --- |",
    ]
    for row in rows:
        span = f"{row.shown(min(row.samples))}–{row.shown(max(row.samples))}" if row.samples else ""
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        result = {True: "PASS", False: "MISS", None: ""}[row.passed]
        lines.append(
            f"| {row.group} | {row.name} | {row.shown(row.median) if row.samples else ''} | {span} | "
            f"{row.unit} | {row.versus} | {ratio} | {row.target} | {result} |"
        )
    return "\n".join(lines)
