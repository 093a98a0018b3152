"""Every field of the model reaches the templates or is declared internal; references resolve."""

from __future__ import annotations

import msgspec

from pitchkit.core import references
from pitchkit.core.model import Stakeholder
from pitchkit.core.project_file import load_project
from pitchkit.documents.context import (
    BACK_REFERENCES,
    SHOWN_OTHERWISE,
    TOP_LEVEL,
    VIEWS,
    build_context,
)
from pitchkit.documents.context_fields import INTERNAL, SHOWN_ELSEWHERE, VIEW_OF
from pitchkit.documents.context_views import public_attributes
from pitchkit.paths import example_project_path


def _model_fields() -> list[tuple[type, str]]:
    return [
        (place.record_type, info.name)
        for place in references.places()
        for info in msgspec.structs.fields(place.record_type)
        if info.name != "unknown"  # the parking slot of fields this version does not know
    ]


def _missing(shown_elsewhere: dict, internal: dict) -> list[str]:
    missing = []
    for record, name in _model_fields():
        view = VIEW_OF[record]
        in_view = view is not None and name in public_attributes(view)
        if not in_view and (record, name) not in shown_elsewhere and (record, name) not in internal:
            missing.append(f"{record.__name__}.{name}")
    return missing


def test_every_model_field_reaches_templates_or_is_internal():
    assert set(VIEW_OF) == {place.record_type for place in references.places()}
    assert _missing(SHOWN_ELSEWHERE, INTERNAL) == [], (
        "show the field in its record's view (pitchkit/documents/context_views.py, filled in "
        "context.py) or declare it in pitchkit/documents/context_fields.py (docs/developing.md)"
    )


def test_the_check_fails_for_a_field_templates_cannot_see():
    internal = {key: why for key, why in INTERNAL.items() if key[1] != "format"}
    assert _missing(SHOWN_ELSEWHERE, internal) == ["Project.format"]


def test_last_assessed_is_visible_to_templates():
    assert "last_assessed" in public_attributes(VIEW_OF[Stakeholder])
    project = load_project(example_project_path()).project
    context = build_context(project)
    by_id = {person.id: person for person in project.stakeholders}
    for view in context["stakeholders"]:
        assert view.last_assessed == by_id[view.id].last_assessed


def test_the_lists_name_real_fields_and_real_places():
    fields = set(_model_fields())
    for key in [*SHOWN_ELSEWHERE, *INTERNAL]:
        assert key in fields, key
    assert not set(SHOWN_ELSEWHERE) & set(INTERNAL)
    views = {view.__name__: view for view in VIEWS}
    for place in SHOWN_ELSEWHERE.values():
        if "." in place:
            view, attribute = place.split(".")
            assert attribute in public_attributes(views[view]), place
        else:
            assert place in TOP_LEVEL, place
    for (record, name) in INTERNAL:
        view = VIEW_OF[record]
        assert view is None or name not in public_attributes(view), "internal but shown"


def test_every_reference_to_a_stakeholder_is_resolved_in_the_context():
    to_people = {(r.owner, r.field) for r in references.references() if r.target == "stakeholders"}
    assert to_people == set(BACK_REFERENCES.values()) | set(SHOWN_OTHERWISE)
    stakeholder_view = VIEW_OF[Stakeholder]
    assert set(BACK_REFERENCES) <= set(public_attributes(stakeholder_view))
    owner_views = {place.kind: VIEW_OF[place.record_type] for place in references.places()}
    for owner, field in BACK_REFERENCES.values():
        assert field in public_attributes(owner_views[owner]), (owner, field)


def test_back_references_match_the_model():
    project = load_project(example_project_path()).project
    context = build_context(project)
    for person in context["stakeholders"]:
        uses = references.referrers_of(project, "stakeholders", person.id)
        for name, (owner, field) in BACK_REFERENCES.items():
            expected = {id(u.record) for u in uses if (u.reference.owner, u.reference.field) == (owner, field)}
            assert len(getattr(person, name)) == len(expected), (person.id, name)
