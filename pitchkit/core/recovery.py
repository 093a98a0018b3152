"""Recovery files: unsaved work written aside to the app-data folder, never over the user's file.

Each open project has one slot, `app_data_dir()/recovery/<key>.recovery`, where `<key>` is a
hash of the project's path (or an id for an untitled project).  The slot is one JSON file
holding both where the work came from (original path, title, time, host, process) and the
project itself under `"project"`, written atomically in one go: a kill at any moment leaves
the previous slot or the new one, so the prompt never names one autosave's title over
another's data.  A slot left behind after a crash is offered back at the next start.

Slot files are read bounded and type-checked, and every value in them is checked (a time
out of range, a pid no process can have, a title that is not text): a damaged or planted
slot is offered with what can be read, and never stops the window from opening.
Slots of PitchKit 0.1 (`<key>.pitchkit` with a `<key>.json` sidecar) are still found.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from pathlib import Path
from typing import Any

import msgspec

from pitchkit.core.errors import PitchKitError, ProjectError
from pitchkit.core.locking import host_name, pid_alive, valid_pid, valid_time, when_text
from pitchkit.core.messages import message
from pitchkit.core.model import Project
from pitchkit.core.project_file import (
    FILE_SUFFIX,
    MAX_FILE_BYTES,
    LoadResult,
    dumps_project,
    loads_project,
)
from pitchkit.core.safe_read import read_bounded
from pitchkit.core.safe_write import write_atomic
from pitchkit.paths import app_data_dir

SLOT_SUFFIX = ".recovery"
SIDECAR_SUFFIX = ".json"  # the sidecar of a PitchKit 0.1 slot
#: A slot holds a project plus a few hundred bytes of description.
MAX_SLOT_BYTES = MAX_FILE_BYTES + 64 * 1024
MAX_SIDECAR_BYTES = 64 * 1024
_MAX_TITLE = 1000
_MAX_PATH = 4096


def recovery_dir() -> Path:
    """Where recovery files live."""
    return app_data_dir() / "recovery"


def slot_file(key: str) -> Path:
    """The recovery file of slot `key`."""
    return recovery_dir() / f"{key}{SLOT_SUFFIX}"


def slot_key(path: Path | None) -> str:
    """The recovery slot for a project saved at `path`; a fresh id for an untitled one."""
    if path is None:
        return "untitled-" + uuid.uuid4().hex[:12]
    return hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]


class _Slot(msgspec.Struct):
    """A slot file as written: the description, then the project's own JSON."""

    original_path: Any = None
    title: Any = ""
    saved_at: Any = 0.0
    host: Any = ""
    pid: Any = 0
    project: msgspec.Raw = msgspec.Raw(b"null")


class RecoveryEntry(msgspec.Struct, frozen=True):
    """One recovery file found in the app-data folder."""

    key: str
    project_file: Path
    original_path: Path | None
    title: str
    saved_at: float

    def describe(self) -> str:
        """One line for the restore prompt: title, time, original file."""
        when = when_text(self.saved_at) if self.saved_at else "an unknown time"
        where = str(self.original_path) if self.original_path else "never saved"
        return f"“{self.title or 'Untitled'}” — unsaved changes from {when} ({where})"

    def load(self) -> LoadResult:
        """The recovered project; ProjectError naming the recovery file if it is unreadable."""
        name = str(self.project_file)
        if self.project_file.suffix == FILE_SUFFIX:  # a PitchKit 0.1 slot: the project itself
            return loads_project(read_bounded(self.project_file, MAX_FILE_BYTES, error=ProjectError), name)
        slot = _read_slot(self.project_file)
        if slot is None or bytes(slot.project).strip() in (b"", b"null"):
            raise message("recovery-damaged", file=name, where="project")
        return loads_project(bytes(slot.project), name)


def _read_slot(file: Path) -> _Slot | None:
    """The slot in `file`; ProjectError when it cannot be read, None when it is not a slot."""
    data = read_bounded(file, MAX_SLOT_BYTES, error=ProjectError)
    try:
        return msgspec.json.decode(data, type=_Slot)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        return None


def write_recovery(key: str, project: Project, original_path: Path | None) -> Path:
    """Write the project and its description to its recovery slot, atomically as one file."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    import time

    slot = _Slot(
        original_path=str(original_path) if original_path else None,
        title=project.title or (original_path.name if original_path else ""),
        saved_at=time.time(),
        host=host_name(),
        pid=os.getpid(),
        project=msgspec.Raw(dumps_project(project)),
    )
    target = slot_file(key)
    write_atomic(target, msgspec.json.encode(slot) + b"\n")
    return target


def remove_recovery(key: str) -> None:
    """Remove a slot (after a save, a discard or a normal close)."""
    for suffix in (SLOT_SUFFIX, SIDECAR_SUFFIX, FILE_SUFFIX):
        with contextlib.suppress(OSError):
            (recovery_dir() / f"{key}{suffix}").unlink()


def _owner_running(host: object, pid: int) -> bool:
    if host != host_name() or pid == 0 or pid == os.getpid():
        return False
    return pid_alive(pid)


def _entry(key: str, file: Path, meta: Any) -> RecoveryEntry | None:
    """The entry for a slot whose description is `meta` (any values); None if its owner runs."""
    pid = valid_pid(getattr(meta, "pid", None))
    if _owner_running(getattr(meta, "host", None), pid):
        return None  # another PitchKit window still works on it
    original = getattr(meta, "original_path", None)
    if not (isinstance(original, str) and 0 < len(original) <= _MAX_PATH and "\0" not in original):
        original = None
    title = getattr(meta, "title", "")
    saved_at = valid_time(getattr(meta, "saved_at", None))
    if not saved_at:
        with contextlib.suppress(OSError):
            saved_at = valid_time(file.stat().st_mtime)
    return RecoveryEntry(
        key=key,
        project_file=file,
        original_path=Path(original) if original else None,
        title=title[:_MAX_TITLE] if isinstance(title, str) else "",
        saved_at=saved_at,
    )


def _legacy_meta(folder: Path, key: str) -> _Slot:
    """The sidecar of a PitchKit 0.1 slot, or an empty description."""
    with contextlib.suppress(PitchKitError, msgspec.DecodeError, msgspec.ValidationError, RecursionError):
        data = read_bounded(folder / f"{key}{SIDECAR_SUFFIX}", MAX_SIDECAR_BYTES, error=ProjectError)
        return msgspec.json.decode(data, type=_Slot)
    return _Slot()


def find_recoveries() -> list[RecoveryEntry]:
    """Slots left behind, newest first; a slot with a damaged description still counts."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    entries: list[RecoveryEntry | None] = []
    for file in folder.glob("*" + SLOT_SUFFIX):
        try:
            meta: Any = _read_slot(file) or _Slot()
        except PitchKitError:  # not a regular file, too large: offered, and load() says why
            meta = _Slot()
        entries.append(_entry(file.name[: -len(SLOT_SUFFIX)], file, meta))
    for file in folder.glob("*" + FILE_SUFFIX):
        key = file.name[: -len(FILE_SUFFIX)]
        entries.append(_entry(key, file, _legacy_meta(folder, key)))
    found = [entry for entry in entries if entry is not None]
    return sorted(found, key=lambda entry: entry.saved_at, reverse=True)
