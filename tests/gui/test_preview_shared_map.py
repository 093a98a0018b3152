"""The preview of a shared document shows the map as the export does: no stance anywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QTextDocument

from pitchkit.core.map_layout import STANCE_COLOURS
from pitchkit.core.model import Stance
from pitchkit.core.project_file import load_project
from pitchkit.gui.preview import MapPictureCache, PreviewRequest, build_preview, snapshot
from pitchkit.gui.preview_fit import _pictures
from pitchkit.qtrender.map_painter import SHARED_CARD

pytestmark = pytest.mark.gui


def _map_picture(document: QTextDocument) -> QImage:
    names = [fmt.name() for _position, _length, fmt, _frame in _pictures(document)]
    assert names, "the document shows the map"
    image = document.resource(QTextDocument.ResourceType.ImageResource, names[0])
    assert isinstance(image, QImage) and not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _count(image: QImage, colour: str | QColor) -> int:
    wanted = QColor(colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == wanted)


def test_a_shared_documents_preview_draws_the_stance_free_map(example_path):
    project = load_project(example_path).project
    assert any(p.stance is Stance.RESISTANT for p in project.stakeholders)
    cache = MapPictureCache()
    shared = build_preview(PreviewRequest(1, snapshot(project), "proposal", None), cache)  # shared: true
    assert shared.error == ""
    image = _map_picture(shared.document)
    assert _count(image, SHARED_CARD) > 50  # the cards' stripes in the one shared colour
    for stance in Stance:
        assert _count(image, STANCE_COLOURS[stance]) == 0, stance

    folder = Path(os.environ["PITCHKIT_TEMPLATES_DIR"])  # a user's private template with the map
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "my-notes.md.j2").write_text(
        "{#- pitchkit\nname: My notes\naudience: pitch\nshared: false\n-#}\n# Notes\n\n"
        "![Stakeholder map](pitchkit:map)\n", encoding="utf-8",
    )
    private = build_preview(PreviewRequest(2, snapshot(project), "my-notes", None), cache)
    assert private.error == ""
    image = _map_picture(private.document)
    assert _count(image, STANCE_COLOURS[Stance.RESISTANT]) > 50  # the private map keeps the stances
    assert _count(image, SHARED_CARD) == 0
