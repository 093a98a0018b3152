"""The executive one-pager fits one A4 page in the PDF, for the pitch and for each reader.

LibreOffice was checked by hand (docs/decisions.md): Word output converted with
`soffice --headless --convert-to pdf` is one page for the same projects.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pitchkit.core.project_file import load_project
from pitchkit.documents.export import export_project
from pitchkit.paths import example_project_path
from pitchkit.qtrender.renderers import qt_pictures, qt_writers

SCENARIOS = sorted((Path(__file__).parent.parent / "files" / "scenarios").glob("*.pitchkit"))


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("path", [example_project_path(), *SCENARIOS], ids=lambda p: p.stem)
def test_one_pager_is_one_page_for_everyone(path, tmp_path):
    project = load_project(path).project
    readers = [None, *(p.id for p in project.stakeholders if p.decision_maker)]
    for reader in readers:
        out = tmp_path / f"{reader}.pdf"
        export_project(project, out=out, fmt="pdf", template="one-pager", audience=reader,
                       writers=qt_writers(), pictures=qt_pictures())
        assert _pages(out.read_bytes()) == 1, reader
