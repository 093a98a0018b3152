"""The pitch health check as a panel: each finding's severity, the record it concerns, what to do."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.health import Finding
from pitchkit.core.model import Severity
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.labels import label
from pitchkit.gui.wrap_delegate import WrappingDelegate

#: The step that edits a record, by the first part of a finding's `where` (for findings
#: made without a step; the health rules give every finding its step).
_STEP_OF_PLACE = {
    "pitch": "pitch",
    "evidence": "pitch",
    "stakeholders": "stakeholders",
    "links": "map",
    "resistances": "resistances",
    "problems": "problems",
    "strategy": "strategy",
}
#: Severity colours on a light base and on a dark one (each 4.5:1 or better against it).
_COLOURS = {Severity.HIGH: "#b3261e", Severity.MEDIUM: "#8a4d00", Severity.LOW: "#44617b"}
_DARK_COLOURS = {Severity.HIGH: "#ff8a80", Severity.MEDIUM: "#ffb74d", Severity.LOW: "#9ecbff"}
#: What a collection of records is called where a finding names no record of it.
_PLACE_NAMES = {
    "pitch": QT_TRANSLATE_NOOP("HealthPanel", "The pitch"),
    "evidence": QT_TRANSLATE_NOOP("HealthPanel", "The pitch: evidence"),
    "stakeholders": QT_TRANSLATE_NOOP("HealthPanel", "A stakeholder"),
    "links": QT_TRANSLATE_NOOP("HealthPanel", "The map's links"),
    "resistances": QT_TRANSLATE_NOOP("HealthPanel", "A resistance"),
    "problems": QT_TRANSLATE_NOOP("HealthPanel", "A business problem"),
    "strategy": QT_TRANSLATE_NOOP("HealthPanel", "The strategy"),
}
#: The fields a finding can name after its place ("The pitch: deadline"), in words.
_FIELD_NAMES = {
    "budget": QT_TRANSLATE_NOOP("HealthPanel", "budget"),
    "deadline": QT_TRANSLATE_NOOP("HealthPanel", "deadline"),
    "meeting_agreed": QT_TRANSLATE_NOOP("HealthPanel", "what was agreed"),
    "meeting_date": QT_TRANSLATE_NOOP("HealthPanel", "meeting date"),
    "meeting_invitees": QT_TRANSLATE_NOOP("HealthPanel", "invitees"),
    "story": QT_TRANSLATE_NOOP("HealthPanel", "story"),
    "actions": QT_TRANSLATE_NOOP("HealthPanel", "actions"),
    "champion": QT_TRANSLATE_NOOP("HealthPanel", "champion"),
    "sequence": QT_TRANSLATE_NOOP("HealthPanel", "order of conversations"),
}
#: The finding on each row.
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def place_label(finding: Finding) -> str:
    """What a finding concerns, as a person reads it: the record's name, else the place in words.

    "pitch.evidence" reads "The pitch: evidence"; "strategy.champion" "The strategy: champion".
    """
    if finding.label:
        return finding.label
    parts = [part.split("[", 1)[0] for part in finding.where.split(".") if part]
    if not parts:
        return QCoreApplication.translate("HealthPanel", "The pitch")
    if len(parts) > 1 and parts[0] == "pitch" and parts[1] in _PLACE_NAMES:
        parts = parts[1:]
    head = QCoreApplication.translate("HealthPanel", _PLACE_NAMES.get(parts[0], parts[0].replace("_", " ").capitalize()))
    fields = [
        QCoreApplication.translate("HealthPanel", _FIELD_NAMES[part]) if part in _FIELD_NAMES else part.replace("_", " ")
        for part in parts[1:]
    ]
    return ": ".join([head, *fields]) if fields else head


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    """The colour of a severity's name, readable on `palette`'s base (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor((_DARK_COLOURS if dark else _COLOURS).get(severity, "#808080"))


def step_of(finding: Finding) -> str:
    """The key of the step where the record `finding` concerns is edited ("" if none)."""
    if finding.step:
        return finding.step
    head = finding.where.split("[", 1)[0].split(".", 1)[0]
    if head:
        return _STEP_OF_PLACE.get(head, "")
    return "pitch" if not finding.record_id else ""


class HealthPanel(QWidget):
    """The findings, most severe first; activating one asks to go to what it concerns."""

    #: (step key, record id) of an activated finding; the id is "" for the pitch as a whole.
    finding_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)  # a long summary must not widen the panel past the screen
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Concerns"), self.tr("What is wrong — what to do")])
        self.tree.setRootIsDecorated(False)
        # Each row as tall as its wrapped text, so a long finding is read whole in the panel.
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Pitch health findings"))
        show_focus(self.tree)
        metrics = self.tree.fontMetrics()
        self.tree.setColumnWidth(0, metrics.horizontalAdvance(label(Severity.MEDIUM)) + 20)
        self.tree.setColumnWidth(1, metrics.horizontalAdvance("M") * 9)
        # A narrow panel cuts a header's words at the end, "…" showing; the tooltip has them all.
        self.tree.header().setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.headerItem()
        for column in range(3):
            header.setToolTip(column, header.text(column))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

        self.tree.itemActivated.connect(self._on_item_activated)
        self.set_findings([])
        self.heading.setText(self.tr("<b>Pitch health</b> — checking…"))

    def summary(self) -> str:
        """The findings counted by severity, e.g. "2 high, 1 medium"; "" when there are none."""
        counts = Counter(finding.severity for finding in self.findings)
        names = {Severity.HIGH: self.tr("{n} high"), Severity.MEDIUM: self.tr("{n} medium"), Severity.LOW: self.tr("{n} low")}
        return ", ".join(names[s].format(n=counts[s]) for s in (Severity.HIGH, Severity.MEDIUM, Severity.LOW) if counts[s])

    def set_findings(self, findings: list[Finding]) -> None:
        """Show `findings` (already ordered most severe first)."""
        self.findings = list(findings)
        self.tree.clear()
        items = []
        for finding in self.findings:
            item = QTreeWidgetItem(
                [label(finding.severity), place_label(finding), f"{finding.message}\n→ {finding.advice}"]
            )
            item.setForeground(0, QBrush(severity_colour(finding.severity, self.tree.palette())))
            item.setData(0, FINDING_ROLE, finding)
            # The whole finding in words (the command line's line names the record's path).
            item.setToolTip(2, f"{label(finding.severity)} — {place_label(finding)}: {finding.message}\n→ {finding.advice}")
            item.setToolTip(1, place_label(finding))  # the words, never the record path
            items.append(item)
        self.tree.addTopLevelItems(items)
        if self.findings:
            self.heading.setText(self.tr("<b>Pitch health</b> — {summary}; double-click a finding (or press Enter) to go to it").format(
                summary=self.summary()))
        else:
            self.heading.setText(self.tr("<b>Pitch health</b> — nothing to flag"))

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(step_of(finding), finding.record_id)
