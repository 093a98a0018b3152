"""The right-click menu of an influence arrow on the map: its strength, its note, or delete it;
on a person (or with the Menu key), the same for each of their links.

Each edit is one undo step (`session.set_field`).  The note (what the influence rests on,
`Link.note`) is asked for with `ask_link_note`, which tests replace, and shown as the
arrow's tooltip with the two people's names.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from pitchkit.core.model import Link
from pitchkit.gui.kinds import LINKS
from pitchkit.gui.map_items import EdgeItem, NodeItem

if TYPE_CHECKING:
    from pitchkit.gui.pages.map_page import MapPage


def ask_link_note(parent: QWidget | None, names: str, current: str) -> tuple[str, bool]:
    """The note the user wrote for the link between `names`, and whether they pressed OK."""
    return QInputDialog.getMultiLineText(
        parent, translate("MapPage", "Link Note"),
        translate("MapPage", "What does the influence of {names} rest on?").format(names=names), current,
    )


def _names(page: MapPage, link: Link, named: dict[str, str] | None = None) -> str:
    """"Source → Target" by name (by id for someone unnamed or gone); `named`: id -> name, made once."""
    if named is None:
        project = page.session.project
        people = [project.stakeholder(pid) if project is not None else None for pid in (link.source, link.target)]
        named = {p.id: p.name for p in people if p is not None}
    return f"{named.get(link.source) or link.source} → {named.get(link.target) or link.target}"


def edge_menu(page: MapPage, link: Link) -> QMenu:
    """The menu for `link`: Weak/Moderate/Strong, Edit Note…, Delete link (each acts at once)."""
    menu = QMenu(page)
    strengths = ((1, translate("MapPage", "Weak")), (2, translate("MapPage", "Moderate")), (3, translate("MapPage", "Strong")))
    for strength, label in strengths:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(link.strength == strength)
        action.triggered.connect(partial(_set_strength, page, link, strength))
    menu.addSeparator()
    note = menu.addAction(translate("MapPage", "Edit &Note…"))
    note.setToolTip(translate("MapPage", "What the influence rests on"))
    note.triggered.connect(partial(edit_link_note, page, link))
    delete = menu.addAction(translate("MapPage", "Delete link"))
    delete.triggered.connect(partial(delete_link, page, link))  # this one: from a person's menu it is not selected
    return menu


def delete_link(page: MapPage, link: Link, _checked: bool = False) -> None:
    """Delete `link` (one undo step)."""
    page.session.remove_records(LINKS, [link], text=translate("MapPage", "Delete link"))


def show_person_links_menu(page: MapPage, person_id: str, where: QPoint) -> None:
    """The menu of `person_id`'s links at `where` (global): the Menu key on the people list."""
    menu = person_links_menu(page, person_id)
    if menu is not None:
        popup(menu, where)
        menu.deleteLater()


def person_links_menu(page: MapPage, person_id: str) -> QMenu | None:
    """A menu of `person_id`'s links, each with its own menu (None when they have none).

    With the keyboard (the Menu key, or Shift+F10, on the map) this is how a link is reached:
    arrows cannot be selected without a mouse, people can.
    """
    project = page.session.project
    links = [link for link in project.links if person_id in (link.source, link.target)] if project else []
    if not links:
        return None
    menu = QMenu(page)
    for link in links:
        menu.addMenu(edge_menu(page, link)).setText(_names(page, link))
    return menu


def show_edge_menu(page: MapPage, pos: QPoint) -> None:
    """Offer the menu of the arrow at `pos` (viewport coordinates), else the links of the
    person there or of the selected person."""
    item = page.view.itemAt(pos)
    project = page.session.project
    if project is None:
        return
    link = next((link for link in project.links if link.id == item.id), None) if isinstance(item, EdgeItem) else None
    if link is not None:
        page.scene.clearSelection()
        item.setSelected(True)
        menu: QMenu | None = edge_menu(page, link)
    else:
        person = item.id if isinstance(item, NodeItem) else page.session.current_stakeholder
        menu = person_links_menu(page, person) if person else None
    if menu is not None:
        popup(menu, page.view.viewport().mapToGlobal(pos))
        menu.deleteLater()


def popup(menu: QMenu, where: QPoint) -> None:
    """Show `menu` at `where` until the user picks or leaves (tests replace this)."""
    menu.exec(where)


def _set_strength(page: MapPage, link: Link, strength: int, _checked: bool = False) -> None:
    if link.strength != strength:
        page.session.set_field(LINKS, link, "strength", strength)


def edit_link_note(page: MapPage, link: Link, _checked: bool = False) -> None:
    """Ask for the link's note and set it (one undo step); nothing changes on Cancel."""
    text, accepted = ask_link_note(page, _names(page, link), link.note)
    text = text.strip()
    if accepted and text != link.note:
        page.session.set_field(LINKS, link, "note", text)


def describe_edges(page: MapPage) -> None:
    """Each arrow's tooltip: who influences whom, and the note when there is one."""
    project = page.session.project
    # The names looked up once, not by a search through everyone twice an arrow.
    named: dict[str, str] = {}
    for person in project.stakeholders if project is not None else []:
        named.setdefault(person.id, person.name)  # the first of an id, as Project.stakeholder finds
    for link in project.links if project is not None else []:
        edge = page.scene.edges.get(link.id)
        if edge is not None:
            names = _names(page, link, named)
            edge.setToolTip(f"{names}\n{link.note}" if link.note else names)


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate
