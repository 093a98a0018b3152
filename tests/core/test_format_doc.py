"""docs/file-format.md's field tables are generated from the model and cannot drift."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import msgspec
import pytest

from pitchkit.core import references

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "file-format.md"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("make_format_tables", ROOT / "scripts" / "make_format_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RECORDS = sorted({place.record_type for place in references.places()}, key=lambda cls: cls.__name__)


def test_committed_tables_equal_the_generated_ones(script):
    page = DOC.read_text(encoding="utf-8")
    assert script.render_page(page) == page, "run python scripts/make_format_tables.py"
    assert script.main(["--check"]) == 0


def test_every_record_has_a_table(script):
    assert sorted(script.tabled(DOC.read_text(encoding="utf-8"))) == [cls.__name__ for cls in RECORDS]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_every_field_has_a_meaning_and_every_meaning_a_field(cls):
    names = {info.name for info in msgspec.structs.fields(cls)} - {"unknown"}
    assert set(cls.field_docs) == names
    assert all(text.strip() for text in cls.field_docs.values())


def test_the_check_notices_a_changed_meaning(script, monkeypatch):
    from pitchkit.core.model import Stakeholder

    page = DOC.read_text(encoding="utf-8")
    monkeypatch.setitem(Stakeholder.field_docs, "last_assessed", "when they were last asked")
    assert "when they were last asked" in script.render_page(page) != page


def test_types_read_as_the_page_defines_them(script):
    from pitchkit.core.model import Action, Link, Strategy

    types = {info.name: info.type for cls in (Link, Strategy, Action) for info in msgspec.structs.fields(cls)}
    assert script.type_words(types["source"]) == "stakeholder id"
    assert script.type_words(types["champion"]) == "stakeholder id or `null`"
    assert script.type_words(types["sequence"]) == "list of stakeholder ids"
    assert script.type_words(types["actions"]) == "list of [Action](#action)"
    assert script.type_words(types["due"]) == "date or `null`"
