"""The seeded benchmark-project generator, at sizes small enough for the test suite."""

from __future__ import annotations

import pytest

from benchmarks.projectgen import generate_project
from pitchkit.core.project_file import dumps_project, load_project, loads_project, save_project


def test_same_seed_and_size_give_the_same_bytes():
    assert dumps_project(generate_project(30, seed=7)) == dumps_project(generate_project(30, seed=7))


def test_another_seed_gives_another_project():
    assert dumps_project(generate_project(30, seed=7)) != dumps_project(generate_project(30, seed=8))


@pytest.mark.parametrize("size", [10, 50])
def test_records_grow_in_proportion(size):
    project = generate_project(size)
    assert len(project.stakeholders) == size
    assert len(project.resistances) == int(size * 1.2)
    assert len(project.problems) == max(1, int(size * 0.4))
    # Duplicate pairs are skipped, so a few links fewer than 1.5 per stakeholder.
    assert int(size * 1.5) * 0.8 <= len(project.links) <= int(size * 1.5)
    assert all(len(p.notes.split(". ")) >= 2 for p in project.stakeholders)


def test_generated_project_is_a_valid_file(tmp_path):
    path = tmp_path / "bench-40.pitchkit"
    save_project(generate_project(40), path, backup=False)
    result = load_project(path)  # full validation, references included
    assert len(result.project.stakeholders) == 40
    assert result.warnings == [] and result.migrated_from is None
    ids = {p.id for p in result.project.stakeholders}
    assert {link.source for link in result.project.links} <= ids
    assert {r.stakeholder for r in result.project.resistances} <= ids


def test_round_trips_unchanged():
    data = dumps_project(generate_project(20))
    assert dumps_project(loads_project(data).project) == data
