"""Templates that ask for unbounded memory or CPU inside one operation are refused quickly,
within a hard memory cap (documents/sandbox_limits.py, docs/decisions.md "Hostile inputs")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project
from pitchkit.documents import sandbox_limits, templates
from pitchkit.documents.context import build_context

PAYLOADS = {
    "print-list": "{% set a = 'x' * 100000 %}{{ [a] * 100000 }}",
    "print-nested": "{% set a = 'x' * 100000 %}{{ [[a] * 1000] * 100 }}",
    "print-dict": "{% set a = 'x' * 100000 %}{{ {'k': [a] * 100000} }}",
    "string": "{% set a = 'x' * 100000 %}{{ ([[a] * 1000] * 100)|string|length }}",
    "pprint": "{% set a = 'x' * 100000 %}{{ ([a] * 100000)|pprint|length }}",
    "map": "{% set a = 'x' * 100000 %}{{ ([[a] * 1000] * 100)|map('string')|list|length }}",
    "tojson": "{% set a = 'x' * 100000 %}{{ ([a] * 100000)|tojson|length }}",
    "concat": "{% set a = 'x' * 100000 %}{{ ([a] * 100000) ~ '' }}",
    "first-of-nested": "{% set a = 'x' * 100000 %}{{ [[a] * 100000]|first }}",
    "wordwrap": "{% set s = (['x']*100000)|join %}{% set s = s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s ~ s %}"
                "{{ s|wordwrap(1)|length }}",
    "wordwrap-method": "{% set s = (['x']*100000)|join %}{% set s = s ~ s ~ s %}{{ s|wordwrap(width=2) }}",
    "bigint-loop": "{% set ns = namespace(n=2) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}"
                   "{% endfor %}{{ ns.n > 0 }}",
    "bigint-chain": "{% set n = (2**100)**100 %}" + "{% set n = n * n %}" * 18 + "{{ n > 0 }}",
}

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from pathlib import Path
    from pitchkit.core.model import Project
    from pitchkit.documents.context import build_context
    from pitchkit.documents.templates import find_template, render_template
    folder = Path(sys.argv[1])
    for name, body in json.loads(sys.stdin.read()).items():
        (folder / f"{name}.md.j2").write_text(body, encoding="utf-8")
        started = time.monotonic()
        try:
            render_template(find_template(name), build_context(Project()))
            outcome = "rendered"
        except Exception as exc:
            outcome = str(exc)
        print(json.dumps([name, outcome, time.monotonic() - started]), flush=True)
    """
)


@pytest.mark.timeout(120)
def test_each_unbounded_operation_is_refused_in_a_second_under_a_1_gb_cap(tmp_path):
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder)], input=json.dumps(PAYLOADS), text=True,
                          capture_output=True, timeout=100)
    results = {name: (outcome, seconds) for name, outcome, seconds in map(json.loads, done.stdout.splitlines())}
    assert set(results) == set(PAYLOADS), done.stderr[-2000:]
    for name, (outcome, seconds) in results.items():
        assert "not allowed in a template" in outcome and f"{name}.md.j2: line" in outcome, (name, outcome)
        assert "needs too much memory" not in outcome, name  # refused by a bound, not by the cap
        assert seconds < 5, (name, seconds)


def _render(body: str) -> str:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.md.j2").write_text(body, encoding="utf-8")
    return templates.render_template(templates.find_template("t"), build_context(Project(title="P")))


def test_printing_ordinary_lists_still_works():
    assert _render("{{ [1, 2, 3] }} {{ {'a': 'b'} }} {{ (range(10)|list) ~ '' }}").startswith("\\[1, 2, 3\\]")
    assert int(_render("{{ (('word ' * 50)|wordwrap(20)).count('\\n') }}")) >= 10
    assert _render("{{ (2 ** 64) * (2 ** 64) }}") == str(2**128)


def test_the_wall_clock_stops_many_bounded_but_slow_calls(monkeypatch):
    monkeypatch.setattr(sandbox_limits, "MAX_SECONDS", 0.3)
    body = "{% set l = range(10000)|list %}{% for i in range(10000) %}{{ (l * 10)|sort|length }}{% endfor %}"
    with pytest.raises(TemplateError, match=r"t.md.j2: line 1: .*takes too long \(over 0.3 seconds\)"):
        _render(body)


@pytest.mark.timeout(20)
def test_too_many_tags_are_refused_before_compiling_also_across_includes():
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    with pytest.raises(TemplateError, match="more than 4,000 template tags"):
        _render("{% if 1 %}x{% endif %}" * 2001)
    for i in range(3):
        (folder / f"part{i}.md.j2").write_text("{{ 1 }}" * 3000, encoding="utf-8")
    with pytest.raises(TemplateError, match="more than 8,000 template tags"):
        _render("{% include 'part0.md.j2' %}{% include 'part1.md.j2' %}{% include 'part2.md.j2' %}")
