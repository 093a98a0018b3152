"""Known server-side template injection payloads and resource attacks: each one is refused
with a clear TemplateError naming the template, quickly, and nothing runs or is read."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pitchkit.core.errors import TemplateError
from pitchkit.core.model import Project
from pitchkit.documents.context import build_context
from pitchkit.documents.templates import find_template, render_template

#: Escapes to Python internals, files or the process.
ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__.__base__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__.__builtins__ }}",
    "{{ self.__init__.__globals__.__builtins__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
    "{{ ''|attr('__class__') }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ ''['__class__'] }}",
    "{{ '{0.__class__}'.format('') }}",
    "{{ '{0.__class__.__mro__}'.format(1) }}",
    "{{ '%s'|format(cycler.__init__) }}",
    "{{ ''.format.__globals__ }}",
    "{{ range.__globals__ }}",
    "{{ config }}",
    "{{ lipsum.__globals__ }}",
    "{{ [].pop() }}",
    "{{ {}.update(a=1) }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../etc/passwd' %}",
    "{% extends '/etc/hostname' %}",
    "{% import '/etc/passwd' as x %}",
]

#: Attempts to exhaust time or memory.
BOMBS = [
    "{{ range(99999999999) }}",
    "{% for i in range(10000) %}{% for j in range(10000) %}x{% endfor %}{% endfor %}",
    "{% for x in 'a'*90000 %}{% for y in 'a'*90000 %}{% endfor %}{% endfor %}",
    "{% macro r(n) %}{{ r(n+1) }}{% endmacro %}{{ r(0) }}",
    "{% macro a() %}{{ b() }}{{ b() }}{% endmacro %}{% macro b() %}{% for i in range(9999) %}"
    "{% for j in range(9999) %}{% endfor %}{% endfor %}{% endmacro %}{{ a() }}",
    "{{ 'x' * 100000000 }}",
    "{{ [1] * 100000 * 100000 }}",
    "{{ 9 ** 999999 }}",
    "{{ ((10 ** 100) ** 100) ** 100 }}",
    "{{ 'x'|center(10000000000) }}",
    "{{ 'x'|indent(999999999) }}",
    "{{ 'x'.zfill(999999999) }}",
    "{{ 'x'.ljust(999999999) }}",
    "{{ '%999999999d'|format(1) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ '{:{}}'.format('x', 999999999) }}",
    "{{ ('\\t' * 90000).expandtabs(1000000) }}",
    "{{ 'ab'|replace('a', 'a' * 90000)|replace('a', 'a' * 90000) }}",
    "{{ 'ab'.replace('a', 'a' * 90000).replace('a', 'a' * 90000) }}",
    "{{ (['x' * 90000] * 10000)|join }}",
    "{% set a = 'x' * 90000 %}{% set b = a~a~a~a~a~a~a~a~a~a %}{% set c = b~b~b~b~b~b~b~b~b~b %}{{ c }}",
    "{% set a = 'x' * 90000 %}{% set b = a+a+a+a+a+a+a+a+a+a %}{% set c = b+b+b+b+b+b+b+b+b+b %}{{ c }}",
    "{% set ns = namespace(s='x' * 90000) %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{% set s = 'x' * 90000 %}{% for i in range(10000) %}{{ s }}{% endfor %}",
]


def _write(name: str, body: str) -> Path:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md.j2"
    path.write_text("# Title\n\n" + body + "\n", encoding="utf-8")
    return path


def _refused(body: str, tmp_path: Path, monkeypatch) -> TemplateError:
    monkeypatch.chdir(tmp_path)
    path = _write("hostile", body)
    start = time.monotonic()
    with pytest.raises(TemplateError) as caught:
        render_template(find_template("hostile"), build_context(Project()))
    assert time.monotonic() - start < 10, "a hostile template must be stopped quickly"
    err = caught.value
    assert err.file == str(path)
    assert "Traceback" not in str(err) and err.what
    assert not (tmp_path / "PWNED").exists()
    assert "root:" not in str(err)  # nothing read from /etc/passwd
    return err


@pytest.mark.parametrize("body", ESCAPES)
def test_escape_payloads_are_refused(body, tmp_path, monkeypatch):
    err = _refused(body, tmp_path, monkeypatch)
    assert err.where == "line 3"


@pytest.mark.slow
@pytest.mark.parametrize("body", BOMBS)
def test_resource_bombs_are_refused_within_bounds(body, tmp_path, monkeypatch):
    err = _refused(body, tmp_path, monkeypatch)
    assert any(word in err.what for word in ("not allowed", "too deeply", "too much memory")), err.what


def test_ordinary_loops_and_text_still_work(tmp_path, monkeypatch):
    _write("fine", "{% for i in range(100) %}{{ i }}{% endfor %} {{ 'ab' ~ 'cd' }} {{ '%05d' % 42 }} "
           "{{ '{:>6}'.format('x') }} {{ 'x'|center(9) }} {{ 'a-b'|replace('-', '+') }}")
    out = render_template(find_template("fine"), build_context(Project()))
    assert "0123" in out and "abcd" in out and "00042" in out and "a+b" in out


def test_builtin_proposal_renders_within_the_limits():
    from pitchkit.core.project_file import load_project
    from pitchkit.paths import example_project_path

    project = load_project(example_project_path()).project
    assert render_template(find_template("proposal"), build_context(project)).strip()
