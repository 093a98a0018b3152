"""Hostile and broken input everywhere a file comes in: each gets a clear error naming the
file (or loads correctly) — never another exception, a hang, or damage on disk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pitchkit.core.errors import PitchKitError, ProjectError
from pitchkit.core.playbook import PlaybookError, load_playbook, loads_playbook
from pitchkit.core.project_file import dumps_project, load_project, loads_project
from pitchkit.paths import example_project_path

EXAMPLE = json.loads(example_project_path().read_bytes())
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NASTY_TEXT = st.sampled_from(
    ["", "\x00", "a\x00b", "\ud800", "\x0b\x0c\x1f", "\ufffe\uffff", "x" * 200_000, "🙂" * 1000,
     "{{ 7*7 }}", "<w:t>", "]]>", "\u202e", "../../etc/passwd"]
)
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | NASTY_TEXT | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(data, prefix=()):
    """Every (path, value) in a JSON value."""
    yield prefix, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))


ALL_PATHS = [p for p, _ in _paths(EXAMPLE) if p]


def _replace(data, path, value):
    data = json.loads(json.dumps(data))
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def _load_or_clear_error(data: bytes) -> None:
    try:
        result = loads_project(data, "hostile.pitchkit")
    except ProjectError as err:
        text = str(err)
        assert text.startswith("hostile.pitchkit") and err.what
        assert "Traceback" not in text and len(text) < 2000
        return
    # It loaded: then it saves and loads back to the same project.
    again = loads_project(dumps_project(result.project)).project
    assert again == result.project


@FAST
@given(path=st.sampled_from(ALL_PATHS), value=JUNK)
def test_wrong_type_or_value_at_every_field(path, value):
    _load_or_clear_error(json.dumps(_replace(EXAMPLE, path, value), allow_nan=True).encode())


@FAST
@given(cut=st.integers(0, len(example_project_path().read_bytes()) - 1))
def test_truncated_file(cut):
    _load_or_clear_error(example_project_path().read_bytes()[:cut])


@FAST
@given(data=st.binary(max_size=300))
def test_random_bytes(data):
    _load_or_clear_error(data)


@FAST
@given(position=st.integers(0, 5000), junk=st.binary(min_size=1, max_size=4))
def test_invalid_utf8_and_control_bytes_inside(position, junk):
    raw = example_project_path().read_bytes()
    position %= len(raw)
    _load_or_clear_error(raw[:position] + junk + raw[position:])


@pytest.mark.parametrize("depth", [100, 10_000, 200_000])
def test_deep_nesting_in_a_field(depth):
    raw = EXAMPLE | {"title": json.loads("[" * min(depth, 500) + "]" * min(depth, 500))}
    _load_or_clear_error(json.dumps(raw).encode())
    _load_or_clear_error(b'{"format": "pitchkit", "version": 1, "x": ' + b"[" * depth + b"]" * depth + b"}")


def test_duplicate_and_dangling_ids_and_cycles():
    people = EXAMPLE["stakeholders"]
    twice = EXAMPLE | {"stakeholders": [*people, people[0]]}
    with pytest.raises(ProjectError, match="used twice"):
        loads_project(json.dumps(twice).encode())
    dangling = _replace(EXAMPLE, ("strategy", "champion"), "nobody")
    with pytest.raises(ProjectError, match='no stakeholder has the id "nobody"'):
        loads_project(json.dumps(dangling).encode())
    a, b = people[0]["id"], people[1]["id"]
    cycle = EXAMPLE | {"links": [{"id": "l-x", "source": a, "target": b}, {"id": "l-y", "source": b, "target": a}]}
    _load_or_clear_error(json.dumps(cycle).encode())  # influence cycles are real life: allowed
    duplicate_key = b'{"format": "pitchkit", "version": 1, "title": "a", "title": "b"}'
    _load_or_clear_error(duplicate_key)


def test_huge_strings_and_nul_survive_save_and_load(tmp_path):
    raw = EXAMPLE | {"title": "a\x00b\x0b" + "x" * 90_000}
    project = loads_project(json.dumps(raw).encode()).project
    path = tmp_path / "p.pitchkit"
    path.write_bytes(dumps_project(project))
    assert load_project(path).project.title == raw["title"]


def test_broken_file_is_never_modified_by_loading(tmp_path):
    path = tmp_path / "bad.pitchkit"
    content = b'{"format": "pitchkit", "version": 1, "stakeholders": [1, 2'
    path.write_bytes(content)
    with pytest.raises(ProjectError):
        load_project(path)
    assert path.read_bytes() == content and [p.name for p in tmp_path.iterdir()] == ["bad.pitchkit"]


# --- the user playbook ---------------------------------------------------------------------

PLAYBOOK = {"format": "pitchkit-playbook", "version": 1, "patterns": [{
    "id": "p-1", "name": "Too busy", "concern": "time", "adkar_stage": "Desire",
    "counter_strategies": [{"text": "Start small"}]}]}
PLAYBOOK_PATHS = [p for p, _ in _paths(PLAYBOOK) if p]


def _playbook_or_clear_error(data: bytes) -> None:
    try:
        loads_playbook(data, "playbook.json")
    except PlaybookError as err:
        assert str(err).startswith("playbook.json") and err.what


@FAST
@given(path=st.sampled_from(PLAYBOOK_PATHS), value=JUNK)
def test_playbook_wrong_types(path, value):
    _playbook_or_clear_error(json.dumps(_replace(PLAYBOOK, path, value)).encode())


@FAST
@given(data=st.binary(max_size=200) | st.integers(0, 200).map(lambda n: json.dumps(PLAYBOOK).encode()[:n]))
def test_playbook_random_and_truncated(data):
    _playbook_or_clear_error(data)


@pytest.mark.parametrize("content", [b"[" * 100_000, b"\xff\xfe{}", b'{"format": "pitchkit-playbook", "x": "\\ud800"}'])
def test_playbook_file_in_app_data_gives_an_error_naming_it(content, tmp_path):
    path = tmp_path / "playbook.json"
    path.write_bytes(content)
    try:
        load_playbook(path)
    except PitchKitError as err:
        assert str(path) in str(err)
    assert path.read_bytes() == content


def test_backup_of_the_example_still_loads(tmp_path):
    path = tmp_path / "e.pitchkit"
    shutil.copyfile(example_project_path(), path)
    assert Path(path).exists() and load_project(path).project.stakeholders
