"""Edits the merge tests make to copies of a project, as the app would make them."""

from __future__ import annotations

import msgspec

from pitchkit.core.merge_refs import drop_dangling
from pitchkit.core.model import Project
from pitchkit.core.plain import project_from_data
from pitchkit.core.project_file import to_data


def copy(project: Project) -> Project:
    """An independent copy (no record shared)."""
    return msgspec.convert(to_data(project), Project)


def delete_person(project: Project, person_id: str) -> None:
    """Delete a stakeholder and what points at them, in place, as the app's delete does."""
    data = to_data(project)
    data["stakeholders"] = [p for p in data["stakeholders"] if p["id"] != person_id]
    drop_dangling(data)
    done = project_from_data(data)
    for name in project.__struct_fields__:
        setattr(project, name, getattr(done, name))
