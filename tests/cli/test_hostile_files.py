"""Files that are not what they claim: FIFOs, links to devices, folders, sockets, links in the
templates folder, links to projects, leftovers of killed saves, newer versions, long titles.

Every case ends in one `pitchkit: error: <file>: …` line (or a correct result), quickly, with
the input unchanged and nothing left behind.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from pitchkit.cli import main
from pitchkit.core.model import FORMAT_VERSION, Project
from pitchkit.core.project_file import load_project, save_project
from pitchkit.core.safe_write import backup_path, write_atomic

pytestmark = pytest.mark.timeout(30)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_error_line(err: str, *needles: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pitchkit: error: "), err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


@pytest.fixture
def project_file(tmp_path) -> Path:
    path = tmp_path / "real.pitchkit"
    save_project(Project(title="Real"), path, backup=False)
    return path


def _not_regular(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "plan.pitchkit"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    else:
        path.symlink_to("/dev/" + kind)
    return path


KINDS = ["fifo", "zero", "urandom", "null", "folder", "socket"]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("command", ["check", "export", "migrate", "import", "anonymise"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_project_that_is_not_a_regular_file_is_refused_at_once(tmp_path, capsys, kind, command):
    path = _not_regular(tmp_path, kind)
    more = {"export": ["-f", "md", "-o", str(tmp_path / "o.md")], "import": [str(tmp_path / "s.csv")],
            "anonymise": ["-o", str(tmp_path / "o.pitchkit")]}
    argv = [command, str(path), *more.get(command, [])]
    code, _, err = _run(capsys, *argv)
    assert code == 1
    line = _one_error_line(err, str(path))
    assert "not a regular file" in line or "is a folder" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pitchkit"]  # nothing written


def test_a_sparse_project_larger_than_the_limit_is_refused_without_reading(tmp_path, capsys):
    path = tmp_path / "huge.pitchkit"
    with open(path, "wb") as handle:
        handle.truncate(65 * 1024 * 1024)
    code, _, err = _run(capsys, "check", str(path))
    assert code == 1
    _one_error_line(err, "larger than 64 MB")


def test_a_project_opened_through_a_link_works_and_saving_keeps_the_link(tmp_path, project_file, capsys):
    link = tmp_path / "link.pitchkit"
    link.symlink_to(project_file.name)
    code, out, _ = _run(capsys, "check", str(link))
    assert code == 0 and "valid" in out
    project = load_project(link).project
    project.title = "Through the link"
    save_project(project, link)
    assert link.is_symlink() and os.readlink(link) == project_file.name
    assert load_project(project_file).project.title == "Through the link"
    bak = backup_path(project_file)
    assert bak.exists() and not bak.is_symlink() and load_project(bak).project.title == "Real"
    assert not backup_path(link).exists()


def test_a_chain_of_links_and_a_dangling_link_write_the_final_target(tmp_path):
    target = tmp_path / "deep" / "real.pitchkit"
    target.parent.mkdir()
    middle = tmp_path / "middle.pitchkit"
    middle.symlink_to(target)
    top = tmp_path / "top.pitchkit"
    top.symlink_to(middle)
    write_atomic(top, b"new\n")  # dangling until now: the target is created
    assert target.read_bytes() == b"new\n" and top.is_symlink() and middle.is_symlink()


def test_leftover_temp_files_of_killed_saves_are_removed_on_open_and_save(tmp_path, project_file, capsys):
    dead = tmp_path / f".{project_file.name}.{2**22 + 99}-abcd.tmp"
    old_style = tmp_path / f".{project_file.name}.k3j9x_1q.tmp"
    bak_temp = tmp_path / f".{project_file.name}.bak.{2**22 + 98}.tmp"
    running = tmp_path / f".{project_file.name}.{os.getppid()}-live.tmp"  # a save in progress elsewhere
    for temp in (dead, old_style, bak_temp, running):
        temp.write_bytes(b"x" * 1000)
    other = tmp_path / ".other.pitchkit.123-abcd.tmp"
    other.write_bytes(b"not ours")
    code, _, _ = _run(capsys, "check", str(project_file))
    assert code == 0
    assert not dead.exists() and not old_style.exists() and not bak_temp.exists()
    assert running.exists() and other.exists()
    running.unlink()
    dead.write_bytes(b"x")
    save_project(Project(title="Again"), project_file)
    assert not dead.exists() and other.exists()


KILLED_SAVER = textwrap.dedent(
    """
    import os, sys, time
    from pitchkit.core.model import Project, Stakeholder
    from pitchkit.core.project_file import save_project
    real_fsync = os.fsync
    def stuck(fd):
        real_fsync(fd)
        print("written", flush=True)
        time.sleep(60)
    os.fsync = stuck
    save_project(Project(stakeholders=[Stakeholder(id=f"s-{i}", name="x" * 200) for i in range(5000)]), sys.argv[1])
    """
)


@pytest.mark.slow
def test_after_a_sigkill_during_save_the_next_open_removes_its_temp_file(tmp_path, project_file, capsys):
    saver = subprocess.Popen([sys.executable, "-c", KILLED_SAVER, str(project_file)], stdout=subprocess.PIPE, text=True)
    try:
        assert saver.stdout.readline().strip() == "written"
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.wait(timeout=10)
    temps = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert temps and temps[0].stat().st_size > 100_000  # the killed save's multi-MB temp
    assert load_project(project_file).project.title == "Real"  # the old file, intact
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# --- templates --------------------------------------------------------------------------------


@pytest.fixture
def user_templates() -> Path:
    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "/dev/zero", "../outside.md.j2"])
def test_a_template_link_out_of_the_folder_is_refused_and_nothing_leaks(
    tmp_path, project_file, user_templates, capsys, target
):
    outside = user_templates.parent / "outside.md.j2"
    outside.write_text("SECRET-OUTSIDE", encoding="utf-8")
    (user_templates / "leak.md.j2").symlink_to(target)
    (user_templates / "inc.md.j2").write_text("{% include 'leak.md.j2' %}\n", encoding="utf-8")
    for key in ("leak", "inc"):
        out = tmp_path / f"{key}.md"
        code, _, err = _run(capsys, "export", str(project_file), "-t", key, "-f", "md", "-o", str(out))
        assert code == 1 and not out.exists()
        _one_error_line(err, "leak.md.j2", "outside the template folder")


def test_a_template_link_inside_the_folder_is_followed(tmp_path, project_file, user_templates, capsys):
    (user_templates / "real.md.j2").write_text("Title: {{ project.title }}\n", encoding="utf-8")
    (user_templates / "alias.md.j2").symlink_to("real.md.j2")
    out = tmp_path / "alias.md"
    code, _, _ = _run(capsys, "export", str(project_file), "-t", "alias", "-f", "md", "-o", str(out))
    assert code == 0 and "Title: Real" in out.read_text(encoding="utf-8")


@pytest.mark.timeout(10)
@pytest.mark.parametrize("kind", ["fifo", "folder-like-link"])
def test_a_template_that_is_a_fifo_is_refused_without_hanging(tmp_path, project_file, user_templates, capsys, kind):
    path = user_templates / "pipe.md.j2"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        (user_templates / "sub").mkdir()
        os.mkfifo(user_templates / "sub" / "p")
        path.symlink_to("sub/p")
    code, _, err = _run(capsys, "export", str(project_file), "-t", "pipe", "-f", "md", "-o", str(tmp_path / "o.md"))
    assert code == 1
    _one_error_line(err, "pipe.md.j2", "not a regular file")
    code, _, err = _run(capsys, "check", str(project_file), "-t", "pipe")
    assert code == 1 and "not a regular file" in err


# --- versions and long fields ----------------------------------------------------------------


def test_migrate_of_a_newer_file_says_so_and_leaves_it(tmp_path, files_dir, capsys):
    path = tmp_path / "newer.pitchkit"
    path.write_bytes((files_dir / "newer-version.pitchkit").read_bytes())
    before = path.read_bytes()
    code, out, err = _run(capsys, "migrate", str(path))
    assert code == 0 and "already at format version" not in out
    assert err.strip() == (f"{path}: warning: written by a newer PitchKit (format version 99; this one writes "
                           f"up to {FORMAT_VERSION}), so it is left as it is; update PitchKit to upgrade it")
    assert path.read_bytes() == before and not backup_path(path).exists()


def test_export_of_a_newer_file_warns(tmp_path, files_dir, capsys):
    path = tmp_path / "newer.pitchkit"
    path.write_bytes((files_dir / "newer-version.pitchkit").read_bytes())
    code, _, err = _run(capsys, "export", str(path), "-f", "md", "-o", str(tmp_path / "o.md"))
    assert code == 0 and f"{path}: warning: this file was written by a newer PitchKit (format version 99" in err


def test_a_title_and_advocate_over_255_characters_export_to_word(tmp_path, capsys):
    path = tmp_path / "long.pitchkit"
    project = Project(title="T" * 300)
    project.pitch.advocate = "A" * 300
    save_project(project, path, backup=False)
    out = tmp_path / "long.docx"
    code, _, err = _run(capsys, "export", str(path), "-f", "docx", "-o", str(out))
    assert code == 0, err
    with zipfile.ZipFile(out) as archive:
        core = archive.read("docProps/core.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert "T" * 255 in core and "T" * 256 not in core and "A" * 255 in core
    assert "T" * 300 in body  # the document itself keeps the whole title


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_a_200000_stakeholder_project_gets_a_message_about_the_project(tmp_path):
    path = tmp_path / "huge.pitchkit"
    people = [{"id": f"s-{i}", "name": f"Person {i}"} for i in range(200_000)]
    path.write_text(json.dumps({"format": "pitchkit", "version": 1, "title": "Big", "stakeholders": people}))
    done = subprocess.run(
        [sys.executable, "-m", "pitchkit", "export", str(path), "-f", "md", "-o", str(tmp_path / "o.md")],
        capture_output=True, text=True, timeout=100,
    )
    assert done.returncode == 1 and not (tmp_path / "o.md").exists()
    line = _one_error_line(done.stderr, str(path), "template proposal", "this project is too large for this document")
    assert "proposal.md.j2" not in line


def test_running_out_of_memory_is_one_catalogued_line(tmp_path, project_file, capsys, monkeypatch):
    from pitchkit.core import project_file as module

    def exhausted(path):
        raise MemoryError

    monkeypatch.setattr(module, "load_project", exhausted)
    code, _, err = _run(capsys, "check", str(project_file))
    assert code == 1
    _one_error_line(err, str(project_file), "ran out of memory; run the command again")


@pytest.mark.parametrize("kind", ["dev-null", "fifo", "folder-link"])
def test_an_output_that_is_not_a_regular_file_is_never_replaced(tmp_path, project_file, capsys, kind):
    out = tmp_path / "out.md"
    if kind == "dev-null":
        out.symlink_to("/dev/null")
    elif kind == "fifo":
        os.mkfifo(out)
    else:
        (tmp_path / "folder").mkdir()
        out.symlink_to("folder")
    code, _, err = _run(capsys, "export", str(project_file), "-f", "md", "-o", str(out))
    if kind == "folder-link":  # a folder given as -o: the file goes inside it
        assert code == 0 and (tmp_path / "folder" / "real-proposal.md").exists()
        return
    assert code == 1
    _one_error_line(err, "out.md", "not a regular file")
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
