"""Every named icon draws something, at any size, whether from the theme, the style or a glyph."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from pitchkit.gui import icons

pytestmark = pytest.mark.gui


def painted_pixels(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))


@pytest.mark.parametrize("name", sorted(icons._ICONS))
@pytest.mark.parametrize("side", [16, 32])
def test_every_icon_draws_something(qapp, name, side):
    icon = icons.icon(name)
    assert not icon.isNull()
    image = icon.pixmap(QSize(side, side)).toImage()
    assert min(image.width(), image.height()) > 0
    assert painted_pixels(image) > side  # more than a stray line of pixels


def test_unknown_names_give_an_empty_icon(qapp):
    assert icons.icon("no-such-icon").isNull()


def test_move_up_and_down_are_mirror_images(qapp, monkeypatch):
    monkeypatch.setattr(icons.QIcon, "hasThemeIcon", staticmethod(lambda name: False))
    icons.icon.cache_clear()
    try:
        up = icons.icon("move-up").pixmap(QSize(32, 32)).toImage()
        down = icons.icon("move-down").pixmap(QSize(32, 32)).toImage()
    finally:
        icons.icon.cache_clear()
    # The arrow head (the wider part) is at the top of "up" and the bottom of "down".
    assert widest_row(up) < 16 < widest_row(down)


def widest_row(image: QImage) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    widths = [sum(image.pixelColor(x, y).alpha() > 0 for x in range(image.width())) for y in range(image.height())]
    return widths.index(max(widths))
