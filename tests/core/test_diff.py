"""`diff_projects`: grouped changes, each with its data and one readable line."""

from __future__ import annotations

import msgspec

from pitchkit.core.diff import diff_projects, who_moved
from pitchkit.core.model import Project, ResistanceStatus, Stakeholder, Stance
from pitchkit.core.project_file import load_project, to_data


def copy(project: Project) -> Project:
    return msgspec.convert(to_data(project), Project)


def test_a_copy_has_no_changes(example_path):
    project = load_project(example_path).project
    diff = diff_projects(project, copy(project))
    assert diff.is_empty() and diff.lines() == []


def test_people_moves_resistances_actions_and_strategy_are_named(example_path):
    old = load_project(example_path).project
    new = copy(old)
    new.stakeholders.append(Stakeholder(id="s-ann", name="Ann Lee", role="Head of Sales"))
    new.stakeholders = [p for p in new.stakeholders if p.id != "s-leo"]
    martin = new.stakeholder("s-martin")
    martin.stance, martin.power, martin.notes = Stance.NEUTRAL, 9.0, "changed"
    open_one = next(r for r in new.resistances if r.status != ResistanceStatus.RESOLVED)
    open_one.status = ResistanceStatus.RESOLVED
    action = next(a for a in new.strategy.actions if not a.done)
    action.done = True
    new.strategy.champion = "s-martin"
    new.strategy.sequence = list(reversed(new.strategy.sequence))

    diff = diff_projects(old, new)
    text = "\n".join(diff.lines())
    assert "Added Ann Lee (Head of Sales)" in text
    assert "Removed Leo Barnes" in text
    assert "Martin Cole: resistant → neutral" in text
    assert "Martin Cole: power" in text and "→ 9" in text
    assert "Martin Cole: notes changed" in text
    assert f"Resolved: {old.stakeholder(open_one.stakeholder).name}" in text
    assert f"Done: {action.title}" in text
    assert "Champion:" in text and "→ Martin Cole" in text
    assert "Order of conversations:" in text
    moves = diff.section("moves")
    assert moves is not None
    stance = next(c for c in moves.changes if c.field == "stance")
    assert (stance.record_id, stance.old, stance.new) == ("s-martin", "resistant", "neutral")
    assert [s.key for s in who_moved(diff).sections] == ["people", "moves"]


def test_recorded_and_settled_conflicts_and_a_long_order_are_summarised(example_path):
    from pitchkit.core.merge import merge_projects

    base = load_project(example_path).project
    ours, theirs = copy(base), copy(base)
    ours.stakeholder("s-martin").stance, theirs.stakeholder("s-martin").stance = Stance.LEADING, Stance.NEUTRAL
    merged = merge_projects(base, ours, theirs).project
    assert "Recorded: stakeholders.s-martin.stance (both-changed)" in diff_projects(ours, merged).lines()[1]
    settled = copy(merged)
    settled.conflicts = []
    assert "Settled: stakeholders.s-martin.stance" in diff_projects(merged, settled).lines()[1]

    many = copy(base)
    many.stakeholders += [Stakeholder(id=f"s-{i}", name=f"P {i}") for i in range(20)]
    longer = copy(many)
    longer.strategy.sequence = [p.id for p in many.stakeholders]
    [line] = [x for x in diff_projects(many, longer).lines() if "Order of conversations" in x]
    assert line.strip().startswith("Order of conversations: ") and "added" in line and len(line) < 80
