"""Properties of the merge (hypothesis): any two valid edits of a valid project merge into a
valid project; merging a copy with itself changes nothing; disjoint edits merge cleanly and
the result holds both."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pitchkit.core.merge import merge_projects
from pitchkit.core.model import Link, Project, Resistance, Stakeholder, Stance
from pitchkit.core.project_file import dumps_project, load_project, loads_project
from pitchkit.paths import example_project_path
from tests.core.merge_edits import copy, delete_person

BASE = load_project(example_project_path()).project
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def random_edit(seed: int, tag: str, steps: int) -> Project:
    """A valid edit of BASE: what a user could do in the app, `steps` times."""
    rng = random.Random(seed)
    project = copy(BASE)
    for step in range(steps):
        people = project.stakeholders
        op = rng.choice(["add", "delete", "stance", "notes", "power", "link", "order", "resist", "champion", "tags"])
        if op == "add" or len(people) < 3:
            people.insert(rng.randint(0, len(people)), Stakeholder(id=f"s-{tag}{step}", name=f"{tag} {step}"))
        elif op == "delete":
            delete_person(project, rng.choice(people).id)
        elif op == "stance":
            rng.choice(people).stance = rng.choice(list(Stance))
        elif op == "notes":
            rng.choice(people).notes = f"{tag} note {step}"
        elif op == "power":
            rng.choice(people).power = float(rng.randint(0, 10))
        elif op == "link":
            a, b = rng.sample(people, 2)
            project.links.append(Link(id=f"l-{tag}{step}", source=a.id, target=b.id))
        elif op == "order":
            rng.shuffle(project.strategy.sequence)
            if rng.random() < 0.5:
                project.strategy.sequence.append(rng.choice(people).id)
                project.strategy.sequence = list(dict.fromkeys(project.strategy.sequence))
        elif op == "resist":
            project.resistances.append(Resistance(id=f"r-{tag}{step}", stakeholder=rng.choice(people).id, pattern=tag))
        elif op == "champion":
            project.strategy.champion = rng.choice(people).id
        else:
            rng.choice(people).tags.append(f"{tag}{step}")
    return loads_project(dumps_project(project)).project  # a valid project, as saved


@SETTINGS
@given(st.integers(0, 2**32), st.integers(0, 2**32), st.integers(1, 8), st.integers(1, 8))
def test_any_two_valid_edits_merge_into_a_valid_project(seed_o, seed_t, steps_o, steps_t):
    ours, theirs = random_edit(seed_o, "o", steps_o), random_edit(seed_t, "t", steps_t)
    result = merge_projects(BASE, ours, theirs)
    again = loads_project(dumps_project(result.project)).project  # valid, and reads back equal
    assert again == result.project
    assert {c.id for c in result.conflicts} <= {c.id for c in again.conflicts}


@SETTINGS
@given(st.integers(0, 2**32), st.integers(1, 8))
def test_merging_a_copy_with_itself_changes_nothing(seed, steps):
    edit = random_edit(seed, "o", steps)
    for base in (BASE, edit):
        result = merge_projects(base, edit, copy(edit))
        assert result.conflicts == [] and result.project == edit


@SETTINGS
@given(st.integers(0, 2**32), st.integers(0, 2**32))
def test_a_clean_merge_of_disjoint_edits_contains_both(seed_o, seed_t):
    ours, theirs = copy(BASE), copy(BASE)
    expected: dict[tuple[str, str], object] = {}
    for project, parity, seed, tag in ((ours, 0, seed_o, "o"), (theirs, 1, seed_t, "t")):
        rng = random.Random(seed)
        mine = [p for i, p in enumerate(project.stakeholders) if i % 2 == parity]
        for step in range(rng.randint(1, 6)):
            person = rng.choice(mine)
            field, value = rng.choice([("stance", rng.choice(list(Stance))), ("notes", f"{tag}{step}"), ("interest", float(rng.randint(0, 10)))])
            setattr(person, field, value)
            expected[(person.id, field)] = value
        project.stakeholders.append(Stakeholder(id=f"s-new-{tag}", name=f"new {tag}"))
        project.strategy.sequence.append(f"s-new-{tag}")
    result = merge_projects(BASE, ours, theirs)
    assert result.conflicts == []
    merged = result.project
    for (person_id, field), value in expected.items():
        assert getattr(merged.stakeholder(person_id), field) == value
    assert merged.stakeholder("s-new-o") is not None and merged.stakeholder("s-new-t") is not None
    assert merged.strategy.sequence[-2:] == ["s-new-o", "s-new-t"]


@SETTINGS
@given(st.integers(0, 2**32), st.integers(0, 2**32), st.integers(1, 8), st.integers(1, 8))
def test_the_quick_path_gives_what_the_general_path_gives(seed_o, seed_t, steps_o, steps_t):
    from pitchkit.core.merge import _Merger, merge_data
    from pitchkit.core.merge_fast import FastMerger
    from pitchkit.core.plain import plain_data

    ours, theirs = random_edit(seed_o, "o", steps_o), random_edit(seed_t, "t", steps_t)
    general = merge_data(plain_data(BASE), plain_data(ours), plain_data(theirs))
    rules = _Merger({}, {}, {})
    quick = FastMerger(rules, BASE, ours, theirs).merge()
    if quick is not None:  # None: it handed over to the general path
        assert quick == general.project
        assert list(rules.conflicts.values()) == general.conflicts
