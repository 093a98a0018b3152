"""Deleting any record through the app's own delete command leaves a file that opens again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from benchmarks.projectgen import generate_project
from pitchkit.core import references
from pitchkit.core.project_file import dumps_project, load_project, save_project
from pitchkit.gui.kinds import Change, ChangeKind
from pitchkit.gui.main_window import MainWindow
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
    saved = tmp_path / "after-delete.pitchkit"
    session.save(saved)  # the first save gives the project its id (merging); later ones keep it
    original = dumps_project(project)
    seen: list[Change] = []
    session.changed.connect(seen.append)
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
    session.save(tmp_path / "before.pitchkit")  # the first save gives the project its id
    original = dumps_project(project)
    session.remove_records(ChangeKind.STAKEHOLDERS, list(project.stakeholders))
    assert project.links == [] and project.resistances == [] and project.strategy.champion is None
    session.save(tmp_path / "nobody.pitchkit")
    assert load_project(tmp_path / "nobody.pitchkit").project.stakeholders == []
    session.undo_stack.undo()
    assert dumps_project(project) == original


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts go to the active window only
    return window


def test_deleting_every_stakeholder_with_the_delete_key_keeps_the_file_valid(window, qtbot, example_path, tmp_path):
    assert window.load(example_path)
    window.show_step("stakeholders")
    project = window.project
    page = window.stakeholders_page
    window.session.save(tmp_path / "shrinking.pitchkit")  # the first save gives the project its id
    original = dumps_project(project)
    people = len(project.stakeholders)
    delete_key = QKeySequence(QKeySequence.StandardKey.Delete)[0]
    for left in range(people - 1, -1, -1):
        assert page.list.select_record(project.stakeholders[0].id)
        assert page.form.record is project.stakeholders[0]
        page.table.setFocus()
        qtbot.keyClick(page.table, delete_key.key(), delete_key.keyboardModifiers())
        assert len(project.stakeholders) == left
        window.session.save(tmp_path / "shrinking.pitchkit")
        assert len(load_project(tmp_path / "shrinking.pitchkit").project.stakeholders) == left
    assert project.links == [] and project.strategy.sequence == []
    for _ in range(people):
        window.undo_action.trigger()
    assert dumps_project(project) == original
