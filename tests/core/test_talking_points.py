"""Talking points: built from each person's problems and resistances, plain words, edits win."""

from __future__ import annotations

import pytest

from pitchkit.core.errors import ProjectError
from pitchkit.core.model import (
    Action,
    Problem,
    Project,
    Resistance,
    Stakeholder,
    Stance,
    TalkingPoint,
)
from pitchkit.core.playbook import find_pattern
from pitchkit.core.project_file import load_project
from pitchkit.core.talking_points import (
    all_talking_points,
    own_talking_points,
    plain,
    plain_words,
    suggest_talking_points,
    talking_points_for,
    uses_term,
)


@pytest.fixture
def example(example_path) -> Project:
    return load_project(example_path).project


def joined(points: list[str]) -> str:
    return "\n".join(points)


# ---------------------------------------------------------------------------------------------
# On the example: each person's actual resistance is addressed
# ---------------------------------------------------------------------------------------------


def test_every_open_resistance_is_answered_with_its_chosen_counter(example):
    for res in example.resistances:
        text = joined(suggest_talking_points(example, res.stakeholder))
        if res.status == "resolved":
            assert res.counter_strategy not in text
        else:
            assert res.counter_strategy.rstrip(".") in text, res.id


def test_martin_gets_turf_and_outsider_answers_quoting_what_he_said(example):
    points = suggest_talking_points(example, "s-martin")
    text = joined(points)
    assert (
        "When they say \u201cAnything that calls itself learning should come through us first.\u201d"
        in text
    )
    assert "Give L&D the hosting role" in text
    assert "invite Martin to chair the demo" in text
    # No problem of his is in the pitch: the first point says to find one.
    assert points[0].startswith("Ask about their work before pitching")


def test_joanne_hears_her_problems_with_kpis_and_no_jargon(example):
    points = suggest_talking_points(example, "s-joanne")
    text = joined(points)
    assert "Start from their problem, in their words: \u201cNew starters finish induction" in text
    assert (
        "(now: 54% agree (2026 survey, 310 responses); target: 70% agree by the end of 2027)"
        in text
    )
    assert (
        "Follow-up support requests to the programmes team (now: about 40 a month; target: 25 a month)"
        in text
    )
    for term in example.stakeholder("s-joanne").avoid_terms:
        assert not uses_term(text, term), term
    # Her quote contains "social learning", so the point names the pattern instead of quoting it.
    assert "On \u201cWhatever that means\u201d: Drop the labels." in text


def test_dana_as_champion_is_asked_to_walk_the_talk(example):
    points = suggest_talking_points(example, "s-dana")
    assert points[0].startswith("Ask them to walk the talk: speak for it to Priya Raman")
    assert "tacit" in points[0]


def test_decision_maker_hears_the_ask_and_the_evidence(example):
    text = joined(suggest_talking_points(example, "s-priya"))
    assert "The ask: Agreement to run a six-month peer-matching pilot" in text
    assert "Evidence: Freight Services pilot: 142 conversations in 12 weeks." in text
    assert "(Source: Freight Services pilot report, September 2026.)" in text
    assert "Show rather than tell: invite them to the demonstration on 19 January 2027 rather than describe the idea." in text
    # The story is never cut mid-way: its opening and its point are both there.
    assert "Lead in with your story, in two minutes. Open with \u201cWhen the December meeting fell through" in text
    assert "end on its point: \u201cThat is exactly what peer matching does inside Northwind" in text


def test_non_decision_makers_do_not_get_the_ask(example):
    assert "The ask:" not in joined(suggest_talking_points(example, "s-joanne"))


def test_suggestions_are_deterministic_and_leave_the_project_alone(example):
    from pitchkit.core.project_file import dumps_project

    before = dumps_project(example)
    first = [suggest_talking_points(example, p.id) for p in example.stakeholders]
    assert first == [suggest_talking_points(example, p.id) for p in example.stakeholders]
    assert dumps_project(example) == before


# ---------------------------------------------------------------------------------------------
# Edits win
# ---------------------------------------------------------------------------------------------


def test_the_users_own_points_win(example):
    own = [p.text for p in example.strategy.talking_points if p.stakeholder == "s-joanne"]
    # The user's own points come first; the suggestions follow, so none is lost.
    both = talking_points_for(example, "s-joanne")
    assert own and both[: len(own)] == own
    assert both[len(own) :] == [p for p in suggest_talking_points(example, "s-joanne") if p not in own]
    assert own_talking_points(example, "s-joanne") == own
    # Tom has none of his own: he gets suggestions.
    assert talking_points_for(example, "s-tom") == suggest_talking_points(example, "s-tom")


def test_all_talking_points_matches_one_at_a_time(example):
    every = all_talking_points(example)
    assert list(every) == [p.id for p in example.stakeholders]
    for person in example.stakeholders:
        assert every[person.id] == talking_points_for(example, person.id), person.id


def test_blank_own_points_do_not_hide_the_suggestions(example):
    example.strategy.talking_points.append(TalkingPoint(id="k-tom", stakeholder="s-tom", text="  "))
    assert talking_points_for(example, "s-tom") == suggest_talking_points(example, "s-tom")


def test_unknown_stakeholder_is_an_error(example):
    with pytest.raises(ProjectError, match='no stakeholder has the id "s-nobody"'):
        talking_points_for(example, "s-nobody")
    with pytest.raises(ProjectError):
        suggest_talking_points(example, "s-nobody")


# ---------------------------------------------------------------------------------------------
# Hand-made cases
# ---------------------------------------------------------------------------------------------


def alone(**kw) -> Project:
    return Project(stakeholders=[Stakeholder(id="s-a", name="Ann", power=7, interest=7, **kw)])


def test_playbook_counter_is_used_when_none_is_chosen():
    project = alone(stance=Stance.RESISTANT)
    project.resistances = [
        Resistance(
            id="r-1", stakeholder="s-a", pattern="Not now, year-end", heard="Maybe next quarter."
        )
    ]
    [point] = [p for p in suggest_talking_points(project, "s-a") if p.startswith("When")]
    first = find_pattern("not-now-year-end").counter_strategies[0].text
    assert point == f"When they say \u201cMaybe next quarter.\u201d: {first}"


def test_unknown_pattern_without_counter_says_to_ask_first():
    project = alone(stance=Stance.RESISTANT)
    project.resistances = [Resistance(id="r-1", stakeholder="s-a", pattern="Our own thing")]
    text = joined(suggest_talking_points(project, "s-a"))
    assert "On \u201cOur own thing\u201d: ask what lies behind it before answering" in text


def test_problem_without_kpi_borrows_a_playbook_kpi_and_how_it_helps():
    project = alone()
    project.problems = [
        Problem(
            id="p-1",
            description="Our people never meet other sites",
            stakeholders=["s-a"],
            pattern="Remote work",
        )
    ]
    [point] = suggest_talking_points(project, "s-a")
    assert point.startswith(
        "Start from their problem, in their words: \u201cOur people never meet other sites\u201d Matching works across sites"
    )
    assert "Agree a measure with them, for example: Connections to other sites per person." in point


def test_empty_project_pieces_give_no_empty_points():
    project = alone(stance=Stance.SUPPORTIVE, stance_wanted=Stance.SUPPORTIVE)
    project.stakeholders[0].power = 3  # not high enough to be suggested as champion
    assert suggest_talking_points(project, "s-a") == []
    project.stakeholders[0].power = 7  # now she is the best-placed supporter
    assert suggest_talking_points(project, "s-a")[0].startswith(
        "Ask them to walk the talk: speak for it, and"
    )


def test_done_demos_are_not_offered_again():
    project = alone()
    project.strategy.actions = [
        Action(id="a-1", kind="demo", title="Demo", stakeholders=["s-a"], done=True)
    ]
    assert not any(
        p.startswith("Show rather than tell") for p in suggest_talking_points(project, "s-a")
    )


def test_the_users_counter_strategy_is_quoted_as_written():
    project = alone(avoid_terms=["social learning", "Working Out Loud", "ESN"])
    project.resistances = [
        Resistance(
            id="r-1",
            stakeholder="s-a",
            pattern="Whatever that means",
            heard="Social learning? No idea.",
            counter_strategy="Social learning is what the pilot showed. We can use an ESN. Try working-out-loud circles.",
        )
    ]
    [point] = [p for p in suggest_talking_points(project, "s-a") if p.startswith("On")]
    # The quote uses a word they avoid, so the point opens with the pattern; the user's own
    # counter-strategy is kept as written (these points reach private documents only).
    assert point == (
        "On \u201cWhatever that means\u201d: Social learning is what the pilot showed. We can use an "
        "ESN. Try working-out-loud circles."
    )


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        (
            "We offer social learning.",
            ["social learning"],
            "We offer colleagues learning from each other.",
        ),
        (
            "Social-learning works.",
            ["SOCIAL LEARNING"],
            "Colleagues learning from each other works.",
        ),
        ("It follows 70:20:10. It works.", ["70:20:10"], "It works."),
        ("A sociable learning day.", ["social learning"], "A sociable learning day."),
        # A replacement that itself uses an avoided word is not used: the sentence goes.
        ("We do informal learning. Fine.", ["informal learning", "learning on the job"], "Fine."),
        ("Nothing to change.", [], "Nothing to change."),
    ],
)
def test_plain(text, terms, expected):
    assert plain(text, terms) == expected


def test_plain_words_are_themselves_plain():
    words = plain_words()
    assert words["social learning"] == "colleagues learning from each other"  # from the playbook
    for wording in words.values():
        for term in words:
            assert not uses_term(wording, term)
