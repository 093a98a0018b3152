"""The record types' annotations evaluated once, when the model is imported.

The model's modules use `from __future__ import annotations`, so a Struct's annotations are
text.  msgspec turns each one into a `typing.ForwardRef` (a compile and an eval) every time
it looks at a class: building the project decoder and the reference walker's field list
look at every record type, 299 compiles of 38 different texts before the app's first
window (~8 ms; docs/performance.md).  `resolve` evaluates each different text once per
module, looking names up as msgspec does (the module, then the class), and keeps the result
in the class's annotations, which msgspec and `typing.get_type_hints` then use as they are.
A text that cannot be evaluated yet (a name imported only for type checking) is left as it
was, for msgspec to evaluate when it needs it.
"""

from __future__ import annotations

import sys
from typing import Any

#: What separates the names in an annotation's text ("list[Stakeholder] | None").
_SEPARATORS = str.maketrans({char: " " for char in "[]|,.()'\"="})


def resolve(*classes: type) -> None:
    """Replace the text annotations of `classes` and their bases by what they name."""
    done: set[type] = set()
    cache: dict[tuple[str, str], Any] = {}
    for cls in classes:
        for owner in cls.__mro__:
            if owner in done or owner is object:
                continue
            done.add(owner)
            annotations = owner.__dict__.get("__annotations__")
            module = sys.modules.get(owner.__module__)
            if not annotations or module is None:
                continue
            module_names = vars(module)
            class_names = dict(vars(owner))
            for name, text in annotations.items():
                if not isinstance(text, str):
                    continue
                key = (owner.__module__, text)
                # A name the class defines and its module does not would make the same text
                # mean something else in another class: evaluated apart, not remembered.
                own = any(word in class_names and word not in module_names for word in text.translate(_SEPARATORS).split())
                if own or key not in cache:
                    try:
                        value = eval(text, dict(class_names), module_names)  # noqa: S307 - the model's own annotations
                    except NameError:
                        continue
                    if own:
                        annotations[name] = value
                        continue
                    cache[key] = value
                annotations[name] = cache[key]
