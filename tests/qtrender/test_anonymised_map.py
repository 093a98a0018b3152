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


def test_the_map_inside_an_anonymised_word_export_is_the_same_whatever_the_names(qapp, example_path, tmp_path):
    import zipfile

    from pitchkit.core.anonymise import AnonymiseOptions
    from pitchkit.documents.export import export_project
    from pitchkit.qtrender.renderers import qt_pictures

    def pictures(project, name):
        out = tmp_path / f"{name}.docx"
        export_project(project, out=out, fmt="docx", anonymise=AnonymiseOptions(), pictures=qt_pictures())
        with zipfile.ZipFile(out) as archive:
            return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}

    real = load_project(example_path).project
    renamed = load_project(example_path).project
    for person, name in zip(renamed.stakeholders, OTHER_NAMES, strict=False):
        person.name = name
    first, second = pictures(real, "real"), pictures(renamed, "renamed")
    assert first and first == second
