"""The one benchmark command: every measurement, as one Markdown table with targets and ratios.

    make bench                        # = .venv/bin/python -m benchmarks.run
    .venv/bin/python -m benchmarks.run --repeats 5 --out docs/bench-latest.md
    .venv/bin/python -m benchmarks.run --only export,files --quick

Projects come from benchmarks/projectgen.py (seeded) and are generated once into
$PITCHKIT_BENCH_DIR (default /tmp/pitchkit-bench).  Figures are medians over `--repeats`
runs (min–max beside them); compared commands run interleaved in the same run.  The preview and map
benchmarks print their own reports, included after the table.
docs/performance.md explains every figure.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import PYTHON, ROOT, Row, bench_env, markdown_table

GROUPS = ("startup", "export", "files", "scaling", "memory", "preview", "map", "merge", "import")


def machine() -> str:
    """One line about the machine, so figures from different machines are not compared blindly."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        qt = version("PySide6_Essentials")
    except Exception:  # noqa: BLE001 - only a label
        qt = "?"
    pandoc = "absent"
    try:
        pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.platform()}; {os.cpu_count()} CPUs ({cpu}); Python {platform.python_version()}; "
            f"PySide6 {qt}; {pandoc}; load average at start {load:.2f}")


def module_figures(name: str) -> str | None:
    """The output of `python -m benchmarks.<name>` (a benchmark that prints its own report)."""
    if importlib.util.find_spec(f"benchmarks.{name}") is None:
        return None
    done = subprocess.run([PYTHON, "-m", f"benchmarks.{name}"], capture_output=True, text=True,
                          cwd=ROOT, env=bench_env())
    text = done.stdout.strip()
    if done.returncode != 0:
        text += f"\n\n({name} exited {done.returncode}: {done.stderr.strip()[-400:]})"
    return text


def collect(groups: list[str], repeats: int, quick: bool) -> tuple[list[Row], dict[str, str]]:
    rows: list[Row] = []
    reports: dict[str, str] = {}
    for group in groups:
        started = time.perf_counter()
        if group == "startup":
            from benchmarks import bench_startup

            rows += bench_startup.run(repeats)
        elif group == "export":
            from benchmarks import bench_export

            rows += bench_export.run(max(3, repeats // 2) if quick else repeats, cold=not quick)
        elif group == "files":
            from benchmarks import bench_files

            rows += bench_files.run(repeats)
        elif group == "import":
            from benchmarks import bench_import

            rows += bench_import.run(repeats)
        elif group == "scaling":
            from benchmarks import bench_scaling

            rows += bench_scaling.run(max(1, repeats // 2) if quick else max(3, repeats // 2))
        elif group == "memory":
            from benchmarks import bench_memory

            rows += bench_memory.run(3 if not quick else 1)
        elif group == "merge":
            from benchmarks import bench_merge

            rows += bench_merge.run(repeats)
        elif group in ("preview", "map"):
            text = module_figures(f"bench_{group}")
            if text is not None:
                reports[group] = text
        print(f"[{group}: {time.perf_counter() - started:.0f} s]", file=sys.stderr, flush=True)
    return rows, reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups: {', '.join(GROUPS)}")
    parser.add_argument("--quick", action="store_true", help="fewer runs, no first-run export rows")
    parser.add_argument("--out", type=Path, help="also write the report to this Markdown file")
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s): {', '.join(unknown)}")
    header = f"PitchKit benchmarks, {datetime.datetime.now():%Y-%m-%d %H:%M}\n\nMachine: {machine()}\n"
    print(header, file=sys.stderr, flush=True)
    rows, reports = collect(groups, args.repeats, args.quick)
    report = header + "\n" + markdown_table(rows) + "\n"
    titles = {"preview": "Preview (benchmarks/bench_preview.py)", "map": "Map (benchmarks/bench_map.py)"}
    for group, text in reports.items():
        report += f"\n### {titles[group]}\n\n```\n{text}\n```\n"
    misses = [r for r in rows if r.passed is False]
    report += f"\n{sum(r.passed is True for r in rows)} targets met, {len(misses)} missed.\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
