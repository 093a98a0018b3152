"""The Map step's people list as it was before it was made linear: a verbatim copy of
`pitchkit/gui/map_people.py` at 59b8e99 (the class keeps its name, so its `tr` reads the
same translations), and its row-making code as a function.  The reference for
tests/gui/test_map_people_rows.py.  Do not change it: it pins every row, the scroll
position, the current row and the selection."""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pitchkit.core.model import Project
from pitchkit.gui.fields import stakeholder_label
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.kinds import ALL, LINKS, STAKEHOLDERS, Change
from pitchkit.gui.labels import label
from pitchkit.gui.session import ProjectSession

_ID_ROLE = Qt.ItemDataRole.UserRole


def rows(self, project: Project) -> list[tuple[str, str, str, str]]:
    """(id, text, tooltip, accessible description) of each row, as the old `refill` made them;
    `self` is a MapPeopleList (for its tr)."""
    made = []
    for person in project.stakeholders if project is not None else []:
        text = stakeholder_label(person.name, person.role)
        described = self.tr("{stance}; power {power:g}, interest {interest:g}").format(
            stance=label(person.stance), power=person.power, interest=person.interest)
        made.append((person.id, text, text, "; ".join([described, *MapPeopleList.link_words(self, project, person.id)])))
    return made


class MapPeopleList(QWidget):
    """A find box over the list of the map's people; `person_chosen` names the one to show."""

    #: The id of the person chosen in the list or found by the find box.
    person_chosen = Signal(str)
    #: The Menu key (or a right-click) on a row: the person's id and where (global) to show it.
    links_menu_requested = Signal(str, QPoint)

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
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)

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
            described = self.tr("{stance}; power {power:g}, interest {interest:g}").format(
                stance=label(person.stance), power=person.power, interest=person.interest)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "; ".join([described, *self.link_words(project, person.id)]))
        self._apply_filter(self.find_edit.text())
        self._select(self._session.current_stakeholder)
        self._filling = False

    def link_words(self, project: Project, person_id: str) -> list[str]:
        """Each influence link of `person_id` in words, for a screen reader."""
        names = {p.id: p.name or p.id for p in project.stakeholders}
        strengths = {1: self.tr("weak"), 2: self.tr("moderate"), 3: self.tr("strong")}
        found = []
        for link in project.links:
            if person_id == link.source:
                said = self.tr("influences {name} ({strength})")
            elif person_id == link.target:
                said = self.tr("listens to {name} ({strength})")
            else:
                continue
            other = names.get(link.target if person_id == link.source else link.source, "")
            words = said.format(name=other, strength=strengths.get(link.strength, ""))
            found.append(f"{words}: {link.note}" if link.note else words)
        return found

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

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos) or self.list.currentItem()
        if item is not None:
            self.links_menu_requested.emit(item.data(_ID_ROLE), self.list.viewport().mapToGlobal(pos))

    @Slot(object)
    def _on_current_stakeholder(self, person_id: object) -> None:
        if isinstance(person_id, str):
            self._select(person_id)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind in (ALL, STAKEHOLDERS, LINKS):  # a row describes its person's links
            self._stale = True
            if self.isVisible():
                self.refill()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refill()
        super().showEvent(event)
