"""Command-line export to .docx, whole process, against pandoc on PitchKit's own Markdown.

For each size: `pitchkit export P -f docx` with warm caches (the compiled template and the
map picture already in the app-data cache, as on a user's second export), the same with an
empty app-data folder every run (a first export: the map is drawn; the built-in templates
come compiled by set-up, as .pyc files do), and `pandoc P.md -o P.docx` on the
Markdown `pitchkit export -f md` writes for the same project (pandoc draws no map).  The
import floor is `python -c "import jinja2, lxml.etree, mistune, msgspec"`: the libraries an
export imports (the Word writer has not imported python-docx since issue 14).

    python -m benchmarks.bench_export [--repeats N]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile

from benchmarks.common import (
    PYTHON,
    Row,
    bench_env,
    interleaved,
    markdown_table,
    project_path,
    run_timed,
    work_dir,
)

#: The targets (docs/performance.md): (stakeholders, run) -> most this many times pandoc.
TARGETS = {(200, "warm"): 0.8, (200, "cold"): 1.0, (2000, "warm"): 0.4}
FLOOR_IMPORTS = "import jinja2, lxml.etree, mistune, msgspec"


def markdown_for(stakeholders: int) -> str:
    """PitchKit's own Markdown of the benchmark project (what pandoc converts)."""
    project = project_path(stakeholders)
    out = work_dir() / f"export-{stakeholders}.md"
    subprocess.run([PYTHON, "-m", "pitchkit", "export", str(project), "-f", "md", "-o", str(out)],
                   env=bench_env(), check=True, capture_output=True)
    return str(out)


def _cold_export(argv: list[str]) -> float:
    with tempfile.TemporaryDirectory(prefix="pitchkit-cold-") as data:
        return run_timed(argv, bench_env(PITCHKIT_DATA_DIR=data))


def run(repeats: int = 5, sizes: tuple[int, ...] = (200, 2000), cold: bool = True) -> list[Row]:
    pandoc = shutil.which("pandoc")
    rows: list[Row] = []
    floor_done = False
    for n in sizes:
        project = str(project_path(n))
        docx_out = str(work_dir() / f"export-{n}.docx")
        argv = [PYTHON, "-m", "pitchkit", "export", project, "-f", "docx", "-o", docx_out]
        jobs = {"warm": lambda argv=argv: run_timed(argv)}
        if cold:
            jobs["cold"] = lambda argv=argv: _cold_export(argv)
        if pandoc:
            md = markdown_for(n)
            pandoc_argv = [pandoc, "--quiet", "-f", "markdown", "-t", "docx", md, "-o", str(work_dir() / f"pandoc-{n}.docx")]
            jobs["pandoc"] = lambda pandoc_argv=pandoc_argv: run_timed(pandoc_argv)
        if not floor_done:
            jobs["floor"] = lambda: run_timed([PYTHON, "-c", FLOOR_IMPORTS])
        samples = interleaved(jobs, repeats)
        group = f"export {n:,}"
        peer = statistics_median(samples["pandoc"]) if "pandoc" in samples else None
        for name, label in (("warm", "pitchkit export -f docx (caches warm)"),
                            ("cold", "pitchkit export -f docx (first run, empty caches)")):
            if name not in samples:
                continue
            target = TARGETS.get((n, name))
            row = Row(group, label, samples[name], target=f"≤ {target}x pandoc" if target else "", versus="pandoc")
            if peer:
                row.ratio = row.median / peer
                row.passed = row.ratio <= target if target else None
            rows.append(row)
        if "pandoc" in samples:
            rows.append(Row(group, "pandoc PitchKit's Markdown -> docx (peer)", samples["pandoc"]))
        if "floor" in samples:
            row = Row(group, f"floor: python -c '{FLOOR_IMPORTS}'", samples["floor"], versus="pandoc")
            if peer:
                row.ratio = row.median / peer
            rows.append(row)
            floor_done = True
    return rows


def statistics_median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    print(markdown_table(run(args.repeats)))


if __name__ == "__main__":
    main()
