"""Values in merge conflicts (stances, severities, yes/no, strengths, field names) in the language spoken."""

from __future__ import annotations

import msgspec
import pytest

from pitchkit.core import references
from pitchkit.core.conflicts import (
    conflict_line,
    field_value,
    field_words,
    record_lines,
    record_name,
    show_value,
)
from pitchkit.core.language import speaking
from pitchkit.core.merge import merge_projects
from pitchkit.core.model import Conflict, Stance
from pitchkit.core.project_file import load_project
from pitchkit.core.say import label
from tests.core.merge_edits import copy


@pytest.fixture
def base(example_path):
    return load_project(example_path).project


def test_a_stance_conflict_reads_in_dutch_and_english(base):
    ours, theirs = copy(base), copy(base)
    assert base.stakeholders[0].stance_wanted not in (Stance.UNAWARE, Stance.RESISTANT)
    ours.stakeholders[0].stance_wanted = Stance.UNAWARE
    theirs.stakeholders[0].stance_wanted = Stance.RESISTANT
    result = merge_projects(base, ours, theirs)
    [conflict] = [c for c in result.conflicts if c.field == "stance_wanted"]
    with speaking("nl"):
        line = conflict_line(result.project, conflict)
        assert "Niet op de hoogte" in line and "Weerstand biedend" in line
        assert "unaware" not in line and "resistant" not in line
    with speaking("en"):
        line = conflict_line(result.project, conflict)
        assert "Unaware" in line and "Resistant" in line


@pytest.mark.parametrize(("kind", "field", "value", "dutch", "english"), [
    ("resistances", "severity", "high", "Hoog", "High"),
    ("resistances", "status", "addressing", "In behandeling", "Addressing"),
    ("strategy.actions", "kind", "pre-wire", "Voorbereidend gesprek", "Pre-wiring conversation"),
    ("stakeholders", "decision_maker", True, "ja", "yes"),
    ("strategy.attempts", "failed", False, "nee", "no"),
    ("links", "strength", 3, "Sterk", "Strong"),
])
def test_less_common_field_values_follow_the_language(kind, field, value, dutch, english):
    with speaking("nl"):
        assert field_value(kind, field, value) == dutch
        assert show_value(value, None, kind, field) == f'"{dutch}"'
    with speaking("en"):
        assert field_value(kind, field, value) == english


def test_free_text_is_shown_as_it_is():
    assert field_value("stakeholders", "notes", "resistant") is None
    assert field_value("stakeholders", "stance", "not-a-stance") is None


def test_a_whole_record_lists_dutch_fields_and_values(base):
    person = msgspec.to_builtins(next(p for p in base.stakeholders if p.id == "s-leo"))
    person["decision_maker"] = True
    with speaking("nl"):
        lines = record_lines(person, "stakeholders", {})
    stance = next(line for line in lines if line.startswith("houding: "))
    assert stance == "houding: " + label(Stance(person["stance"]), "nl")
    assert "beslisser: ja" in lines
    assert not any(line.startswith(("stance", "decision")) for line in lines)


def test_every_field_of_every_record_has_dutch_words():
    from pitchkit.core.say_nl import LABELS

    containers = {place.kind for place in references.places()}  # conflicts are on their fields
    skip = {"id", "unknown", "format", "version", "project_id", *containers}
    missing = []
    for place in references.places():
        if place.where == "conflicts":
            continue
        for field in msgspec.structs.fields(place.record_type):
            if field.name not in skip and field.name.replace("_", " ").capitalize() not in LABELS:
                missing.append(f"{place.where}.{field.name}")
    assert not missing, f"field names without Dutch in core/say_nl.py LABELS: {missing}"
    with speaking("nl"):
        assert field_words("stance_wanted") == "gewenste houding"
        assert field_words("meeting_date") == "datum van het overleg"


def test_the_pitch_is_named_in_dutch(base):
    with speaking("nl"):
        assert record_name(base, Conflict(id="c-1", kind="pitch", record_id="", field="ask")) == "de pitch"
    with speaking("en"):
        assert record_name(base, Conflict(id="c-1", kind="pitch", record_id="", field="ask")) == "the pitch"
