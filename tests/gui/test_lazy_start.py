"""A quick first screen: step pages are built when first shown, autosave and the offer of
crashed work wait for the first paint, the Generate marker comes from a background health
check, and a very long document is previewed in part."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from pitchkit.core.health import check
from pitchkit.core.model import Severity, Stance
from pitchkit.documents.tree import Document, ListBlock, Paragraph, Table, Text
from pitchkit.gui import app as gui_app
from pitchkit.gui import kinds
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.preview import first_part

pytestmark = pytest.mark.gui

OTHER_STEPS = ("stakeholders", "map", "resistances", "problems", "strategy", "generate")


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_only_the_first_step_page_is_built_until_others_are_shown(window, project_path):
    window.load(project_path)
    assert window.pages.is_built("pitch")
    assert not any(window.pages.is_built(key) for key in OTHER_STEPS)
    assert window._count_label.text() == "3 stakeholders"  # counted without the page

    window.show_step("map")
    assert window.pages.is_built("map")
    assert window.current_page() is window.pages["map"]
    assert not window.pages.is_built("generate")


def test_a_page_built_later_shows_the_stakeholder_chosen_before(window, project_path):
    window.load(project_path)
    window.show_step("map")
    window.session.set_current_stakeholder("s-it")
    assert not window.pages.is_built("stakeholders")
    window.show_step("stakeholders")
    assert window.stakeholders_page.list.current_record().id == "s-it"


def test_the_generate_marker_follows_a_background_health_check(window, project_path, qtbot):
    generate_row = [step.key for step in window.steps].index("generate")
    window.health_marker.timer.setInterval(10)
    window.load(project_path)
    high = sum(f.severity == Severity.HIGH for f in check(window.project))
    assert high >= 2  # among them: Dana Ruiz is powerful and resistant, nothing recorded
    qtbot.waitUntil(lambda: f"{high} high-severity findings" in window.sidebar.missing(generate_row))
    assert not window.pages.is_built("generate")  # no preview was needed for it

    dana = window.project.stakeholder("s-cfo")
    window.session.set_field(kinds.STAKEHOLDERS, dana, "stance", Stance.NEUTRAL)
    fewer = high - 1
    expected = "1 high-severity finding." if fewer == 1 else f"{fewer} high-severity findings"
    qtbot.waitUntil(lambda: expected in window.sidebar.missing(generate_row))


def test_autosave_and_the_recovery_offer_wait_for_the_first_paint(qtbot, project_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "offer_recovery", lambda self: asked.append("offered"))
    window = gui_app.create_main_window(str(project_path), offer_recovery=False)
    assert window is not None
    qtbot.addWidget(window)
    assert window._autosave is None and asked == []

    gui_app.after_first_paint(gui_app.application(), window.start_background_work, owner=window)
    window.show()
    qtbot.waitUntil(lambda: asked == ["offered"])
    assert window._autosave is not None and window.autosave.timer.isActive()


def test_a_window_gone_before_it_painted_gets_no_call(qtbot):
    calls: list[str] = []
    widget = QWidget()
    waiting = gui_app.after_first_paint(gui_app.application(), lambda: calls.append("painted"), owner=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(waiting))
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.wait(50)
    assert calls == []


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def paragraphs(n: int, size: int = 100) -> list[Paragraph]:
    return [Paragraph([Text(f"{i:04d} " + "x" * size)]) for i in range(n)]


def test_a_short_document_is_previewed_whole():
    doc = Document(title="Short", blocks=paragraphs(10))
    shown, partial = first_part(doc, budget=5_000)
    assert not partial and shown is doc


def test_a_long_document_is_previewed_up_to_the_budget_with_a_note():
    blocks = paragraphs(300)
    doc = Document(title="Long", blocks=blocks)
    shown, partial = first_part(doc, budget=5_000)
    assert partial
    kept, note = shown.blocks[:-1], shown.blocks[-1]
    assert kept == blocks[: len(kept)] and 40 <= len(kept) <= 50
    assert "the export contains all of it" in note.inlines[0].text
    assert len(doc.blocks) == 300  # the document itself (what exports use) is not cut


def test_a_long_table_or_list_keeps_the_rows_that_fit():
    row = [[Text("cell " + "y" * 50)], [Text("z")]]
    table = Table(header=[[Text("Name")], [Text("Stance")]], rows=[row] * 500)
    items = [[Paragraph([Text("item " + "w" * 50)])]] * 500
    for block in (table, ListBlock(ordered=False, items=items)):
        shown, partial = first_part(Document(blocks=[block]), budget=3_000)
        assert partial
        part = shown.blocks[0]
        kept = part.rows if isinstance(part, Table) else part.items
        assert 0 < len(kept) < 500


def test_list_columns_follow_the_table_viewport_found_without_asking_pyside(window, project_path, qtbot):
    """The column fitter finds the viewport as a child (a quicker wrap) and refits on its resize."""
    window.resize(1200, 700)
    window.show()
    window.load(project_path)
    window.show_step("stakeholders")
    table = window.stakeholders_page.list.table
    fitter = window.stakeholders_page.list.column_fitter
    assert fitter._viewport is table.viewport()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == table.viewport().width())
    window.resize(900, 700)
    qtbot.waitUntil(lambda: table.viewport().width() < 700 and header.length() == table.viewport().width())
