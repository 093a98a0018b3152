"""The context reference in docs/templates.md matches the code, so it cannot drift."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from pitchkit.core.project_file import load_project
from pitchkit.documents.context import TOP_LEVEL, VIEWS, build_context
from pitchkit.documents.context_views import public_attributes
from pitchkit.paths import example_project_path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "templates.md"


def _script():
    spec = importlib.util.spec_from_file_location(
        "make_context_reference", ROOT / "scripts" / "make_context_reference.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_reference_equals_the_generated_one():
    script = _script()
    page = DOC.read_text(encoding="utf-8")
    assert script.render_page(page) == page, "run python scripts/make_context_reference.py"
    assert script.main(["--check"]) == 0


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.__name__)
def test_every_attribute_of_every_view_is_documented(view):
    assert sorted(view.FIELDS) == sorted(public_attributes(view))
    for what, example in view.FIELDS.values():
        assert what.strip() and example.strip()


def test_every_top_level_name_is_documented_and_exists():
    context = build_context(load_project(example_project_path()).project, "s-joanne")
    assert set(context) == set(TOP_LEVEL)
    page = DOC.read_text(encoding="utf-8")
    for name in TOP_LEVEL:
        assert f"| `{name}` |" in page


def _walk(value, seen: set[int], found: set[type]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if type(value) in VIEWS:
        found.add(type(value))
        for name in public_attributes(type(value)):
            _walk(getattr(value, name), seen, found)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, seen, found)
    elif isinstance(value, tuple | list) or type(value).__name__ == "LazyList":
        for item in value:
            _walk(item, seen, found)


def test_walking_the_example_context_meets_only_documented_views():
    context = build_context(load_project(example_project_path()).project, "s-joanne")
    found: set[type] = set()
    seen: set[int] = set()
    for value in context.values():
        _walk(value, seen, found)
    assert found == set(VIEWS), "every view is reachable from the example and documented"


def test_every_filter_and_function_is_documented():
    from pitchkit.documents.templates import _environment

    env = _environment(())
    page = DOC.read_text(encoding="utf-8")
    public = [n for n in [*env.filters, *env.globals, *env.tests] if not n.startswith("_")]
    for name in [n for n in public if n not in env.tests]:
        assert re.search(rf"\| `{re.escape(name)}` \|", page), name
    for name in [n for n in public if n in env.tests]:
        assert f"`{name}`" in page
