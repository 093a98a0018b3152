"""The Map step's toolbar, laid out to fit a 1024-pixel-wide window, every command reachable.

The zoom commands show "+" and "−" on the toolbar (their names are in the tooltip, the
accessible name and the shortcut list), and the two picture exports share one Export
button with a menu, so the row fits at 1024 pixels in English and in Dutch.  Should the
window be narrower still, the toolbar's own extension button (») holds what does not fit.
Every button takes keyboard focus (Tab), including the extension button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from pitchkit.gui.focus_frame import show_button_focus

if TYPE_CHECKING:
    from pitchkit.gui.pages.map_page import MapPage


def fill_toolbar(page: MapPage) -> QToolBar:
    """Put the map's actions on `page.toolbar`, the exports behind one menu button."""
    toolbar = page.toolbar
    toolbar.layout().setSpacing(0)  # the buttons' own frames keep them apart
    page.zoom_in_action.setIconText("+")
    page.zoom_out_action.setIconText("−")
    groups = (
        (page.grid_action, page.network_action),
        (page.link_action, page.delete_link_action, page.route_action),
        (page.zoom_in_action, page.zoom_out_action, page.fit_action),
    )
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action in group:
            toolbar.addAction(action)
    toolbar.addSeparator()
    page.export_menu = QMenu(page)
    page.export_menu.addAction(page.png_action)
    page.export_menu.addAction(page.svg_action)
    page.export_button = QToolButton(toolbar)
    page.export_button.setText(translate("MapPage", "E&xport Map"))
    page.export_button.setToolTip(translate("MapPage", "Save the map as a PNG picture or an SVG drawing"))
    page.export_button.setAccessibleName(page.export_button.text().replace("&", ""))
    page.export_button.setMenu(page.export_menu)
    page.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    toolbar.addWidget(page.export_button)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            show_button_focus(button)
            if action.text():
                button.setAccessibleName(action.text().replace("&", ""))
    extension = toolbar.findChild(QWidget, "qt_toolbar_ext_button")
    if extension is not None:
        extension.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        extension.setAccessibleName(translate("MapPage", "More map commands"))
    return toolbar


#: Called by this name so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate
