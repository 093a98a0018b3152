"""Every field of the model can be edited in the app: bound on a step's form, or declared here.

A new field added to a record in pitchkit/core/model.py fails this test until a page binds
it (`self.form.bind(LineBinding(self.form, editor, "field"))`, docs/developing.md) or it is
listed below with the place where the user edits it.
"""

from __future__ import annotations

import msgspec
import pytest

from pitchkit.core import references
from pitchkit.core.model import Conflict, Link, Project, Record, Strategy
from pitchkit.gui.form_binding import RecordForm
from pitchkit.gui.main_window import MainWindow
from pitchkit.paths import example_project_path

pytestmark = pytest.mark.gui

#: Fields no form binds, and where the user edits them instead (or why nobody does).
EDITED_ELSEWHERE: dict[tuple[type[Record], str], str] = {
    (Project, "format"): "the file header, written by PitchKit",
    (Project, "version"): "the file header, written by PitchKit",
    (Project, "project_id"): "given by the app on the first save, never edited",
    (Project, "language"): "the Generate step's Language choice (gui/pages/document_language.py)",
    (Strategy, "sequence"): "the Strategy step's order-of-conversations list",
    (Link, "source"): "drawn on the Map step (an arrow from one card to another)",
    (Link, "target"): "drawn on the Map step (an arrow from one card to another)",
    (Link, "strength"): "the right-click menu of an arrow on the Map step",
    (Link, "note"): "not editable in the app yet: only in the file",
    **{(Conflict, name): "settled in the Conflicts panel, never typed"
       for name in ("kind", "record_id", "field", "reason", "base", "ours", "theirs")},
}


def _not_bound(bound: dict[str, set[str]], elsewhere: dict[tuple[type[Record], str], str]) -> list[str]:
    """`Record.field` for each model field no form binds and no entry explains."""
    lists = {place.path[-1] for place in references.places() if place.path}
    missing = []
    for place in references.places():
        for info in msgspec.structs.fields(place.record_type):
            name = info.name
            if name in ("id", "unknown") or name in lists:
                continue  # ids are never edited; a list of records has its own step or panel
            if name not in bound.get(place.kind, set()) and (place.record_type, name) not in elsewhere:
                missing.append(f"{place.record_type.__name__}.{name}")
    return missing


@pytest.fixture
def bound(qtbot) -> dict[str, set[str]]:
    """Record kind -> the fields the forms of every step bind (with the example open)."""
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.load(example_project_path(), as_example=True)
    for step in window.steps:
        window.show_step(step.key)  # pages are built on first use
    found: dict[str, set[str]] = {}
    for form in window.findChildren(RecordForm):
        found.setdefault(str(form.kind), set()).update(b.field for b in form.bindings)
    return found


def test_every_model_field_is_bound_on_a_form_or_edited_elsewhere(bound):
    assert _not_bound(bound, EDITED_ELSEWHERE) == [], (
        "bind the field on its step's form, or add it to EDITED_ELSEWHERE with where it is edited"
    )


def test_a_field_without_a_form_is_caught(bound):
    shown = {kind: fields - {"channel"} for kind, fields in bound.items()}
    assert "Stakeholder.channel" in _not_bound(shown, EDITED_ELSEWHERE)
    assert "Stakeholder.channel" not in _not_bound(bound, EDITED_ELSEWHERE)


def test_the_list_names_real_fields_that_no_form_binds(bound):
    fields = {(p.record_type, info.name) for p in references.places() for info in msgspec.structs.fields(p.record_type)}
    kinds = {p.record_type: p.kind for p in references.places()}
    for record, name in EDITED_ELSEWHERE:
        assert (record, name) in fields, f"{record.__name__}.{name} is not a field"
        assert name not in bound.get(kinds[record], set()), f"{record.__name__}.{name} is bound on a form after all"
