"""Recovery files: unsaved work written aside to the app-data folder, never over the user's file.

Each open project has one slot, `app_data_dir()/recovery/<key>.pitchkit`, where `<key>` is a
hash of the project's path (or an id for an untitled project), plus a sidecar
`<key>.json` saying where it came from (original path, title, time).  The project bytes are
written first and the sidecar last, both atomically, so a sidecar always describes a whole
project file.  A slot left behind after a crash is offered back at the next start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import msgspec

from pitchkit.core.errors import ProjectError
from pitchkit.core.locking import host_name, pid_alive
from pitchkit.core.messages import file_error
from pitchkit.core.model import Project
from pitchkit.core.project_file import FILE_SUFFIX, LoadResult, dumps_project, loads_project
from pitchkit.core.safe_write import write_atomic
from pitchkit.paths import app_data_dir

SIDECAR_SUFFIX = ".json"


def recovery_dir() -> Path:
    """Where recovery files live."""
    return app_data_dir() / "recovery"


def slot_key(path: Path | None) -> str:
    """The recovery slot for a project saved at `path`; a fresh id for an untitled one."""
    if path is None:
        return "untitled-" + uuid.uuid4().hex[:12]
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]


class RecoveryEntry(msgspec.Struct, frozen=True):
    """One recovery file found in the app-data folder."""

    key: str
    project_file: Path
    original_path: Path | None
    title: str
    saved_at: float

    def describe(self) -> str:
        """One line for the restore prompt: title, time, original file."""
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))
        where = str(self.original_path) if self.original_path else "never saved"
        return f"“{self.title or 'Untitled'}” — unsaved changes from {when} ({where})"

    def load(self) -> LoadResult:
        """The recovered project; ProjectError if the recovery file is unreadable."""
        try:
            data = self.project_file.read_bytes()
        except OSError as err:
            raise file_error(err, self.project_file, error=ProjectError) from None
        return loads_project(data, str(self.project_file))


def write_recovery(key: str, project: Project, original_path: Path | None) -> Path:
    """Write the project to its recovery slot (atomically); returns the file."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}{FILE_SUFFIX}"
    write_atomic(target, dumps_project(project))
    sidecar = {
        "original_path": str(original_path) if original_path else None,
        "title": project.title or (original_path.name if original_path else ""),
        "saved_at": time.time(),
        "host": host_name(),
        "pid": os.getpid(),
    }
    write_atomic(folder / f"{key}{SIDECAR_SUFFIX}", (json.dumps(sidecar, indent=2) + "\n").encode())
    return target


def remove_recovery(key: str) -> None:
    """Remove a slot (after a save, a discard or a normal close)."""
    for suffix in (SIDECAR_SUFFIX, FILE_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            (recovery_dir() / f"{key}{suffix}").unlink()


def _owner_running(meta: dict[str, Any]) -> bool:
    pid = meta.get("pid")
    if meta.get("host") != host_name() or not isinstance(pid, int) or pid == os.getpid():
        return False
    return pid_alive(pid)


def find_recoveries() -> list[RecoveryEntry]:
    """Slots left behind, newest first; a slot with a broken sidecar still counts."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    entries = []
    for project_file in folder.glob("*" + FILE_SUFFIX):
        key = project_file.name[: -len(FILE_SUFFIX)]
        meta: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads((folder / f"{key}{SIDECAR_SUFFIX}").read_text(encoding="utf-8"))
            meta = loaded if isinstance(loaded, dict) else {}
        if _owner_running(meta):
            continue  # another PitchKit window still works on it
        original = meta.get("original_path")
        saved_at = meta.get("saved_at")
        if not isinstance(saved_at, int | float):
            saved_at = project_file.stat().st_mtime
        entries.append(
            RecoveryEntry(
                key=key,
                project_file=project_file,
                original_path=Path(original) if isinstance(original, str) and original else None,
                title=str(meta.get("title") or ""),
                saved_at=float(saved_at),
            )
        )
    return sorted(entries, key=lambda entry: entry.saved_at, reverse=True)
