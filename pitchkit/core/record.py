"""The base of every record in a `.pitchkit` file, and how new ids are made (no Qt)."""

from __future__ import annotations

import os
from typing import Any, ClassVar

import msgspec

#: Where unknown fields of a record are parked between load and save (never written).
UNKNOWN_KEY = "__unknown__"


def new_id(prefix: str) -> str:
    """A fresh id: short, random (so two colleagues adding records never collide), never reused."""
    return f"{prefix}-{os.urandom(4).hex()}"


class Record(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Base of every stored record; keeps fields this version does not know.

    Records never form reference cycles, so they stay out of Python's cycle collector
    (`gc=False`): less collector work on big projects, and a record is never emptied by
    the collector while a Qt object that is being torn down still reads it.

    Unknown fields are refused by the fast typed decoder; the file reader then takes the
    general path, which parks them in `unknown` (UNSET, and so never written, when empty).
    """

    id_prefix: ClassVar[str] = "r"
    unknown: dict[str, Any] | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name=UNKNOWN_KEY)
