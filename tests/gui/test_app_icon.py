"""The app names its desktop entry and shows PitchKit's own icon once the window has painted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pitchkit.gui import app as app_module

pytestmark = pytest.mark.gui


def test_application_names_its_desktop_entry(qapp):
    assert app_module.application().desktopFileName() == "pitchkit"


def test_window_icon_is_pitchkit_svg(qapp):
    QApplication.setWindowIcon(QIcon())
    app_module._set_window_icon()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    pixmap = icon.pixmap(64, 64)
    assert not pixmap.isNull() and pixmap.width() == 64
    # The icon's yellow "key players" square: the SVG really rendered, not a blank fallback.
    image = pixmap.toImage()
    yellow = image.pixelColor(50, 14)
    assert yellow.red() > 200 and yellow.green() > 150 and yellow.blue() < 100, yellow.name()
