"""A short history of the versions the app saved, kept outside the project file.

Every copy of a project carries the same `project_id` (given on the first save in the
app).  Each save also leaves a copy of the saved file in
`<app data>/history/<project_id>/<UTC time>-<hash>.pitchkit`, the newest `KEEP` of them,
so the main file and its diffs never grow.  When a colleague's copy comes back, the last
version both copies share is the saved version nearest to theirs (their copy is that
version plus their own edits); without one, the merge is two-way.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import os
from pathlib import Path

import msgspec

from pitchkit.core.diff import diff_projects
from pitchkit.core.errors import PitchKitError
from pitchkit.core.model import Project
from pitchkit.core.project_file import FILE_SUFFIX, load_project
from pitchkit.core.safe_write import write_atomic
from pitchkit.paths import app_data_dir

#: How many saved versions of one project are kept.
KEEP = 30


class SavedVersion(msgspec.Struct, frozen=True):
    """One saved version: its file and when it was saved (UTC)."""

    path: Path
    saved_at: datetime.datetime


def history_dir(project_id: str) -> Path:
    """Where the saved versions of the project `project_id` are kept."""
    return app_data_dir() / "history" / project_id


def ensure_project_id(project: Project) -> str:
    """The project's id, made now (random, never changed again) if it had none."""
    if not project.project_id:
        project.project_id = f"pk-{os.urandom(8).hex()}"
    return project.project_id


def remember(project: Project, data: bytes, now: datetime.datetime | None = None) -> Path | None:
    """Keep `data` (the bytes just saved) as a version of `project`; the oldest beyond KEEP go.

    A version equal to the newest one is not kept twice.  History is a convenience: a
    folder that cannot be written is skipped without an error (None is returned).
    """
    if not project.project_id:
        return None
    folder = history_dir(project.project_id)
    digest = hashlib.sha256(data).hexdigest()[:12]
    kept = versions(project.project_id)
    if kept and kept[0].path.stem.endswith(digest):
        return kept[0].path
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{stamp}-{digest}{FILE_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except OSError:
        return None
    for old in kept[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return path


def remember_file(project: Project, path: Path) -> Path | None:
    """`remember` the file at `path` as it is now (a file that cannot be read is skipped)."""
    if not project.project_id:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return remember(project, data)


def versions(project_id: str) -> list[SavedVersion]:
    """The saved versions of a project, newest first."""
    if not project_id:
        return []
    found = []
    with contextlib.suppress(OSError):
        for path in history_dir(project_id).glob(f"*{FILE_SUFFIX}"):
            try:
                when = datetime.datetime.strptime(path.name.split("-")[0], "%Y%m%dT%H%M%S%fZ")
            except ValueError:
                continue
            found.append(SavedVersion(path, when.replace(tzinfo=datetime.UTC)))
    return sorted(found, key=lambda v: v.saved_at, reverse=True)


def _distance(a: Project, b: Project) -> int:
    return sum(len(section.changes) for section in diff_projects(a, b).sections)


def find_base(ours: Project, theirs: Project) -> Project | None:
    """The last version both copies share: the saved version nearest to `theirs`, or None.

    Only versions of the same project (same `project_id`) count.
    """
    if not ours.project_id or ours.project_id != theirs.project_id:
        return None
    best: tuple[int, Project] | None = None
    for version in versions(ours.project_id):
        try:
            candidate = load_project(version.path).project
        except PitchKitError:
            continue
        distance = _distance(candidate, theirs)
        if best is None or distance < best[0]:
            best = (distance, candidate)
        if distance == 0:
            break
    return None if best is None else best[1]


def version_before(project_id: str, when: datetime.date) -> SavedVersion | None:
    """The newest version saved before the day `when` (for "since the last meeting")."""
    for version in versions(project_id):
        if version.saved_at.date() < when:
            return version
    return None


def last_meeting(project: Project, today: datetime.date | None = None) -> datetime.date | None:
    """The latest past meeting: the pitch's meeting date or a dated attempt, up to today."""
    today = today or datetime.date.today()
    dates = [project.pitch.meeting_date, *(a.date for a in project.strategy.attempts)]
    past = [d for d in dates if d is not None and d <= today]
    return max(past, default=None)
