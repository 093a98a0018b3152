"""Where PitchKit finds its bundled files and the user's own folders (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # In a wheel, resources/ and templates/ are installed inside the package; in a
    # checkout (or an editable install) they sit beside it at the top level.
    inside = _HERE / name
    return inside if inside.is_dir() else _HERE.parent / name


def resources_dir() -> Path:
    """The bundled resources folder (playbook, example project, reference .docx)."""
    return _bundled("resources")


def templates_dir() -> Path:
    """The built-in document templates."""
    return _bundled("templates")


def docs_dir() -> Path:
    """The user guide and reference pages (docs/), shown by Help ▸ User Guide."""
    return _bundled("docs")


#: The bundled example in each language: the same story, a Flemish organisation in Dutch.
EXAMPLES = {"en": "northwind-peer-learning.pitchkit", "nl": "noordwind-van-elkaar-leren.pitchkit"}


def example_project_path(language: str = "en") -> Path:
    """The bundled example project, in `language` ("en" or "nl")."""
    return resources_dir() / "examples" / EXAMPLES.get(language, EXAMPLES["en"])


def icon_path() -> Path:
    """PitchKit's application icon (SVG; packaging/ installs it for the desktop too)."""
    return resources_dir() / "icons" / "pitchkit.svg"


def app_data_dir() -> Path:
    """The user's PitchKit data folder; `PITCHKIT_DATA_DIR` overrides it (tests use that)."""
    override = os.environ.get("PITCHKIT_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "PitchKit"


def user_templates_dir() -> Path:
    """Where the user's own templates live; `PITCHKIT_TEMPLATES_DIR` overrides it."""
    override = os.environ.get("PITCHKIT_TEMPLATES_DIR")
    return Path(override) if override else app_data_dir() / "templates"
