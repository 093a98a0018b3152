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
    assert (item.text(0), item.text(1)) == ("High", "Dana Ruiz")
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


def test_every_rule_points_to_a_step_of_the_app():
    import importlib.util
    from pathlib import Path

    from pitchkit.core.health import RULES, StepKey
    from pitchkit.gui.steps import steps

    titles = {step.key: step.title for step in steps()}
    assert {key.value for key in StepKey} <= set(titles)
    for rule in RULES.values():
        assert all(place.step.value in titles for place in rule.places), rule.code
    script = Path(__file__).resolve().parents[2] / "scripts" / "make_health_reference.py"
    spec = importlib.util.spec_from_file_location("make_health_reference", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.STEP_TITLES == {key.value: titles[key.value] for key in StepKey}


def test_a_finding_leads_to_the_step_it_names():
    finding = Finding(Severity.LOW, "x", "p-1", "m", "a", "somewhere[p-1]", "", "problems")
    assert step_of(finding) == "problems"


def test_activating_a_problem_finding_selects_the_problem(qtbot, example_path):
    from pitchkit.gui.kinds import PROBLEMS

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load(example_path)
    window.session.set_field(PROBLEMS, window.project.problems[1], "kpi", "")
    window.show_step("generate")
    page = window.pages["generate"]
    wanted = window.project.problems[1].id

    def row_of_problem() -> int | None:
        tree = page.health.tree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, FINDING_ROLE).code == "problem-no-kpi":
                return i
        return None

    qtbot.waitUntil(lambda: row_of_problem() is not None, timeout=20_000)
    tree = page.health.tree
    tree.setCurrentItem(tree.topLevelItem(row_of_problem()))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page() is window.pages["problems"]
    assert window.pages["problems"].list.current_record().id == wanted
