"""The `migrate_vN_to_vN1` steps of the `.pitchkit` format: small pure functions on plain data.

project_file.MIGRATIONS chains them; each documents what its version changed (see also the
version list in project_file.py and docs/file-format.md).
"""

from __future__ import annotations

from typing import Any


def migrate_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: no project id yet (the app gives one on the next save), no conflicts."""
    data.setdefault("project_id", "")
    data.setdefault("conflicts", [])
    return data
