"""How the template sandbox reads the render context: quickly for views, never a private field.

Every `{{ s.name }}` and every `map(attribute=...)`, `selectattr` or `sort(attribute=...)`
over a list of people is an attribute look-up the sandbox guards.  A big project's document
makes tens of thousands of them, so the guard's answers are worked out once: per (type,
name) for any object (Jinja's answer depends on nothing else), and for the context's views
(context_views.py, context_plan.py) once per view class.  A private field of a shared
document's context is refused when it is named, not only when it is printed
(context_private.py).
"""

from __future__ import annotations

from typing import Any

import msgspec

from pitchkit.documents.context_private import Private, check_not_private
from pitchkit.documents.context_views import view_fields
from pitchkit.documents.sandbox_limits import LimitedSandbox

_VIEW_FIELDS: dict[type, frozenset[str]] = {}


def _view_fields(cls: type) -> frozenset[str]:
    """The public data fields of a context view class (none for any other type).

    A view (context_views.py, context_plan.py: a frozen struct with a `FIELDS` table) holds
    plain data in fields that are always set, and its public names are safe by Jinja's own
    rules (no underscore, not a function, not a known mutable), so the sandbox may read them
    without asking again: the same answers as Jinja's, a fraction of the work, for the
    thousands of look-ups a big project's document makes.
    """
    fields = _VIEW_FIELDS.get(cls)
    if fields is None:
        view = cls.__module__.startswith("pitchkit.documents.") and hasattr(cls, "FIELDS") and issubclass(cls, msgspec.Struct)
        fields = frozenset(name for name in view_fields(cls) if not name.startswith("_")) if view else frozenset()
        _VIEW_FIELDS[cls] = fields
    return fields


class ViewSandbox(LimitedSandbox):
    """The bounded sandbox with remembered answers and private fields refused on access."""

    #: Distinct (type, attribute) answers remembered per environment.
    SAFE_ATTRIBUTE_MEMO = 4096

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        # Jinja's answer depends only on the object's type and the name (isinstance tests
        # and name lists), and a template over a big project asks it tens of thousands of
        # times, so each (type, name) is decided once.
        memo: dict[tuple[type, str], bool] = self.__dict__.setdefault("_safe_attributes", {})
        key = (type(obj), attr)
        safe = memo.get(key)
        if safe is None:
            safe = super().is_safe_attribute(obj, attr, value)
            if len(memo) < self.SAFE_ATTRIBUTE_MEMO:
                memo[key] = safe
        return safe

    def getattr(self, obj: Any, attribute: str) -> Any:
        # A private field of a shared document's context is refused when it is named,
        # not only when it is printed (context_private.py).  `{{ s.name }}` comes here once
        # per person and field: the view path is kept to a dictionary look-up.
        fields = _VIEW_FIELDS.get(type(obj))
        if attribute in (_view_fields(type(obj)) if fields is None else fields):
            value = getattr(obj, attribute)
            if isinstance(value, Private):
                value.refuse()
            return value
        return check_not_private(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        # `map(attribute=...)`, `selectattr` and `sort(attribute=...)` come here: Jinja tries
        # `obj[name]` first, which a view refuses with an exception, then the attribute.
        if type(argument) is str and argument in _view_fields(type(obj)):
            return check_not_private(getattr(obj, argument))
        return check_not_private(super().getitem(obj, argument))
