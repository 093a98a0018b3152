"""The Word output of every built-in template, and of a document with every block, against golden files.

A change to the .docx output shows here as a diff of its XML parts; when the change is
meant, refresh the files with `PITCHKIT_UPDATE_GOLDEN=1 make test` and review the diff
in git (tests/reference/README.md).  The render is fixed: the example project, a frozen
clock (the date reaches the health findings and the document properties) and a made-up
map picture, so nothing but the code changes the output.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import time_machine

from pitchkit.core.project_file import load_project
from pitchkit.documents.docx_writer import default_reference
from pitchkit.documents.export import export_project
from pitchkit.documents.templates import list_templates
from pitchkit.documents.tree import Document
from pitchkit.paths import example_project_path
from tests.documents import golden
from tests.documents.every_block import every_block_document, tiny_png

#: The day every golden render happens on.
FROZEN_NOW = datetime.datetime(2026, 1, 15, 9, 30, tzinfo=datetime.UTC)
MAP_PICTURE = tiny_png(300, 200)
BUILT_IN = sorted(t.key for t in list_templates() if t.origin == "built-in")


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(FROZEN_NOW, tick=False):
        yield


def assert_matches(case: str, data: bytes, warnings: list[str], reference: Path) -> None:
    diff = golden.check(case, data, warnings, reference)
    if diff:
        pytest.fail(
            f"the Word output of '{case}' differs from tests/reference/docx/{case}/ "
            f"(if that is meant: {golden.UPDATE_SWITCH}=1 make test, then review the diff):\n"
            + "".join(diff),
            pytrace=False,
        )


@pytest.mark.parametrize("template", BUILT_IN)
def test_template_output_matches_its_golden_files(template, tmp_path):
    project = load_project(example_project_path()).project
    info = next(t for t in list_templates() if t.key == template)
    audience = project.stakeholders[0].id if info.audience == "stakeholder" else None
    out = tmp_path / "out.docx"
    report = export_project(
        project, out=out, template=template, audience=audience, images={"pitchkit:map": MAP_PICTURE}
    )
    assert_matches(f"template-{template}", out.read_bytes(), report.warnings, default_reference())


@pytest.mark.parametrize("reference", ["bundled", "python-docx-default"])
def test_every_block_matches_its_golden_files(reference):
    import docx

    from pitchkit.documents.docx_writer import DocxWriter

    path = None if reference == "bundled" else Path(docx.__file__).parent / "templates" / "default.docx"
    data, warnings = DocxWriter(path).render(every_block_document())
    assert_matches(f"every-block-{reference}", data, warnings, path or default_reference())


def test_every_built_in_template_has_golden_files():
    """Runs after the renders above, so that an update run has written them."""
    cases = {path.name for path in golden.REFERENCE.iterdir() if path.is_dir()}
    assert {f"template-{key}" for key in BUILT_IN} <= cases
    assert len(BUILT_IN) >= 5


def test_an_empty_document_matches_its_golden_files():
    from pitchkit.documents.docx_writer import DocxWriter

    data, warnings = DocxWriter().render(Document())
    assert_matches("empty-document", data, warnings, default_reference())


# --- the comparison itself --------------------------------------------------------------


def _render() -> bytes:
    from pitchkit.documents.docx_writer import DocxWriter

    return DocxWriter().render(every_block_document())[0]


def test_a_changed_part_is_shown_as_a_readable_diff():
    files = golden.snapshot(_render(), [])
    changed = dict(files)
    changed["word/document.xml"] = changed["word/document.xml"].replace("paragraphmark", "paragraphmarc", 1)
    diff = "".join(golden.differences(files, changed))
    assert "--- golden/word/document.xml" in diff and "+++ output/word/document.xml" in diff
    assert "-" in diff and "paragraphmarc" in diff and diff.count("\n@@") + diff.startswith("@@") >= 1
    assert golden.differences(files, {**files, "extra.xml": "<x/>\n"})  # a new part is a difference too


def test_volatile_properties_are_ignored_and_xml_is_one_element_a_line():
    with time_machine.travel(FROZEN_NOW + datetime.timedelta(days=3), tick=False):
        later = golden.snapshot(_render(), [])
    assert golden.snapshot(_render(), []) == later
    core = later["docProps/core.xml"]
    assert "created" not in core and "modified" not in core and "<dc:title>" in core
    assert later["word/document.xml"].count("\n") > 100  # pretty-printed, not one long line


def test_the_update_switch_rewrites_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(golden, "REFERENCE", tmp_path)
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "stale.xml").write_text("<old/>\n", encoding="utf-8")
    monkeypatch.setenv(golden.UPDATE_SWITCH, "1")
    assert golden.check("case", _render(), ["a warning"]) == []
    assert not (tmp_path / "case" / "stale.xml").exists()
    assert (tmp_path / "case" / golden.WARNINGS).read_text(encoding="utf-8") == "a warning\n"
    monkeypatch.delenv(golden.UPDATE_SWITCH)
    assert golden.check("case", _render(), ["a warning"]) == []
    assert golden.check("case", _render(), []) != []
