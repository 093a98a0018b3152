"""References between records: declared once in the model, found and followed by one walker."""

from __future__ import annotations

import typing
from typing import Any

import msgspec
import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core import references
from pitchkit.core.errors import ProjectError
from pitchkit.core.messages import CATALOGUE
from pitchkit.core.model import Id, Project, Record, StakeholderRef
from pitchkit.core.project_file import dumps_project, load_project, loads_project
from pitchkit.core.references import Shape, delete, detach, iter_references, referrers_of
from pitchkit.core.values import NOT_A_REFERENCE
from pitchkit.paths import example_project_path

# --- every id-bearing field is declared -----------------------------------------------------

_ID_PATTERN = typing.get_args(Id)[1].pattern


def _declared_not_a_reference(annotation: Any) -> bool:
    inner, _ = references.without_none(annotation)
    if typing.get_origin(inner) is not typing.Annotated:
        return False
    return any(NOT_A_REFERENCE in (getattr(meta, "extra", None) or {}) for meta in inner.__metadata__)


def _holds_ids(name: str, annotation: Any) -> bool:
    """By name or by type, whether a field looks as if it holds record ids."""
    if _declared_not_a_reference(annotation):
        return False
    if name.endswith(("_id", "_ids", "Id", "Ids")):
        return True
    inner, _ = references.without_none(annotation)
    if typing.get_origin(inner) is list:
        inner = typing.get_args(inner)[0]
    if typing.get_origin(inner) is not typing.Annotated:
        return False
    return any(getattr(meta, "pattern", None) == _ID_PATTERN for meta in inner.__metadata__)


def undeclared_id_fields(root: type[msgspec.Struct]) -> list[str]:
    """`Record.field` for every field under `root` that holds ids but declares no reference."""
    found: list[str] = []
    seen: set[type] = set()

    def visit(cls: type[msgspec.Struct]) -> None:
        if cls in seen:
            return
        seen.add(cls)
        for info in msgspec.structs.fields(cls):
            kind = info.type
            inner = typing.get_args(kind)[0] if typing.get_origin(kind) is list else kind
            if isinstance(inner, type) and issubclass(inner, msgspec.Struct):
                visit(inner)
            elif info.name != "id" and _holds_ids(info.name, kind):
                if references.field_reference(kind) is None:
                    found.append(f"{cls.__name__}.{info.name}")

    visit(root)
    return found


def test_every_field_that_holds_ids_is_a_declared_reference():
    assert undeclared_id_fields(Project) == []


class Meeting(Record, kw_only=True):
    """A record someone might add: three id fields forgotten, one declared."""

    id: Id
    chair: Id
    minute_taker_id: str = ""
    attendees: list[Id] = []
    host: StakeholderRef | None = None


class Holder(Record, kw_only=True):
    """A project-like root holding the new records."""

    meetings: list[Meeting] = []


def test_the_check_catches_an_undeclared_id_field():
    assert undeclared_id_fields(Holder) == ["Meeting.chair", "Meeting.minute_taker_id", "Meeting.attendees"]


def test_the_declared_references_and_what_a_delete_does_to_each():
    declared = {(r.owner, r.field): (r.target, r.shape) for r in references.references()}
    people = "stakeholders"
    assert declared == {
        ("links", "source"): (people, Shape.ONE),
        ("links", "target"): (people, Shape.ONE),
        ("resistances", "stakeholder"): (people, Shape.ONE),
        ("problems", "stakeholders"): (people, Shape.MANY),
        ("strategy", "champion"): (people, Shape.OPTIONAL),
        ("strategy", "sequence"): (people, Shape.MANY),
        ("talking_points", "stakeholder"): (people, Shape.ONE),
        ("actions", "stakeholders"): (people, Shape.MANY),
        ("attempts", "stakeholders"): (people, Shape.MANY),
        ("pitch", "meeting_invitees"): (people, Shape.MANY),
    }


def test_every_reference_can_be_followed_checked_and_deleted():
    for reference in references.references():
        target = references.place(reference.target)
        assert target.is_list and "id" in target.record_type.__struct_fields__
        # Without a catalogued message the file check could not say what is missing.
        assert references.MISSING_MESSAGE[reference.target] in CATALOGUE
        if reference.shape is Shape.ONE:
            # Deleting the target deletes the owner: only a record in a list can go.
            assert references.place(reference.owner).is_list


# --- the walker --------------------------------------------------------------------------------


@pytest.fixture
def example() -> Project:
    return load_project(example_project_path()).project


def test_iter_references_names_each_place_like_the_file_check(example):
    uses = list(iter_references(example))
    wheres = {use.where for use in uses}
    assert "links[0].source" in wheres and "strategy.champion" in wheres
    assert "strategy.sequence[0]" in wheres and "problems[0].stakeholders[0]" in wheres
    people = {p.id for p in example.stakeholders}
    assert all(use.target_id in people for use in uses)
    total = (
        2 * len(example.links)
        + len(example.resistances)
        + len(example.strategy.talking_points)
        + sum(len(r.stakeholders) for r in [*example.problems, *example.strategy.actions, *example.strategy.attempts])
        + len(example.strategy.sequence)
        + (example.strategy.champion is not None)
        + len(example.pitch.meeting_invitees)
    )
    assert len(uses) == total


def test_referrers_of_the_champion(example):
    champion = example.strategy.champion
    found = referrers_of(example, "stakeholders", champion)
    assert {use.where for use in found} >= {"strategy.champion"}
    assert all(use.target_id == champion for use in found)
    assert {use.reference.owner for use in found} >= {"strategy", "links"}
    assert referrers_of(example, "stakeholders", "s-nobody") == []


def test_detach_leaves_the_record_but_nothing_that_names_it(example):
    champion = example.strategy.champion
    before = dumps_project(example)
    removal = detach(example, "stakeholders", {champion})
    assert example.stakeholder(champion) is not None
    assert referrers_of(example, "stakeholders", champion) == []
    assert {"strategy", "links"} <= removal.touched
    removal.restore()
    assert dumps_project(example) == before


def test_a_dangling_reference_is_refused_with_its_place():
    data = (
        b'{"format": "pitchkit", "version": 1, "stakeholders": [{"id": "s-1", "name": "A"}],'
        b' "problems": [{"id": "p-1", "description": "x", "stakeholders": ["s-1", "s-9"]}]}'
    )
    with pytest.raises(ProjectError) as caught:
        loads_project(data, "team.pitchkit")
    assert str(caught.value).startswith("team.pitchkit: problems[0].stakeholders[1]: ")
    assert '"s-9"' in str(caught.value)


# --- delete every record of every kind: the file stays valid --------------------------------


def _projects() -> list[tuple[str, Project]]:
    return [
        ("example", load_project(example_project_path()).project),
        ("generated", generate_project(12, seed=3)),
    ]


def _list_places() -> list[references.Place]:
    return [place for place in references.places() if place.is_list]


@pytest.mark.parametrize("name, project", _projects(), ids=lambda v: v if isinstance(v, str) else "")
def test_deleting_any_record_keeps_the_file_valid_and_restore_puts_it_back(name, project, tmp_path):
    original = dumps_project(project)
    deleted = 0
    for place in _list_places():
        for record in list(place.records(project)):
            removal = delete(project, place.kind, [record])
            assert record not in place.records(project)
            record_id = getattr(record, "id", None)
            if record_id is not None:
                assert referrers_of(project, place.kind, record_id) == []
            path = tmp_path / f"{place.kind}.pitchkit"
            path.write_bytes(dumps_project(project))
            load_project(path)  # raises if a reference was left dangling
            removal.restore()
            assert dumps_project(project) == original, f"restore after deleting {place.kind}"
            deleted += 1
    assert deleted == sum(len(place.records(project)) for place in _list_places())


@pytest.mark.parametrize("name, project", _projects(), ids=lambda v: v if isinstance(v, str) else "")
def test_deleting_every_record_kind_by_kind_leaves_a_valid_file(name, project, tmp_path):
    original = dumps_project(project)
    removals = []
    for place in _list_places():
        removals.append(delete(project, place.kind, list(place.records(project))))
        assert place.records(project) == []
        reopened = loads_project(dumps_project(project), name).project
        assert [u.where for u in iter_references(reopened)] == [u.where for u in iter_references(project)]
    assert list(iter_references(project)) == []
    for removal in reversed(removals):
        removal.restore()
    assert dumps_project(project) == original


@pytest.mark.parametrize("reference", references.references(), ids=lambda r: f"{r.owner}.{r.field}")
def test_every_reference_field_with_an_unknown_id_is_refused_where_it_is(reference):
    """check_references reads each field of all records at once: a bad id anywhere is still found."""
    project = load_project(example_project_path()).project
    records = references.place(reference.owner).records(project)
    if not records:
        pytest.skip(f"the example has no {reference.owner}")
    record = records[-1]
    bad = "s-nobody-has-this-id"
    if reference.shape is Shape.MANY:
        setattr(record, reference.field, [*getattr(record, reference.field), bad])
    else:
        setattr(record, reference.field, bad)
    with pytest.raises(ProjectError) as raised:
        loads_project(msgspec.json.encode(project), "x.pitchkit")
    assert bad in str(raised.value)
    assert reference.field in str(raised.value)  # the place names the field
    setattr(record, reference.field, [] if reference.shape is Shape.MANY else None)
    if reference.shape is not Shape.ONE:  # an empty optional field is no reference at all
        loads_project(msgspec.json.encode(project), "x.pitchkit")
