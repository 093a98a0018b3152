"""The speed-ups keep the output identical: cached compiled templates give the same .docx,
byte for byte in every XML part, as a fresh compile; a cache that cannot be written changes
nothing; pictures are stored, XML deflated; and the sandbox's remembered answers are the
answers it would give anyway.  The Word output itself is pinned by the golden files
(test_docx_golden.py)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.project_file import load_project
from pitchkit.documents import template_cache, templates
from pitchkit.documents.export import export_project
from pitchkit.paths import example_project_path
from tests.documents.every_block import every_block_document

VOLATILE = {"docProps/core.xml"}  # creation and modification times


def docx_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name not in VOLATILE}


@pytest.fixture(params=["example", "generated-40"])
def big_enough_project(request):
    if request.param == "example":
        return load_project(example_project_path()).project
    return generate_project(40)


def test_bytecode_cache_gives_identical_docx(big_enough_project, tmp_path, isolated_app_folders, monkeypatch):
    # Not the templates compiled at set-up (test_precompiled_templates.py): this run compiles.
    monkeypatch.setattr(template_cache, "shipped_cache_dir", lambda: tmp_path / "no-compiled-templates")
    templates._environment.cache_clear()
    export_project(big_enough_project, out=tmp_path / "fresh.docx")
    cached = list((isolated_app_folders / "data" / "cache" / "templates").rglob("*.cache"))
    assert cached, "the compiled template was not cached"
    templates._environment.cache_clear()  # a new process: the template comes from the cache
    export_project(big_enough_project, out=tmp_path / "cached.docx")
    assert docx_parts(tmp_path / "fresh.docx") == docx_parts(tmp_path / "cached.docx")


def test_unwritable_cache_folder_costs_nothing_but_speed(project, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache").write_text("a file where the cache folder should be")
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(data))
    templates._environment.cache_clear()
    export_project(project, out=tmp_path / "a.docx")
    monkeypatch.setenv("PITCHKIT_DATA_DIR", str(tmp_path / "ok"))
    templates._environment.cache_clear()
    export_project(project, out=tmp_path / "b.docx")
    assert docx_parts(tmp_path / "a.docx") == docx_parts(tmp_path / "b.docx")


class _Record:
    name = "x"


@pytest.mark.parametrize(
    ("obj", "attr", "safe"),
    [
        ([], "append", False),
        ({}, "clear", False),
        ([], "index", True),
        (_Record(), "name", True),
        (_Record(), "__class__", False),
        (_Record(), "_private", False),
        (str, "mro", False),
        (len, "__self__", False),
    ],
)
def test_sandbox_answers_stay_the_same_when_remembered(obj, attr, safe):
    env = templates.TemplateEnvironment()
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    assert ImmutableSandboxedEnvironment().is_safe_attribute(obj, attr, None) is safe
    assert env.is_safe_attribute(obj, attr, None) is safe
    assert env.is_safe_attribute(obj, attr, None) is safe  # now from the memo


def test_sandbox_still_refuses_mutation_in_a_template():
    env = templates.TemplateEnvironment()
    for _ in range(2):
        with pytest.raises(Exception, match="unsafe|not safely callable|access"):
            env.from_string("{{ items.append(1) }}").render(items=[])


def test_pictures_are_stored_and_xml_deflated():
    from pitchkit.documents.docx_writer import DocxWriter

    data, _ = DocxWriter().render(every_block_document())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        kinds = {info.filename: info.compress_type for info in archive.infolist()}
    assert kinds["word/media/image1.png"] == zipfile.ZIP_STORED
    assert kinds["word/document.xml"] == zipfile.ZIP_DEFLATED


def test_bytecode_cache_folder_follows_the_compiler_source(monkeypatch, tmp_path):
    """Jinja checks only the template's source; a change to how we compile must not reuse old code."""
    first = templates._bytecode_cache().directory
    real_read = Path.read_bytes

    def edited(self):
        data = real_read(self)
        return data + b"# edited" if self.name == "templates.py" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    assert templates._bytecode_cache().directory != first
