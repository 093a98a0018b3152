"""Load + validate, and save, of the 5,000-stakeholder project, in process (perf_counter).

Load is `load_project` (read, typed msgspec decode, migration check, reference check);
save is `save_project` as the app calls it (encode, temp file, fsync, backup, replace).

    python -m benchmarks.bench_files [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import time

from benchmarks.common import Row, markdown_table, project_path, work_dir

TARGET = 0.100


def run(repeats: int = 5, stakeholders: int = 5000) -> list[Row]:
    from pitchkit.core.project_file import load_project, save_project

    source = project_path(stakeholders)
    target = work_dir() / f"save-{stakeholders}.pitchkit"
    shutil.copyfile(source, target)
    loads, saves = [], []
    project = load_project(source).project  # warm-up: imports and the page cache
    save_project(project, target)
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        project = load_project(source).project
        loads.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        save_project(project, target)
        saves.append(time.perf_counter() - start)
    rows = []
    for name, samples in ((f"load + validate {stakeholders:,} stakeholders", loads),
                          (f"save {stakeholders:,} stakeholders (with backup, fsync)", saves)):
        row = Row("files", name, samples, target="< 100 ms")
        row.passed = row.median < TARGET
        rows.append(row)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
