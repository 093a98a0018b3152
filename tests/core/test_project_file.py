"""Reading and writing `.pitchkit` files: format, round trips, unknown fields, errors, saving."""

from __future__ import annotations

import difflib
import json
import os
import stat

import msgspec
import pytest

from pitchkit.core import project_file
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import FORMAT_VERSION, Project, Stakeholder
from pitchkit.core.project_file import dumps_project, load_project, loads_project, save_project

HEADER = '"format": "pitchkit", "version": 1'


def project_json(body: str) -> bytes:
    """A version-1 project whose other top-level fields are `body` (JSON members)."""
    return ("{" + HEADER + (", " + body if body else "") + "}").encode()


def people(count: int) -> str:
    return ", ".join(f'{{"id": "s-{i}", "name": "Person {i}"}}' for i in range(count))


def load_error(data: bytes) -> ProjectError:
    with pytest.raises(ProjectError) as caught:
        loads_project(data, "team.pitchkit")
    return caught.value


# ---------------------------------------------------------------------------------------------
# Round trips and the written format
# ---------------------------------------------------------------------------------------------


def test_round_trip_gives_equal_project_and_identical_bytes(example_path, tmp_path):
    original = load_project(example_path).project
    copy = tmp_path / "copy.pitchkit"
    save_project(original, copy)
    assert load_project(copy).project == original
    assert copy.read_bytes() == example_path.read_bytes(), "run python scripts/resave_examples.py"


def _as_written_before(new: object, old: object) -> object:
    """`new` without the keys `old` does not have: what a file written before them holds."""
    if isinstance(new, dict) and isinstance(old, dict):
        return {key: _as_written_before(value, old[key]) for key, value in new.items() if key in old}
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [_as_written_before(n, o) for n, o in zip(new, old, strict=True)]
    return new


def test_current_version_fixture_reads_and_rewrites_unchanged(files_dir, tmp_path):
    # The fixture is what this format version's first release wrote; a field added since
    # with a default (which needs no new version, docs/file-format.md) is written on top of
    # it, and every value, key order and the layout of what was there stay as they were.
    fixture = files_dir / f"format-v{FORMAT_VERSION}.pitchkit"
    result = load_project(fixture)
    assert result.warnings == [] and result.migrated_from is None
    assert result.project.stakeholder("s-b").avoid_terms == ["social learning"]
    written = dumps_project(result.project)
    before = _as_written_before(json.loads(written), json.loads(fixture.read_bytes()))
    assert (json.dumps(before, indent=2, ensure_ascii=False) + "\n").encode() == fixture.read_bytes()
    assert loads_project(written, "rewritten.pitchkit").project == result.project


def test_a_changed_value_in_the_rewrite_is_caught(files_dir):
    fixture = json.loads((files_dir / f"format-v{FORMAT_VERSION}.pitchkit").read_bytes())
    changed = json.loads(json.dumps(fixture))
    changed["stakeholders"][0]["name"] = "Someone else"
    changed["stakeholders"][0]["x_added"] = ""
    assert _as_written_before(changed, fixture) != fixture
    del changed["stakeholders"][0]["x_added"]
    changed["stakeholders"][0]["name"] = fixture["stakeholders"][0]["name"]
    assert _as_written_before(changed, fixture) == fixture


def test_saved_bytes_follow_the_house_format(example_path):
    data = dumps_project(load_project(example_path).project)
    text = data.decode("utf-8")
    assert "\r" not in text
    assert text.endswith("}\n") and not text.endswith("\n\n")
    lines = text.splitlines()
    assert lines[1] == '  "format": "pitchkit",'
    assert lines[2] == f'  "version": {FORMAT_VERSION},'
    indents = {len(line) - len(line.lstrip(" ")) for line in lines}
    assert all(indent % 2 == 0 for indent in indents) and 4 in indents
    assert "\t" not in text
    # Non-ASCII text is written as UTF-8, not as \u escapes.
    assert "£" in text and "\\u00a3" not in text


def test_header_comes_first_even_with_unknown_fields():
    project = Project(title="x", unknown={"aardvark": 1})
    keys = list(json.loads(dumps_project(project)))
    assert keys[:2] == ["format", "version"]
    assert "aardvark" in keys


def test_one_field_edit_is_a_one_line_diff(example_path):
    project = load_project(example_path).project
    before = dumps_project(project).decode().splitlines()
    project.stakeholders[2].interest = 4.5
    after = dumps_project(project).decode().splitlines()
    changed = [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert changed == ['-      "interest": 7.5,', '+      "interest": 4.5,']


# ---------------------------------------------------------------------------------------------
# Unknown fields and newer versions
# ---------------------------------------------------------------------------------------------


def test_unknown_fields_survive_load_and_save(tmp_path):
    data = project_json(
        '"x_top": {"nested": [1, 2, {"deep": true}]}, '
        '"stakeholders": [{"id": "s-a", "name": "Ana", "x_person": "kept", "power": 7}], '
        '"strategy": {"champion": "s-a", "x_strategy": 3, '
        '"actions": [{"id": "a-1", "stakeholders": ["s-a"], "x_action": null}]}'
    )
    project = loads_project(data).project
    path = tmp_path / "unknown.pitchkit"
    save_project(project, path)
    saved = json.loads(path.read_bytes())
    assert saved["x_top"] == {"nested": [1, 2, {"deep": True}]}
    assert saved["stakeholders"][0]["x_person"] == "kept"
    assert saved["stakeholders"][0]["power"] == 7
    assert saved["strategy"]["x_strategy"] == 3
    assert "x_action" in saved["strategy"]["actions"][0]
    assert "__unknown__" not in path.read_text()
    # A second round trip changes nothing.
    assert dumps_project(load_project(path).project) == path.read_bytes()


def test_newer_version_loads_with_a_warning_and_keeps_its_fields(files_dir, tmp_path):
    result = load_project(files_dir / "newer-version.pitchkit")
    assert len(result.warnings) == 1 and "99" in result.warnings[0]
    assert result.project.stakeholder("s-a").name == "Ana Example"
    out = tmp_path / "out.pitchkit"
    save_project(result.project, out)
    saved = json.loads(out.read_bytes())
    assert saved["workshops"] == [{"id": "w-1", "title": "Design session"}]
    assert saved["stakeholders"][0]["mood_history"][0]["stance"] == "supportive"
    assert saved["strategy"]["risk_register"] == ["budget freeze"]
    # It keeps its own version number, so the newer PitchKit does not migrate it again.
    assert saved["version"] == 99


def test_fast_path_still_checks_the_header_and_odd_keys():
    with pytest.raises(ProjectError, match="format"):
        loads_project(b'{"version": 1, "title": "no format"}')
    with pytest.raises(ProjectError, match="version"):
        loads_project(b'{"format": "pitchkit", "title": "no version"}')
    with pytest.raises(ProjectError, match="UTF-8"):
        loads_project(b'{"format": "pitchkit", "version": 1, "title": "bad \xff byte"}')
    odd = loads_project(b'{"format": "pitchkit", "version": 1, "__unknown__": {"a": 1}}').project
    assert json.loads(dumps_project(odd))["__unknown__"] == {"a": 1}


def test_current_version_loads_without_warnings(example_path):
    result = load_project(example_path)
    assert result.warnings == [] and result.migrated_from is None


def test_old_version_runs_the_migration_chain(monkeypatch):
    monkeypatch.setattr(project_file, "FORMAT_VERSION", 2)

    def v1_to_v2(data):
        data["title"] = data.pop("name")
        return data

    monkeypatch.setitem(project_file.MIGRATIONS, 1, v1_to_v2)
    result = loads_project(b'{"format": "pitchkit", "version": 1, "name": "Old title"}')
    assert result.migrated_from == 1
    assert result.project.title == "Old title"
    assert not result.project.unknown  # "name" was migrated, not parked as unknown


def test_old_version_without_a_migration_is_an_error(monkeypatch):
    monkeypatch.setattr(project_file, "FORMAT_VERSION", 3)
    err = load_error(b'{"format": "pitchkit", "version": 2}')
    assert err.where == "version" and "cannot be read" in err.what


# ---------------------------------------------------------------------------------------------
# Errors: `<file>: <where>: <what>`
# ---------------------------------------------------------------------------------------------


def test_wrong_type_message_is_exact(tmp_path):
    path = tmp_path / "team.pitchkit"
    body = people(3) + ', {"id": "s-3", "name": "D", "interest": "high"}'
    path.write_bytes(project_json(f'"stakeholders": [{body}]'))
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert str(caught.value) == f'{path}: stakeholders[3].interest: expected a number, got "high"'


@pytest.mark.parametrize(
    ("body", "where", "what"),
    [
        pytest.param(
            '"stakeholders": [{"id": "s-0", "name": "A", "stance": "hostile"}]',
            "stakeholders[0].stance",
            'expected one of unaware, resistant, neutral, supportive, leading, got "hostile"',
            id="bad-enum",
        ),
        pytest.param(
            '"resistances": [{"id": "r-0", "stakeholder": "s", "severity": "extreme"}]',
            "resistances[0].severity",
            "expected one of low, medium, high",
            id="bad-severity",
        ),
        pytest.param(
            '"stakeholders": [{"id": "s-0", "name": "A", "power": 11}]',
            "stakeholders[0].power",
            "must be at most 10, got 11",
            id="above-range",
        ),
        pytest.param(
            '"stakeholders": [{"id": "s-0", "name": "A", "interest": -1}]',
            "stakeholders[0].interest",
            "must be at least 0, got -1",
            id="below-range",
        ),
        pytest.param(
            '"links": [{"id": "l-0", "source": "a", "target": "b", "strength": 4}]',
            "links[0].strength",
            "must be at most 3",
            id="strength-range",
        ),
        pytest.param(
            f'"stakeholders": [{people(2)}, {{"id": "s-2"}}]',
            "stakeholders[2]",
            'missing required field "name"',
            id="missing-name",
        ),
        pytest.param(
            '"pitch": {"meeting_date": "19/01/2027"}',
            "pitch.meeting_date",
            'expected a date like 2026-12-01, got "19/01/2027"',
            id="bad-date",
        ),
        pytest.param(
            '"stakeholders": [{"id": "s 0", "name": "A"}]',
            "stakeholders[0].id",
            "an id may contain only letters",
            id="bad-id",
        ),
        pytest.param('"pitch": []', "pitch", "expected an object, got []", id="record-not-object"),
        pytest.param(
            f'"stakeholders": [{people(1)}], "links": [{{"id": "l-1", "source": "s-0", "target": "s-9"}}]',
            "links[0].target",
            'no stakeholder has the id "s-9"',
            id="dangling-link",
        ),
        pytest.param(
            '"resistances": [{"id": "r-1", "stakeholder": "s-gone"}]',
            "resistances[0].stakeholder",
            'no stakeholder has the id "s-gone"',
            id="dangling-resistance",
        ),
        pytest.param(
            f'"stakeholders": [{people(1)}], "problems": [{{"id": "p-1", "description": "d", "stakeholders": ["s-0", "s-x"]}}]',
            "problems[0].stakeholders[1]",
            'no stakeholder has the id "s-x"',
            id="dangling-problem",
        ),
        pytest.param(
            '"strategy": {"champion": "s-boss"}',
            "strategy.champion",
            'no stakeholder has the id "s-boss"',
            id="dangling-champion",
        ),
        pytest.param(
            f'"stakeholders": [{people(1)}], "strategy": {{"sequence": ["s-0", "s-x"]}}',
            "strategy.sequence[1]",
            'no stakeholder has the id "s-x"',
            id="dangling-sequence",
        ),
        pytest.param(
            f'"stakeholders": [{people(1)}], "strategy": {{"talking_points": [{{"id": "k-1", "stakeholder": "s-y", "text": "t"}}]}}',
            "strategy.talking_points[0].stakeholder",
            'no stakeholder has the id "s-y"',
            id="dangling-talking-point",
        ),
        pytest.param(
            f'"stakeholders": [{people(2)}, {{"id": "s-0", "name": "Again"}}]',
            "stakeholders[2].id",
            'id "s-0" is used twice (first at stakeholders[0].id)',
            id="duplicate-id",
        ),
        pytest.param(
            f'"stakeholders": [{people(1)}], "problems": [{{"id": "s-0", "description": "d"}}]',
            "problems[0].id",
            'id "s-0" is used twice',
            id="duplicate-id-across-kinds",
        ),
        pytest.param(
            f'"stakeholders": [{people(1)}], "links": [{{"id": "l-1", "source": "s-0", "target": "s-0"}}]',
            "links[0]",
            "cannot influence themselves",
            id="self-link",
        ),
        pytest.param(
            '"strategy": {"busy_periods": [{"id": "b-1", "start": "2027-01-10", "end": "2026-11-15"}]}',
            "strategy.busy_periods[0]",
            "ends before it starts",
            id="period-backwards",
        ),
    ],
)
def test_content_errors_name_the_place(body, where, what):
    err = load_error(project_json(body))
    assert err.where == where
    assert what in err.what
    assert str(err) == f"team.pitchkit: {where}: {err.what}"


@pytest.mark.parametrize(
    ("data", "where", "what"),
    [
        pytest.param(
            b'{"format": "pitchkit", "version": 1, "stakeholders": [{"id": "s-1", "na',
            "",
            "the file ends too early",
            id="truncated",
        ),
        pytest.param(
            b'{\n  "format": "pitchkit",\n  "version": 1\n  "title": "x"\n}',
            "line 4, column 3",
            "not valid JSON",
            id="invalid-json",
        ),
        pytest.param(
            b'{"format": "pitchkit", "version": 1, "title": "caf\xe9"}',
            "line 1, column 51",
            "not UTF-8",
            id="invalid-utf8",
        ),
        pytest.param(
            b'[{"format": "pitchkit", "version": 1}]', "", "a JSON object", id="top-level-array"
        ),
        pytest.param(
            b'{"format": "slidekit", "version": 1}',
            "format",
            'not a PitchKit project: "format" must be "pitchkit", got "slidekit"',
            id="wrong-format",
        ),
        pytest.param(b'{"version": 1}', "format", "not a PitchKit project", id="missing-format"),
        pytest.param(b'{"format": "pitchkit"}', "version", "got null", id="missing-version"),
        pytest.param(
            b'{"format": "pitchkit", "version": "1"}', "version", 'got "1"', id="version-as-text"
        ),
        pytest.param(
            b'{"format": "pitchkit", "version": 0}', "version", "got 0", id="version-zero"
        ),
        pytest.param(
            b'{"format": "pitchkit", "version": true}', "version", "got true", id="version-bool"
        ),
        pytest.param(b"", "", "ends too early", id="empty-file"),
    ],
)
def test_file_level_errors(data, where, what):
    err = load_error(data)
    assert err.where == where
    assert what in err.what
    assert str(err).startswith("team.pitchkit: ")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"[" * 100_000 + b"]" * 100_000, id="nested-lists"),
        pytest.param(
            project_json('"x_junk": ' + "[" * 100_000 + "]" * 100_000), id="nested-in-unknown-field"
        ),
        pytest.param(
            project_json('"x_junk": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000),
            id="nested-objects",
        ),
    ],
)
def test_deeply_nested_junk_is_an_error_not_a_crash(data):
    err = load_error(data)
    assert "nested too deeply" in err.what


def test_missing_file(tmp_path):
    path = tmp_path / "nope.pitchkit"
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert str(caught.value) == f"{path}: no such file; check the name and folder"


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(ProjectError) as caught:
        load_project(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a file; choose a file inside it"


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "huge.pitchkit"
    path.write_bytes(project_json('"title": "' + "x" * (1024 * 1024) + '"'))
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert caught.value.file == str(path) and "larger than 1 MB" in caught.value.what
    assert "larger than" in load_error(path.read_bytes()).what


def test_text_longer_than_the_limit():
    err = load_error(project_json('"title": "' + "x" * 100_001 + '"'))
    assert err.where == "title" and "too long" in err.what


# ---------------------------------------------------------------------------------------------
# Saving
# ---------------------------------------------------------------------------------------------


def test_save_keeps_the_previous_file_as_bak(tmp_path):
    path = tmp_path / "team.pitchkit"
    save_project(Project(title="first"), path)
    assert not (tmp_path / "team.pitchkit.bak").exists()
    first = path.read_bytes()
    save_project(Project(title="second"), path)
    assert (tmp_path / "team.pitchkit.bak").read_bytes() == first
    assert load_project(path).project.title == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.pitchkit", "team.pitchkit.bak"]


def test_save_without_backup_leaves_only_the_file(tmp_path):
    path = tmp_path / "team.pitchkit"
    save_project(Project(title="first"), path, backup=False)
    save_project(Project(title="second"), path, backup=False)
    assert [p.name for p in tmp_path.iterdir()] == ["team.pitchkit"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_save_keeps_permissions(tmp_path):
    path = tmp_path / "team.pitchkit"
    save_project(Project(title="first"), path)
    os.chmod(path, 0o640)
    save_project(Project(title="second"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_new_file_gets_ordinary_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        save_project(Project(), tmp_path / "new.pitchkit")
    finally:
        os.umask(old)
    # Not the 0600 of a raw temp file: a colleague on the shared drive can read it.
    assert stat.S_IMODE((tmp_path / "new.pitchkit").stat().st_mode) == 0o644


def test_save_into_missing_folder_is_a_project_error(tmp_path):
    path = tmp_path / "no-such-folder" / "team.pitchkit"
    with pytest.raises(ProjectError) as caught:
        save_project(Project(), path)
    assert caught.value.file == str(path) and "could not save" in caught.value.what


def test_saved_project_built_in_code_loads_back():
    project = Project(stakeholders=[Stakeholder(id="s-a", name="Zoë Ünal", power=9.5)])
    assert loads_project(dumps_project(project)).project == project
    assert msgspec.json.decode(dumps_project(project))["stakeholders"][0]["name"] == "Zoë Ünal"


def test_unknown_fields_are_not_shared_between_loads():
    first = loads_project(project_json('"x": {"a": 1}')).project
    first.unknown["x"]["a"] = 2
    assert loads_project(project_json('"x": {"a": 1}')).project.unknown == {"x": {"a": 1}}


def test_overlong_id_says_ids_are_limited_to_64_characters():
    err = load_error(project_json('"stakeholders": [{"id": "' + "s" * 65 + '", "name": "A"}]'))
    assert err.where == "stakeholders[0].id"
    assert "at most 64 characters" in err.what


def test_a_literal_internal_key_in_a_file_is_kept_as_it_is(tmp_path):
    data = project_json('"__unknown__": {"a": 1}, "title": "t"')
    saved = json.loads(dumps_project(loads_project(data).project))
    assert saved["__unknown__"] == {"a": 1}
    assert "a" not in saved
