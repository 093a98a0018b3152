"""The merge, conflicts and compare screens, driven through their real widgets."""

from __future__ import annotations

import datetime

import msgspec
import pytest
from PySide6.QtCore import Qt

from pitchkit.core import history
from pitchkit.core.merge import merge_projects
from pitchkit.core.model import Project, Stakeholder, Stance
from pitchkit.core.project_file import load_project, save_project, to_data
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.merge_dialog import TwoWayMergeDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def copy(project: Project) -> Project:
    return msgspec.convert(to_data(project), Project)


def conflicted_file(tmp_path, sample_project):
    ours, theirs = copy(sample_project), copy(sample_project)
    ours.stakeholder("s-cfo").stance = Stance.NEUTRAL
    theirs.stakeholder("s-cfo").stance = Stance.SUPPORTIVE
    ours.stakeholder("s-hr").notes = "ours"
    theirs.stakeholder("s-hr").notes = "theirs"
    ours.stakeholder("s-it").notes = "ours, while they deleted Alex"
    theirs.stakeholders = [p for p in theirs.stakeholders if p.id != "s-it"]
    merged = merge_projects(sample_project, ours, theirs).project
    path = tmp_path / "merged.pitchkit"
    save_project(merged, path, backup=False)
    return path


def test_a_file_with_conflicts_opens_with_the_panel_and_each_choice_is_one_undo_step(window, tmp_path, sample_project):
    window.load(conflicted_file(tmp_path, sample_project))
    panel = window.merging.conflicts_panel
    assert panel is not None and panel.isVisibleTo(window)
    assert panel.list.count() == 3 and panel.windowTitle() == "Conflicts (3)"
    panel.list.setCurrentRow(2)
    assert panel.current().record_id == "s-it" and panel.take_theirs.text() == "Take Their Copy (Delete It)"
    assert "<b>Alex Chen (stakeholder)</b>, the whole record" in panel.summary.text()
    assert "name: Alex Chen" in panel.values["ours"].toPlainText()
    panel.take_theirs.click()
    assert window.project.stakeholder("s-it") is None and panel.list.count() == 2
    window.session.undo_stack.undo()
    assert window.project.stakeholder("s-it") is not None
    panel.list.setCurrentRow(0)
    assert panel.take_theirs.text() == "Take Their Copy"
    assert panel.current().field == "stance"
    assert [panel.values[s].toPlainText() for s in ("base", "ours", "theirs")] == ["Resistant", "Neutral", "Supportive"]

    panel.take_theirs.click()
    assert window.project.stakeholder("s-cfo").stance == Stance.SUPPORTIVE
    assert panel.list.count() == 2 and window.isWindowModified()
    window.session.undo_stack.undo()
    assert window.project.stakeholder("s-cfo").stance == Stance.NEUTRAL and panel.list.count() == 3

    panel.list.setCurrentRow(1)
    assert panel.current().field == "notes" and panel.use_own.isEnabled()
    panel.own_value.setPlainText("both of us")
    panel.use_own.click()
    assert window.project.stakeholder("s-hr").notes == "both of us"
    for _ in range(2):
        panel.list.setCurrentRow(0)
        panel.keep_ours.click()
    assert window.project.conflicts == [] and "No conflicts left" in panel.summary.text()
    assert window.project.stakeholder("s-it").notes == "ours, while they deleted Alex"
    assert window.session.undo_stack.count() == 3


def test_merging_a_colleagues_copy_finds_the_base_in_the_saved_history(window, project_path, qtbot):
    window.load(project_path)
    assert window.save()  # gives the project its id and keeps this version
    shared = load_project(project_path).project
    assert shared.project_id and history.versions(shared.project_id)
    theirs = copy(shared)  # the colleague's copy: Ann added, Dana's notes changed
    theirs.stakeholders.append(Stakeholder(id="s-ann", name="Ann Lee"))
    theirs.stakeholder("s-cfo").notes = "Asked for the pilot costs."
    window.session.set_field("stakeholders", window.project.stakeholder("s-it"), "stance", Stance.NEUTRAL)

    result = window.merging.merge_with(theirs)
    assert result is not None and result.conflicts == []
    project = window.project
    assert project.stakeholder("s-ann") is not None
    assert project.stakeholder("s-cfo").notes == "Asked for the pilot costs."
    assert project.stakeholder("s-it").stance == Stance.NEUTRAL  # our own edit stays
    window.session.undo_stack.undo()  # the whole merge is one step
    assert window.project.stakeholder("s-ann") is None


def test_without_a_shared_version_each_difference_is_a_choice(window, project_path, monkeypatch, qtbot):
    window.load(project_path)
    theirs = copy(window.project)
    theirs.project_id = "pk-someone-else"
    theirs.stakeholders.append(Stakeholder(id="s-ann", name="Ann Lee"))
    theirs.stakeholder("s-cfo").role = "Group CFO"
    asked = []

    def get_choices(parent, result):
        dialog = TwoWayMergeDialog(parent, result)
        qtbot.addWidget(dialog)
        asked.append(dialog.list.count())
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        by_text = {item.text().split(",")[0]: item for item in items}
        assert by_text["Ann Lee"].checkState() == Qt.CheckState.Checked  # their addition, offered
        assert by_text["Dana Ruiz"].checkState() == Qt.CheckState.Unchecked  # a change: mine kept
        return dialog.settled(), True

    monkeypatch.setattr(TwoWayMergeDialog, "get_choices", get_choices)
    window.merging.merge_with(theirs)
    assert asked == [2]
    assert window.project.stakeholder("s-ann") is not None
    assert window.project.stakeholder("s-cfo").role == "CFO" and window.project.conflicts == []


def test_the_two_way_dialog_takes_everything_of_theirs_in_one_click(qtbot, sample_project):
    theirs = copy(sample_project)
    theirs.stakeholder("s-cfo").role = "Group CFO"
    dialog = TwoWayMergeDialog(None, merge_projects(None, sample_project, theirs))
    qtbot.addWidget(dialog)
    dialog.all_theirs.click()
    assert dialog.settled().stakeholder("s-cfo").role == "Group CFO"
    dialog.all_mine.click()
    assert dialog.settled().stakeholder("s-cfo").role == "CFO"


def test_compare_with_a_saved_version_and_who_moved_since_the_last_meeting(window, project_path, monkeypatch):
    window.load(project_path)
    window.save()
    project = window.project
    versions = history.versions(project.project_id)
    # Pretend that version was saved a week ago, before a meeting three days ago.
    old = versions[0].path
    week_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=7)
    moved = old.with_name(f"{week_ago.strftime('%Y%m%dT%H%M%S%fZ')}-{old.stem.split('-')[1]}.pitchkit")
    old.rename(moved)
    window.session.set_field("pitch", project.pitch, "meeting_date", datetime.date.today() - datetime.timedelta(days=3))
    window.session.set_field("stakeholders", project.stakeholder("s-cfo"), "stance", Stance.NEUTRAL)
    window.session.set_field("stakeholders", project.stakeholder("s-cfo"), "notes", "changed")

    window.merging.compare()
    dialog = window.merging.compare_dialog
    assert dialog is not None and dialog.isVisible()
    labels = [dialog.source.itemText(i) for i in range(dialog.source.count())]
    assert any(label.startswith("The version saved on") for label in labels) and labels[-1] == "Another file…"
    dialog.source.setCurrentIndex(labels.index(next(lb for lb in labels if lb.startswith("The version saved on"))))
    dialog.compare_button.click()
    texts = [dialog.tree.topLevelItem(i).child(j).text(0) for i in range(dialog.tree.topLevelItemCount()) for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert "Dana Ruiz: resistant → neutral" in texts and "Dana Ruiz: notes changed" in texts

    dialog.moved_button.click()
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert titles == ["Stance, power and interest"] and "last meeting" in dialog.heading.text()


def test_the_file_menu_offers_merge_and_compare_and_a_broken_copy_changes_nothing(window, project_path, tmp_path, prompt_log, broken_path):
    file_menu = window.actions_.file_menu
    texts = [action.text() for action in file_menu.actions()]
    assert "&Merge a Colleague's Copy…" in texts and "Compare &With…" in texts
    assert not window.merging.merge_action.isEnabled()  # no project yet
    window.load(project_path)
    assert window.merging.merge_action.isEnabled() and not window.merging.conflicts_action.isEnabled()
    before = copy(window.project)

    prompt_log.open_paths.append(str(broken_path))
    window.merging.merge_action.trigger()
    assert len(prompt_log.errors) == 1 and str(broken_path) in prompt_log.errors[0]
    assert window.project == before and window.session.undo_stack.count() == 0

    theirs = copy(before)
    theirs.project_id = "pk-other"
    theirs.stakeholder("s-it").stance = Stance.SUPPORTIVE
    other = tmp_path / "colleague.pitchkit"
    save_project(theirs, other, backup=False)
    window.merging.compare_action.trigger()
    dialog = window.merging.compare_dialog
    dialog.source.setCurrentIndex(dialog.source.count() - 1)  # Another file…
    prompt_log.open_paths.append(str(other))
    dialog.compare_button.click()
    first = dialog.tree.topLevelItem(0)
    assert first.text(0) == "Stance, power and interest"
    assert first.child(0).text(0) == "Alex Chen: supportive → unaware"  # from theirs to ours now


def test_after_a_merge_the_open_form_shows_and_edits_the_merged_record(window, project_path):
    window.load(project_path)
    window.save()
    theirs = copy(load_project(project_path).project)
    theirs.stakeholder("s-cfo").notes = "Asked for the pilot costs."
    window.session.set_field("stakeholders", window.project.stakeholder("s-cfo"), "role", "Group CFO")
    page = window.stakeholders_page
    window.show_step("stakeholders")
    page.list.select_record("s-cfo")
    project, people = window.project, window.project.stakeholders

    window.merging.merge_with(theirs)
    assert window.project is project and window.project.stakeholders is people  # swapped in place
    merged = window.project.stakeholder("s-cfo")
    assert (merged.role, merged.notes) == ("Group CFO", "Asked for the pilot costs.")
    assert page.form.record is merged
    assert page.notes_edit.toPlainText() == "Asked for the pilot costs."
    page.form.commit(page.form.bindings[0], "Dana Ruiz-Lopez")  # typing goes to the merged record
    assert window.project.stakeholder("s-cfo").name == "Dana Ruiz-Lopez"


def test_a_copy_made_from_a_file_only_opened_here_still_merges_three_way(window, tmp_path, sample_project, monkeypatch):
    sample_project.project_id = "pk-from-a-colleague"
    path = tmp_path / "received.pitchkit"
    save_project(sample_project, path, backup=False)
    window.load(path)  # opened, never saved here: the version is remembered all the same
    assert len(history.versions("pk-from-a-colleague")) == 1

    def no_two_way(parent, result):
        raise AssertionError("a shared version was there: no two-way choices")

    monkeypatch.setattr(TwoWayMergeDialog, "get_choices", no_two_way)
    theirs = copy(sample_project)
    theirs.stakeholder("s-hr").stance = Stance.LEADING
    window.session.set_field("stakeholders", window.project.stakeholder("s-it"), "notes", "mine")
    result = window.merging.merge_with(theirs)
    assert result is not None and result.conflicts == []
    assert window.project.stakeholder("s-hr").stance == Stance.LEADING
    assert window.project.stakeholder("s-it").notes == "mine"
