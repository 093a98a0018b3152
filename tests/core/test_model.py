"""The domain model: enums, ids, defaults and look-ups."""

from __future__ import annotations

import re

import msgspec

from pitchkit.core.model import (
    ActionKind,
    Project,
    Severity,
    Stakeholder,
    Stance,
    Strategy,
    new_id,
)


def test_stances_are_ordered_lowest_first():
    assert [s.rank for s in Stance] == [0, 1, 2, 3, 4]
    assert Stance.RESISTANT.rank < Stance.NEUTRAL.rank < Stance.LEADING.rank
    assert Stance("supportive") is Stance.SUPPORTIVE
    assert Stance.UNAWARE.label == "Unaware"


def test_enum_labels():
    assert Severity.HIGH.label == "High"
    assert ActionKind.PRE_WIRE.value == "pre-wire"
    assert ActionKind.PRE_WIRE.label == "Pre-wiring conversation"
    assert ActionKind.DEMO.label == "Demo"


def test_new_ids_are_short_unique_and_valid():
    ids = {new_id(Stakeholder.id_prefix) for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"s-[0-9a-f]{8}", i) for i in ids)


def test_defaults_are_not_shared_between_records():
    first, second = Stakeholder(id="s-a", name="A"), Stakeholder(id="s-b", name="B")
    first.tags.append("champion")
    first.avoid_terms.append("jargon")
    assert second.tags == [] and second.avoid_terms == []
    one, two = Project(), Project()
    one.strategy.sequence.append("s-a")
    assert two.strategy == Strategy()


def test_new_stakeholder_defaults():
    person = Stakeholder(id="s-a", name="A")
    assert (person.power, person.interest) == (5.0, 5.0)
    assert (person.stance, person.stance_wanted) == (Stance.NEUTRAL, Stance.SUPPORTIVE)
    assert person.decision_maker is False and person.last_assessed is None


def test_find_stakeholder_by_id_then_unique_name():
    project = Project(
        stakeholders=[
            Stakeholder(id="s-dana", name="Dana Okafor"),
            Stakeholder(id="s-sam1", name="Sam Lee"),
            Stakeholder(id="s-sam2", name="sam lee"),
        ]
    )
    assert project.stakeholder("s-dana").name == "Dana Okafor"
    assert project.stakeholder("Dana Okafor") is None
    assert project.find_stakeholder("s-dana").id == "s-dana"
    assert project.find_stakeholder("DANA OKAFOR").id == "s-dana"
    assert project.find_stakeholder("Sam Lee") is None  # ambiguous
    assert project.find_stakeholder("nobody") is None


def test_field_order_puts_the_header_first():
    names = [
        f.encode_name for f in msgspec.structs.fields(Project) if f.encode_name != "__unknown__"
    ]
    assert names[:2] == ["format", "version"]
