"""Analysis: quadrants, stance gaps, influence paths, champion candidates, engagement order."""

from __future__ import annotations

import datetime

import pytest

from pitchkit.core.analysis import (
    Quadrant,
    champion,
    champion_candidates,
    decision_makers,
    engagement_sequence,
    influence_paths,
    quadrant,
    sequence_notes,
    shortest_path,
    stance_gap,
)
from pitchkit.core.model import Link, Project, Resistance, Stakeholder, Stance, Strategy
from pitchkit.core.project_file import load_project


def person(
    pid: str, power: float = 5, interest: float = 5, stance: str = "neutral", **kw
) -> Stakeholder:
    return Stakeholder(
        id=pid, name=pid.title(), power=power, interest=interest, stance=Stance(stance), **kw
    )


def link(source: str, target: str) -> Link:
    return Link(id=f"l-{source}-{target}", source=source, target=target)


@pytest.fixture
def example(example_path) -> Project:
    return load_project(example_path).project


# ---------------------------------------------------------------------------------------------
# Quadrants and gaps
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("power", "interest", "expected"),
    [
        (8, 8, Quadrant.KEY_PLAYERS),
        (8, 2, Quadrant.KEEP_SATISFIED),
        (2, 8, Quadrant.KEEP_INFORMED),
        (2, 2, Quadrant.MONITOR),
        (5, 5, Quadrant.MONITOR),  # high means above 5
        (5.1, 5, Quadrant.KEEP_SATISFIED),
        (10, 10, Quadrant.KEY_PLAYERS),
        (0, 0, Quadrant.MONITOR),
    ],
)
def test_quadrant_boundaries(power, interest, expected):
    assert quadrant(person("s-a", power, interest)) is expected


def test_quadrant_names_and_actions_come_from_the_playbook():
    assert [q.value for q in Quadrant] == [
        "Key players",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    ]
    assert Quadrant.KEY_PLAYERS.action.startswith("Manage closely")
    assert "advocates or vocal critics" in Quadrant.KEEP_INFORMED.action


def test_example_quadrants(example):
    got = {p.id: quadrant(p) for p in example.stakeholders}
    assert got["s-dana"] is Quadrant.KEY_PLAYERS
    assert got["s-martin"] is Quadrant.KEY_PLAYERS
    assert got["s-joanne"] is Quadrant.KEEP_SATISFIED  # the "whatever that means" influencer
    assert got["s-graham"] is Quadrant.KEEP_SATISFIED
    assert got["s-amir"] is Quadrant.KEEP_INFORMED
    assert got["s-ken"] is Quadrant.MONITOR


@pytest.mark.parametrize(
    ("now", "wanted", "gap"),
    [
        ("resistant", "neutral", 1),
        ("unaware", "leading", 4),
        ("supportive", "supportive", 0),
        ("leading", "neutral", 0),  # never negative
    ],
)
def test_stance_gap(now, wanted, gap):
    assert stance_gap(person("s-a", stance=now, stance_wanted=Stance(wanted))) == gap


def test_decision_makers(example):
    assert [p.id for p in decision_makers(example)] == ["s-priya"]
    assert decision_makers(Project()) == []


# ---------------------------------------------------------------------------------------------
# Influence paths
# ---------------------------------------------------------------------------------------------


def test_example_paths_from_the_champion_to_the_decision_maker(example):
    assert influence_paths(example, "s-dana", "s-priya") == [
        ["s-dana", "s-graham", "s-fiona", "s-priya"]
    ]
    assert shortest_path(example, "s-amir", "s-graham") == ["s-amir", "s-dana", "s-graham"]
    assert influence_paths(example, "s-priya", "s-dana") == []  # links have a direction
    assert shortest_path(example, "s-priya", "s-dana") is None


def test_paths_respect_the_length_limit(example):
    assert influence_paths(example, "s-sophie", "s-priya") == []  # five links
    assert influence_paths(example, "s-sophie", "s-priya", max_len=5) == [
        ["s-sophie", "s-amir", "s-dana", "s-graham", "s-fiona", "s-priya"]
    ]


def test_paths_in_a_cycle_of_influence_links_terminate_and_list_every_route():
    people = [person(p) for p in ("s-a", "s-b", "s-c", "s-d")]
    links = [
        link("s-a", "s-b"),
        link("s-b", "s-c"),
        link("s-c", "s-a"),
        link("s-b", "s-d"),
        link("s-c", "s-d"),
    ]
    project = Project(stakeholders=people, links=links)
    assert influence_paths(project, "s-a", "s-d") == [
        ["s-a", "s-b", "s-d"],
        ["s-a", "s-b", "s-c", "s-d"],
    ]
    assert influence_paths(project, "s-a", "s-a") == [["s-a"]]
    assert shortest_path(project, "s-c", "s-b") == ["s-c", "s-a", "s-b"]
    assert influence_paths(project, "s-a", "s-nobody") == []


def test_a_large_dense_cycle_is_still_fast():
    people = [person(f"s-{i}") for i in range(200)]
    links = [link(f"s-{i}", f"s-{(i + k) % 200}") for i in range(200) for k in (1, 2, 3)]
    project = Project(stakeholders=people, links=links)
    assert shortest_path(project, "s-0", "s-9") == ["s-0", "s-3", "s-6", "s-9"]
    assert len(influence_paths(project, "s-0", "s-9", max_len=4)) > 1


# ---------------------------------------------------------------------------------------------
# Champion
# ---------------------------------------------------------------------------------------------


def test_example_champion_is_dana_with_reasons(example):
    candidates = champion_candidates(example)
    assert [c.stakeholder.id for c in candidates] == ["s-dana"]
    dana = candidates[0]
    assert any("supportive" in reason for reason in dana.reasons)
    assert any("Priya Raman via Dana Okafor" in reason for reason in dana.reasons)
    assert dana.paths == {"s-priya": ["s-dana", "s-graham", "s-fiona", "s-priya"]}
    assert champion(example).id == "s-dana"


def test_low_power_supporters_are_not_champions(example):
    ids = [c.stakeholder.id for c in champion_candidates(example)]
    assert "s-amir" not in ids and "s-sophie" not in ids


def test_a_linked_supporter_beats_an_unlinked_one_of_equal_power():
    people = [
        person("s-dm", 9, 9, decision_maker=True),
        person("s-near", 7, 7, "supportive"),
        person("s-far", 7, 7, "supportive"),
        person("s-lead", 7, 7, "leading"),
    ]
    project = Project(stakeholders=people, links=[link("s-near", "s-dm")])
    ranked = [c.stakeholder.id for c in champion_candidates(project)]
    assert ranked == ["s-near", "s-lead", "s-far"]
    far = champion_candidates(project)[-1]
    assert "no known link toward decision-maker S-Dm" in far.reasons


def test_no_champion_when_everyone_is_resistant():
    people = [person(f"s-{i}", 8, 8, "resistant") for i in range(3)]
    project = Project(stakeholders=people)
    assert champion_candidates(project) == []
    assert champion(project) is None
    assert champion_candidates(project, include_neutral=True) == []


def test_neutral_candidates_only_when_asked():
    project = Project(stakeholders=[person("s-boss", 9, 3, "neutral")])
    assert champion_candidates(project) == []
    [candidate] = champion_candidates(project, include_neutral=True)
    assert "neutral now" in " ".join(candidate.reasons)


def test_a_supportive_decision_maker_can_sponsor_it_directly():
    project = Project(stakeholders=[person("s-md", 9, 8, "supportive", decision_maker=True)])
    [candidate] = champion_candidates(project)
    assert "is a decision-maker: can sponsor it directly" in candidate.reasons


def test_champion_scores_are_deterministic(example):
    first = [
        (c.stakeholder.id, c.score) for c in champion_candidates(example, include_neutral=True)
    ]
    again = [
        (c.stakeholder.id, c.score) for c in champion_candidates(example, include_neutral=True)
    ]
    assert first == again


# ---------------------------------------------------------------------------------------------
# Engagement sequence
# ---------------------------------------------------------------------------------------------


def test_example_sequence(example):
    steps = engagement_sequence(example)
    order = [s.stakeholder.id for s in steps]
    assert [s.position for s in steps] == list(range(1, len(steps) + 1))
    assert order[0] == "s-dana"  # the champion first
    assert order[-1] == "s-priya"  # the decision-maker last ...
    assert (
        "through the champion (Dana Okafor → Graham Whitlock → Fiona Grant → Priya Raman)"
        in steps[-1].reason
    )
    # allies before anyone undecided or resistant, the resistant after everyone else
    assert set(order[1:3]) == {"s-amir", "s-sophie"}
    assert set(order[-3:-1]) == {"s-rachel", "s-martin"}
    # Monitor-quadrant people are left out
    assert "s-ken" not in order and "s-leo" not in order
    # every step says why, and resistant people are pre-wired before the meeting
    assert all(step.reason for step in steps)
    martin = next(s for s in steps if s.stakeholder.id == "s-martin")
    assert "pre-wire one to one before the group meeting on 19 January 2027" in martin.reason
    assert "Turf protection, Outsider distrust" in martin.reason
    rachel = next(s for s in steps if s.stakeholder.id == "s-rachel")
    assert "Dana Okafor can vouch" in rachel.reason
    graham = next(s for s in steps if s.stakeholder.id == "s-graham")
    assert "Dana Okafor can brief them" in graham.reason
    joanne = next(s for s in steps if s.stakeholder.id == "s-joanne")
    assert "Martin Cole, who is resistant" in joanne.reason


def test_sequence_of_an_empty_project_is_empty():
    assert engagement_sequence(Project()) == []
    assert champion_candidates(Project()) == []


def test_sequence_when_everyone_is_resistant():
    people = [
        person("s-a", 8, 8, "resistant"),
        person("s-b", 6, 8, "resistant", decision_maker=True),
        person("s-c", 7, 8, "resistant"),
    ]
    steps = engagement_sequence(Project(stakeholders=people))
    assert [s.stakeholder.id for s in steps] == ["s-a", "s-c", "s-b"]
    assert "no supporter influences them" in steps[0].reason
    assert "there is no champion yet" in steps[-1].reason


def test_sequence_with_two_decision_makers_puts_both_last_the_most_powerful_at_the_end():
    people = [
        person("s-champ", 8, 8, "leading"),
        person("s-cfo", 9, 3, decision_maker=True),
        person("s-hr", 7, 6, decision_maker=True),
        person("s-doubt", 6, 7, "resistant"),
    ]
    links = [link("s-champ", "s-hr")]
    steps = engagement_sequence(Project(stakeholders=people, links=links))
    assert [s.stakeholder.id for s in steps] == ["s-champ", "s-doubt", "s-hr", "s-cfo"]
    assert "through the champion" in steps[2].reason
    assert "no influence link from the champion is known" in steps[3].reason


def test_sequence_with_a_cycle_of_links_terminates():
    people = [
        person("s-a", 8, 8, "supportive"),
        person("s-b", 7, 7),
        person("s-c", 6, 6, decision_maker=True),
    ]
    links = [link("s-a", "s-b"), link("s-b", "s-c"), link("s-c", "s-a")]
    steps = engagement_sequence(Project(stakeholders=people, links=links))
    assert [s.stakeholder.id for s in steps] == ["s-a", "s-b", "s-c"]


def test_sequence_uses_the_chosen_champion():
    people = [person("s-a", 8, 8, "supportive"), person("s-b", 9, 9, "leading")]
    project = Project(stakeholders=people, strategy=Strategy(champion="s-a"))
    steps = engagement_sequence(project)
    assert steps[0].stakeholder.id == "s-a"
    assert "your chosen champion" in steps[0].reason
    assert steps[1].reason.startswith("Ally")


def test_sequence_without_a_meeting_date_says_before_any_group_meeting():
    project = Project(stakeholders=[person("s-a", 8, 8, "resistant")])
    assert "before any group meeting" in engagement_sequence(project)[0].reason


def test_sequence_notes_flag_a_resistant_person_met_before_the_champion(example):
    assert sequence_notes(example) == []
    example.strategy.sequence = ["s-martin", "s-dana", "s-amir"]
    notes = sequence_notes(example)
    assert "Martin Cole (resistant) comes before the champion, Dana Okafor." in notes
    assert "Martin Cole (resistant) comes before allies: Amir Haddad." in notes


def test_resolved_resistances_are_not_named_in_the_reason():
    people = [person("s-a", 8, 8, "resistant")]
    resistances = [
        Resistance(id="r-1", stakeholder="s-a", pattern="Turf protection", status="resolved"),
        Resistance(id="r-2", stakeholder="s-a", pattern="Prove the ROI"),
    ]
    project = Project(stakeholders=people, resistances=resistances)
    assert "Resistant (Prove the ROI)" in engagement_sequence(project)[0].reason


def test_analysis_does_not_change_the_project(example):
    from pitchkit.core.project_file import dumps_project

    before = dumps_project(example)
    champion_candidates(example, include_neutral=True)
    engagement_sequence(example)
    influence_paths(example, "s-amir", "s-priya", max_len=6)
    assert dumps_project(example) == before
    assert datetime.date(2027, 1, 19) == example.pitch.meeting_date
