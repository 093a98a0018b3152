"""Built-in templates compiled at set-up: a first export (empty app-data cache) compiles nothing."""

from __future__ import annotations

import jinja2
import pytest

from pitchkit.core.language import LANGUAGES
from pitchkit.core.project_file import load_project
from pitchkit.documents import template_cache, templates
from pitchkit.documents.export import render_markdown


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    monkeypatch.setattr(template_cache, "shipped_cache_dir", lambda: folder)
    templates._environment.cache_clear()
    yield folder
    templates._environment.cache_clear()


def _fresh_app_data(monkeypatch, tmp_path, name):
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(tmp_path / name))
    templates._environment.cache_clear()


def test_a_first_export_uses_the_templates_compiled_at_setup(example_path, shipped, monkeypatch, tmp_path):
    project = load_project(example_path).project
    _fresh_app_data(monkeypatch, tmp_path, "compiling")
    expected = render_markdown(project, "proposal")

    every_language = [
        t for language in LANGUAGES for t in templates.list_templates(language)
        if t.origin == "built-in" and t.language == language
    ]  # the Dutch ones too (templates/nl/)
    assert templates.precompile_builtin() == len(every_language)
    assert any(shipped.rglob("*.cache"))
    _fresh_app_data(monkeypatch, tmp_path, "first-run")

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled although set-up had compiled it")

    monkeypatch.setattr(jinja2.Environment, "compile", no_compiling)
    assert render_markdown(project, "proposal") == expected


def test_without_compiled_templates_a_first_export_compiles(example_path, shipped, monkeypatch, tmp_path):
    project = load_project(example_path).project
    _fresh_app_data(monkeypatch, tmp_path, "first-run")
    compiled = []
    real = jinja2.Environment.compile

    def counting(self, *args, **kwargs):
        compiled.append(args[1] if len(args) > 1 else kwargs.get("name"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    render_markdown(project, "proposal")
    assert compiled
