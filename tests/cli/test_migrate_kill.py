"""`pitchkit migrate` killed at random moments: the file is always the old content or the
migrated one, and a `.bak` beside it always holds the old content (like test_safe_write.py
does for saves)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pitchkit.core import model, project_file
from pitchkit.core.model import Project, Stakeholder
from pitchkit.core.project_file import load_project, save_project
from pitchkit.core.safe_write import backup_path

# A toy next format version whose migration touches every stakeholder, then the real command.
# Prints "ready" once imported, so that the kill lands in the migration, not in start-up.
DRIVER = textwrap.dedent(
    """
    import sys
    import time

    from pitchkit import cli
    from pitchkit.core import model, project_file

    def v1_to_v2(data):
        data["title"] = "migrated: " + data.get("title", "")
        for person in data.get("stakeholders", []):
            person["notes"] = person.get("notes", "") + " (v2)"
        return data

    current = model.FORMAT_VERSION
    project_file.FORMAT_VERSION = model.FORMAT_VERSION = current + 1
    project_file.MIGRATIONS[current] = v1_to_v2
    print("ready", flush=True)
    start = time.monotonic()
    code = cli.main(["migrate", sys.argv[1]])
    print(f"took {time.monotonic() - start}", flush=True)
    sys.exit(code)
    """
)
PEOPLE = 3000


def _old_project() -> Project:
    people = [
        Stakeholder(id=f"s-{i}", name=f"Person {i}", notes="worried about time " * 5, power=float(i % 11))
        for i in range(PEOPLE)
    ]
    return Project(title="Old", stakeholders=people)


def _fresh(folder: Path, old: bytes) -> Path:
    """`folder` holding only the old file (new inodes: the .bak may be a hard link)."""
    for leftover in folder.iterdir():
        leftover.unlink()
    path = folder / "team.pitchkit"
    path.write_bytes(old)
    return path


def _migrate(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", DRIVER, str(path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_while_migrating_leaves_old_or_new_and_a_valid_backup(tmp_path, monkeypatch):
    folder = tmp_path / "work"
    folder.mkdir()
    reference = tmp_path / "reference.pitchkit"
    save_project(_old_project(), reference, backup=False)
    old = reference.read_bytes()

    # One run to the end: the migrated bytes, and how long the migration takes.
    path = _fresh(folder, old)
    child = _migrate(path)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0, out
    took = float(out.rsplit("took ", 1)[1])
    new = path.read_bytes()
    assert new != old and backup_path(path).read_bytes() == old

    current = model.FORMAT_VERSION
    monkeypatch.setattr(project_file, "FORMAT_VERSION", current + 1)
    monkeypatch.setattr(model, "FORMAT_VERSION", current + 1)

    def v1_to_v2(data):
        data["title"] = "migrated: " + data.get("title", "")
        for person in data.get("stakeholders", []):
            person["notes"] = person.get("notes", "") + " (v2)"
        return data

    monkeypatch.setitem(project_file.MIGRATIONS, current, v1_to_v2)
    migrated = load_project(path).project
    assert load_project(reference).project == migrated  # old content, read through the migration
    assert migrated.title == "migrated: Old"

    rng = random.Random(20261212)
    seen = set()
    deadline = time.monotonic() + 7
    attempt = 0
    while attempt < 30 and time.monotonic() < deadline:
        attempt += 1
        path = _fresh(folder, old)
        child = _migrate(path)
        try:
            time.sleep(rng.uniform(0.0, took * 1.3))
        finally:
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=30)
        content = path.read_bytes()
        assert content in (old, new), f"attempt {attempt}: the file is neither the old nor the new one"
        seen.add("new" if content == new else "old")
        assert load_project(path).project == migrated
        bak = backup_path(path)
        if bak.exists():
            assert bak.read_bytes() == old, f"attempt {attempt}: the backup is broken"
            assert load_project(bak).project == migrated
        else:
            assert content == old, f"attempt {attempt}: migrated without keeping the old file"
        others = {p.name for p in folder.iterdir()} - {path.name, bak.name}
        assert all(name.startswith(".") and name.endswith(".tmp") for name in others), others
    assert attempt >= 10
    # Most kills land before the migrated file replaces the old one (else they missed it).
    assert "old" in seen, f"only {seen}: the kills missed the migration"
