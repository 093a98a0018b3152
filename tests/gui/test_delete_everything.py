"""Deleting any record through the app's own delete command leaves a file that opens again."""

from __future__ import annotations

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core import references
from pitchkit.core.project_file import dumps_project, load_project, save_project
from pitchkit.gui.kinds import Change, ChangeKind
from pitchkit.gui.session import ProjectSession

pytestmark = pytest.mark.gui


@pytest.fixture(params=["example", "generated"])
def project_path(request, example_path, tmp_path):
    if request.param == "example":
        return example_path
    path = tmp_path / "generated.pitchkit"
    save_project(generate_project(10, seed=5), path, backup=False)
    return path


def test_every_kind_of_record_is_a_change_kind():
    kinds = {place.kind for place in references.places()}
    assert kinds <= {kind.value for kind in ChangeKind}


def test_deleting_each_record_saves_a_valid_file_and_undo_restores_it(qapp, project_path, tmp_path):
    session = ProjectSession()
    session.open(project_path)
    project = session.project
    original = dumps_project(project)
    seen: list[Change] = []
    session.changed.connect(seen.append)
    saved = tmp_path / "after-delete.pitchkit"
    count = 0
    for place in references.places():
        if not place.is_list:
            continue
        kind = ChangeKind(place.kind)
        for record in list(place.records(project)):
            seen.clear()
            session.remove_records(kind, [record])
            assert record not in place.records(project)
            assert seen[-1] == Change(kind, None), "the deleted kind is announced last"
            session.save(saved)
            reopened = load_project(saved).project  # raises on a dangling reference
            assert len(references.place(place.kind).records(reopened)) == len(place.records(project))
            session.undo_stack.undo()
            assert dumps_project(project) == original
            count += 1
    assert count > 20


def test_deleting_all_stakeholders_at_once_and_undoing(qapp, project_path, tmp_path):
    session = ProjectSession()
    session.open(project_path)
    project = session.project
    original = dumps_project(project)
    session.remove_records(ChangeKind.STAKEHOLDERS, list(project.stakeholders))
    assert project.links == [] and project.resistances == [] and project.strategy.champion is None
    session.save(tmp_path / "nobody.pitchkit")
    assert load_project(tmp_path / "nobody.pitchkit").project.stakeholders == []
    session.undo_stack.undo()
    assert dumps_project(project) == original
