"""Three-way merge by record id: silent merges, conflicts kept as OURS and recorded,
ordered lists, delete-versus-edit, references always valid, unknown fields kept."""

from __future__ import annotations

import msgspec
import pytest

from pitchkit.core.conflicts import Choice, conflict_line, resolve
from pitchkit.core.merge import merge_projects, ordered_merge
from pitchkit.core.model import ConflictReason, Link, Project, Stakeholder, Stance
from pitchkit.core.project_file import dumps_project, load_project, loads_project, to_data
from tests.core.merge_edits import copy, delete_person


@pytest.fixture
def base(example_path) -> Project:
    return load_project(example_path).project


def test_additions_on_both_sides_and_edits_of_different_fields_merge_silently(base):
    ours, theirs = copy(base), copy(base)
    ours.stakeholders.append(Stakeholder(id="s-ann", name="Ann Lee"))
    theirs.stakeholders.append(Stakeholder(id="s-bob", name="Bob Marsh"))
    ours.stakeholders[0].stance = Stance.LEADING
    theirs.stakeholders[0].notes = "Prefers numbers on one page."
    result = merge_projects(base, ours, theirs)
    assert result.conflicts == [] and result.project.conflicts == []
    names = [p.name for p in result.project.stakeholders]
    assert names[-2:] == ["Ann Lee", "Bob Marsh"]  # ours' addition, then theirs'
    first = result.project.stakeholders[0]
    assert first.stance == Stance.LEADING and first.notes == "Prefers numbers on one page."


def test_the_same_field_changed_two_ways_keeps_ours_and_records_the_conflict(base):
    ours, theirs = copy(base), copy(base)
    martin_o, martin_t = ours.stakeholder("s-martin"), theirs.stakeholder("s-martin")
    martin_o.stance, martin_t.stance = Stance.LEADING, Stance.NEUTRAL
    result = merge_projects(base, ours, theirs)
    assert result.project.stakeholder("s-martin").stance == Stance.LEADING
    [conflict] = result.project.conflicts
    assert (conflict.kind, conflict.record_id, conflict.field) == ("stakeholders", "s-martin", "stance")
    assert (conflict.base, conflict.ours, conflict.theirs) == ("resistant", "leading", "neutral")
    line = conflict_line(result.project, conflict)
    assert "stakeholders[s-martin].stance" in line and "Martin Cole" in line and '"Neutral"' in line
    # The result is a valid file that says so again when read back.
    again = loads_project(dumps_project(result.project)).project
    assert again.conflicts == result.project.conflicts


def test_deleted_on_one_side_and_edited_on_the_other_is_a_conflict_either_way(base):
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-tom")
    theirs.stakeholder("s-tom").notes = "Asked for the pilot figures."
    result = merge_projects(base, ours, theirs)
    assert result.project.stakeholder("s-tom") is None  # ours deleted him: kept deleted
    [conflict] = [c for c in result.conflicts if c.record_id == "s-tom"]
    assert conflict.reason == ConflictReason.DELETED_AND_CHANGED and conflict.ours is None
    assert conflict.theirs["notes"] == "Asked for the pilot figures."

    result = merge_projects(base, theirs, ours)  # the other way round: ours edited him
    assert result.project.stakeholder("s-tom").notes == "Asked for the pilot figures."
    assert any(c.record_id == "s-tom" and c.theirs is None for c in result.conflicts)


def test_a_link_to_someone_the_other_side_deleted_never_breaks_the_file(base):
    ours, theirs = copy(base), copy(base)
    delete_person(theirs, "s-priya")
    ours.links.append(Link(id="l-new", source="s-priya", target="s-dana"))
    result = merge_projects(base, ours, theirs)  # ours needs Priya: she stays
    assert result.project.stakeholder("s-priya") is not None
    assert any(c.reason == ConflictReason.REFERENCE_DELETED and c.record_id == "s-priya" for c in result.conflicts)

    result = merge_projects(base, theirs, ours)  # ours deleted her: their new link goes
    assert result.project.stakeholder("s-priya") is None
    assert "l-new" not in {link.id for link in result.project.links}
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.record_id, conflict.theirs["source"]) == ("links", "l-new", "s-priya")
    loads_project(dumps_project(result.project))  # valid


def test_a_clean_deletion_takes_every_reference_with_it(base):
    ours, theirs = copy(base), copy(base)
    delete_person(theirs, "s-priya")
    ours.stakeholder("s-dana").notes = "unrelated"
    result = merge_projects(base, ours, theirs)
    assert result.conflicts == [] and result.project.stakeholder("s-priya") is None


def test_the_engagement_sequence_merges_additions_removals_and_one_sided_reordering(base):
    ours, theirs = copy(base), copy(base)
    sequence = list(base.strategy.sequence)
    assert len(sequence) >= 4
    ours.strategy.sequence = sequence[1:]  # ours: first conversation done, dropped
    theirs.strategy.sequence = [*sequence, "s-leo"]  # theirs: Leo added at the end
    result = merge_projects(base, ours, theirs)
    assert result.project.strategy.sequence == [*sequence[1:], "s-leo"] and result.conflicts == []

    ours.strategy.sequence = list(reversed(sequence))
    theirs.strategy.sequence = [sequence[1], sequence[0], *sequence[2:]]
    result = merge_projects(base, ours, theirs)  # reordered two ways: a conflict, ours kept
    assert result.project.strategy.sequence == list(reversed(sequence))
    assert [c.field for c in result.conflicts] == ["sequence"]


def test_ordered_merge_places_each_addition_after_its_neighbour():
    assert ordered_merge(["a", "b"], ["a", "x", "b"], ["a", "b", "y"]) == ["a", "x", "b", "y"]
    assert ordered_merge(["a", "b", "c"], ["a", "c"], ["a", "b", "c", "d"]) == ["a", "c", "d"]
    assert ordered_merge(["a", "b"], ["b", "a"], ["a", "b", "z"]) == ["b", "z", "a"]  # after b
    assert ordered_merge(["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]) is None


def test_unknown_fields_from_a_newer_version_survive_the_merge(base):
    data = to_data(base)
    data["version"] = 7
    data["x_board"] = {"seats": 3}
    data["stakeholders"][0]["x_mood"] = "sunny"
    newer = loads_project(msgspec.json.encode(data)).project
    ours = copy(base)
    ours.stakeholders[1].notes = "ours"
    result = merge_projects(base, ours, newer)
    out = msgspec.json.decode(dumps_project(result.project))
    assert out["version"] == 7 and out["x_board"] == {"seats": 3}
    assert out["stakeholders"][0]["x_mood"] == "sunny" and out["stakeholders"][1]["notes"] == "ours"


def test_a_two_way_merge_makes_every_difference_a_choice(base):
    ours, theirs = copy(base), copy(base)
    theirs.stakeholders.append(Stakeholder(id="s-bob", name="Bob Marsh"))
    theirs.stakeholder("s-dana").role = "Group CFO"
    result = merge_projects(None, ours, theirs)
    assert result.project.stakeholder("s-bob") is None  # ours, until the user chooses
    places = {(c.record_id, c.field) for c in result.conflicts}
    assert places == {("s-bob", ""), ("s-dana", "role")}
    assert {c.reason for c in result.conflicts} == {ConflictReason.DIFFERENT}
    taken = resolve(result.project, {c.id: Choice("theirs") for c in result.conflicts})
    assert taken.stakeholder("s-bob").name == "Bob Marsh" and taken.stakeholder("s-dana").role == "Group CFO"
    assert taken.conflicts == []


def test_resolving_takes_a_side_or_an_edited_value_and_repairs_references(base):
    ours, theirs = copy(base), copy(base)
    ours.stakeholder("s-martin").notes = "ours"
    theirs.stakeholder("s-martin").notes = "theirs"
    delete_person(theirs, "s-priya")
    ours.links.append(Link(id="l-new", source="s-priya", target="s-dana"))
    merged = merge_projects(base, ours, theirs).project
    by_field = {c.field or c.record_id: c for c in merged.conflicts}
    edited = resolve(merged, {by_field["notes"].id: Choice("edit", "both of us")})
    assert edited.stakeholder("s-martin").notes == "both of us" and len(edited.conflicts) == 1
    assert merged.stakeholder("s-martin").notes == "ours"  # the input is unchanged
    gone = resolve(edited, {by_field["s-priya"].id: Choice("theirs")})  # take their deletion
    assert gone.stakeholder("s-priya") is None and gone.conflicts == []
    assert all("s-priya" not in (link.source, link.target) for link in gone.links)


def test_merging_a_copy_with_itself_changes_nothing(base):
    result = merge_projects(base, copy(base), copy(base))
    assert result.project == base and result.conflicts == []


def test_a_record_the_rules_refuse_after_merging_falls_back_to_ours(base):
    import datetime

    from pitchkit.core.model import BusyPeriod

    base = copy(base)
    base.strategy.busy_periods = [BusyPeriod(id="b-q4", label="Year-end", start=datetime.date(2026, 12, 1), end=datetime.date(2026, 12, 20))]
    ours, theirs = copy(base), copy(base)
    ours.strategy.busy_periods[0].end = datetime.date(2026, 12, 5)  # ours: ends earlier
    theirs.strategy.busy_periods[0].start = datetime.date(2026, 12, 10)  # theirs: starts later
    result = merge_projects(base, ours, theirs)  # together it would end before it starts
    period = result.project.strategy.busy_periods[0]
    assert (period.start, period.end) == (datetime.date(2026, 12, 1), datetime.date(2026, 12, 5))
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.record_id, conflict.field) == ("strategy.busy_periods", "b-q4", "")
    assert conflict.theirs["start"] == "2026-12-10"


def test_the_same_new_id_in_two_lists_keeps_ours_record(base):
    ours, theirs = copy(base), copy(base)
    ours.stakeholders.append(Stakeholder(id="x-1", name="Ann Lee"))
    theirs.links.append(Link(id="x-1", source="s-dana", target="s-tom"))
    result = merge_projects(base, ours, theirs)
    assert result.project.stakeholder("x-1") is not None
    assert "x-1" not in {link.id for link in result.project.links}
    assert [(c.kind, c.record_id) for c in result.conflicts] == [("links", "x-1")]


def test_a_hand_made_conflict_at_no_known_place_is_simply_settled(base):
    from pitchkit.core.model import Conflict

    odd = copy(base)
    odd.conflicts = [Conflict(id="c-odd", kind="title", record_id="", field="x", ours=1, theirs=2)]
    settled = resolve(odd, {"c-odd": Choice("theirs")})
    assert settled.conflicts == [] and settled.title == base.title
