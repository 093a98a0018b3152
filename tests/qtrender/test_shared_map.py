"""The map in a shared document shows no stance: the same pixels whatever the stances."""

from __future__ import annotations

from pathlib import Path

from pitchkit.core.model import Stance
from pitchkit.core.project_file import load_project
from pitchkit.qtrender import renderers

SCENARIO = Path(__file__).parent.parent / "files" / "scenarios" / "third-place.pitchkit"


def test_two_projects_differing_only_in_stances_give_the_same_shared_map(isolated_app_folders):
    first = load_project(SCENARIO).project
    second = load_project(SCENARIO).project
    for person, stance in zip(second.stakeholders, [Stance.RESISTANT, Stance.LEADING] * 5, strict=False):
        person.stance = stance
        person.stance_wanted = Stance.UNAWARE
    shared = renderers.qt_pictures()["pitchkit:map:shared"]
    own = renderers.qt_pictures()["pitchkit:map"]
    assert shared(first) == shared(second)
    assert own(first) != own(second)  # the advocate's own map still shows them
