"""The two ways to bound a template's memory and CPU, measured (docs/decisions.md, "Hostile inputs").

A. render user and shared templates in a child process with hard limits (address space,
   CPU time, wall clock) -- here a fresh `python` per render, as a GUI process that runs Qt
   threads cannot safely fork;
B. render in-process with bounded replacements of the unbounded operations
   (documents/sandbox_limits.py) -- what PitchKit does.

For each: the time of a normal render of the proposal (example project, 200 and 5,000
stakeholders) and the time and peak memory of refusing hostile templates.

    python -m benchmarks.bench_template_bounds [--repeats N] [--child-tree DIR]

With `--child-tree`, the child runs the PitchKit of another checkout (for example the
commit before the in-process bounds, `git archive 525e595 | tar -x -C DIR`), so that A is
measured with only the process limits, as it would be built.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.common import PYTHON, bench_env, project_path

HOSTILE = {
    "print a 10 GB list": "{% set a = 'x' * 100000 %}{{ [a] * 100000 }}",
    "wordwrap(1), 1M characters": (
        "{% set s = (['x']*100000)|join %}{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}"
        "{{ s|wordwrap(1)|length }}"
    ),
    "big integer squared 40 times": (
        "{% set ns = namespace(n=2) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}{% endfor %}"
        "{{ ns.n > 0 }}"
    ),
    "10,000 slow but bounded calls": (
        "{% set l = range(10000)|list %}{% for i in range(10000) %}{{ (l * 10)|sort|length }}{% endfor %}"
    ),
}
LIMIT_BYTES = 1 << 30
LIMIT_CPU = 10
LIMIT_WALL = 12.0

_CHILD = r"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
from pitchkit.core.project_file import loads_project
from pitchkit.documents.context import build_context
from pitchkit.documents.templates import find_template, render_template
project = loads_project(sys.stdin.buffer.read()).project
try:
    out = render_template(find_template(sys.argv[1]), build_context(project))
    sys.stdout.write(str(len(out)))
except MemoryError:
    sys.stdout.write("refused: out of memory")
except Exception as exc:
    sys.stdout.write("refused: " + str(exc).split(": ")[-1][:50])
"""


def _child(key: str, data: bytes, env: dict[str, str]) -> tuple[float, str]:
    code = _CHILD.format(mem=LIMIT_BYTES, cpu=LIMIT_CPU)
    start = time.perf_counter()
    try:
        # Not run from the checkout: `python -c` puts the working folder first on sys.path.
        done = subprocess.run([PYTHON, "-c", code, key], input=data, capture_output=True, timeout=LIMIT_WALL,
                              env=env, cwd=env["PITCHKIT_TEMPLATES_DIR"])
        result = done.stdout.decode() or f"killed (exit {done.returncode})"
    except subprocess.TimeoutExpired:
        result = "killed by the wall clock"
    return time.perf_counter() - start, result


def _in_process(key: str, data: bytes) -> tuple[float, str]:
    from pitchkit.core.errors import PitchKitError
    from pitchkit.core.project_file import loads_project
    from pitchkit.documents.context import build_context
    from pitchkit.documents.templates import find_template, render_template

    start = time.perf_counter()
    project = loads_project(data).project
    try:
        result = str(len(render_template(find_template(key), build_context(project))))
    except PitchKitError as err:
        result = "refused: " + err.what[:60]
    return time.perf_counter() - start, result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(repeats: int = 3, child_tree: str = "") -> str:
    from pitchkit.paths import example_project_path

    folder = Path(tempfile.mkdtemp(prefix="pitchkit-bounds-"))
    os.environ["PITCHKIT_TEMPLATES_DIR"] = str(folder)
    env = bench_env() | {"PITCHKIT_TEMPLATES_DIR": str(folder)}
    if child_tree:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [child_tree, env.get("PYTHONPATH", "")]))
    projects = {"example": example_project_path(), "200": project_path(200), "5,000": project_path(5000)}
    lines = ["| Render | A: child process (fresh python) | B: in-process, bounded | A / B |", "|---|---|---|---|"]
    _in_process("proposal", Path(projects["example"]).read_bytes())  # imports, compile cache
    for name, path in projects.items():
        data = Path(path).read_bytes()
        child = statistics.median(_child("proposal", data, env)[0] for _ in range(repeats))
        inside = statistics.median(_in_process("proposal", data)[0] for _ in range(repeats))
        lines.append(f"| proposal, {name} stakeholders | {child * 1000:.0f} ms | {inside * 1000:.0f} ms "
                     f"| {child / inside:.1f}x |")
    lines += ["", "| Hostile template | A: child process | B: in-process | peak memory of B's process |",
              "|---|---|---|---|"]
    small = Path(projects["example"]).read_bytes()
    for label, source in HOSTILE.items():
        key = "hostile-" + str(abs(hash(label)))
        (folder / f"{key}.md.j2").write_text(source, encoding="utf-8")
        child_time, child_result = _child(key, small, env)
        inside_time, inside_result = _in_process(key, small)
        lines.append(f"| {label} | {child_time:.1f} s, {child_result} | {inside_time:.1f} s, "
                     f"{inside_result[:70]} | {_peak_mb():.0f} MB |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child-tree", default="", help="a PitchKit checkout for the child process")
    args = parser.parse_args()
    print(run(args.repeats, args.child_tree))


if __name__ == "__main__":
    main()
