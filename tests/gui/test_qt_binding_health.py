"""Guards against a Qt binding that corrupts the interpreter (seen with PySide6 6.12.0)."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_void_qt_calls_do_not_consume_references_to_none(qapp):
    # PySide6 6.12.0 on Python 3.11 decremented None's refcount on every void call;
    # the app then aborts after a few thousand calls. pyproject.toml pins below it.
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.save()
        painter.setPen(QColor("red"))
        painter.restore()
        label.setText("x")
    gc.collect()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references"
