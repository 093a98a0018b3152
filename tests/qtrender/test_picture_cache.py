"""The map picture cache: a second export reuses the drawn picture and writes the same .docx."""

from __future__ import annotations

import zipfile

from pitchkit.core.project_file import load_project
from pitchkit.documents.export import export_project
from pitchkit.paths import example_project_path
from pitchkit.qtrender import renderers


def _parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def test_cached_map_picture_gives_identical_docx(tmp_path, isolated_app_folders, monkeypatch):
    project = load_project(example_project_path()).project
    export_project(project, out=tmp_path / "drawn.docx", pictures=renderers.qt_pictures())
    # The proposal is shared: its map is the stance-free one.
    cache = list((isolated_app_folders / "data" / "cache" / "pictures").glob("shared-map-*.png"))
    assert len(cache) == 1

    def must_not_draw(*args, **kwargs):
        raise AssertionError("the cached picture should have been used")

    monkeypatch.setattr("pitchkit.qtrender.map_painter.render_png", must_not_draw)
    export_project(project, out=tmp_path / "cached.docx", pictures=renderers.qt_pictures())
    drawn, cached = _parts(tmp_path / "drawn.docx"), _parts(tmp_path / "cached.docx")
    assert drawn == cached
    assert any(name.startswith("word/media/") for name in drawn)


def test_a_moved_stakeholder_draws_a_new_picture(tmp_path, isolated_app_folders):
    project = load_project(example_project_path()).project
    first = renderers.qt_pictures()["pitchkit:map"](project)
    project.stakeholders[0].power = 10 - project.stakeholders[0].power
    second = renderers.qt_pictures()["pitchkit:map"](project)
    assert first != second
    assert len(list((isolated_app_folders / "data" / "cache" / "pictures").glob("map-*.png"))) == 2


def test_a_change_to_any_module_the_picture_is_made_from_draws_a_new_picture(isolated_app_folders, monkeypatch):
    from pathlib import Path

    project = load_project(example_project_path()).project
    before = renderers._picture_cache_path(project)
    core = Path(renderers.__file__).parents[1] / "core"
    assert all((core / name).is_file() for name in renderers.PICTURE_SOURCES)
    for name in (*renderers.PICTURE_SOURCES, "map_painter.py"):
        real = Path.read_bytes

        def edited(path, name=name, real=real):
            return real(path) + b"# edited" if path.name == name else real(path)

        with monkeypatch.context() as patch:
            patch.setattr(Path, "read_bytes", edited)
            renderers._code_digest.cache_clear()  # the code is read once a process
            assert renderers._picture_cache_path(project) != before, name
    renderers._code_digest.cache_clear()
    assert renderers._picture_cache_path(project) == before


def test_every_core_module_the_document_map_imports_is_in_the_picture_key():
    import subprocess
    import sys

    found = subprocess.run(
        [sys.executable, "-c", "import sys, pitchkit.core.document_map, pitchkit.core.map_picture\n"
         "print(' '.join(sorted(m for m in sys.modules if m.startswith('pitchkit.core.map') or m.startswith('pitchkit.core.document_map'))))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    assert {name.rpartition(".")[2] + ".py" for name in found} <= set(renderers.PICTURE_SOURCES)
