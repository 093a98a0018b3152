"""A step that is not built yet: its title, its guidance line and what the page will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from pitchkit.gui.pages.base import StepPage
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step


class PlaceholderPage(StepPage):
    """Stands in for the Map and Generate steps until their pages arrive."""

    def __init__(
        self, session: ProjectSession, step: Step, coming: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step, parent)
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.coming_label = QLabel(coming, panel)
        self.coming_label.setWordWrap(True)
        self.coming_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.coming_label.setTextFormat(Qt.TextFormat.PlainText)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 48, 48, 48)
        inner.addWidget(self.coming_label)
        self.body.addWidget(panel, 1)


def map_placeholder(session: ProjectSession, step: Step, parent: QWidget | None = None) -> PlaceholderPage:
    """The Map step until the power/interest grid is built."""
    return PlaceholderPage(
        session,
        step,
        QCoreApplication.translate(
            "PlaceholderPage",
            "Coming here: the power/interest grid (Key players, Keep satisfied, Keep informed, "
            "Monitor). Drag a person to a new place and their power and interest follow; draw "
            "arrows for who influences whom."
        ),
        parent,
    )


def generate_placeholder(session: ProjectSession, step: Step, parent: QWidget | None = None) -> PlaceholderPage:
    """The Generate step until the preview and export are built."""
    return PlaceholderPage(
        session,
        step,
        QCoreApplication.translate(
            "PlaceholderPage",
            "Coming here: pick a template (full proposal, executive one-pager, stakeholder "
            "briefing, meeting agenda, follow-up email) and an audience, see the live preview, "
            "run the pitch health check and export to Word, PDF, HTML or Markdown. Until then, "
            "use the command line: pitchkit export PROJECT -f docx"
        ),
        parent,
    )
