"""Every colour the code chooses itself stays readable in dark mode (and light): contrast 4.5:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from pitchkit.core.health import Finding
from pitchkit.core.map_layout import STANCE_COLOURS
from pitchkit.core.model import Project, Severity
from pitchkit.gui.health_panel import HealthPanel, place_label
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.theme import apply_theme
from pitchkit.qtrender.map_painter import CARD_MUTED, MUTED, TEXT

pytestmark = pytest.mark.gui


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def theme(request):
    app = QApplication.instance()
    apply_theme(app, request.param)
    yield request.param
    apply_theme(app, "system")


def test_health_severities_are_readable_on_the_panel(qtbot, theme):
    panel = HealthPanel()
    qtbot.addWidget(panel)
    findings = [Finding(severity, "code", "s-cfo", "what is wrong", "what to do", where="stakeholders[s-cfo]", label="Dana Ruiz")
                for severity in Severity]
    panel.set_findings(findings)
    base = panel.tree.palette().color(QPalette.ColorRole.Base)
    assert (base.lightness() < 128) == (theme == "dark")
    for row in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(row)
        colour = item.foreground(0).color()
        assert contrast(colour, base) >= 4.5, (theme, item.text(0), colour.name(), base.name())
        assert item.text(0) in ("High", "Medium", "Low")


def test_the_concerns_column_reads_as_words_not_codes():
    def finding(where: str, label: str = "") -> Finding:
        return Finding(Severity.MEDIUM, "code", "", "what is wrong", "what to do", where=where, label=label)

    assert place_label(finding("pitch.evidence")) == "The pitch: evidence"
    assert place_label(finding("strategy.champion")) == "The strategy: champion"
    assert place_label(finding("stakeholders[s-cfo].notes", "Dana Ruiz")) == "Dana Ruiz"
    assert place_label(finding("")) == "The pitch"


def test_an_empty_projects_findings_show_no_internal_place_names(qtbot):
    from pitchkit.core.health import check

    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.set_findings(check(Project()))
    texts = [panel.tree.topLevelItem(row).text(1) for row in range(panel.tree.topLevelItemCount())]
    assert texts
    for text in texts:
        assert "." not in text and "[" not in text and "_" not in text, text


def test_the_map_paints_as_paper_with_readable_cards_in_either_theme(qtbot, example_path, theme):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.load(example_path)
    window.show_step("map")
    page = window.pages["map"]
    image = page.view.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    white = QColor("white")
    assert contrast(TEXT, white) >= 4.5 and contrast(MUTED, white) >= 4.5
    for colour in STANCE_COLOURS.values():  # names and roles are drawn on a light tint of the stance colour
        card = QColor(colour).lighter(165)
        assert contrast(TEXT, card) >= 4.5 and contrast(CARD_MUTED, card) >= 4.5, colour
    assert corner.lightness() > 200  # the map keeps its paper background in dark mode
