"""Projects as plain data (JSON-ready dicts and lists) and back, as strict as reading a file."""

from __future__ import annotations

from typing import Any

import msgspec

from pitchkit.core.errors import ProjectError
from pitchkit.core.model import FORMAT_NAME, FORMAT_VERSION, Project
from pitchkit.core.project_file import check_project, loads_project, to_data


def has_unknown(project: Project) -> bool:
    """Whether any record of `project` holds fields this version does not know."""
    singles = (project, project.pitch, project.strategy)
    if any(record.unknown is not msgspec.UNSET for record in singles):
        return True
    lists = (project.stakeholders, project.links, project.resistances, project.problems, project.pitch.evidence,
             project.strategy.talking_points, project.strategy.actions, project.strategy.attempts,
             project.strategy.busy_periods, project.conflicts)
    return any(record.unknown is not msgspec.UNSET for records in lists for record in records)


def plain_data(project: Project) -> dict[str, Any]:
    """`to_data(project)`, straight from msgspec when no record holds unknown fields (the
    common case: several times faster than restoring them record by record in Python)."""
    return to_data(project) if has_unknown(project) else msgspec.to_builtins(project)


def project_from_data(data: dict[str, Any], name: str = "<project>") -> Project:
    """A checked Project from plain data (as `to_data` gives it), exactly as strict as reading
    a file; straight from the data when it is current and clean (merges use this)."""
    if data.get("format") == FORMAT_NAME and data.get("version") == FORMAT_VERSION:
        try:
            project = msgspec.convert(data, Project)
        except (msgspec.ValidationError, RecursionError):
            project = None  # unknown fields, or a real problem: the general path explains
        if project is not None:
            try:
                check_project(project)
            except ProjectError as err:
                raise err.with_file(name) from None
            return project
    return loads_project(msgspec.json.encode(data), name).project
