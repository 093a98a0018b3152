"""The Conflicts panel: each conflict a merge recorded, base / ours / theirs side by side,
settled by picking a side or typing a value (each choice one undo step)."""

from __future__ import annotations

import html
import json
from typing import Any

import msgspec
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.conflicts import (
    ABSENT,
    Choice,
    conflict_place,
    dependents,
    field_value,
    field_words,
    reason_text,
    record_lines,
    record_name,
    resolve,
)
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import Conflict
from pitchkit.core.say import word
from pitchkit.gui import prompts
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.kinds import Change
from pitchkit.gui.merge_commands import ReplaceProjectCommand
from pitchkit.gui.session import ProjectSession


def _shown(value: Any, names: dict[str, str], kind: str = "", field: str = "") -> str:
    """A recorded value as a person reads it: a record as "field: value" lines, people by name."""
    if value is None:
        return word(ABSENT)
    said = field_value(kind, field, value)
    if said is not None:
        return said
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(names.get(item, item) for item in value)
    if isinstance(value, dict):
        return "\n".join(record_lines(value, kind, names))
    return json.dumps(value, ensure_ascii=False)


class ConflictsPanel(QDockWidget):
    """The recorded conflicts of the open project, and the choice for the one selected."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conflicts"), parent)
        self.setObjectName("conflicts_panel")
        self.session = session
        self.list = QListWidget(self)
        show_focus(self.list)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.values: dict[str, QPlainTextEdit] = {}
        self.titles: dict[str, QLabel] = {}
        grid = QGridLayout()
        sides = (
            ("base", self.tr("Before (the version you both started from)")),
            ("ours", self.tr("Your version (in the project now)")),
            ("theirs", self.tr("Their copy")),
        )
        for column, (side, title) in enumerate(sides):
            view = QPlainTextEdit(self)
            view.setReadOnly(True)
            self.values[side] = view
            self.titles[side] = QLabel(title, self)
            grid.addWidget(self.titles[side], 0, column)
            grid.addWidget(view, 1, column)
        self.keep_ours = QPushButton(self.tr("Keep Your Version"), self)
        self.take_theirs = QPushButton(self.tr("Take Their Copy"), self)
        self.use_base = QPushButton(self.tr("Go Back to Before"), self)
        self._hidden_when_settled = False
        self.own_value = QPlainTextEdit(self)
        self.own_value.setPlaceholderText(self.tr("Or write the text you want here"))
        self.own_value.setMaximumHeight(70)
        self.use_own = QPushButton(self.tr("Use This Text"), self)

        buttons = QHBoxLayout()
        for button in (self.keep_ours, self.take_theirs, self.use_base):
            buttons.addWidget(button)
        buttons.addStretch(1)
        own = QHBoxLayout()
        own.addWidget(self.own_value, 1)
        own.addWidget(self.use_own)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.addWidget(self.summary)
        column.addLayout(grid, 1)
        column.addLayout(buttons)
        column.addLayout(own)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        # In a low window the dock keeps a third of the height and the choice scrolls in it.
        scroller = QScrollArea(self)
        scroller.setObjectName("conflict_detail")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(detail)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(1, 3)
        self.setWidget(splitter)

        self.list.currentRowChanged.connect(self._show_current)
        self.keep_ours.clicked.connect(self._keep_ours)
        self.take_theirs.clicked.connect(self._take_theirs)
        self.use_base.clicked.connect(self._use_base)
        self.use_own.clicked.connect(self._use_own)
        session.changed.connect(self._on_changed)
        self.refresh()

    # --- showing --------------------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """The conflicts still to settle."""
        project = self.session.project
        return [] if project is None else list(project.conflicts)

    def refresh(self) -> None:
        """Fill the list again from the project, keeping the row where it was."""
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        project = self.session.project
        for conflict in self.conflicts():
            field = field_words(conflict.field) or self.tr("whole record")
            item = QListWidgetItem(f"{record_name(project, conflict)} — {field}", self.list)  # type: ignore[arg-type]
            item.setToolTip(item.text())  # the list elides long ones at the end
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
        count = self.list.count()
        self.setWindowTitle(self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts"))
        if count:
            self.list.setCurrentRow(min(row, count - 1))
        self._show_current(self.list.currentRow())

    def current(self) -> Conflict | None:
        """The conflict selected in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts() if c.id == wanted), None)

    @Slot(int)
    def _show_current(self, row: int) -> None:
        conflict = self.current()
        project = self.session.project
        names = {} if project is None else {p.id: p.name or p.id for p in project.stakeholders}
        for side, view in self.values.items():
            view.setPlainText("" if conflict is None else _shown(getattr(conflict, side), names, conflict.kind, conflict.field))
        for button in (self.keep_ours, self.take_theirs, self.use_base):
            button.setEnabled(conflict is not None)
        # Taking a side where the record is not there deletes it: say so on the button.
        gone = {side: conflict is not None and not conflict.field and getattr(conflict, side) is None for side in ("ours", "theirs", "base")}
        self.keep_ours.setText(self.tr("Keep Your Version (Deleted)") if gone["ours"] else self.tr("Keep Your Version"))
        self.take_theirs.setText(self.tr("Take Their Copy (Delete It)") if gone["theirs"] else self.tr("Take Their Copy"))
        self.use_base.setText(self.tr("Go Back to Before (Leave It Out)") if gone["base"] else self.tr("Go Back to Before"))
        editable = conflict is not None and conflict.field != "" and any(isinstance(getattr(conflict, s), str) for s in ("ours", "theirs"))
        self.own_value.setEnabled(editable)
        self.use_own.setEnabled(editable)
        self.own_value.setPlainText(conflict.ours if editable and conflict is not None and isinstance(conflict.ours, str) else "")
        if conflict is None:
            self.summary.setText(self.tr("No conflicts left to settle."))
        else:
            why = self._why(conflict)
            what = self._kind_label(conflict.kind)
            field = field_words(conflict.field) or self.tr("the whole record")
            name = record_name(self.session.project, conflict)  # type: ignore[arg-type]
            named = html.escape(f"{name} ({what})" if what else name)  # a name is text, not markup
            text = self.tr("<b>{named}</b>, {field}: {why}. Your version stays in the project until you choose.").format(
                named=named, field=field, why=why)
            going_with = self._going_with(conflict)
            if going_with == 1:
                text += " " + self.tr("Taking their copy brings back the record that went with them (a link, "
                                      "resistance or talking point) and their places in lists; keeping your "
                                      "version leaves them out.")
            elif going_with:
                text += " " + self.tr("Taking their copy brings back the {count} records that went with them "
                                      "(links, resistances, talking points) and their places in lists; keeping "
                                      "your version leaves them out."
                                      ).format(count=going_with)
            self.summary.setText(text)
            self.summary.setToolTip(conflict_place(conflict))

    def _going_with(self, conflict: Conflict) -> int:
        """How many recorded records a person deleted in your version takes with them."""
        if conflict.kind != "stakeholders" or conflict.field or conflict.ours is not None:
            return 0
        return len(dependents([msgspec.to_builtins(c) for c in self.conflicts()], conflict.record_id))

    def _why(self, conflict: Conflict) -> str:
        """Why it is a conflict, saying which copy did what."""
        reason = conflict.reason.value
        if reason == "both-changed":
            return self.tr("changed in your version and in their copy")
        if reason == "deleted-and-changed":
            if conflict.theirs is None:
                return self.tr("deleted in their copy, changed in your version")
            return self.tr("deleted in your version, changed in their copy")
        if reason == "reference-deleted" and conflict.kind == "stakeholders":
            return self.tr("deleted in their copy, but your version still refers to them")
        if reason == "reference-deleted":
            return self.tr("their copy refers to someone deleted in your version")
        return self.tr(reason_text(conflict))

    def _kind_label(self, kind: str) -> str:
        labels = {
            "stakeholders": self.tr("stakeholder"), "links": self.tr("influence link"),
            "resistances": self.tr("resistance"), "problems": self.tr("business problem"),
            "pitch.evidence": self.tr("evidence"), "strategy.talking_points": self.tr("talking point"),
            "strategy.actions": self.tr("action"), "strategy.attempts": self.tr("attempt"),
            "strategy.busy_periods": self.tr("busy period"),
        }
        return labels.get(kind, "")

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        self.refresh()
        # Out of the way once all are settled; back if an undo brings one back.
        if not self.list.count() and self.isVisible():
            self._hidden_when_settled = True
            self.hide()
        elif self.list.count() and self._hidden_when_settled:
            self._hidden_when_settled = False
            self.show()

    # --- choosing -------------------------------------------------------------------------------

    def choose(self, choice: Choice) -> bool:
        """Settle the selected conflict as `choice` (one undo step); False if it could not be."""
        conflict, project = self.current(), self.session.project
        if conflict is None or project is None:
            return False
        try:
            settled = resolve(project, {conflict.id: choice})
        except ProjectError as err:
            prompts.show_error(self, str(err), title=self.tr("Cannot Use That Value"))
            return False
        field = field_words(conflict.field) or self.tr("record")
        label = self.tr("Settle “{name}”, {field}").format(name=record_name(project, conflict), field=field)
        self.session.undo_stack.push(ReplaceProjectCommand(self.session, settled, label))
        return True

    @Slot()
    def _keep_ours(self) -> None:
        self.choose(Choice("ours"))

    @Slot()
    def _take_theirs(self) -> None:
        self.choose(Choice("theirs"))

    @Slot()
    def _use_base(self) -> None:
        self.choose(Choice("base"))

    @Slot()
    def _use_own(self) -> None:
        self.choose(Choice("edit", self.own_value.toPlainText()))
