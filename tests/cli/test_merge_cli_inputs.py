"""`pitchkit merge` and `merge-driver` against inputs a checker throws at them: a FIFO in any
place (never waited on, never taken for git's empty BASE), and a file still holding the
conflict markers of an earlier plain git merge (named as such, with the way out)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.cli.test_merge_cli import run, three  # noqa: F401  (fixture)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@needs_fifo
@pytest.mark.parametrize("place", [0, 1, 2])
def test_a_fifo_input_is_refused_at_once_and_ours_is_untouched(three, tmp_path, place):  # noqa: F811
    paths = [str(p) for p in three]
    fifo = tmp_path / "pipe.pitchkit"
    os.mkfifo(fifo)
    paths[place] = str(fifo)
    ours = three[1]
    before = ours.read_bytes()
    for command in ("merge", "merge-driver"):
        try:
            result = subprocess.run([sys.executable, "-m", "pitchkit", command, *paths],
                                    capture_output=True, text=True, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{command} waited on the FIFO at place {place}")
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1, result.stderr
        assert lines == [f"pitchkit: error: {fifo}: is a pipe (FIFO), not a regular file; choose a file saved on disk"]
    assert ours.read_bytes() == before


@pytest.mark.parametrize("indent", ["", "      "])
def test_a_file_with_git_conflict_markers_is_named_as_such(three, tmp_path, indent):  # noqa: F811
    base, ours, theirs = three
    text = theirs.read_text(encoding="utf-8").replace(
        '      "stance": "neutral",\n',
        f'{indent}<<<<<<< HEAD\n      "stance": "neutral",\n{indent}=======\n      "stance": "leading",\n{indent}>>>>>>> colleague\n', 1)
    theirs.write_text(text, encoding="utf-8")
    line_no = text.splitlines().index(f"{indent}<<<<<<< HEAD") + 1
    before = ours.read_bytes()
    result = run("merge-driver", str(base), str(ours), str(theirs))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"pitchkit: error: {theirs}: line {line_no}: the file holds git's conflict markers")
    assert "git checkout -m" in line
    assert ours.read_bytes() == before
    check = run("check", str(theirs))
    assert check.returncode == 1 and "conflict markers" in check.stderr


def test_an_empty_regular_base_is_still_a_two_way_merge(three, tmp_path):  # noqa: F811
    base, ours, theirs = three
    empty = tmp_path / "empty.pitchkit"
    empty.write_bytes(b"")
    result = run("merge", str(empty), str(ours), str(theirs))
    assert result.returncode == 1 and "the two copies differ here" in result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_text_merge_made_before_the_driver_is_redone_with_git_checkout_m(example_path, tmp_path):
    """docs/file-format.md, "The git merge driver", followed literally."""
    from pitchkit.core.project_file import load_project
    from tests.cli.test_merge_cli import edited, git, set_stance

    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.email", "test@example.org")
    git(repo, "config", "user.name", "Test")
    (repo / ".gitattributes").write_text("*.pitchkit merge=pitchkit text eol=lf\n", encoding="utf-8")
    shutil.copyfile(example_path, repo / "team.pitchkit")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "base")
    for branch, stance in (("mine", "leading"), ("theirs", "neutral")):
        git(repo, "checkout", "-q", "-b", branch, "main")
        edited(repo / "team.pitchkit", repo / "team.pitchkit", set_stance("s-martin", stance))
        git(repo, "commit", "-q", "-am", branch)
    git(repo, "checkout", "-q", "mine")
    assert git(repo, "merge", "theirs").returncode == 1  # no driver yet: a text conflict
    check = run("check", str(repo / "team.pitchkit"))
    assert check.returncode == 1 and "conflict markers" in check.stderr and "git checkout -m" in check.stderr

    git(repo, "config", "merge.pitchkit.driver", f'"{sys.executable}" -m pitchkit merge-driver %O %A %B')
    git(repo, "checkout", "-m", "team.pitchkit")
    text = (repo / "team.pitchkit").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    merged = load_project(repo / "team.pitchkit").project
    assert [(c.record_id, c.field) for c in merged.conflicts] == [("s-martin", "stance")]
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split() == ["team.pitchkit"]
