"""Renders the application icon's SVG into hicolor PNG sizes: render_icons.py SVG HICOLOR_DIR."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256)


def main(svg: str, hicolor: str) -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs the application
    renderer = QSvgRenderer(svg)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = Path(hicolor) / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        image.save(str(folder / "pitchkit.png"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
