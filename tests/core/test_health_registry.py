"""The health rule registry: every code declared once, documented, and pointing where it says."""

from __future__ import annotations

import datetime
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.analysis import Analysis, analyse
from pitchkit.core.health import (
    RULES,
    THEMES,
    Check,
    Finding,
    RecordKind,
    StepKey,
    ordered_checks,
    ordered_rules,
    run_checks,
)
from pitchkit.core.health.registry import A_STAKEHOLDER, Registry, field_target, stakeholder_target
from pitchkit.core.model import (
    Action,
    ActionKind,
    Attempt,
    BusyPeriod,
    Link,
    Project,
    Severity,
    Stakeholder,
)
from pitchkit.core.project_file import load_project
from pitchkit.paths import example_project_path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "playbook.md"
TODAY = datetime.date(2026, 11, 22)


def _script():
    spec = importlib.util.spec_from_file_location(
        "make_health_reference", ROOT / "scripts" / "make_health_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _copy(project: Project) -> Project:
    return msgspec.convert(msgspec.to_builtins(project), Project)


def _projects() -> Iterator[tuple[str, Project, datetime.date, str | None]]:
    """Projects that between them raise every rule: (name, project, today, template text)."""
    example = load_project(example_project_path()).project
    yield "example", example, TODAY, None
    yield "example after the meeting", example, datetime.date(2027, 2, 1), None
    yield "example with jargon in the template", example, TODAY, "Why social learning works."
    broken = _copy(example)
    broken.pitch.meeting_date = datetime.date(2026, 12, 9)
    broken.strategy.champion = None
    broken.pitch.story = ""
    broken.pitch.evidence = []
    broken.strategy.actions = [Action(id="a-late", kind="meeting", title="Catch-up", due=datetime.date(2026, 12, 10))]
    broken.strategy.busy_periods = [BusyPeriod(id="b-1", label="Year-end", start=datetime.date(2026, 12, 1), end=datetime.date(2026, 12, 31))]
    broken.strategy.sequence = [p.id for p in reversed(broken.stakeholders)]
    broken.strategy.attempts.append(Attempt(id="t-x", date=datetime.date(2027, 1, 2), stakeholders=[broken.stakeholders[0].id], failed=True))
    for resistance in broken.resistances:
        resistance.counter_strategy = ""
    for problem in broken.problems[:1]:
        problem.kpi = ""
    for problem in broken.problems[1:2]:
        problem.baseline = ""
    for person in broken.stakeholders:
        person.decision_maker = True
    yield "example with much undone", _copy(broken), datetime.date(2027, 1, 5), None
    lone = _copy(example)
    lone.pitch.meeting_date = datetime.date(2026, 12, 20)
    lone.strategy.busy_periods = []
    lone.problems = []
    lone.pitch.evidence = lone.pitch.evidence[:1]
    lone.strategy.actions = []
    for person in lone.stakeholders:
        person.decision_maker = False
    lone.strategy.champion = lone.stakeholders[0].id
    yield "example with no decision-maker", lone, TODAY, None
    yield "empty", Project(), TODAY, None
    yield "nobody supports it", _copy(Project(stakeholders=[Stakeholder(id="s-a", name="A", power=8, stance="resistant")])), TODAY, None
    for seed in (1, 2):
        yield f"generated {seed}", generate_project(40, seed=seed), TODAY, None
    scenarios = Path(__file__).parent.parent / "files" / "scenarios"
    for path in sorted(scenarios.glob("*.pitchkit")):
        yield path.stem, load_project(path).project, TODAY, None
    echo = load_project(scenarios / "contact-centre.pitchkit").project
    echo.pitch.story = "A trainer told me: whatever that means. That stayed with me."
    echo.strategy.actions = [Action(id="a-p", kind=ActionKind.PILOT, title="Huddles", stakeholders=["s-tl"])]
    echo.links.append(Link(id="l-tl", source="s-trainer", target="s-tl"))
    yield "contact centre, story echoing a colleague", echo, datetime.date(2027, 3, 10), None


PROJECTS = list(_projects())


def _undeclared(checks: list[Check], analysis: Analysis) -> list[str]:
    """What each check yields that its rules do not declare: code, severity or place."""
    wrong = []
    for registered in checks:
        rules = {r.code: r for r in registered.rules}
        for finding in registered.function(analysis):
            rule = rules.get(finding.code)
            if rule is None:
                wrong.append(f"{registered.function.__name__} yields undeclared code {finding.code!r}")
                continue
            if finding.severity not in rule.severities:
                wrong.append(f"{finding.code}: severity {finding.severity} is not declared")
            place = (finding.step, bool(finding.record_ids))
            if place not in {(p.step.value, p.record != RecordKind.NONE) for p in rule.places}:
                wrong.append(f"{finding.code}: points to {place}, which its rule does not declare")
    return wrong


@pytest.mark.parametrize(("name", "project", "today", "template"), PROJECTS, ids=[p[0] for p in PROJECTS])
def test_every_check_yields_only_what_its_rules_declare(name, project, today, template):
    assert _undeclared(ordered_checks(), analyse(project, today=today, template_text=template)) == []


def test_a_check_with_an_undeclared_code_is_caught():
    registry = Registry()
    declared = registry.rule("declared", Severity.LOW, A_STAKEHOLDER, title="t", explanation="e", mend="m")

    @registry.check(declared)
    def rogue(analysis: Analysis) -> Iterator[Finding]:
        yield Finding(Severity.LOW, "not-declared", "", "message", "advice")

    [wrong] = _undeclared(registry.checks, analyse(Project(), today=TODAY))
    assert "undeclared code 'not-declared'" in wrong


def test_every_rule_is_raised_by_some_project():
    raised = set()
    for _name, project, today, template in PROJECTS:
        raised |= {f.code for f in analyse(project, today=today, template_text=template).findings}
    assert set(RULES) - raised == set(), "no project in _projects() above raises these rules: add one that does"
    assert raised <= set(RULES)


def test_every_rule_belongs_to_one_check_and_every_check_to_a_theme():
    owners = [r.code for c in ordered_checks() for r in c.rules]
    assert sorted(owners) == sorted(RULES)
    themes = {module.__name__ for module in THEMES}
    assert {c.theme for c in ordered_checks()} <= themes
    assert [r.code for r in ordered_rules()] == owners


def test_a_code_is_declared_once():
    registry = Registry()
    registry.rule("twice", Severity.LOW, A_STAKEHOLDER, title="t", explanation="e", mend="m")
    with pytest.raises(ValueError, match="twice"):
        registry.rule("twice", Severity.HIGH, A_STAKEHOLDER, title="t", explanation="e", mend="m")


def test_every_rule_is_documented_in_full():
    for rule in RULES.values():
        assert rule.title.strip() and rule.explanation.strip() and rule.mend.strip(), rule.code
        assert rule.severities and rule.places, rule.code


def test_committed_table_equals_the_generated_one():
    script = _script()
    page = DOC.read_text(encoding="utf-8")
    assert script.render_page(page) == page, "run python scripts/make_health_reference.py"
    assert script.main(["--check"]) == 0
    for code in RULES:
        assert f"| `{code}` |" in page


def test_a_changed_rule_makes_the_table_out_of_date(monkeypatch):
    script = _script()
    page = DOC.read_text(encoding="utf-8")
    rule = RULES["no-story"]
    monkeypatch.setitem(RULES, "no-story", type(rule)(**{**rule.__dict__, "mend": "Something else."}))
    monkeypatch.setattr("pitchkit.core.health.ordered_rules", lambda: list(RULES.values()))
    assert script.render_page(page) != page


def test_findings_carry_their_step_and_record_ids():
    project = load_project(example_project_path()).project
    findings = analyse(project, today=TODAY).findings
    assert [(f.step, f.record_ids) for f in findings] == [
        ("stakeholders", ("s-martin",)),
        ("stakeholders", ("s-martin", "s-tom")),
    ]
    project.strategy.champion = None
    [no_champion] = [f for f in analyse(project, today=TODAY).findings if f.code == "no-champion"]
    assert (no_champion.step, no_champion.record_id, no_champion.record_ids) == ("strategy", "", ())


def test_a_grouped_finding_lists_every_record():
    people = [Stakeholder(id="s-a", name="Ann"), Stakeholder(id="s-b", name="Bo")]
    finding = RULES["not-reassessed"].grouped(
        [stakeholder_target(p) for p in people], "not re-assessed", "review them"
    )
    assert (finding.record_id, finding.record_ids, finding.label) == ("s-a", ("s-a", "s-b"), "Ann, Bo")
    assert (finding.step, finding.severity, finding.where) == ("stakeholders", Severity.MEDIUM, "stakeholders[s-a]")
    assert finding.line().startswith("medium: stakeholders[s-a] Ann, Bo: not re-assessed")


def test_a_finding_about_a_field_names_its_step():
    assert field_target("pitch.meeting_date").place.step is StepKey.PITCH
    assert field_target("strategy.sequence").place.step is StepKey.STRATEGY
    assert field_target("problems").place.record is RecordKind.NONE


def test_findings_are_the_checks_in_theme_order_most_severe_first():
    project = load_project(example_project_path()).project
    analysis = analyse(project, today=datetime.date(2027, 2, 1))
    expected = [f for c in ordered_checks() for f in c.function(analysis)]
    rank = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    assert run_checks(analysis) == sorted(expected, key=lambda f: rank[f.severity])
    assert list(analysis.findings) == run_checks(analysis)
