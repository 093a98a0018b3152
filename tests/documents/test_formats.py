"""The format registry: every entry complete, and every caller reads its list from it."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from pitchkit.cli import build_parser, main
from pitchkit.core.errors import ExportError
from pitchkit.core.project_file import load_project
from pitchkit.documents import formats
from pitchkit.documents.export import build_document, export_project
from pitchkit.documents.formats import FormatKind, OutputFormat, WriteOptions

OPTION_FIELDS = set(WriteOptions.__struct_fields__)

NAMES_FORMAT = OutputFormat(
    "names", "txt", "Name list", "Text files (*.txt)", "tests.documents.fake_writers:write_names",
    kind=FormatKind.PROJECT,
)
TITLE_FORMAT = OutputFormat(
    "title", "title.txt", "Title only", "Title files (*.title.txt)", "tests.documents.fake_writers:write_title",
)


@pytest.fixture
def more_formats(monkeypatch):
    """The registry with a made-up project format and a made-up document format added."""
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, NAMES_FORMAT, TITLE_FORMAT))


@pytest.mark.parametrize("spec", formats.FORMATS, ids=lambda f: f.name)
def test_every_entry_is_complete(spec):
    assert spec.name.isidentifier() and spec.name == spec.name.lower()
    assert spec.extension and not spec.extension.startswith(".")
    assert spec.label.strip() and f"(*.{spec.extension})" in spec.file_filter
    assert spec.options <= OPTION_FIELDS, "an option the writer cannot be given"
    assert spec.shared or spec.private, "a format no document may use"
    module, _, function = spec.writer.partition(":")
    # A writer that needs Qt lives in pitchkit.qtrender, so documents/ never imports it.
    assert module.startswith("pitchkit.qtrender." if spec.needs_qt else "pitchkit.documents."), module
    writer = spec.load_writer()
    assert callable(writer) and writer.__name__ == function
    positional = [
        p for p in inspect.signature(writer).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    assert len(positional) == 3, "a writer takes (document or project, out_path, options)"


def test_names_are_unique_and_the_command_line_offers_exactly_them():
    assert len(set(formats.names())) == len(formats.FORMATS)
    export = build_parser()._subparsers._group_actions[0].choices["export"]
    action = next(a for a in export._actions if "--format" in a.option_strings)
    assert tuple(action.choices) == formats.names()


def test_only_the_registry_decides_what_a_format_is_told():
    docx, md = formats.get("docx"), formats.get("md")
    told = WriteOptions(reference_docx=Path("ref.docx"))
    assert docx.own_options(told) == told
    assert md.own_options(told) == WriteOptions()


def test_unknown_format_names_the_choices():
    with pytest.raises(ExportError, match="unknown format \"odt\"; choose from docx, pdf, html, md"):
        formats.get("odt")
    assert formats.find("odt") is None


def test_a_template_free_format_drops_in(more_formats, project, tmp_path):
    report = export_project(project, out=tmp_path / "people.txt", fmt="names", template="no-such-template")
    assert (tmp_path / "people.txt").read_text(encoding="utf-8").splitlines() == [p.name for p in project.stakeholders]
    assert report.warnings == ["4 rows"]
    assert NAMES_FORMAT not in formats.document_formats() and TITLE_FORMAT in formats.document_formats()


def test_a_new_format_reaches_the_command_line(more_formats, example_path, tmp_path, capsys):
    assert main(["export", str(example_path), "-f", "names"]) == 0
    written = example_path.with_name("example.txt")  # no template in the name: it takes none
    names = [p.name for p in load_project(example_path).project.stakeholders]
    assert written.read_text(encoding="utf-8").splitlines() == names
    assert main(["export", str(example_path), "-f", "title", "-o", str(tmp_path)]) == 0
    title = build_document(load_project(example_path).project).title
    assert (tmp_path / "example-proposal.title.txt").read_text(encoding="utf-8") == title
