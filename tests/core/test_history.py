"""The saved-version history outside the project file, and finding the common version."""

from __future__ import annotations

import datetime

from pitchkit.core import history
from pitchkit.core.model import Attempt, Project, Stakeholder, Stance
from pitchkit.core.project_file import dumps_project
from tests.core.merge_edits import copy

T0 = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=datetime.UTC)


def saved(project: Project, hours: int) -> None:
    history.remember(project, dumps_project(project), now=T0 + datetime.timedelta(hours=hours))


def project_with_people() -> Project:
    project = Project(stakeholders=[Stakeholder(id=f"s-{i}", name=f"Person {i}") for i in range(5)])
    history.ensure_project_id(project)
    return project


def test_the_project_id_is_made_once_and_kept():
    project = Project()
    first = history.ensure_project_id(project)
    assert first.startswith("pk-") and history.ensure_project_id(project) == first


def test_versions_are_kept_newest_first_once_each_and_only_the_newest_few(monkeypatch):
    monkeypatch.setattr(history, "KEEP", 3)
    project = project_with_people()
    saved(project, 0)
    saved(project, 1)  # the same content: not kept twice
    assert len(history.versions(project.project_id)) == 1
    for hour in range(1, 5):
        project.title = f"take {hour}"
        saved(project, hour)
    kept = history.versions(project.project_id)
    assert [v.saved_at.hour for v in kept] == [13, 12, 11]
    assert history.versions("") == [] and history.remember(Project(), b"{}") is None


def test_the_base_is_the_saved_version_nearest_to_their_copy():
    project = project_with_people()
    saved(project, 0)  # what was sent to the colleague
    sent = copy(project)
    project.stakeholders[0].stance = Stance.LEADING
    saved(project, 1)
    project.stakeholders[1].notes = "later"
    saved(project, 2)
    theirs = copy(sent)
    theirs.stakeholders[4].notes = "their edit"
    assert history.find_base(project, theirs) == sent
    stranger = copy(theirs)
    stranger.project_id = "pk-another"
    assert history.find_base(project, stranger) is None


def test_a_damaged_version_is_passed_over_and_an_unwritable_folder_is_not_an_error(isolated_app_folders):
    project = project_with_people()
    saved(project, 0)
    damaged = history.history_dir(project.project_id) / "20261101T100000000000Z-deadbeef0000.pitchkit"
    damaged.write_text("{", encoding="utf-8")
    assert history.find_base(project, copy(project)) == project
    blocked = project_with_people()
    history.history_dir(blocked.project_id).parent.mkdir(parents=True, exist_ok=True)
    history.history_dir(blocked.project_id).write_text("a file where the folder should be")
    assert history.remember(blocked, dumps_project(blocked)) is None


def test_the_last_meeting_and_the_version_saved_before_it():
    project = project_with_people()
    today = datetime.date(2026, 11, 20)
    assert history.last_meeting(project, today) is None
    project.pitch.meeting_date = datetime.date(2026, 12, 1)  # still to come
    project.strategy.attempts = [Attempt(id="t-1", date=datetime.date(2026, 11, 2))]
    assert history.last_meeting(project, today) == datetime.date(2026, 11, 2)
    saved(project, 0)  # 1 November
    project.title = "after"
    saved(project, 48)  # 3 November
    before = history.version_before(project.project_id, datetime.date(2026, 11, 2))
    assert before is not None and before.saved_at.date() == datetime.date(2026, 11, 1)
