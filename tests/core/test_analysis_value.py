"""The one analysis of a project state: the same answers as the single functions, made once."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from pitchkit.core import analysis as analysis_module
from pitchkit.core.analysis import (
    Analysis,
    Quadrant,
    analyse,
    champion,
    champion_candidates,
    engagement_sequence,
    quadrant,
    sequence_notes,
    shortest_path,
    stance_gap,
)
from pitchkit.core.health import check
from pitchkit.core.model import Link, Project, Stakeholder, Stance, Strategy
from pitchkit.core.project_file import load_project

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def example(example_path) -> Project:
    return load_project(example_path).project


def chain() -> Project:
    """Ann (leading) -> Bo -> Cy (the decision-maker); Dee is resistant and linked to nobody."""
    return Project(
        stakeholders=[
            Stakeholder(id="s-ann", name="Ann", power=8, interest=8, stance=Stance.LEADING, stance_wanted=Stance.LEADING),
            Stakeholder(id="s-bo", name="Bo", power=6, interest=7, stance=Stance.NEUTRAL),
            Stakeholder(id="s-cy", name="Cy", power=9, interest=6, decision_maker=True),
            Stakeholder(id="s-dee", name="Dee", power=7, interest=7, stance=Stance.RESISTANT),
        ],
        links=[Link(id="l-1", source="s-ann", target="s-bo"), Link(id="l-2", source="s-bo", target="s-cy")],
        strategy=Strategy(sequence=["s-dee", "s-ann"]),
    )  # fmt: skip


def test_every_part_agrees_with_the_single_functions(example):
    example.strategy.champion = None
    found = analyse(example, today=TODAY)
    assert found.champion == champion(example)
    assert list(found.candidates) == champion_candidates(example)
    assert list(found.neutral_candidates) == champion_candidates(example, include_neutral=True)
    assert list(found.sequence) == engagement_sequence(example)
    assert list(found.sequence_notes) == sequence_notes(example)
    assert list(found.findings) == check(example, today=TODAY)
    assert dict(found.quadrants) == {p.id: quadrant(p) for p in example.stakeholders}
    assert dict(found.gaps) == {p.id: stance_gap(p) for p in example.stakeholders}


def test_paths_to_the_decision_makers_start_at_the_champion():
    found = analyse(chain())
    assert found.champion is not None and found.champion.id == "s-ann"
    assert found.chosen_champion is None  # suggested, not chosen
    assert dict(found.paths_to_decision_makers) == {"s-cy": ["s-ann", "s-bo", "s-cy"]}
    assert found.champion_reach["s-bo"] == (1, ["s-ann", "s-bo"])
    assert found.path("s-bo", "s-cy") == shortest_path(chain(), "s-bo", "s-cy") == ["s-bo", "s-cy"]
    assert found.path("s-dee", "s-cy") is None
    assert found.quadrants["s-cy"] is Quadrant.KEY_PLAYERS
    assert found.sequence_notes == ("Dee (resistant) comes before the champion, Ann.",)


def test_a_chosen_champion_is_the_champion(example):
    found = analyse(example)
    assert found.chosen_champion is not None
    assert found.champion is found.chosen_champion
    assert found.champion.id == example.strategy.champion


def test_an_analysis_cannot_be_changed():
    found = analyse(chain())
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.project = Project()  # type: ignore[misc]
    with pytest.raises(TypeError):
        found.quadrants["s-ann"] = Quadrant.MONITOR  # type: ignore[index]


def test_each_part_is_worked_out_once(monkeypatch):
    made: list[int] = []
    real = analysis_module.suggest_sequence

    def counting(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis_module, "suggest_sequence", counting)
    found = analyse(chain())
    assert found.sequence is found.sequence
    assert len(made) == 1
    assert analyse(chain()).sequence == found.sequence
    assert len(made) == 2  # another analysis, another computation


def test_today_defaults_to_the_current_date():
    assert analyse(Project()).today == datetime.date.today()
    assert analyse(Project(), today=TODAY).today == TODAY
    assert isinstance(analyse(Project()), Analysis)
