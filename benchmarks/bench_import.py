"""Import of a 5,000-row stakeholder sheet (.csv and .xlsx) into the 5,000-stakeholder project.

Also the anonymising of that project (issue 17 as well).

The sheet is the project's own register with every Role edited, so every row is matched by
id and changes one field (the worst case for the plan).  Timed in process (perf_counter):
read the sheet, plan every change, apply, save atomically with a backup.  The whole
`pitchkit import` process is timed too (Python start-up, loading the project included).

    python -m benchmarks.bench_import [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.common import PYTHON, Row, bench_env, markdown_table, project_path, work_dir

TARGET = 1.0


def _sheets(stakeholders: int) -> dict[str, Path]:
    from pitchkit.core.project_file import load_project
    from pitchkit.documents.csv_writer import write_csv
    from pitchkit.documents.xlsx_writer import write_xlsx

    project = load_project(project_path(stakeholders)).project
    for person in project.stakeholders:
        person.role = (person.role or "Role") + " (edited)"
    folder = work_dir()
    sheets = {"csv": folder / f"import-{stakeholders}.csv", "xlsx": folder / f"import-{stakeholders}.xlsx"}
    write_csv(project, sheets["csv"])
    write_xlsx(project, sheets["xlsx"])
    return sheets


def run(repeats: int = 5, stakeholders: int = 5000) -> list[Row]:
    from pitchkit.core.project_file import load_project, save_project
    from pitchkit.core.register_import import import_file

    sheets = _sheets(stakeholders)
    target = work_dir() / f"import-target-{stakeholders}.pitchkit"
    rows = []
    for kind, sheet in sheets.items():
        samples = []
        for _ in range(repeats + 1):  # the first run warms imports (openpyxl) and the page cache
            shutil.copyfile(project_path(stakeholders), target)
            project = load_project(target).project
            gc.collect()
            start = time.perf_counter()
            plan = import_file(project, sheet)
            plan.apply(project)
            save_project(project, target)
            samples.append(time.perf_counter() - start)
            assert plan.updated == stakeholders, plan.summary()
        row = Row("import", f"import a {stakeholders:,}-row .{kind} (every row changed), in process", samples[1:], target="< 1 s")
        row.passed = row.median < TARGET
        rows.append(row)
    samples = []
    for _ in range(repeats):
        shutil.copyfile(project_path(stakeholders), target)
        start = time.perf_counter()
        subprocess.run([PYTHON, "-m", "pitchkit", "import", str(target), str(sheets["csv"])],
                       check=True, capture_output=True, env=bench_env())
        samples.append(time.perf_counter() - start)
    rows.append(Row("import", f"`pitchkit import` of the {stakeholders:,}-row .csv, whole process", samples))
    rows.append(_anonymise_row(repeats, stakeholders))
    return rows


def _anonymise_row(repeats: int, stakeholders: int) -> Row:
    """`anonymise` of the whole project (what --anonymise and the Generate switch cost)."""
    from pitchkit.core.anonymise import anonymise
    from pitchkit.core.project_file import load_project

    project = load_project(project_path(stakeholders)).project
    samples = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        anonymise(project)
        samples.append(time.perf_counter() - start)
    return Row("import", f"anonymise {stakeholders:,} stakeholders (names out of every text), in process", samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
