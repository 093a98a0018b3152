"""The published JSON Schema: generated from the model, never stale, and real files satisfy it."""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

from pitchkit.core.model import Stance

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "schemas" / "pitchkit.schema.json"


def _make_schema_module():
    spec = importlib.util.spec_from_file_location(
        "make_schema", ROOT / "scripts" / "make_schema.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def violations(value: Any, node: dict[str, Any], root: dict[str, Any], at: str = "$") -> list[str]:
    """What is wrong with `value` under schema `node` (the subset of JSON Schema the file uses)."""
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return violations(value, root["$defs"][name], root, at)
    if "anyOf" in node:
        options = [violations(value, option, root, at) for option in node["anyOf"]]
        return [] if any(not found for found in options) else [f"{at}: matches no option"]
    problems = []
    kind = node.get("type")
    if kind is not None:
        is_bool = isinstance(value, bool)
        if not isinstance(value, _TYPES[kind]) or (is_bool and kind != "boolean"):
            return [f"{at}: expected {kind}, got {value!r}"]
    if "const" in node and value != node["const"]:
        problems.append(f"{at}: must be {node['const']!r}")
    if "enum" in node and value not in node["enum"]:
        problems.append(f"{at}: {value!r} not in {node['enum']}")
    if "minimum" in node and value < node["minimum"]:
        problems.append(f"{at}: below {node['minimum']}")
    if "maximum" in node and value > node["maximum"]:
        problems.append(f"{at}: above {node['maximum']}")
    if isinstance(value, str):
        if not node.get("minLength", 0) <= len(value) <= node.get("maxLength", len(value)):
            problems.append(f"{at}: wrong length")
        if "pattern" in node and not re.search(node["pattern"], value):
            problems.append(f"{at}: does not match {node['pattern']}")
        if node.get("format") == "date":
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                problems.append(f"{at}: not a date")
    if isinstance(value, dict):
        problems += [
            f"{at}: missing {name}" for name in node.get("required", []) if name not in value
        ]
        for name, sub in node.get("properties", {}).items():
            if name in value:
                problems += violations(value[name], sub, root, f"{at}.{name}")
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            problems += violations(item, node["items"], root, f"{at}[{i}]")
    return problems


def test_committed_schema_is_what_the_script_generates_now():
    generated = _make_schema_module().render()
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated, (
        "schemas/pitchkit.schema.json is stale: run python scripts/make_schema.py"
    )


def test_schema_header_and_no_internal_fields(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"]
    assert "PitchKit keeps them" in schema["description"]
    assert "__unknown__" not in SCHEMA_FILE.read_text(encoding="utf-8")
    project = schema["$defs"]["Project"]
    assert project["required"] == ["format", "version"]
    # Unknown fields are allowed everywhere.
    assert all(d.get("additionalProperties", True) is not False for d in schema["$defs"].values())
    assert set(schema["$defs"]["Stance"]["enum"]) == {s.value for s in Stance}


def test_example_satisfies_the_schema(schema, example_path):
    data = json.loads(example_path.read_bytes())
    assert violations(data, schema, schema) == []


def test_fixtures_satisfy_the_schema(schema, files_dir):
    for path in sorted(files_dir.glob("*.pitchkit")):
        assert violations(json.loads(path.read_bytes()), schema, schema) == [], path.name


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["stakeholders"][3].__setitem__("interest", "high"),
            "$.stakeholders[3].interest: expected number",
        ),
        (
            lambda d: d["stakeholders"][0].__setitem__("power", 10.5),
            "$.stakeholders[0].power: above 10",
        ),
        (
            lambda d: d["stakeholders"][0].__setitem__("stance", "hostile"),
            "$.stakeholders[0].stance: 'hostile' not in",
        ),
        (
            lambda d: d["links"][0].__setitem__("strength", True),
            "$.links[0].strength: expected integer",
        ),
        (lambda d: d["stakeholders"][1].pop("name"), "$.stakeholders[1]: missing name"),
        (lambda d: d.__setitem__("format", "other"), "$.format: must be 'pitchkit'"),
        (
            lambda d: d["pitch"].__setitem__("meeting_date", "19/01/2027"),
            "$.pitch.meeting_date: matches no option",
        ),
        (
            lambda d: d["stakeholders"][0].__setitem__("id", "has space"),
            "$.stakeholders[0].id: does not match",
        ),
    ],
)
def test_checker_catches_what_pitchkit_rejects(schema, example_path, change, expected):
    data = json.loads(example_path.read_bytes())
    change(data)
    found = violations(data, schema, schema)
    assert any(line.startswith(expected) for line in found), found


def test_unknown_fields_are_valid(schema, example_path):
    data = json.loads(example_path.read_bytes())
    data["x_added_by_a_newer_version"] = {"anything": [1, 2]}
    data["stakeholders"][0]["x_mood"] = "sunny"
    assert violations(data, schema, schema) == []
