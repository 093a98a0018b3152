"""Writers of made-up formats, for the tests that add a format to the registry."""

from __future__ import annotations

from pitchkit.core.safe_write import write_atomic


def write_names(project, out_path, options) -> list[str]:
    """A template-free 'register': one stakeholder name a line."""
    write_atomic(out_path, "".join(f"{p.name}\n" for p in project.stakeholders).encode("utf-8"))
    return [f"{len(project.stakeholders)} rows"]


def write_title(doc, out_path, options) -> list[str]:
    """A document format that writes only the title."""
    write_atomic(out_path, doc.title.encode("utf-8"))
    return []
