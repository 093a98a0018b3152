"""The bundled example project: valid, and rich enough to show every part of the app."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from pitchkit.core.model import ActionKind, Stance
from pitchkit.core.project_file import dumps_project, load_project

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def example(example_path):
    result = load_project(example_path)
    assert result.warnings == []
    return result.project


def quadrant(power: float, interest: float) -> str:
    high_power, high_interest = power > 5, interest > 5
    if high_power:
        return "key players" if high_interest else "keep satisfied"
    return "keep informed" if high_interest else "monitor"


def test_example_is_saved_exactly_as_pitchkit_writes_it(example_path, example):
    assert dumps_project(example) == example_path.read_bytes(), "run python scripts/resave_examples.py"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.pitchkit")), ids=lambda path: path.stem)
def test_every_bundled_example_is_in_the_current_format(path):
    """An example in an older format is migrated on every opening (the Dutch one was, at version 1)."""
    loaded = load_project(path)
    assert loaded.migrated_from is None and loaded.warnings == []
    assert dumps_project(loaded.project) == path.read_bytes(), "run python scripts/resave_examples.py"


def test_example_has_stakeholders_in_every_quadrant(example):
    assert len(example.stakeholders) >= 7
    occupied = {quadrant(p.power, p.interest) for p in example.stakeholders}
    assert occupied == {"key players", "keep satisfied", "keep informed", "monitor"}


def test_every_stakeholder_is_filled_in(example):
    for person in example.stakeholders:
        assert person.id.startswith("s-") and person.id.islower(), person.id
        for field in ("name", "role", "department", "channel", "notes"):
            assert getattr(person, field).strip(), f"{person.id}: {field} is empty"
        assert person.tags, person.id
        assert person.stance_wanted.rank >= person.stance.rank, person.id


def test_example_has_one_decision_maker_and_a_champion(example):
    deciders = [p for p in example.stakeholders if p.decision_maker]
    assert len(deciders) == 1
    champion = example.stakeholder(example.strategy.champion)
    assert champion is not None and champion.stance_wanted is Stance.LEADING
    assert example.strategy.sequence[0] == champion.id


def test_example_tells_the_story(example):
    assert any("social learning" in p.avoid_terms for p in example.stakeholders)
    assert {p.stance for p in example.stakeholders} >= {Stance.RESISTANT, Stance.SUPPORTIVE}
    failed = [t for t in example.strategy.attempts if t.failed]
    assert failed and all(t.outcome and t.lesson for t in failed)
    patterns = {r.pattern for r in example.resistances}
    assert {
        "Turf protection",
        "Whatever that means",
        "Not now, year-end",
        "Fear of exposure",
    } <= patterns
    kinds = {a.kind for a in example.strategy.actions}
    assert {ActionKind.DEMO, ActionKind.PILOT, ActionKind.STORY, ActionKind.PRE_WIRE} <= kinds
    assert example.pitch.story and len(example.pitch.evidence) >= 3


def test_example_dates_fit_together(example):
    pitch = example.pitch
    assert pitch.meeting_date is not None and pitch.deadline is not None
    assert pitch.meeting_date <= pitch.deadline
    year_end = [
        b for b in example.strategy.busy_periods if b.start <= datetime.date(2026, 12, 31) <= b.end
    ]
    assert year_end, "the year-end busy period is missing"
    # The declined meeting fell inside it; the new meeting date does not.
    failed = next(t for t in example.strategy.attempts if t.failed)
    assert year_end[0].start <= failed.date <= year_end[0].end
    assert not year_end[0].start <= pitch.meeting_date <= year_end[0].end


def test_example_records_are_linked(example):
    assert len(example.links) >= 8 and all(link.note for link in example.links)
    assert len(example.resistances) >= 8
    assert all(r.heard and r.concern and r.counter_strategy for r in example.resistances)
    assert len(example.problems) >= 5
    assert all(
        p.kpi and p.baseline and p.target and p.how_helps and p.stakeholders
        for p in example.problems
    )


def test_no_avoided_term_appears_in_text_meant_for_that_person(example):
    for point in example.strategy.talking_points:
        person = example.stakeholder(point.stakeholder)
        for term in person.avoid_terms:
            assert term.casefold() not in point.text.casefold(), (person.id, term)
    shared = " ".join(
        [example.pitch.initiative, example.pitch.ask, example.pitch.story, example.title]
    )
    for person in example.stakeholders:
        for term in person.avoid_terms:
            assert term.casefold() not in shared.casefold(), (person.id, term)
