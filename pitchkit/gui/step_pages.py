"""The main window's step pages: which class makes each, and building each one the first
time it is shown, so the first screen does not wait for six pages nobody is looking at yet."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QWidget

from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step

PageFactory = Callable[[ProjectSession, Step, QWidget], QWidget]


def _imported(module: str, name: str) -> PageFactory:
    """A factory that imports `module` only when the first page of its kind is made."""

    def make(session: ProjectSession, step: Step, parent: QWidget) -> QWidget:
        factory: PageFactory = getattr(importlib.import_module(module), name)
        return factory(session, step, parent)

    return make


#: The page for each step; the Map and Generate pages plug in here.  A page's module is
#: imported, and the page built, the first time its step is shown (or its page asked for):
#: the first screen should not wait for six pages nobody is looking at yet.
PAGE_FACTORIES: dict[str, PageFactory] = {
    "pitch": _imported("pitchkit.gui.pages.pitch_page", "PitchPage"),
    "stakeholders": _imported("pitchkit.gui.pages.stakeholders_page", "StakeholdersPage"),
    "map": _imported("pitchkit.gui.pages.map_page", "MapPage"),
    "resistances": _imported("pitchkit.gui.pages.resistances_page", "ResistancesPage"),
    "problems": _imported("pitchkit.gui.pages.problems_page", "ProblemsPage"),
    "strategy": _imported("pitchkit.gui.pages.strategy_page", "StrategyPage"),
    "generate": _imported("pitchkit.gui.pages.generate_page", "GeneratePage"),
}


class StepPages(Mapping[str, QWidget]):
    """The window's step pages by key; each is built the first time it is asked for.

    Reading `pages[key]` (or `.get`, `.values()`) builds what it returns, so callers never
    see a missing page; `built()` lists only the pages that exist so far.
    """

    def __init__(self, keys: list[str], build: Callable[[str], QWidget]) -> None:
        self._keys = keys
        self._build = build
        self._pages: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            if key not in self._keys:
                raise KeyError(key)
            page = self._pages[key] = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def is_built(self, key: str) -> bool:
        return key in self._pages

    def built(self) -> list[QWidget]:
        """The pages made so far, in the order they were made."""
        return list(self._pages.values())
