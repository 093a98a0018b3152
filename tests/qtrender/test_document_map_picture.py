"""The map picture in documents: every name whole at 50 people, one page at 300."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from benchmarks.projectgen import generate_project
from pitchkit.core.document_map import DOCUMENT_MAX_HEIGHT, document_map
from pitchkit.qtrender import map_painter, renderers

LONG_NAMES = (
    "Alexandra Whitfield", "Bartholomew Okonkwo", "Anna-Maria Kowalski", "Siobhán McLaughlin",
    "Oluwaseun Adeyemi", "Christopher Lindqvist", "Margarethe Vandenberg", "Nicolás Echeverría",
)


def test_every_name_fits_its_card_at_fifty_people():
    project = generate_project(50)
    for n, person in enumerate(project.stakeholders):
        person.name = LONG_NAMES[n % len(LONG_NAMES)]
    layout = document_map(project)
    room = layout.style.node_width - 32  # the painter's text room: 12 px left, 20 px right
    for node in layout.nodes:
        marks = ("★ " if node.champion else "") + ("◆ " if node.decision_maker else "")
        assert map_painter._elided(marks + node.name, 12, True, room) == marks + node.name


@pytest.mark.parametrize("count", [50, 300])
def test_the_document_picture_is_page_shaped(count, isolated_app_folders):
    """As wide as the standard map in picture units, at most 1.4 times as tall: one A4 page."""
    project = generate_project(count)
    style = document_map(project).style
    image = QImage.fromData(renderers.qt_pictures()["pitchkit:map"](project))
    assert style.width == 1000 and style.height <= DOCUMENT_MAX_HEIGHT
    assert image.height() / image.width() == pytest.approx(style.height / style.width, abs=0.01)
