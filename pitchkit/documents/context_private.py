"""Private data, and how a shared document's context goes without it.

A shared template (front matter `shared: true`, the default) renders from a context built
with `build_context(..., shared=True)`: every private value is replaced by a `Private`
marker that holds only the field's name, so the data is not in the context at all.  Any
use of a marker in a template (printing it, testing it, looping over it, comparing it, or
just reading the attribute) raises `PrivateFieldError`, which the renderer reports as
"‹field› is private: use it only in a private template (shared: false)" with the template's
name and line.  `PRIVATE_FIELDS` lists what is private, per view; docs/templates.md shows it.
"""

from __future__ import annotations

from typing import Any, NoReturn

#: View name -> its private fields (absent from a shared document's context).
PRIVATE_FIELDS: dict[str, tuple[str, ...]] = {
    "(top level)": ("sequence", "health", "advice"),
    "StakeholderView": (
        "stance", "stance_wanted", "gap", "notes", "avoid_terms", "resistances",
        "open_resistances", "attempts", "talking_points", "own_points", "advice",
    ),
    "ResistanceView": ("stakeholder", "heard", "concern", "counter_strategy"),
    "LinkView": ("note",),
    "StrategyView": ("sequence", "attempts", "advice"),
}


class PrivateFieldError(Exception):
    """A shared template used a private field."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


class Private:
    """Stands in for a private value in a shared context; any use of it raises."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def refuse(self, *_: object, **__: object) -> NoReturn:
        """Raise the error that names this field."""
        raise PrivateFieldError(self.field)

    __str__ = __bool__ = __iter__ = __len__ = __contains__ = __getitem__ = refuse
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __add__ = __radd__ = refuse
    __int__ = __float__ = __call__ = refuse

    def __repr__(self) -> str:
        return f"Private({self.field!r})"


def hidden(field: str) -> Any:
    """The marker for private `field` (typed Any: it stands where the value would be)."""
    return Private(field)


def kept_or_hidden(shared: bool, field: str, value: Any) -> Any:
    """`value` in a private context, the marker for `field` in a shared one."""
    return Private(field) if shared else value


def check_not_private(value: Any) -> Any:
    """`value`, unless it is a private marker: then the error naming its field."""
    if isinstance(value, Private):
        value.refuse()
    return value
