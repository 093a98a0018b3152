"""Import of a 5,000-row stakeholder sheet (.csv and .xlsx) into the 5,000-stakeholder project.

Also the anonymising of that project (issue 17 as well).

The sheet is the project's own register with every Role edited, so every row is matched by
id and changes one field (the worst case for the plan).  Timed in process (perf_counter):
read the sheet, plan every change, apply, save atomically with a backup.  The .xlsx is
timed twice: as openpyxl writes it (every text an inline string) and with the same cells
in a shared string table, as Excel and LibreOffice write it.  The whole `pitchkit import`
process is timed too (Python start-up, loading the project and printing every change
included), with and without --dry-run, in wall time and in the child's CPU time (rusage).

    python -m benchmarks.bench_import [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import tempfile
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
    sheets = {"csv": folder / f"import-{stakeholders}.csv", "xlsx": folder / f"import-{stakeholders}.xlsx",
              "xlsx with shared strings, as Excel writes it": folder / f"import-{stakeholders}-shared.xlsx"}
    write_csv(project, sheets["csv"])
    write_xlsx(project, sheets["xlsx"])
    _with_shared_strings(sheets["xlsx"], sheets["xlsx with shared strings, as Excel writes it"])
    return sheets


def _with_shared_strings(source: Path, target: Path) -> None:
    """A copy of the workbook whose first sheet's inline strings are in a shared string table."""
    import xml.etree.ElementTree as ET
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    ET.register_namespace("", main)
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    root = ET.fromstring(parts["xl/worksheets/sheet1.xml"])
    table: dict[str, int] = {}
    for cell in root.iter(f"{{{main}}}c"):
        if cell.get("t") == "inlineStr":
            text = "".join(node.text or "" for node in cell.iter(f"{{{main}}}t"))
            for child in list(cell):
                cell.remove(child)
            ET.SubElement(cell, f"{{{main}}}v").text = str(table.setdefault(text, len(table)))
            cell.set("t", "s")
    strings = ET.Element(f"{{{main}}}sst", count=str(len(table)), uniqueCount=str(len(table)))
    for text in table:
        ET.SubElement(ET.SubElement(strings, f"{{{main}}}si"), f"{{{main}}}t").text = text
    parts["xl/worksheets/sheet1.xml"] = ET.tostring(root, xml_declaration=True, encoding="UTF-8")
    parts["xl/sharedStrings.xml"] = ET.tostring(strings, xml_declaration=True, encoding="UTF-8")
    types = ET.fromstring(parts["[Content_Types].xml"])
    ET.SubElement(types, "{http://schemas.openxmlformats.org/package/2006/content-types}Override", PartName="/xl/sharedStrings.xml",
                  ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
    parts["[Content_Types].xml"] = ET.tostring(types, xml_declaration=True, encoding="UTF-8")
    rels = ET.fromstring(parts["xl/_rels/workbook.xml.rels"])
    ET.SubElement(rels, "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship", Id="rIdShared",
                  Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings", Target="sharedStrings.xml")
    parts["xl/_rels/workbook.xml.rels"] = ET.tostring(rels, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def run(repeats: int = 5, stakeholders: int = 5000) -> list[Row]:
    from pitchkit.core.project_file import load_project, save_project
    from pitchkit.core.register_import import import_file

    sheets = _sheets(stakeholders)
    target = work_dir() / f"import-target-{stakeholders}.pitchkit"
    rows, cpu_rows = [], []
    for kind, sheet in sheets.items():
        samples, cpu = [], []
        for _ in range(repeats + 1):  # the first run warms imports and the page cache
            shutil.copyfile(project_path(stakeholders), target)
            project = load_project(target).project
            gc.collect()
            start, start_cpu = time.perf_counter(), time.process_time()
            plan = import_file(project, sheet)
            plan.apply(project)
            save_project(project, target)
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            assert plan.updated == stakeholders, plan.summary()
        row = Row("import", f"import a {stakeholders:,}-row .{kind} (every row changed), in process", samples[1:], target="< 1 s")
        row.passed = row.median < TARGET
        row.ratio, row.versus = row.median / TARGET, "target"
        rows.append(row)
        # CPU time of the same runs: what a busy shared machine does not stretch.
        cpu_rows.append(Row("import", f"CPU time of the same import (.{kind})", cpu[1:]))
    rows += cpu_rows
    process_rows, process_cpu_rows = [], []
    for kind, dry in (("csv", False), ("xlsx", False), ("xlsx", True)):
        samples, cpu = [], []
        switch = ["--dry-run"] if dry else []
        for _ in range(repeats):
            shutil.copyfile(project_path(stakeholders), target)
            wall, used = _process([PYTHON, "-m", "pitchkit", "import", *switch, str(target), str(sheets[kind])])
            samples.append(wall)
            cpu.append(used)
        what = f"`pitchkit import{' --dry-run' if dry else ''}` of the {stakeholders:,}-row .{kind}, whole process"
        process_rows.append(Row("import", what, samples))
        process_cpu_rows.append(Row("import", f"CPU time of the same process ({what.split(' of ')[0]}, .{kind})", cpu))
    rows += process_rows + process_cpu_rows
    rows.append(_anonymise_row(repeats, stakeholders))
    return rows


def _process(argv: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system, the child's own rusage) of one whole process."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, env=bench_env())
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(argv)} failed ({child.returncode}): {errors.read().decode(errors='replace')[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime


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
