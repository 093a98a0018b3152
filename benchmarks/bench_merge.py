"""Diff and three-way merge of two 5,000-stakeholder copies, in process and as whole commands.

The copies are the seeded benchmark project with realistic parallel work: OURS moves 200
stances and adds 50 people; THEIRS edits 200 notes, adds 50 people and deletes 20 (with
their references), and both change one person's stance two ways (a conflict; a few deleted people that OURS moved are conflicts too).
In process: `diff_projects(base, ours)` and `merge_projects(base, ours, theirs)` on loaded
projects (target < 300 ms each), and the whole merge of three files from disk to bytes.
Whole process: `pitchkit merge BASE OURS THEIRS -o OUT` against `pitchkit check OURS`
(target at most 3x), run interleaved.

    python -m benchmarks.bench_merge [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import random
import subprocess
import time
from pathlib import Path

from benchmarks.common import (
    PYTHON,
    ROOT,
    Row,
    bench_env,
    interleaved,
    markdown_table,
    project_path,
    run_timed,
    work_dir,
)

TARGET = 0.300
RATIO = 3.0


def _copies(stakeholders: int) -> tuple[Path, Path, Path]:
    from pitchkit.core.merge_refs import drop_dangling
    from pitchkit.core.model import Stakeholder, Stance
    from pitchkit.core.plain import project_from_data
    from pitchkit.core.project_file import load_project, save_project, to_data

    base_path = project_path(stakeholders)
    folder = work_dir()
    ours_path, theirs_path = folder / f"merge-{stakeholders}-ours.pitchkit", folder / f"merge-{stakeholders}-theirs.pitchkit"
    rng = random.Random(7)
    ours = load_project(base_path).project
    for person in rng.sample(ours.stakeholders, 200):
        person.stance = rng.choice(list(Stance))
    ours.stakeholders += [Stakeholder(id=f"s-ours-{i}", name=f"Ours {i}") for i in range(50)]
    ours.stakeholders[0].stance = Stance.LEADING
    theirs = load_project(base_path).project
    for person in rng.sample(theirs.stakeholders[1:], 200):
        person.notes += " (seen again)"
    theirs.stakeholders += [Stakeholder(id=f"s-theirs-{i}", name=f"Theirs {i}") for i in range(50)]
    theirs.stakeholders[0].stance = Stance.UNAWARE
    gone = {p.id for p in rng.sample(theirs.stakeholders[1:-50], 20)}
    data = to_data(theirs)  # deleted as the app deletes: with every reference to them
    data["stakeholders"] = [p for p in data["stakeholders"] if p["id"] not in gone]
    drop_dangling(data)
    theirs = project_from_data(data)
    save_project(ours, ours_path, backup=False)
    save_project(theirs, theirs_path, backup=False)
    return base_path, ours_path, theirs_path


def _timed(job) -> float:
    gc.collect()
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def run(repeats: int = 5, stakeholders: int = 5000) -> list[Row]:
    from pitchkit.core.diff import diff_projects
    from pitchkit.core.merge import merge_projects
    from pitchkit.core.project_file import dumps_project, load_project

    paths = _copies(stakeholders)
    base, ours, theirs = (load_project(p).project for p in paths)
    result = merge_projects(base, ours, theirs)  # warm-up, and a check of the work done
    assert result.conflicts  # the stance changed two ways, and people deleted that ours moved
    diffs = [_timed(lambda: diff_projects(base, ours)) for _ in range(repeats)]
    merges = [_timed(lambda: merge_projects(base, ours, theirs)) for _ in range(repeats)]
    files = [_timed(lambda: dumps_project(merge_projects(*(load_project(p).project for p in paths)).project)) for _ in range(repeats)]
    rows = []
    for name, samples in (
        (f"diff of two {stakeholders:,}-stakeholder copies (in process)", diffs),
        (f"three-way merge of {stakeholders:,}-stakeholder copies (in process)", merges),
    ):
        row = Row("merge", name, samples, target="< 300 ms")
        row.passed = row.median < TARGET
        rows.append(row)
    rows.append(Row("merge", "the same, read from three files and encoded (in process)", files))

    out = work_dir() / f"merge-{stakeholders}-out.pitchkit"

    def timed_merge() -> float:  # exit 1 is expected: merged, with the one conflict
        start = time.perf_counter()
        done = subprocess.run([PYTHON, "-m", "pitchkit", "merge", *map(str, paths), "-o", str(out)],
                              env=bench_env(), capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
        if done.returncode not in (0, 1) or "error" in done.stderr:
            raise RuntimeError(done.stderr)
        return elapsed

    samples = interleaved(
        {"merge": timed_merge, "check": lambda: run_timed([PYTHON, "-m", "pitchkit", "check", str(paths[1])])},
        repeats,
    )
    check = Row("merge", f"`pitchkit check` of one {stakeholders:,}-stakeholder copy (whole process)", samples["check"])
    merge = Row("merge", f"`pitchkit merge` of three {stakeholders:,}-stakeholder copies (whole process)", samples["merge"],
                target="≤ 3x check", versus="check")
    merge.ratio = merge.median / check.median
    merge.passed = merge.ratio <= RATIO
    return [*rows, check, merge]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
