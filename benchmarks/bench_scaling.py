"""Scaling: time per stakeholder of the document pipeline at 200, 2,000 and 5,000.

In process (perf_counter), Qt-free: load the project, build the context, render the
template, parse the Markdown into the tree, build and save the .docx.  Linear means 10x
the stakeholders costs at most 11x the time (2.5x: at most 2.75x).  The map layout
(core/map_layout.py, also Qt-free) is timed on its own because the proposal's map picture
needs it.

    python -m benchmarks.bench_scaling [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable

from benchmarks.common import Row, markdown_table, project_path, work_dir

SLACK = 1.1  # "10x the work, at most 11x the time"


def _pipeline(path: str, out: str) -> float:
    from pitchkit.core.project_file import load_project
    from pitchkit.documents.export import export_project

    start = time.perf_counter()
    export_project(load_project(path).project, out=out, fmt="docx")
    return time.perf_counter() - start


def _layout(path: str) -> float:
    from pitchkit.core.map_layout import layout_map
    from pitchkit.core.project_file import load_project

    project = load_project(path).project
    start = time.perf_counter()
    layout_map(project)
    return time.perf_counter() - start


def _series(group: str, label: str, measure: Callable[[int], float], sizes: tuple[int, ...],
            repeats: int) -> list[Row]:
    rows: list[Row] = []
    previous: tuple[int, float] | None = None
    for n in sizes:
        measure(n)  # warm-up
        samples = []
        for _ in range(repeats):
            gc.collect()
            samples.append(measure(n) / n)
        row = Row(group, f"{label}, {n:,} stakeholders, per stakeholder", samples, unit="µs")
        if previous is not None:
            size_ratio = n / previous[0]
            row.ratio = (row.median * n) / (previous[1] * previous[0])
            row.versus = f"{previous[0]:,}"
            row.target = f"≤ {size_ratio * SLACK:.3g}x for {size_ratio:.3g}x"
            row.passed = row.ratio <= size_ratio * SLACK
        rows.append(row)
        previous = (n, row.median)
    return rows


def run(repeats: int = 3, sizes: tuple[int, ...] = (200, 2000, 5000),
        layout_sizes: tuple[int, ...] = (200, 2000)) -> list[Row]:
    out = str(work_dir() / "scaling.docx")
    rows = _series("scaling", "load -> docx (no map)", lambda n: _pipeline(str(project_path(n)), out),
                   sizes, repeats)
    rows += _series("scaling", "map layout", lambda n: _layout(str(project_path(n))), layout_sizes,
                    max(1, min(repeats, 3)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
