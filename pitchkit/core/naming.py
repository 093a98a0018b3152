"""File names people can read: slugs of titles and names, and the suggested export name."""

from __future__ import annotations

import re
import unicodedata

from pitchkit.core.model import Project

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """ "Dana Ruíz (CFO)" -> "dana-ruiz-cfo": lower-case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def export_stem(project: Project, file_stem: str | None, template: str, audience_id: str | None) -> str:
    """The suggested export name before its extension: project, document and audience by name.

    `file_stem` is the project file's name (None when untitled: the title is used); the
    audience is the stakeholder's name, never their id.
    """
    parts = [slug(file_stem or project.title) or "pitch", slug(template)]
    if audience_id:
        person = next((p for p in project.stakeholders if p.id == audience_id), None)
        parts.append(slug(person.name) if person is not None else "")
    return "-".join(part for part in parts if part)
