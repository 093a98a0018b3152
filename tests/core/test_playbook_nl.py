"""The playbook in Dutch: every built-in entry has its Dutch words, laid over the English by id."""

from __future__ import annotations

import json

from pitchkit import paths
from pitchkit.core.playbook import builtin_playbook, find_pattern, find_problem
from pitchkit.core.playbook_nl import localised, translation
from pitchkit.core.talking_points import plain


def test_every_built_in_entry_has_its_dutch():
    book = builtin_playbook()
    words = translation("nl")
    assert words is not None and words.language == "nl"
    for pattern in book.patterns:
        dutch = words.patterns.get(pattern.id)
        assert dutch is not None, f"pattern {pattern.id} has no Dutch in resources/playbook.nl.json"
        assert dutch.name and dutch.concern and dutch.name != pattern.name, pattern.id
        assert len(dutch.counter_strategies) == len(pattern.counter_strategies), pattern.id
    for problem in book.problems:
        dutch_problem = words.problems.get(problem.id)
        assert dutch_problem is not None, f"problem {problem.id} has no Dutch"
        assert len(dutch_problem.kpis) == len(problem.kpis), problem.id
        assert dutch_problem.in_their_words and dutch_problem.how_it_helps, problem.id
    for entry in book.guidance:
        assert entry.id in words.guidance, f"guidance {entry.id} has no Dutch"
    ids = {"patterns": {p.id for p in book.patterns}, "problems": {p.id for p in book.problems},
           "guidance": {g.id for g in book.guidance}}
    raw = json.loads((paths.resources_dir() / "playbook.nl.json").read_text(encoding="utf-8"))
    for section, known in ids.items():
        assert set(raw[section]) <= known, f"Dutch for {section} the playbook does not have"


def test_the_dutch_playbook_keeps_ids_sources_and_english_names():
    book = builtin_playbook()
    dutch = localised(book, "nl")
    turf = dutch.pattern("turf-protection")
    assert turf is not None and turf.name == "Eigen terrein beschermen"
    assert "Turf protection" in turf.aliases
    assert turf.counter_strategies[0].source == book.pattern("turf-protection").counter_strategies[0].source
    assert find_pattern("Turf protection", dutch) is turf
    assert localised(book, "en") is book


def test_a_pattern_named_in_dutch_is_found_in_english():
    book = builtin_playbook()
    found = find_pattern("Eigen terrein beschermen", book)
    assert found is not None and found.name == "Turf protection"
    assert find_problem("Trage inwerking", book) is not None


def test_words_to_avoid_have_plain_dutch():
    assert plain("We starten met sociaal leren in twee teams.", ["sociaal leren"]) == (
        "We starten met van elkaar leren in twee teams."
    )
    assert plain("Informeel leren werkt.", ["informeel leren"]) == "Van elkaar leren werkt."
