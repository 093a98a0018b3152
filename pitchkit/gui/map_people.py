"""The people of the map as a list beside it: find a person (Ctrl+F), and reach every card by keyboard.

Cards are QGraphicsItems, which screen readers do not see.  Rather than an accessible
interface per item, the map keeps this ordinary list of the same people in step with it:
choosing a row selects and centres the card, choosing a card selects the row, and each row
tells a screen reader the person's role, stance, power and interest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pitchkit.gui.fields import stakeholder_label
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.kinds import ALL, STAKEHOLDERS, Change
from pitchkit.gui.session import ProjectSession

_ID_ROLE = Qt.ItemDataRole.UserRole


class MapPeopleList(QWidget):
    """A find box over the list of the map's people; `person_chosen` names the one to show."""

    #: The id of the person chosen in the list or found by the find box.
    person_chosen = Signal(str)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._stale = True
        self._filling = False
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find a person (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Find a person on the map"))
        self.find_edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("People on the map"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        show_focus(self.list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit)
        layout.addWidget(self.list, 1)

        self.find_edit.textEdited.connect(self._on_find_edited)
        self.find_edit.returnPressed.connect(self._on_find_return)
        self.list.currentItemChanged.connect(self._on_current_item)
        session.changed.connect(self._on_changed)
        session.current_stakeholder_changed.connect(self._on_current_stakeholder)

    def refill(self) -> None:
        """Re-read the people, keeping the filter and the current person."""
        self._stale = False
        self._filling = True
        self.list.clear()
        project = self._session.project
        for person in project.stakeholders if project is not None else []:
            item = QListWidgetItem(stakeholder_label(person.name, person.role), self.list)
            item.setData(_ID_ROLE, person.id)
            item.setToolTip(item.text())
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self.tr("{stance}; power {power:g}, interest {interest:g}").format(
                    stance=person.stance.label, power=person.power, interest=person.interest),
            )
        self._apply_filter(self.find_edit.text())
        self._select(self._session.current_stakeholder)
        self._filling = False

    def ids_shown(self) -> list[str]:
        """The ids of the rows the find box leaves visible, in order."""
        return [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count()) if not self.list.item(row).isHidden()]

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    # ----------------------------------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _select(self, person_id: str | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ID_ROLE) == person_id:
                blocked = self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(blocked)
                self.list.scrollToItem(item)
                return

    @Slot(str)
    def _on_find_edited(self, text: str) -> None:
        if self._stale:
            self.refill()
        self._apply_filter(text)
        shown = self.ids_shown()
        if text.strip() and shown:
            self.person_chosen.emit(shown[0])  # find as you type: the first match

    @Slot()
    def _on_find_return(self) -> None:
        shown = self.ids_shown()
        if shown:
            self.person_chosen.emit(shown[0])

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is not None and not self._filling:
            self.person_chosen.emit(item.data(_ID_ROLE))

    @Slot(object)
    def _on_current_stakeholder(self, person_id: object) -> None:
        if isinstance(person_id, str):
            self._select(person_id)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (ALL, STAKEHOLDERS):
            self._stale = True
            if self.isVisible():
                self.refill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refill()
        super().showEvent(event)
