"""Small editors the forms share: stakeholder pickers (and the date field, from date_edit)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from pitchkit.gui.date_edit import DateEdit
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.kinds import ALL, STAKEHOLDERS, Change
from pitchkit.gui.session import ProjectSession

__all__ = ["DateEdit", "StakeholderChecklist", "StakeholderCombo", "stakeholder_label"]


def stakeholder_label(name: str, role: str) -> str:
    """How a stakeholder is named in pickers: "Dana Ruiz (CFO)"."""
    return f"{name} ({role})" if role else name


class StakeholderCombo(QComboBox):
    """Pick one stakeholder (item data: the id); optionally a first "none" entry (data None)."""

    def __init__(self, session: ProjectSession, *, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._none_text = none_text
        self._stale = True
        self._wanted_id: str | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        session.changed.connect(self._on_changed)
        # Before anyone else hears the pick, so current_id() already tells it.
        self.activated.connect(self._on_activated)
        self.refill()

    def refill(self) -> None:
        """Re-read the stakeholder list, keeping the current choice."""
        self._stale = False
        current = self._wanted_id
        blocked = self.blockSignals(True)
        self.clear()
        if self._none_text:
            self.addItem(self._none_text, None)
        project = self._session.project
        for person in project.stakeholders if project else []:
            self.addItem(stakeholder_label(person.name, person.role), person.id)
        self.set_current_id(current)
        if self.currentIndex() < 0 and self.count():
            self.setCurrentIndex(0)
        self._wanted_id = self.currentData()
        self.blockSignals(blocked)

    def current_id(self) -> str | None:
        return self._wanted_id if self._stale else self.currentData()

    def set_current_id(self, stakeholder_id: str | None) -> None:
        # Kept even while the list is stale (hidden): the refill on show selects it.
        self._wanted_id = stakeholder_id
        index = self.findData(stakeholder_id) if stakeholder_id is not None else -1
        if index < 0 and self._none_text:
            index = 0
        self.setCurrentIndex(index)

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        self._wanted_id = self.currentData()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (STAKEHOLDERS, ALL):
            self._stale = True
            if self.isVisible():
                self.refill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refill()
        super().showEvent(event)


class StakeholderChecklist(QListWidget):
    """Tick the stakeholders a record concerns; `ids_changed` when the user ticks one."""

    ids_changed = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filling = False
        self._stale = True
        self._checked: list[str] = []
        self.setUniformItemSizes(True)
        show_focus(self)
        # Long names end in "…" with the whole name in the tooltip: no sideways scrolling.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        session.changed.connect(self._on_changed)
        self.itemChanged.connect(self._on_item_changed)
        self.refill()

    def refill(self, checked: list[str] | None = None) -> None:
        """Re-read the stakeholders; `checked` (or the ticks shown now) stay ticked."""
        self._stale = False
        if checked is not None:
            self._checked = list(checked)
        keep = set(self._checked)
        self._filling = True
        self.clear()
        project = self._session.project
        for person in project.stakeholders if project else []:
            item = QListWidgetItem(stakeholder_label(person.name, person.role), self)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in keep else Qt.CheckState.Unchecked)
        self._filling = False

    def checked_ids(self) -> list[str]:
        """Ticked ids (in stakeholder order once the user ticks one)."""
        return list(self._checked)

    def set_checked_ids(self, ids: list[str]) -> None:
        # Kept even while the list is stale (hidden): the refill on show ticks them.
        self._checked = list(ids)
        self._filling = True
        wanted = set(ids)
        for row in range(self.count()):
            item = self.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = False

    @Slot(QListWidgetItem)
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self._checked = [
                self.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.count())
                if self.item(row).checkState() == Qt.CheckState.Checked
            ]
            self.ids_changed.emit()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (STAKEHOLDERS, ALL):
            self._stale = True
            if self.isVisible():
                self.refill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refill()
        super().showEvent(event)
