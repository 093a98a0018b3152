"""Lookups of the context worked out once, so templates need no long filter chains.

A template that picks records out of a big list with `selectattr`/`map` chains walks the
list once per chain, through the sandbox's guarded attribute access: the proposal's risk
table asked for every open objection's pattern sixteen times, 6,000 guarded look-ups on a
200-person project.  These names give the same selections ready-made, in project order;
the chains still work (docs/templates.md, "Context reference").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pitchkit.documents.context_views import ResistanceView, StakeholderView

#: The status label of an objection that needs no more work (ResistanceView.status).
RESOLVED = "Resolved"


def groups(
    people: Iterable[StakeholderView], resistances: Iterable[ResistanceView]
) -> dict[str, Any]:
    """The top-level names this module adds: `decision_makers`, `open_resistances`, `open_by_pattern`."""
    open_ones = tuple(r for r in resistances if r.status != RESOLVED)
    by_pattern: dict[str, list[ResistanceView]] = {}
    for resistance in open_ones:
        key = resistance.pattern_info.id if resistance.pattern_info is not None else ""
        by_pattern.setdefault(key, []).append(resistance)
    return {
        "decision_makers": tuple(p for p in people if p.decision_maker),
        "open_resistances": open_ones,
        "open_by_pattern": {key: tuple(found) for key, found in by_pattern.items()},
    }
