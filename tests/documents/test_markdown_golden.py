"""The Markdown of every built-in template for one seed scenario, against golden files.

A wording change shows here as a readable diff of tests/reference/markdown/<template>.md;
when it is meant, refresh with `PITCHKIT_UPDATE_GOLDEN=1 make test` and review the diff.
The scenario is tests/files/scenarios/third-place.pitchkit (from the second seed post),
rendered on a frozen clock, for the whole pitch and (for a one-person template) for the
L&D lead who declined the demo.
"""

from __future__ import annotations

import datetime
import difflib
from pathlib import Path

import pytest
import time_machine

from pitchkit.core.project_file import load_project
from pitchkit.documents.export import render_markdown
from pitchkit.documents.templates import list_templates
from tests.documents import golden

SCENARIO = Path(__file__).parent.parent / "files" / "scenarios" / "third-place.pitchkit"
REFERENCE = Path(__file__).parent.parent / "reference" / "markdown"
FROZEN_NOW = datetime.datetime(2027, 1, 5, 9, 30, tzinfo=datetime.UTC)
BUILT_IN = sorted(t.key for t in list_templates() if t.origin == "built-in")


@pytest.mark.parametrize("template", BUILT_IN)
def test_template_markdown_matches_its_golden_file(template):
    project = load_project(SCENARIO).project
    info = next(t for t in list_templates() if t.key == template)
    audience = "s-ld2" if info.audience == "stakeholder" else None
    with time_machine.travel(FROZEN_NOW, tick=False):
        markdown = render_markdown(project, template, audience)
    path = REFERENCE / f"{template}.md"
    if golden.updating():
        path.write_text(markdown, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path.name}: run with {golden.UPDATE_SWITCH}=1 once", pytrace=False)
    expected = path.read_text(encoding="utf-8")
    if markdown != expected:
        diff = difflib.unified_diff(expected.splitlines(True), markdown.splitlines(True), str(path), "now")
        pytest.fail(
            f"the Markdown of '{template}' differs from {path.name} "
            f"(if that is meant: {golden.UPDATE_SWITCH}=1 make test, then review the diff):\n" + "".join(diff),
            pytrace=False,
        )
