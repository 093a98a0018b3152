"""The map picture of an anonymised document is the same whatever the real names are."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from pitchkit.core.anonymise import anonymise
from pitchkit.core.project_file import load_project
from pitchkit.qtrender.map_painter import render_png

pytestmark = pytest.mark.gui

OTHER_NAMES = ["Wei Zhang", "Ólafur Þórsson", "A", "Maximiliana Wolkenstein-Rabenhorst", "Ngozi Eze", "Li", "Jo Jo",
               "Sofie Mertens", "Jan Peeters", "Karin de Vries", "Elif Yıldız", "Tom Tom"]


def test_two_projects_that_differ_only_in_names_give_the_same_pixels(qapp, example_path):
    real = load_project(example_path).project
    renamed = load_project(example_path).project
    for person, name in zip(renamed.stakeholders, OTHER_NAMES, strict=False):
        person.name = name
    renamed.pitch.advocate = "Someone Else"
    assert render_png(real) != render_png(renamed), "the names do show on a normal map"
    first, second = render_png(anonymise(real)), render_png(anonymise(renamed))
    assert first == second
    a, b = QImage.fromData(first), QImage.fromData(second)
    assert a.size() == b.size() and a == b
