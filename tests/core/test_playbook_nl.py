"""The playbook in Dutch: every built-in entry has its Dutch words, laid over the English by id."""

from __future__ import annotations

import json

import msgspec

from pitchkit import paths
from pitchkit.core.model import Stance
from pitchkit.core.playbook import builtin_playbook, find_pattern, find_problem, match_pattern
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


def test_the_dutch_playbook_keeps_ids_and_english_names_and_words_its_sources():
    book = builtin_playbook()
    dutch = localised(book, "nl")
    turf = dutch.pattern("turf-protection")
    assert turf is not None and turf.name == "Eigen terrein beschermen"
    assert "Turf protection" in turf.aliases
    english_source = book.pattern("turf-protection").counter_strategies[0].source
    assert turf.counter_strategies[0].source == translation("nl").sources[english_source] != english_source
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


#: Fields that are not words to translate: ids, enum values, numbers, and lists the Dutch adds to.
NOT_WORDS = {"id", "format", "version", "aliases", "signals", "also_called", "reliability", "adkar_stage",
             "power", "interest", "share_percent", "number"}
#: Words that are the same in Dutch.
SAME_IN_DUTCH = {"ADKAR", "peer learning"}


def _walk(english, dutch, path, sources, found):
    """Every text of the English playbook whose Dutch at the same place is missing or the same."""
    if isinstance(english, dict):
        for key, value in english.items():
            if key in NOT_WORDS or (key == "name" and path.endswith(".blocks[]")):
                continue  # an ADKAR block's name is an enum: its Dutch is a label (say_nl)
            _walk(value, dutch.get(key) if isinstance(dutch, dict) else None, f"{path}.{key}", sources, found)
    elif isinstance(english, list):
        dutch_list = dutch if isinstance(dutch, list) else []
        if len(dutch_list) != len(english):
            found.append(f"{path}: {len(english)} entries in English, {len(dutch_list)} in Dutch")
        for i, value in enumerate(english):
            _walk(value, dutch_list[i] if i < len(dutch_list) else None, f"{path}[]", sources, found)
    elif isinstance(english, str) and english:
        if path.endswith(".source"):
            if english not in sources:
                found.append(f"{path}: the source {english!r} has no Dutch wording")
        elif not dutch or (dutch == english and english not in SAME_IN_DUTCH):
            found.append(f"{path}: {english!r} has no Dutch")


def test_every_text_of_the_playbook_has_its_dutch():
    """Patterns, problems, figures, cautions, guidance, plain words, frameworks and sources."""
    book = builtin_playbook()
    words = translation("nl")
    assert words is not None and words.frameworks is not None and words.sources
    found: list[str] = []
    english = msgspec.to_builtins(book)
    _walk(english, msgspec.to_builtins(localised(book, "nl")), "playbook", words.sources, found)
    assert not found, "\n".join(found)


def test_dutch_signals_reveal_a_pattern_in_a_dutch_quote():
    book = builtin_playbook()
    words = translation("nl")
    for pattern in book.patterns:
        if pattern.signals:
            assert words.patterns[pattern.id].signals, f"pattern {pattern.id} has no Dutch signal phrases"
    dutch = localised(book, "nl")
    found = match_pattern("Dat hebben we al geprobeerd, wij zijn anders.", dutch)
    assert found and found[0].pattern.id == "wont-work-here"
    assert match_pattern("That's not how we do things here", dutch)[0].pattern.id == "turf-protection"


def test_the_dutch_frameworks_use_the_apps_words_and_keep_the_english_names():
    from pitchkit.core.grid import Quadrant
    from pitchkit.core.say import label, word

    dutch = localised(builtin_playbook(), "nl").frameworks
    assert dutch is not None and dutch.power_interest.name == "Invloed-belangmatrix"
    for quadrant in dutch.power_interest.quadrants:
        english = quadrant.also_called[-1] if quadrant.also_called[-1] in set(Quadrant) else next(
            n for n in quadrant.also_called if n in set(Quadrant))
        assert quadrant.name == word(english, "nl"), "a quadrant has two Dutch names"
    for level, stance in zip(dutch.engagement.levels, Stance, strict=True):
        assert level.name == label(stance, "nl"), f"the level {stance} has two Dutch names"
    for block in dutch.adkar.blocks:
        assert label(block.name, "nl") != block.name.value, f"ADKAR's {block.name} has no Dutch label"
    assert dutch.quadrant("Key players") is dutch.power_interest.quadrants[0]
    assert dutch.quadrant("Sleutelspelers") is dutch.power_interest.quadrants[0]


def test_the_plain_words_are_dutch_in_a_dutch_playbook():
    dutch = localised(builtin_playbook(), "nl")
    social = next(w for w in dutch.plain_words if w.id == "social-learning")
    assert (social.term, social.instead) == ("sociaal leren", "van elkaar leren")


def test_a_term_written_alike_in_both_languages_takes_the_spoken_languages_words():
    from pitchkit.core.language import speaking

    with speaking("en"):
        assert plain("Peer learning works.", ["peer learning"]) == "Learning from colleagues works."
    with speaking("nl"):
        assert plain("Peer learning werkt.", ["peer learning"]) == "Leren van collega's werkt."


def test_a_quadrants_advice_is_in_the_language_being_spoken():
    from pitchkit.core.grid import Quadrant
    from pitchkit.core.language import speaking

    with speaking("nl"):
        assert Quadrant.MONITOR.action == "Volgen: alleen de basiscommunicatie."
    with speaking("en"):
        assert Quadrant.MONITOR.action == "Monitor: basic communication only."
