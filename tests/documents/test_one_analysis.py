"""One export, one analysis: the champion, the sequence, the talking points and the findings
are each worked out once, however often the template and the health rules use them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from pitchkit.core import analysis as analysis_module
from pitchkit.core import health, talking_points
from pitchkit.core.analysis import analyse
from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.documents.context import build_context
from pitchkit.documents.export import export_project, render_markdown
from pitchkit.paths import example_project_path

TEMPLATES = [
    ("proposal", None),
    ("one-pager", None),
    ("agenda", None),
    ("follow-up-email", "s-joanne"),
    ("briefing", "s-joanne"),
    ("briefing", "s-martin"),
]


@pytest.fixture
def calls(monkeypatch) -> Counter[str]:
    """How often each costly part of the analysis is worked out."""
    counted: Counter[str] = Counter()

    def count(owner: Any, name: str) -> None:
        real: Callable[..., Any] = getattr(owner, name)

        def counting(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counting)

    count(analysis_module, "rank_candidates")  # the champion candidates, hence the champion
    count(analysis_module, "suggest_sequence")
    count(analysis_module, "adjacency")
    count(health, "run_checks")
    count(talking_points, "all_talking_points")
    return counted


def _example(*, champion: bool) -> Project:
    project = load_project(example_project_path()).project
    if not champion:
        project.strategy.champion = None  # so the champion is worked out from the candidates
    return project


@pytest.mark.parametrize(("template", "audience"), TEMPLATES, ids=lambda v: str(v))
def test_one_export_works_the_champion_out_once(template, audience, calls, tmp_path):
    project = _example(champion=False)
    export_project(project, out=tmp_path / "out.md", fmt="md", template=template, audience=audience)
    # A shared document shows the chosen champion only, so it never ranks candidates.
    assert calls["rank_candidates"] <= 1
    assert calls["adjacency"] <= 1
    assert all(calls[name] <= 1 for name in ("suggest_sequence", "run_checks", "all_talking_points"))


def test_a_template_using_everything_works_each_part_out_once(calls):
    # The briefing shows the sequence, the talking points, whether they are the champion and
    # the findings about them: before one analysis, the champion was worked out four times.
    render_markdown(_example(champion=False), "briefing", "s-joanne")
    assert calls == Counter(
        rank_candidates=1, adjacency=1, suggest_sequence=1, run_checks=1, all_talking_points=1
    )


def test_a_context_reads_the_analysis_it_is_given(calls):
    project = _example(champion=False)
    found = analyse(project)
    context = build_context(project, "s-joanne", analysis=found)
    assert [f.code for f in context["health"]] == [f.code for f in found.findings]
    # The example has its own order: a suggested reason is kept only where the person stands
    # at the suggested place ("last, ..." beside "3 of 9" would contradict the order).
    reasons = {s.stakeholder.id: (s.position, s.reason) for s in found.sequence}
    assert [(s.stakeholder.id, s.reason) for s in context["sequence"]] == [
        (pid, reasons[pid][1] if reasons.get(pid, (0, ""))[0] == n else "")
        for n, pid in enumerate(project.strategy.sequence, start=1)
    ]
    assert any(s.reason for s in context["sequence"]) and not all(s.reason for s in context["sequence"])
    champion = context["strategy"].champion
    assert found.champion is not None and champion.id == found.champion.id
    assert context["audience"].talking_points == tuple(found.talking_points["s-joanne"])
    assert calls["rank_candidates"] == 1 and calls["run_checks"] == 1


def test_what_a_template_does_not_use_is_not_worked_out(calls):
    context = build_context(_example(champion=True))
    assert context["project"].title
    assert calls["run_checks"] == 0 and calls["all_talking_points"] == 0 and calls["suggest_sequence"] == 0


def test_another_template_text_works_only_the_findings_out_again(calls):
    project = _example(champion=False)
    found = analyse(project)
    assert found.champion is not None
    assert [f.code for f in found.findings] == ["no-champion", "resistant-adviser", "no-problem-for-stakeholder"]
    with_template = found.with_template("We follow 70:20:10.")
    assert with_template.champion is found.champion
    assert "jargon" in {f.code for f in with_template.findings}
    assert "jargon" not in {f.code for f in found.findings}
    assert found.with_template(None) is found
    assert calls["rank_candidates"] == 1 and calls["run_checks"] == 2


def test_pitchkit_check_analyses_once(calls, example_path, capsys):
    from pitchkit.cli import main

    assert main(["check", str(example_path)]) == 0
    assert "no business problem" in capsys.readouterr().out
    assert calls["run_checks"] == 1 and calls["adjacency"] == 1
