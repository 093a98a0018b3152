"""The right-click menu of an influence arrow on the map: its strength, or delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from pitchkit.gui.kinds import LINKS
from pitchkit.gui.map_items import EdgeItem

if TYPE_CHECKING:
    from pitchkit.gui.pages.map_page import MapPage


def show_edge_menu(page: MapPage, pos: QPoint) -> None:
    """Offer Weak/Moderate/Strong and Delete for the arrow at `pos` (viewport coordinates)."""
    item = page.view.itemAt(pos)
    project = page.session.project
    if not isinstance(item, EdgeItem) or project is None:
        return
    link = next((link for link in project.links if link.id == item.id), None)
    if link is None:
        return
    page.scene.clearSelection()
    item.setSelected(True)
    menu = QMenu(page)
    for strength, label in ((1, translate("MapPage", "Weak")), (2, translate("MapPage", "Moderate")), (3, translate("MapPage", "Strong"))):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(link.strength == strength)
        action.setData(strength)
    menu.addSeparator()
    delete = menu.addAction(translate("MapPage", "Delete link"))
    chosen = menu.exec(page.view.viewport().mapToGlobal(pos))
    if chosen is delete:
        page.delete_selected_links()
    elif chosen is not None and chosen.data():
        page.session.set_field(LINKS, link, "strength", int(chosen.data()))


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate
