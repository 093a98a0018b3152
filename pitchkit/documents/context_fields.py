"""Where every field of the model reaches the templates, or why it does not.

A field of a record reaches templates under its own name in the record's view
(`VIEW_OF`), or elsewhere (`SHOWN_ELSEWHERE`), or is kept from templates on purpose
(`INTERNAL`).  tests/documents/test_context_fields.py fails for a model field in none of
these, so a new field is either shown to template authors or declared internal.
"""

from __future__ import annotations

from pitchkit.core.model import (
    Action,
    Advice,
    Attempt,
    BusyPeriod,
    Conflict,
    Evidence,
    Link,
    Pitch,
    Problem,
    Project,
    Record,
    Resistance,
    Stakeholder,
    Strategy,
    TalkingPoint,
)
from pitchkit.documents.context_plan import (
    ActionView,
    AdviceView,
    AttemptView,
    BusyPeriodView,
    StrategyView,
)
from pitchkit.documents.context_views import (
    EvidenceView,
    LinkView,
    PitchView,
    ProblemView,
    ProjectView,
    ResistanceView,
    StakeholderView,
)

#: Each record type -> the view templates see it through (None: it has no view of its own).
VIEW_OF: dict[type[Record], type | None] = {
    Project: ProjectView,
    Pitch: PitchView,
    Evidence: EvidenceView,
    Stakeholder: StakeholderView,
    Link: LinkView,
    Resistance: ResistanceView,
    Problem: ProblemView,
    Strategy: StrategyView,
    TalkingPoint: None,
    Action: ActionView,
    Attempt: AttemptView,
    BusyPeriod: BusyPeriodView,
    Advice: AdviceView,
    Conflict: None,
}

#: Fields templates see somewhere other than their record's view: (record, field) -> where.
#: Each place is a top-level name, or `View.attribute`.
SHOWN_ELSEWHERE: dict[tuple[type[Record], str], str] = {
    (Project, "pitch"): "pitch",
    (Project, "language"): "language",
    (Project, "stakeholders"): "stakeholders",
    (Project, "links"): "links",
    (Project, "resistances"): "resistances",
    (Project, "problems"): "problems",
    (Project, "strategy"): "strategy",
    (Strategy, "talking_points"): "StakeholderView.talking_points",
    (TalkingPoint, "text"): "StakeholderView.talking_points",
    (TalkingPoint, "stakeholder"): "StakeholderView.talking_points",
}

#: Fields templates never see, and why.
INTERNAL: dict[tuple[type[Record], str], str] = {
    (Project, "format"): "the file header: the same in every project",
    (Project, "version"): "the file header: which format the file was written in",
    (Evidence, "id"): "identifies the record in the file; nothing in a document refers to it",
    (Link, "id"): "identifies the record in the file; nothing in a document refers to it",
    (TalkingPoint, "id"): "identifies the record in the file; nothing in a document refers to it",
    (Action, "id"): "identifies the record in the file; nothing in a document refers to it",
    (Attempt, "id"): "identifies the record in the file; nothing in a document refers to it",
    (Advice, "id"): "identifies the record in the file; nothing in a document refers to it",
    (BusyPeriod, "id"): "identifies the record in the file; nothing in a document refers to it",
    (Project, "project_id"): "ties copies of one project together for merging; means nothing to a reader",
    (Project, "conflicts"): "a merge's undecided values, settled in the app; they hold other copies' private values",
    **{(Conflict, name): "part of a merge conflict (never in documents)"
       for name in ("id", "kind", "record_id", "field", "reason", "base", "ours", "theirs")},
    (Stakeholder, "email"): "a contact detail: only the email export reads it (the To: line of the draft)",
}
