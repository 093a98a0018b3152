"""The preview engine: same tree as the export, debounced, off the GUI thread, newest wins."""

from __future__ import annotations

import pytest

from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.documents.export import build_document
from pitchkit.gui.preview import (
    MapPictureCache,
    PreviewRenderer,
    PreviewRequest,
    build_preview,
    snapshot,
)
from pitchkit.qtrender.pdf_writer import text_document
from pitchkit.qtrender.renderers import qt_pictures

pytestmark = pytest.mark.gui


def test_preview_is_the_export_tree_laid_out_like_the_pdf(example_path):
    project = load_project(example_path).project
    result = build_preview(PreviewRequest(1, snapshot(project), "proposal", None), MapPictureCache())
    assert result.error == ""
    expected = text_document(build_document(project, "proposal", pictures=qt_pictures())).toPlainText()
    assert result.text == expected
    assert result.findings  # the health check runs with it


def test_map_picture_is_redrawn_only_when_the_map_changes(example_path, monkeypatch):
    from pitchkit.qtrender import map_painter

    drawn: list[int] = []
    real = map_painter.render_png

    def counting(project, *args, **kwargs):
        drawn.append(1)
        return real(project, *args, **kwargs)

    monkeypatch.setattr(map_painter, "render_png", counting)
    project = load_project(example_path).project
    cache = MapPictureCache()
    first = cache(project)
    project.stakeholders[0].notes = "A note the map does not show."
    assert cache(project) is first and len(drawn) == 1
    project.stakeholders[0].power = 1.0
    cache(project)
    assert len(drawn) == 2


def test_requests_are_debounced_and_stale_results_dropped(qtbot, example_path):
    project = load_project(example_path).project
    renderer = PreviewRenderer()
    renderer.set_project(project)
    results = []
    renderer.ready.connect(results.append)
    for _ in range(5):
        renderer.request()
    assert renderer.generation == 0  # nothing built while the user types
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert [r.generation for r in results] == [1]

    # A request while a build runs: the running build's result is dropped, the newer one shown.
    renderer.refresh_now()
    project.pitch.organisation = "Later Name Ltd"
    renderer.refresh_now()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)
    assert results[-1].generation == renderer.generation == 3
    assert "Later Name Ltd" in results[-1].text
    assert not renderer.is_busy()
    renderer.wait()


def test_the_document_arrives_on_the_gui_thread(qtbot, example_path):
    renderer = PreviewRenderer()
    renderer.set_project(load_project(example_path).project)
    with qtbot.waitSignal(renderer.ready, timeout=20_000) as blocker:
        renderer.refresh_now()
    document = blocker.args[0].document
    assert document.thread() is renderer.thread()


def test_an_empty_project_previews_without_error():
    result = build_preview(PreviewRequest(1, snapshot(Project()), "proposal", None), MapPictureCache())
    assert result.error == "" and result.document is not None
    assert any(f.code == "no-stakeholders" for f in result.findings)


def test_the_preview_and_its_health_panel_share_one_analysis(example_path, monkeypatch):
    from pitchkit.core import analysis

    ranked: list[int] = []
    real = analysis.rank_candidates

    def counting(*args, **kwargs):
        ranked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis, "rank_candidates", counting)
    project = load_project(example_path).project
    project.strategy.champion = None
    result = build_preview(PreviewRequest(1, snapshot(project), "briefing", "s-joanne"), MapPictureCache())
    assert result.error == ""
    assert "no-champion" in {f.code for f in result.findings}
    assert len(ranked) == 1  # for the document's champion, sequence and points, and the findings
