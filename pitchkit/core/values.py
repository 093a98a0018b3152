"""The values the model's records hold: constrained scalars, and the enums.

`StakeholderRef` is an `Id` that declares a reference (see pitchkit/core/references.py);
a field that holds the id of another kind of record gets an alias like it here.
"""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec

Score = Annotated[float, msgspec.Meta(ge=0, le=10, description="0 (none) to 10 (highest)")]
Strength = Annotated[int, msgspec.Meta(ge=1, le=3, description="1 weak, 2 moderate, 3 strong")]
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Text = Annotated[str, msgspec.Meta(max_length=100_000)]

#: The `msgspec.Meta.extra` key that marks a field as a reference: its value is the kind
#: (the collection name) of the records it names.  pitchkit/core/references.py walks them.
REFERS_TO = "refers_to"
#: The id of a stakeholder in the same file.
StakeholderRef = Annotated[Id, msgspec.Meta(extra={REFERS_TO: "stakeholders"})]

#: Marks an id-like field that is deliberately not a reference (the value says why), so the
#: reference check and delete-and-restore leave it alone.
NOT_A_REFERENCE = "not_a_reference"

#: A project's own id, shared by every copy of it ("" until the app first saves it).
ProjectId = Annotated[
    str,
    msgspec.Meta(
        max_length=64, pattern=r"^[A-Za-z0-9_.:-]*$",
        extra={NOT_A_REFERENCE: "the project's own id, the same in every copy"},
    ),
]
#: The id of the record a merge conflict is about; that record may be gone (deleted on one side).
ConflictRecordId = Annotated[
    str, msgspec.Meta(max_length=200, extra={NOT_A_REFERENCE: "names a record that may have been deleted"})
]


class Stance(enum.StrEnum):
    """Engagement level (PMI stakeholder engagement assessment matrix), lowest first."""

    UNAWARE = "unaware"
    RESISTANT = "resistant"
    NEUTRAL = "neutral"
    SUPPORTIVE = "supportive"
    LEADING = "leading"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        return list(Stance).index(self)


class Severity(enum.StrEnum):
    """How much a resistance could stop the pitch."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ResistanceStatus(enum.StrEnum):
    """Where the work on one resistance stands."""

    OPEN = "open"
    ADDRESSING = "addressing"
    RESOLVED = "resolved"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ActionKind(enum.StrEnum):
    """'Do rather than say': what kind of action moves a stakeholder."""

    DEMO = "demo"
    PILOT = "pilot"
    STORY = "story"
    MEETING = "meeting"
    PRE_WIRE = "pre-wire"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"pre-wire": "Pre-wiring conversation"}.get(self.value, self.value.capitalize())


class ConflictReason(enum.StrEnum):
    """Why a merge could not decide a value by itself."""

    BOTH_CHANGED = "both-changed"  # the same field changed two ways
    DELETED_AND_CHANGED = "deleted-and-changed"  # one side deleted the record, the other edited it
    REFERENCE_DELETED = "reference-deleted"  # a link to a stakeholder the other side deleted
    DIFFERENT = "different"  # a two-way merge (no common version): the copies differ here
