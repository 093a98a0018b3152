"""Empty-state hints: on a step with nothing in it yet, what to enter, why, and an example."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from pitchkit.core.model import Project
from pitchkit.gui.kinds import Change
from pitchkit.gui.session import ProjectSession

#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def _strategy_empty(project: Project) -> bool:
    strategy = project.strategy
    return strategy.champion is None and not (
        strategy.sequence or strategy.actions or strategy.attempts or strategy.talking_points or strategy.busy_periods
    )


#: Whether each step has nothing in it yet.
IS_EMPTY: dict[str, Callable[[Project], bool]] = {
    "pitch": lambda p: not (p.title.strip() or p.pitch.initiative.strip() or p.pitch.ask.strip()),
    "stakeholders": lambda p: not p.stakeholders,
    "map": lambda p: not p.stakeholders,
    "resistances": lambda p: not p.resistances,
    "problems": lambda p: not p.problems,
    "strategy": _strategy_empty,
    "generate": lambda p: not (p.pitch.initiative.strip() or p.stakeholders),
}


def hint_text(key: str) -> str:
    """The hint of step `key`: what to enter and why, then a one-line example."""
    hints = {
        "pitch": (translate("empty_hints", "Start with one sentence on what you propose and one on what you ask for: every document opens with them."),
                  translate("empty_hints", "“A six-week peer-learning pilot for new dispatchers; we ask for two hours a week of their time.”")),
        "stakeholders": (translate("empty_hints", "Add each person whose yes, no or silence matters, with how much say they have and where they stand, so the map and the documents can speak to them."),
                         translate("empty_hints", "“Dana Ruiz, CFO: power 9, interest 4, resistant.”")),
        "map": (translate("empty_hints", "The map fills once there are stakeholders (add them on the Stakeholders step). Here you place people by power and interest, and Shift-drag from one card to another to show who listens to whom."),
                translate("empty_hints", "the HR director influences the CFO.")),
        "resistances": (translate("empty_hints", "Note each objection as you heard it and the worry underneath, so every document can answer it before it is raised."),
                        translate("empty_hints", "“We tried e-learning and nobody finished it”; the concern: time wasted again.")),
        "problems": (translate("empty_hints", "Describe each problem in the stakeholder's own words, with a number that measures it and a target, so the pitch talks about their results, not about training."),
                     translate("empty_hints", "“New drivers take too long to work alone”: time to competence 12 weeks, target 8.")),
        "strategy": (translate("empty_hints", "Choose a champion and the order of your conversations, so you begin where support is easiest to win and build on it."),
                     translate("empty_hints", "see Ben Okafor (HR) first, then the CFO with his backing.")),
        "generate": (translate("empty_hints", "Fill in the pitch and add stakeholders first; then choose a document and an audience here, check the preview and export it."),
                     translate("empty_hints", "a one-page briefing for the CFO as a Word file.")),
    }
    what, example = hints[key]
    return translate("empty_hints", "<b>Nothing here yet.</b> {what}<br><i>For example:</i> {example}").format(what=what, example=example)


class EmptyStateHint(QLabel):
    """Shown above a step's content while the step is empty; hidden as soon as it has content."""

    def __init__(self, session: ProjectSession, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._key = key
        self.setObjectName("empty_hint")
        self.setWordWrap(True)
        self.setMargin(8)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hide()
        if key in IS_EMPTY:
            session.changed.connect(self._on_changed)
            self.update_shown()

    def update_shown(self) -> None:
        """Show the hint (filling its text the first time) while the step is empty."""
        project = self._session.project
        empty = project is not None and IS_EMPTY[self._key](project)
        if empty and not self.text():
            self.setText(hint_text(self._key))
            self.setAccessibleName(translate("empty_hints", "Hint"))
        self.setVisible(empty)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        self.update_shown()
