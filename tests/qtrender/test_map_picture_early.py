"""The map picture started in a worker while the template renders: same bytes, same .docx, errors kept."""

from __future__ import annotations

import threading
import zipfile

import pytest

from pitchkit.core.project_file import load_project
from pitchkit.documents.export import export_project
from pitchkit.paths import example_project_path
from pitchkit.qtrender import renderers


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def test_a_started_picture_is_drawn_in_a_worker_and_equals_a_drawn_one(isolated_app_folders, monkeypatch):
    project = load_project(example_project_path()).project
    threads: list[str] = []
    real = renderers._map_png
    monkeypatch.setattr(renderers, "_map_png", lambda p: threads.append(threading.current_thread().name) or real(p))
    started = renderers.MapPicture().start(project)()
    assert threads == ["pitchkit-map-picture"]
    monkeypatch.setattr(renderers, "_picture_cache_path", lambda p: None)
    assert started == renderers.MapPicture()(project)


def test_an_export_starts_the_map_early_and_writes_the_same_docx(tmp_path, isolated_app_folders, monkeypatch):
    project = load_project(example_project_path()).project
    started: list[int] = []
    real_start = renderers.MapPicture.start
    monkeypatch.setattr(renderers.MapPicture, "start", lambda self, p: started.append(1) or real_start(self, p))
    export_project(project, out=tmp_path / "early.docx", pictures=renderers.qt_pictures())
    assert started == [1]
    monkeypatch.setattr(renderers, "_picture_cache_path", lambda p: None)
    export_project(project, out=tmp_path / "drawn.docx", pictures={"pitchkit:map": renderers._map_png})
    assert _parts(tmp_path / "early.docx") == _parts(tmp_path / "drawn.docx")


def test_a_template_without_the_map_starts_nothing(tmp_path, isolated_app_folders, monkeypatch):
    project = load_project(example_project_path()).project
    monkeypatch.setattr(renderers.MapPicture, "start", lambda self, p: pytest.fail("started a picture not shown"))
    export_project(project, out=tmp_path / "x.docx", template="follow-up-email", pictures=renderers.qt_pictures())


def test_a_failure_in_the_worker_reaches_the_caller(isolated_app_folders, monkeypatch):
    project = load_project(example_project_path()).project
    monkeypatch.setattr(renderers, "_picture_cache_path", lambda p: None)

    def broken(p):
        raise OSError("disk full")

    monkeypatch.setattr(renderers, "_map_png", broken)
    wait = renderers.MapPicture().start(project)
    with pytest.raises(OSError, match="disk full"):
        wait()
