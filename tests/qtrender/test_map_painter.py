"""The map pictures are real images of the right size, drawn from the example."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from pitchkit.core.map_layout import layout_map
from pitchkit.core.project_file import load_project
from pitchkit.qtrender.map_painter import render_png, render_svg

pytestmark = pytest.mark.gui


def test_png_is_a_real_image_of_the_layout_size(qapp, example_path):
    project = load_project(example_path).project
    layout = layout_map(project)
    image = QImage.fromData(render_png(project, scale=2.0))
    assert not image.isNull()
    assert (image.width(), image.height()) == (int(layout.style.width * 2), int(layout.style.height * 2))
    # A node is painted where the layout put it: not the white background there.
    node = layout.nodes[0]
    assert image.pixelColor(int(node.x * 2), int(node.y * 2)) != QColor("white")


def test_svg_is_well_formed_and_names_people(qapp, example_path):
    project = load_project(example_path).project
    svg = render_svg(project)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    assert project.stakeholders[0].name in text


def test_the_label_band_kept_free_of_cards_holds_every_quadrant_name_and_action(qapp):
    from PySide6.QtGui import QFontMetricsF

    from pitchkit.core.map_layout import QUADRANTS, MapStyle
    from pitchkit.qtrender.map_painter import _font

    style = MapStyle()
    for name, action, *_rest in QUADRANTS:
        # As paint_background draws them: 10 units in; the name at 8 down, the action at 28.
        assert 10 + QFontMetricsF(_font(15, bold=True)).horizontalAdvance(name) <= style.label_width
        assert 10 + QFontMetricsF(_font(12)).horizontalAdvance(action) <= style.label_width
        assert 28 + QFontMetricsF(_font(12)).height() <= style.label_height


def test_the_own_png_encoding_keeps_every_pixel_and_the_resolution(qapp, example_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from pitchkit.qtrender.map_painter import png_bytes, render_image

    image = render_image(layout_map(load_project(example_path).project))
    image.setDotsPerMeterX(5906)  # 150 dpi across, 96 down: both are written
    qt_data = QByteArray()
    buffer = QBuffer(qt_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    ours, theirs = QImage.fromData(png_bytes(image)), QImage.fromData(bytes(qt_data.data()))
    assert not ours.isNull()
    rgb = QImage.Format.Format_RGB32
    assert ours.convertToFormat(rgb) == theirs.convertToFormat(rgb)
    assert (ours.dotsPerMeterX(), ours.dotsPerMeterY()) == (5906, image.dotsPerMeterY())


@pytest.mark.parametrize("people", [3, 60, 400])
def test_the_picture_header_known_before_drawing_is_the_one_drawn(qapp, people):
    """The export lays a picture out from core/map_picture's header while a child draws it."""
    from benchmarks.projectgen import generate_project
    from pitchkit.core.document_map import document_map
    from pitchkit.core.map_picture import map_png_head
    from pitchkit.qtrender.map_painter import png_bytes, render_image

    layout = document_map(generate_project(people))
    head = map_png_head(layout)
    assert png_bytes(render_image(layout)).startswith(head)
