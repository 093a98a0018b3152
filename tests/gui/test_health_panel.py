"""The health panel: severity, the record concerned, what to do; a finding leads to its record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pitchkit.core.health import Finding
from pitchkit.core.model import Severity
from pitchkit.gui.health_panel import FINDING_ROLE, HealthPanel, step_of
from pitchkit.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

FINDINGS = [
    Finding(Severity.HIGH, "resistant-no-counter", "s-cfo", "Dana resists with no counter.", "Plan a counter.",
            "stakeholders[s-cfo]", "Dana Ruiz"),
    Finding(Severity.MEDIUM, "problem-no-kpi", "p-1", "No KPI.", "Add a KPI.", "problems[p-1]", ""),
    Finding(Severity.LOW, "no-story", "", "No lead-in story.", "Write one.", "pitch.story", ""),
]


def test_findings_show_severity_record_and_advice(qtbot):
    panel = HealthPanel()
    qtbot.addWidget(panel)
    panel.set_findings(FINDINGS)
    assert panel.tree.topLevelItemCount() == 3
    item = panel.tree.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("high", "Dana Ruiz")
    assert "Plan a counter." in item.text(2)
    assert panel.summary() == "1 high, 1 medium, 1 low"
    assert "1 high" in panel.heading.text()
    panel.set_findings([])
    assert panel.summary() == "" and "nothing to flag" in panel.heading.text()
    assert "checking" in HealthPanel().heading.text()


def test_each_finding_knows_its_step():
    assert [step_of(f) for f in FINDINGS] == ["stakeholders", "problems", "pitch"]
    assert step_of(Finding(Severity.LOW, "x", "", "m", "a", "strategy.sequence")) == "strategy"


def test_activating_a_finding_goes_to_its_record(qtbot, project_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load(project_path)
    window.show_step("generate")
    page = window.pages["generate"]
    qtbot.waitUntil(lambda: page.health.tree.topLevelItemCount() > 0, timeout=20_000)
    tree = page.health.tree
    row = next(
        i for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, FINDING_ROLE).where.startswith("stakeholders[")
    )
    finding = tree.topLevelItem(row).data(0, FINDING_ROLE)
    tree.setCurrentItem(tree.topLevelItem(row))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page() is window.stakeholders_page
    assert window.stakeholders_page.list.current_record().id == finding.record_id
