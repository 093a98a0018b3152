"""`pitchkit diff`, `merge` and `merge-driver` from the outside, and the driver in real git
repositories: parallel additions merge cleanly; a conflicting edit leaves a valid file with
the conflict recorded and git reporting the path as conflicted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pitchkit.core.model import Stakeholder
from pitchkit.core.project_file import load_project, save_project
from tests.core.merge_edits import delete_person

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pitchkit", *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def edited(source: Path, out: Path, change) -> Path:
    project = load_project(source).project
    change(project)
    save_project(project, out, backup=False)
    return out


def set_stance(person: str, stance: str):
    def change(project):
        project.stakeholder(person).stance = stance
    return change


def add_person(person_id: str, name: str):
    def change(project):
        project.stakeholders.append(Stakeholder(id=person_id, name=name))
    return change


@pytest.fixture
def three(example_path, tmp_path):
    base = tmp_path / "base.pitchkit"
    shutil.copyfile(example_path, base)
    ours = edited(base, tmp_path / "ours.pitchkit", set_stance("s-martin", "leading"))
    theirs = edited(base, tmp_path / "theirs.pitchkit", set_stance("s-martin", "neutral"))
    return base, ours, theirs


def test_diff_names_people_added_and_stance_moves_and_json_parses(example_path, tmp_path):
    new = edited(example_path, tmp_path / "new.pitchkit", lambda p: (add_person("s-ann", "Ann Lee")(p), set_stance("s-martin", "neutral")(p)))
    result = run("diff", str(example_path), str(new))
    assert result.returncode == 0, result.stderr
    assert "Added Ann Lee" in result.stdout and "Martin Cole: resistant → neutral" in result.stdout
    result = run("diff", "--json", str(example_path), str(new))
    data = json.loads(result.stdout)
    changes = {c["text"] for s in data["sections"] for c in s["changes"]}
    assert "Martin Cole: resistant → neutral" in changes
    assert run("diff", str(example_path), str(example_path)).stdout.startswith("No changes")


def test_merge_with_a_conflict_exits_1_names_record_and_field_and_writes_a_valid_file(three, tmp_path):
    base, ours, theirs = three
    out = tmp_path / "merged.pitchkit"
    result = run("merge", str(base), str(ours), str(theirs), "-o", str(out))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("pitchkit: conflict: stakeholders[s-martin].stance (Martin Cole)")
    merged = load_project(out).project
    assert merged.stakeholder("s-martin").stance == "leading"
    assert [(c.record_id, c.field, c.theirs) for c in merged.conflicts] == [("s-martin", "stance", "neutral")]
    assert "<<<<<<<" not in out.read_text(encoding="utf-8")
    check = run("check", str(out))
    assert check.returncode == 0 and "1 merge conflict still to settle" in check.stdout


def test_merge_without_output_writes_the_project_to_stdout(three):
    base, ours, _ = three
    result = run("merge", str(base), str(ours), str(base))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout == ours.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [b"{", b"\xff\xfe", b'{"format": "pitchkit", "version": 2, "links": [{"id": "l", "source": "s-x", "target": "s-y"}]}', b"[" * 100_000])
def test_a_broken_input_follows_the_error_contract_and_writes_nothing(three, tmp_path, content):
    base, ours, theirs = three
    theirs.write_bytes(content)
    before = ours.read_bytes()
    out = tmp_path / "never.pitchkit"
    for args in (("merge", str(base), str(ours), str(theirs), "-o", str(out)), ("merge-driver", str(base), str(ours), str(theirs))):
        result = run(*args)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"pitchkit: error: {theirs}"), result.stderr
        assert "Traceback" not in result.stderr
    assert ours.read_bytes() == before and not out.exists()


def test_usage_errors_exit_2(three):
    base, ours, _ = three
    assert run("merge", str(base), str(ours)).returncode == 2
    assert run("diff", str(base)).returncode == 2
    assert run("merge-driver").returncode == 2


# --- git ----------------------------------------------------------------------------------------


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=120)


@pytest.fixture
def repo(example_path, tmp_path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "test@example.org")
    git(repo, "config", "user.name", "Test")
    driver = f'"{sys.executable}" -m pitchkit merge-driver %O %A %B'
    git(repo, "config", "merge.pitchkit.name", "PitchKit projects")
    git(repo, "config", "merge.pitchkit.driver", driver)
    (repo / ".gitattributes").write_text("*.pitchkit merge=pitchkit\n", encoding="utf-8")
    shutil.copyfile(example_path, repo / "team.pitchkit")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def branch_edit(repo: Path, branch: str, change, start: str = "main") -> None:
    git(repo, "checkout", "-q", "-b", branch, start)
    edited(repo / "team.pitchkit", repo / "team.pitchkit", change)
    git(repo, "commit", "-q", "-am", branch)


@needs_git
def test_git_merges_parallel_additions_with_no_conflict(repo):
    branch_edit(repo, "ann", add_person("s-ann", "Ann Lee"))
    branch_edit(repo, "bob", add_person("s-bob", "Bob Marsh"))
    result = git(repo, "merge", "-q", "--no-edit", "ann")
    assert result.returncode == 0, result.stdout + result.stderr
    merged = load_project(repo / "team.pitchkit").project
    assert {"Ann Lee", "Bob Marsh"} <= {p.name for p in merged.stakeholders} and merged.conflicts == []
    assert git(repo, "status", "--porcelain").stdout == ""


@needs_git
def test_git_reports_a_conflicting_edit_and_leaves_a_valid_file_recording_it(repo):
    branch_edit(repo, "theirs", set_stance("s-martin", "neutral"))
    branch_edit(repo, "ours", set_stance("s-martin", "leading"), start="main")
    result = git(repo, "merge", "--no-edit", "theirs")
    assert result.returncode != 0
    assert "stakeholders[s-martin].stance" in result.stdout + result.stderr
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split() == ["team.pitchkit"]
    text = (repo / "team.pitchkit").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and "=======" not in text
    merged = load_project(repo / "team.pitchkit").project
    assert merged.stakeholder("s-martin").stance == "leading"
    assert [(c.record_id, c.field) for c in merged.conflicts] == [("s-martin", "stance")]


@needs_git
def test_git_delete_versus_edit_stays_valid(repo):
    def delete_tom(project):
        delete_person(project, "s-tom")

    def note_tom(project):
        project.stakeholder("s-tom").notes = "Met him on Friday."

    branch_edit(repo, "theirs", delete_tom)
    branch_edit(repo, "ours", note_tom, start="main")
    assert git(repo, "merge", "--no-edit", "theirs").returncode != 0
    merged = load_project(repo / "team.pitchkit").project
    assert merged.stakeholder("s-tom").notes == "Met him on Friday."
    assert any(c.record_id == "s-tom" and c.field == "" for c in merged.conflicts)


def test_a_newer_version_copy_merges_with_a_warning_and_keeps_what_it_does_not_know(files_dir, tmp_path):
    newer = files_dir / "newer-version.pitchkit"
    ours = edited(newer, tmp_path / "ours.pitchkit", add_person("s-ann", "Ann Lee"))
    out = tmp_path / "merged.pitchkit"
    result = run("merge", str(newer), str(ours), str(newer), "-o", str(out))
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.strip().splitlines()  # one for each file from the newer PitchKit
    assert len(warnings) == 3 and all(": warning: " in w and "newer PitchKit" in w for w in warnings)
    merged = json.loads(out.read_text(encoding="utf-8"))
    assert merged["version"] == 99
    assert merged["stakeholders"][0]["mood_history"] == [{"date": "2027-03-01", "stance": "supportive"}]
    assert [p["id"] for p in merged["stakeholders"]][-1] == "s-ann"


def test_an_empty_base_is_a_two_way_merge_with_each_difference_recorded(three, tmp_path):
    base, ours, theirs = three
    base.write_bytes(b"")
    out = tmp_path / "merged.pitchkit"
    result = run("merge", str(base), str(ours), str(theirs), "-o", str(out))
    assert result.returncode == 1 and "stakeholders[s-martin].stance" in result.stderr
    merged = load_project(out).project
    assert [(c.record_id, c.field, c.reason) for c in merged.conflicts] == [("s-martin", "stance", "different")]


@needs_git
def test_git_merges_a_file_added_on_both_branches(repo, example_path):
    git(repo, "checkout", "-q", "-b", "a")
    edited(example_path, repo / "new.pitchkit", add_person("s-ann", "Ann Lee"))
    git(repo, "add", "new.pitchkit")
    git(repo, "commit", "-q", "-m", "a")
    git(repo, "checkout", "-q", "-b", "b", "main")
    edited(example_path, repo / "new.pitchkit", add_person("s-bob", "Bob Marsh"))
    git(repo, "add", "new.pitchkit")
    git(repo, "commit", "-q", "-m", "b")
    assert git(repo, "merge", "--no-edit", "a").returncode != 0  # two copies, no common version
    merged = load_project(repo / "new.pitchkit").project
    assert merged.stakeholder("s-bob") is not None  # ours
    # Without a common version nobody can tell an addition from a deletion: both are choices.
    assert {(c.record_id, c.ours is None, c.theirs is None) for c in merged.conflicts} == {("s-bob", False, True), ("s-ann", True, False)}
