"""The step list down the side of the window, marking the steps that are not done yet."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from pitchkit.core.model import Project
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.icons import icon
from pitchkit.gui.steps import Step, health_missing

#: Why a step is incomplete ("" when it is complete), on each item.
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1


class StepSidebar(QListWidget):
    """One row per step; a marker and a tooltip say what is missing."""

    def __init__(self, steps: list[Step], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self.setAccessibleName(self.tr("Steps"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(14, 14))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        show_focus(self)
        for number, step in enumerate(steps, start=1):
            item = QListWidgetItem(f"{number}  {step.title}", self)
            item.setData(MISSING_ROLE, "")
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(f"0  {step.title}") for step in steps)
        self.setMinimumWidth(widest + 14 + 48)
        self.setMaximumWidth(widest + 14 + 96)
        self._natural_width = widest + 14 + 56

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        # As wide as the longest step name, not Qt's 256 pixels: on a 1024-pixel screen the
        # page beside it needs the room (the splitter still lets the user widen the list).
        return QSize(self._natural_width, super().sizeHint().height())

    def missing(self, row: int) -> str:
        """Why step `row` is incomplete ("" when it is complete)."""
        return self.item(row).data(MISSING_ROLE)

    def update_markers(self, project: Project | None, *, high_findings: int = 0) -> None:
        """Re-check every step against `project` and the health check's latest count.

        `high_findings` comes from a check made in the background (the main window keeps
        it); the checks here are cheap ones that can run after every edit.
        """
        for row, step in enumerate(self._steps):
            item = self.item(row)
            missing = step.missing(project) if project is not None else ""
            if not missing and step.needs_health and project is not None:
                missing = health_missing(high_findings)
            item.setData(MISSING_ROLE, missing)
            item.setIcon(icon("incomplete") if missing else icon("complete"))
            tip = step.guidance if not missing else self.tr("Incomplete: {why}").format(why=missing)
            item.setToolTip(tip)
            status = self.tr("incomplete") if missing else self.tr("complete")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f"{status}. {missing}".strip())
