"""Templates know who a crowded document map leaves out, and the proposal says so."""

from __future__ import annotations

from benchmarks.projectgen import generate_project
from pitchkit.core.document_map import document_people
from pitchkit.documents.context import build_context
from pitchkit.documents.export import render_markdown


def test_templates_see_who_is_left_off_the_map():
    small = generate_project(20)
    assert list(build_context(small)["left_off_map"]) == []
    assert "the map shows the" not in render_markdown(small)
    big = generate_project(300)
    left = build_context(big)["left_off_map"]
    assert [v.name for v in left] == [p.name for p in document_people(big)[1]]
    assert f"With 300 people involved, the map shows the {300 - len(left)} the decision" in render_markdown(big)
