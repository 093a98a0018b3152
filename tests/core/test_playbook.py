"""The playbook: complete built-in content, validation with clear errors, user merge, lookups."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from pitchkit.core.analysis import Quadrant
from pitchkit.core.model import Stance
from pitchkit.core.playbook import (
    AdkarStage,
    PlaybookError,
    Reliability,
    builtin_playbook,
    builtin_playbook_path,
    find_pattern,
    find_problem,
    load_playbook,
    loads_playbook,
    match_pattern,
    normalise,
    user_playbook_path,
)
from pitchkit.core.project_file import load_project

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schemas" / "playbook.schema.json"


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def book():
    return builtin_playbook()


def all_text(book) -> str:
    """Every word of guidance the playbook gives, lower case."""
    return json.dumps(json.loads(builtin_playbook_path().read_bytes()), ensure_ascii=False).lower()


# ---------------------------------------------------------------------------------------------
# Built-in content
# ---------------------------------------------------------------------------------------------


def test_builtin_has_at_least_14_patterns_each_complete(book):
    assert len(book.patterns) >= 14
    for pattern in book.patterns:
        assert pattern.name and pattern.concern, pattern.id
        assert len(pattern.signals) >= 3, pattern.id
        assert isinstance(pattern.adkar_stage, AdkarStage)
        assert 2 <= len(pattern.counter_strategies) <= 4, pattern.id
        for counter in pattern.counter_strategies:
            assert counter.text.strip() and counter.source.strip(), pattern.id


def test_builtin_covers_the_seed_patterns_and_every_domain_pattern(book):
    # The seeds' own patterns, by the names the example project uses ...
    seeds = [
        "Turf protection",
        "Whatever that means",
        "Not now, year-end",
        "Fear of exposure",
        "Formal-training habit",
        "Outsider distrust",
        "Gatekeeper",
        "Settlers",
        "Toxic culture",
        "Middlemen",
        "No time",
    ]
    for name in seeds:
        assert find_pattern(name, book) is not None, name
    # ... and R1-R15 of the research notes.
    domain = [
        "turf-protection", "whatever-that-means", "not-now-year-end", "waste-of-time",
        "fear-of-exposure", "data-and-security", "learned-helplessness", "knowledge-hoarding",
        "prove-the-roi", "wont-work-here", "formal-training-habit", "managers-no-time",
        "gatekeepers", "only-for-the-techie", "just-a-fad",
    ]  # fmt: skip
    assert [p.id for p in book.patterns if p.id in domain] == domain


def test_builtin_has_at_least_12_problems_with_2_to_3_kpis(book):
    assert len(book.problems) >= 12
    for problem in book.problems:
        assert problem.in_their_words and problem.how_it_helps, problem.id
        assert 2 <= len(problem.kpis) <= 3, problem.id
        for figure in problem.figures:
            assert figure.source.strip(), problem.id


def test_weak_figures_carry_a_caution_and_unverified_claims_stay_out(book):
    text = all_text(book)
    for problem in book.problems:
        for figure in problem.figures:
            if figure.reliability in (Reliability.WEAK, Reliability.BACKGROUND):
                assert figure.caution.strip(), (problem.id, figure.text)
    # Items DOMAIN.md asks to verify first: the 97% buddy figure and the 86% collaboration
    # figure are left out; "37% greater productivity" appears only as a warning.
    assert "97%" not in text
    assert "86%" not in text
    assert "do not use it" in text.split("37% greater productivity")[1][:60]
    sun = next(f for p in book.problems for f in p.figures if "72%" in f.text)
    assert sun.caution and "TR-2009-185" in sun.caution
    turnover = next(f for f in book.problem("retention").figures if "salary" in f.text)
    assert "assumption" in turnover.caution


def test_no_alias_points_at_two_patterns(book):
    owners: dict[str, str] = {}
    for record in [*book.patterns, *book.problems]:
        for name in {record.id, record.name, *record.aliases}:
            key = (type(record).__name__, normalise(name))
            assert key not in owners or owners[key] == record.id, (name, owners.get(key), record.id)
            owners[key] = record.id


def test_frameworks_use_the_exact_names(book):
    frameworks = book.frameworks
    assert [q.name for q in frameworks.power_interest.quadrants] == [q.value for q in Quadrant]
    assert [lvl.name for lvl in frameworks.engagement.levels] == [s.label for s in Stance]
    assert [c.name for c in frameworks.adopters.categories] == [
        "Innovators", "Early adopters", "Early majority", "Late majority", "Laggards",
    ]  # fmt: skip
    assert sum(c.share_percent for c in frameworks.adopters.categories) == 100
    assert [s.name for s in frameworks.kotter.leading_change] == [
        "Establishing a sense of urgency",
        "Creating the guiding coalition",
        "Developing a vision and strategy",
        "Communicating the change vision",
        "Empowering broad-based action",
        "Generating short-term wins",
        "Consolidating gains and producing more change",
        "Anchoring new approaches in the culture",
    ]
    assert frameworks.kotter.accelerate[3].name == "Enlist a volunteer army"
    assert [s.number for s in frameworks.kotter.accelerate] == list(range(1, 9))
    assert [b.name for b in frameworks.adkar.blocks] == list(AdkarStage)
    assert frameworks.quadrant("Manage closely").name == "Key players"
    assert frameworks.quadrant("Minimal effort").name == "Monitor"
    for quad in Quadrant:
        assert quad.action and quad.for_the_pitch


# Every piece of advice in the two seed posts, and a phrase that shows it in the guidance.
SEED_ADVICE = {
    "find a high-placed champion who walks the talk": "walks the talk",
    "champion gives tacit permission": "tacit permission",
    "identify and bypass the resistant, seek a friendly ally": "seek out a friendly ally",
    "settlers keeping their hands on the control button": "keep quality control",
    "distrust of the outsider with crazy outsider ideas": "outsider",
    "managers connect the dots": "connect the dots",
    "managers as knowledge coaches": "knowledge coach",
    "leaders seek out and multiply strengths": "multiplies strengths",
    "position yourself as a connector, not a teacher": "connector rather than a teacher",
    "collaborative learning is always happening anyway": "all the time anyway",
    "listen and ask questions about their organisation first": "ask about their organisation",
    "check how your own behaviour comes across": "your own enthusiasm",
    "use a pilot that ran in another part of the business": "pilot from another part of the business",
    "year-end scramble: book outside busy periods": "busy periods such as year-end",
    "don't take it as a personal knock-back": "personal knock-back",
    "find a problem of theirs to solve (business acumen, networks)": "find a problem of theirs to solve",
    "reword, make it specific and in their context": "make it specific",
    "do rather than say": "do rather than say",
    "ask your own network (PLN) for advice": "ask your own network",
    "personal story as a lead-in": "personal story as a lead-in",
    "it's not about the tool, it's connecting over coffee": "cup of coffee",
    "tools are just tools": "just that, tools",
    "formal-first, formal-only leads to learned helplessness": "formal-first, formal-only",
    "fail fast, reform and re-approach": "fail fast, reform and re-approach",
    "find their sweet spot and good examples": "proof from people like them",
    "tools expose people and toxicity": "expose people and tensions",
    "others' points of entry are not our own": "points of entry",
    "gatekeepers and middlemen": "gatekeepers and middlemen",
    "work directly with the business": "work directly with the business",
}


@pytest.mark.parametrize("advice", sorted(SEED_ADVICE))
def test_every_piece_of_seed_advice_is_in_the_guidance(book, advice):
    assert SEED_ADVICE[advice].lower() in all_text(book)


# ---------------------------------------------------------------------------------------------
# Lookups
# ---------------------------------------------------------------------------------------------


def test_every_pattern_name_in_the_example_resolves(example_path, book):
    project = load_project(example_path).project
    for resistance in project.resistances:
        assert find_pattern(resistance.pattern, book) is not None, resistance.pattern
    for problem in project.problems:
        assert find_problem(problem.pattern, book) is not None, problem.pattern


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("turf-protection", "turf-protection"),
        ("TURF PROTECTION", "turf-protection"),
        ("  not now year end ", "not-now-year-end"),
        ("Death by delay", "not-now-year-end"),
        ("the no guy", "data-and-security"),
        ("Expert overload", "knowledge-hoarding"),
        ("I'll be swamped", "knowledge-hoarding"),
        ("Ill be swamped", "knowledge-hoarding"),
    ],
)
def test_find_pattern_ignores_case_and_punctuation(book, key, expected):
    assert find_pattern(key, book).id == expected


def test_find_pattern_unknown_or_empty(book):
    assert find_pattern("something nobody said", book) is None
    assert find_pattern("", book) is None
    assert find_pattern("   ", book) is None


def test_every_heard_quote_in_the_example_suggests_its_own_pattern(example_path, book):
    project = load_project(example_path).project
    for resistance in project.resistances:
        suggested = [m.pattern.id for m in match_pattern(resistance.heard, book)]
        assert suggested[:1] == [find_pattern(resistance.pattern, book).id], resistance.heard


def test_match_pattern_reports_what_was_heard_and_ranks_by_it(book):
    matches = match_pattern(
        "Honestly, social learning? Whatever that means. We already talk to each other.", book
    )
    assert matches[0].pattern.id == "whatever-that-means"
    assert "whatever that means" in matches[0].heard
    assert "We already talk to each other" in matches[0].heard
    assert match_pattern("", book) == []
    assert match_pattern("Lovely weather today.", book) == []


def test_match_pattern_matches_whole_words_only(book):
    # "fad" must not fire inside "faded"; "expose" not inside "exposed" is fine either way,
    # but word boundaries keep suggestions honest.
    assert all(m.pattern.id != "just-a-fad" for m in match_pattern("The colours faded.", book))


# ---------------------------------------------------------------------------------------------
# Validation errors
# ---------------------------------------------------------------------------------------------

MINIMAL_PATTERN = {
    "id": "my-pattern",
    "name": "Budget freeze",
    "signals": ["no budget this year"],
    "concern": "Spending is frozen.",
    "adkar_stage": "Desire",
    "counter_strategies": [{"text": "Ask for time, not money.", "source": "my own experience"}],
}


def playbook_bytes(**sections) -> bytes:
    return json.dumps({"format": "pitchkit-playbook", "version": 1, **sections}).encode()


@pytest.mark.parametrize(
    ("data", "where", "what"),
    [
        (b"{not json", "line 1, column 2", "not valid JSON"),
        (b"[]", "", "expected a playbook"),
        (b'{"format": "pitchkit"}', "format", "not a PitchKit playbook"),
        (
            playbook_bytes(patterns=[{**MINIMAL_PATTERN, "adkar_stage": "Hope"}]),
            "patterns[0].adkar_stage",
            "expected one of Awareness, Desire, Knowledge, Ability, Reinforcement",
        ),
        (
            playbook_bytes(patterns=[{**MINIMAL_PATTERN, "counter_strategies": []}]),
            "patterns[0].counter_strategies",
            "needs at least 1 item",
        ),
        (
            playbook_bytes(patterns=[{k: v for k, v in MINIMAL_PATTERN.items() if k != "concern"}]),
            "patterns[0]",
            'missing required field "concern"',
        ),
        (
            playbook_bytes(patterns=[{**MINIMAL_PATTERN, "id": "Has Space"}]),
            "patterns[0].id",
            "an id may contain only lower-case letters, digits and -",
        ),
        (
            playbook_bytes(patterns=[MINIMAL_PATTERN, MINIMAL_PATTERN]),
            "patterns[1].id",
            'id "my-pattern" is used twice (first at patterns[0])',
        ),
        (
            playbook_bytes(
                problems=[
                    {
                        "id": "p",
                        "name": "P",
                        "in_their_words": "x",
                        "kpis": ["k"],
                        "figures": [{"text": "9 in 10", "source": "a blog", "reliability": "weak"}],
                    }
                ]
            ),
            "problems[0].figures[0].caution",
            "needs a caution",
        ),
        (playbook_bytes(version=99), "version", "newer PitchKit"),
    ],
)
def test_errors_name_the_file_and_the_place(data, where, what):
    with pytest.raises(PlaybookError) as caught:
        loads_playbook(data, "mine.json")
    err = caught.value
    assert err.file == "mine.json"
    assert err.where == where
    assert what in err.what
    assert str(err).startswith("mine.json: ")


# ---------------------------------------------------------------------------------------------
# The user's playbook
# ---------------------------------------------------------------------------------------------


def write_user_playbook(**sections) -> Path:
    path = user_playbook_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(playbook_bytes(**sections))
    return path


def test_without_a_user_file_the_builtin_playbook_is_used():
    assert not user_playbook_path().exists()
    assert load_playbook() is builtin_playbook()


def test_user_patterns_are_added_and_replace_builtin_ones_with_the_same_id(book):
    mine = {
        **MINIMAL_PATTERN,
        "id": "turf-protection",
        "name": "Turf protection (ours)",
        "signals": ["our way or no way"],
    }
    write_user_playbook(patterns=[MINIMAL_PATTERN, mine])
    merged = load_playbook()
    ids = [p.id for p in merged.patterns]
    assert ids == [p.id for p in book.patterns] + ["my-pattern"]
    assert merged.pattern("turf-protection").name == "Turf protection (ours)"
    assert find_pattern("budget freeze", merged).id == "my-pattern"
    assert (
        match_pattern("There is no budget this year, sorry", merged)[0].pattern.id == "my-pattern"
    )
    # Frameworks, problems and guidance stay.
    assert merged.frameworks == book.frameworks
    assert len(merged.problems) == len(book.problems)
    # The built-in playbook itself is untouched.
    assert builtin_playbook().pattern("turf-protection").name == "Turf protection"


def test_a_user_pattern_with_a_builtin_name_wins_the_name_lookup():
    write_user_playbook(
        patterns=[{**MINIMAL_PATTERN, "id": "our-gatekeeper", "aliases": ["Gatekeeper"]}]
    )
    assert find_pattern("Gatekeeper", load_playbook()).id == "our-gatekeeper"


def test_user_file_changes_are_picked_up():
    path = write_user_playbook(patterns=[MINIMAL_PATTERN])
    assert load_playbook().pattern("my-pattern").name == "Budget freeze"
    path.write_bytes(playbook_bytes(patterns=[{**MINIMAL_PATTERN, "name": "Spending freeze!"}]))
    assert load_playbook().pattern("my-pattern").name == "Spending freeze!"


def test_a_broken_user_file_is_reported_with_its_path():
    path = write_user_playbook(patterns=[{**MINIMAL_PATTERN, "adkar_stage": "Hope"}])
    with pytest.raises(PlaybookError) as caught:
        load_playbook()
    assert caught.value.file == str(path)
    assert caught.value.where == "patterns[0].adkar_stage"


def test_an_explicit_user_file_must_exist(tmp_path):
    with pytest.raises(PlaybookError, match="no such file"):
        load_playbook(tmp_path / "missing.json")
    other = tmp_path / "team.json"
    other.write_bytes(playbook_bytes(patterns=[MINIMAL_PATTERN]))
    assert load_playbook(other).pattern("my-pattern") is not None


# ---------------------------------------------------------------------------------------------
# Schema
# ---------------------------------------------------------------------------------------------


def test_committed_schema_is_what_the_script_generates_now():
    script = _load_module("make_playbook_schema", ROOT / "scripts" / "make_playbook_schema.py")
    assert SCHEMA_FILE.read_text(encoding="utf-8") == script.render(), (
        "schemas/playbook.schema.json is stale: run python scripts/make_playbook_schema.py"
    )


def test_builtin_and_documented_user_playbooks_satisfy_the_schema():
    checker = _load_module("schema_checker", ROOT / "tests" / "core" / "test_schema.py")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    builtin = json.loads(builtin_playbook_path().read_bytes())
    assert checker.violations(builtin, schema, schema) == []
    # The example in docs/playbook.md is a valid user playbook, for PitchKit and the schema.
    docs = (ROOT / "docs" / "playbook.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", docs, re.S).group(1)
    assert checker.violations(json.loads(example), schema, schema) == []
    assert loads_playbook(example.encode()).patterns
    broken = {**builtin, "patterns": [{**builtin["patterns"][0], "adkar_stage": "Hope"}]}
    assert checker.violations(broken, schema, schema)
