"""The model's annotations, evaluated once at import, read the same to msgspec as the text did."""

from __future__ import annotations

import subprocess
import sys

import msgspec
import pytest

from pitchkit.core import annotations, model, playbook_model, playbook_nl_model

#: Prints every record type's fields as msgspec sees them (name, type, default), one per line.
FIELDS = """
import msgspec, sys
import pitchkit.core.annotations as annotations
if sys.argv[1] == "text":
    annotations.resolve = lambda *classes: None  # leave them as text, as before
import importlib
model = importlib.import_module(sys.argv[2])
for name in sorted(vars(model)):
    value = getattr(model, name)
    if isinstance(value, type) and issubclass(value, msgspec.Struct):
        for field in msgspec.structs.fields(value):
            print(name, field.name, repr(field.type), repr(field.default))
"""


#: The modules whose records are resolved at import, and how many fields each has at least.
MODULES = {"pitchkit.core.model": 100, "pitchkit.core.playbook_model": 50, "pitchkit.core.playbook_nl_model": 30}


def _fields(mode: str, module: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", FIELDS, mode, module], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


@pytest.mark.parametrize("module", MODULES)
def test_msgspec_sees_the_same_fields_as_from_the_text(module):
    evaluated, text = _fields("evaluated", module), _fields("text", module)
    assert len(evaluated) > MODULES[module]
    assert evaluated == text


@pytest.mark.parametrize("module", [model, playbook_model, playbook_nl_model])
def test_no_record_annotation_is_left_as_text(module):
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, msgspec.Struct):
            for owner in value.__mro__:
                texts = [a for a in owner.__dict__.get("__annotations__", {}).values() if isinstance(a, str)]
                assert texts == [], owner


def test_a_name_only_known_later_stays_text_and_a_class_name_is_looked_up_in_the_class():
    class Later(msgspec.Struct):
        missing: NotDefinedYet  # type: ignore[name-defined]  # noqa: F821
        own: Inner  # type: ignore[name-defined]  # noqa: F821
        plain: int

        Inner = float  # a name of the class only

    annotations.resolve(Later)
    assert Later.__annotations__ == {"missing": "NotDefinedYet", "own": float, "plain": int}
