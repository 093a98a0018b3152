"""The Conflicts panel as a new user meets it: "your version" and "their copy" in its words,
gone once every conflict is settled (back on undo), and a save that leaves none in the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.core.project_file import load_project
from pitchkit.gui.main_window import MainWindow
from tests.gui.test_merge_screens import conflicted_file

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_panel_speaks_of_your_version_and_their_copy(window, tmp_path, sample_project):
    window.load(conflicted_file(tmp_path, sample_project))
    panel = window.merging.conflicts_panel
    words = " ".join([panel.keep_ours.text(), panel.take_theirs.text(), panel.summary.text(),
                      *(label.text() for label in panel.titles.values())])
    assert "Your Version" in panel.keep_ours.text() and "Their Copy" in panel.take_theirs.text()
    assert "your version" in panel.summary.text().lower()
    assert " ours" not in words.lower() and "theirs" not in words.lower(), words
    panel.list.setCurrentRow(2)  # Alex deleted in their copy
    assert panel.take_theirs.text() == "Take Their Copy (Delete It)"
    assert "deleted in their copy, changed in your version" in panel.summary.text()
    panel.list.setCurrentRow(0)
    assert "changed in your version and in their copy" in panel.summary.text()


def test_the_panel_goes_away_when_all_are_settled_and_saving_leaves_none(window, tmp_path, sample_project, qtbot):
    path = conflicted_file(tmp_path, sample_project)
    window.load(path)
    panel = window.merging.conflicts_panel
    assert panel.isVisible()
    while panel.list.count():
        panel.list.setCurrentRow(0)
        panel.keep_ours.click()
    qtbot.waitUntil(lambda: not panel.isVisible())
    window.session.undo_stack.undo()
    qtbot.waitUntil(panel.isVisible)
    assert panel.list.count() == 1
    window.session.undo_stack.redo()
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert window.save()
    assert load_project(path).project.conflicts == []
    assert not window.merging.conflicts_action.isEnabled()


def test_the_two_way_dialog_names_people_and_records_not_ids(qtbot, sample_project):
    from pitchkit.core.merge import merge_projects
    from pitchkit.gui.merge_dialog import TwoWayMergeDialog
    from tests.gui.test_merge_screens import copy

    sample_project.strategy.sequence = [p.id for p in sample_project.stakeholders]
    theirs = copy(sample_project)
    theirs.strategy.sequence = list(reversed(sample_project.strategy.sequence))
    dialog = TwoWayMergeDialog(None, merge_projects(None, sample_project, theirs))
    qtbot.addWidget(dialog)
    [text] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    first = sample_project.stakeholder(sample_project.strategy.sequence[0]).name
    assert first in text and "s-" not in text and "their copy" in text, text
    assert dialog.list.item(0).toolTip() == text  # the whole line, not the record's path


def test_taking_their_copy_of_someone_you_deleted_brings_back_their_links_and_resistances(
    window, tmp_path, example_path, qtbot
):
    from pitchkit.core.merge import merge_projects
    from pitchkit.core.project_file import save_project
    from tests.core.merge_edits import copy, delete_person

    base = load_project(example_path).project
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-martin")
    theirs.stakeholder("s-martin").notes = "Came round after the demo."
    path = tmp_path / "merged.pitchkit"
    save_project(merge_projects(base, ours, theirs).project, path, backup=False)
    window.load(path)

    def his(project):
        return (sorted(link.id for link in project.links if "s-martin" in (link.source, link.target)),
                sorted(r.id for r in project.resistances if r.stakeholder == "s-martin"))

    panel = window.merging.conflicts_panel
    assert his(window.project) == ([], [])
    row = next(i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("Martin Cole — whole"))
    panel.list.setCurrentRow(row)
    went = len(his(theirs)[0]) + len(his(theirs)[1]) + sum(t.stakeholder == "s-martin" for t in theirs.strategy.talking_points)
    assert f"brings back the {went} records that went with them" in panel.summary.text()
    assert "keeping your version leaves them out" in panel.summary.text()
    # What went with him is listed by name, not by id, and a long entry ends in "…" with a tooltip.
    entries = [panel.list.item(i) for i in range(panel.list.count())]
    assert not any("s-martin" in item.text() for item in entries)
    assert any(item.text().startswith("Martin Cole → ") for item in entries)
    assert all(item.toolTip() == item.text() for item in entries)
    assert panel.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    panel.take_theirs.click()
    assert window.project.stakeholder("s-martin").notes == "Came round after the demo."
    assert his(window.project) == his(theirs) and his(theirs)[0] and his(theirs)[1]
    assert window.project.strategy.sequence == theirs.strategy.sequence  # back in his place
    qtbot.waitUntil(lambda: not panel.isVisible())  # what went with him was settled with him
    window.show_step("map")
    assert all(link.id in window.pages["map"].scene.edges for link in window.project.links)

    window.session.undo_stack.undo()  # one undo step takes it all out again
    assert window.project.stakeholder("s-martin") is None and his(window.project) == ([], [])
