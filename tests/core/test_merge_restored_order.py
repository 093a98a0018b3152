"""Where records restored with a person go (docs/decisions.md, "Polish"): a recorded conflict
holds the record, not its neighbours, so they come back after the project's own records, in
the order their copy had them."""

from __future__ import annotations

import pytest

from pitchkit.core.conflicts import Choice, resolve
from pitchkit.core.merge import merge_projects
from pitchkit.core.model import Link, Resistance
from pitchkit.core.project_file import load_project
from tests.core.merge_edits import copy, delete_person


@pytest.fixture
def base(example_path):
    project = load_project(example_path).project
    # Two more links and a resistance of Martin's, spread among the others.
    project.links.insert(0, Link(id="l-first", source="s-martin", target="s-dana"))
    project.links.insert(2, Link(id="l-middle", source="s-dana", target="s-martin"))
    project.resistances.insert(0, Resistance(id="r-first", stakeholder="s-martin", heard="Not now."))
    return project


def test_restored_records_follow_the_projects_own_in_their_copys_order(base):
    ours, theirs = copy(base), copy(base)
    delete_person(ours, "s-martin")
    theirs.stakeholder("s-martin").notes = "Came round after the demo."
    result = merge_projects(base, ours, theirs)
    person = next(c for c in result.conflicts if c.kind == "stakeholders")
    back = resolve(result.project, {person.id: Choice("theirs")})

    for kind in ("links", "resistances"):
        kept = [r.id for r in getattr(result.project, kind)]
        theirs_ids = [r.id for r in getattr(theirs, kind)]
        restored = [i for i in theirs_ids if i not in kept]
        assert restored, kind
        assert [r.id for r in getattr(back, kind)] == kept + restored, kind
    assert back.stakeholders[-1].id == "s-martin"
