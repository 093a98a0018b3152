"""The Map step: the live power/interest grid and influence network, and pictures of it."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QSplitter, QToolBar, QWidget

from pitchkit.core.map_layout import STANCE_COLOURS, MapLayout, layout_map, style_for, values_for
from pitchkit.core.model import Link, Project, Stance, new_id
from pitchkit.core.network_layout import network_layout
from pitchkit.core.safe_write import write_atomic
from pitchkit.gui import prompts
from pitchkit.gui.focus_frame import tab_chain
from pitchkit.gui.kinds import ALL, LINKS, STAKEHOLDERS, STRATEGY, Change
from pitchkit.gui.labels import label
from pitchkit.gui.map_commands import move_stakeholders
from pitchkit.gui.map_edge_menu import describe_edges, show_edge_menu, show_person_links_menu
from pitchkit.gui.map_items import NodeItem
from pitchkit.gui.map_people import MapPeopleList
from pitchkit.gui.map_route import route_to_decision_maker
from pitchkit.gui.map_scene import MapScene
from pitchkit.gui.map_toolbar import fill_toolbar
from pitchkit.gui.map_view import MapView
from pitchkit.gui.pages.base import StepPage
from pitchkit.gui.recent_files import last_folder
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.steps import Step

#: Picture units a keyboard move of one point shifts a card in the network layout.
_NETWORK_NUDGE = 40.0
_FILTERS = {"png": "PNG images (*.png)", "svg": "SVG drawings (*.svg)"}


def ask_export_path(parent: QWidget | None, suggested: str, fmt: str) -> str:
    """Ask where to save the map picture ("png" or "svg"); "" when cancelled (tests replace this)."""
    path, _selected = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("MapPage", "Export Map"), suggested,
                                                  _FILTERS[fmt])
    return path


class MapPage(StepPage):
    """The grid (or network) of stakeholders: drag to move, Shift+drag to link, export pictures."""

    def __init__(self, session: ProjectSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, step, parent)
        self.scene = MapScene(self)
        self.view = MapView(self.scene, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._stale = True
        self._syncing = False
        self._network_key: tuple | None = None
        self._network_positions: dict[str, tuple[float, float]] = {}

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        views = QActionGroup(self)
        self.grid_action = self._action(self.tr("&Grid"), self.tr("Power/interest grid: dragging sets the values"))
        self.network_action = self._action(self.tr("&Network"), self.tr("Influence network: who listens to whom"))
        for action in (self.grid_action, self.network_action):
            action.setCheckable(True)
            views.addAction(action)
        self.grid_action.setChecked(True)
        self.link_action = self._action(self.tr("Draw &links"), self.tr("Drag from one person to another to add "
                                                                         "an influence link (or hold Shift)"))
        self.link_action.setCheckable(True)
        self.route_action = self._action(self.tr("&Route to decision-maker"),
                                         self.tr("Highlight the chain of influence from the selected person "
                                                 "(or the champion) to the person who signs"))
        self.route_action.setCheckable(True)
        self.delete_link_action = self._action(self.tr("&Delete link"), self.tr("Delete the selected links (Delete)"))
        self.zoom_in_action = self._action(self.tr("Zoom &in"), self.tr("Zoom in (Ctrl+wheel, +)"))
        self.zoom_out_action = self._action(self.tr("Zoom &out"), self.tr("Zoom out (Ctrl+wheel, −)"))
        self.fit_action = self._action(self.tr("&Fit"), self.tr("Show the whole map"))
        self.png_action = self._action(self.tr("Export &PNG…"), self.tr("Save the map as a PNG picture"))
        self.svg_action = self._action(self.tr("Export &SVG…"), self.tr("Save the map as an SVG drawing"))
        fill_toolbar(self)  # fits at 1024 pixels; the exports behind one menu button

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.legend_label = QLabel(self._legend(), self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)  # on two lines in a narrow window, never cut
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.body.addWidget(self.toolbar)
        self.body.addWidget(self.hint_label)
        self.body.addWidget(self.legend_label)
        self.people = MapPeopleList(session, self)  # find (Ctrl+F), keyboard and screen readers
        beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.view)
        beside.addWidget(self.people)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 0)
        self.people.setMinimumWidth(150)
        self.people.setMaximumWidth(260)
        self.body.addWidget(beside, 1)
        self.body.addWidget(self.status_label)
        tab_chain(self.toolbar_buttons()[-1], self.view, self.people.find_edit, self.people.list)

        self.grid_action.toggled.connect(self._on_view_toggled)
        self.link_action.toggled.connect(self._on_link_mode)
        self.route_action.toggled.connect(self._update_route)
        self.delete_link_action.triggered.connect(self.delete_selected_links)
        self.zoom_in_action.triggered.connect(self.view.zoom_in)
        self.zoom_out_action.triggered.connect(self.view.zoom_out)
        self.fit_action.triggered.connect(self.view.fit)
        self.png_action.triggered.connect(self.export_png)
        self.svg_action.triggered.connect(self.export_svg)
        self.view.nudge_requested.connect(self.nudge)
        self.people.person_chosen.connect(self.show_person)
        self.people.links_menu_requested.connect(partial(show_person_links_menu, self))
        self.view.delete_requested.connect(self.delete_selected_links)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.scene.nodes_moved.connect(self._on_nodes_moved)
        self.scene.link_requested.connect(self.add_link)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        session.changed.connect(self._on_session_changed)
        session.current_stakeholder_changed.connect(self._on_current_stakeholder)
        self._show_hint()
        self._update_actions()

    def toolbar_buttons(self) -> list[QWidget]:
        """The toolbar's buttons, left to right (Tab visits them before the map)."""
        return [w for a in self.toolbar.actions() if (w := self.toolbar.widgetForAction(a)) is not None and not a.isSeparator()]

    def _action(self, text: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def _legend(self) -> str:
        chips = " ".join(
            f'<span style="color:{STANCE_COLOURS[stance]}">■</span>&nbsp;{label(stance)}' for stance in Stance
        )
        return self.tr("Stance now: {chips} &nbsp; ○ ring: stance wanted &nbsp; ★ champion &nbsp; ◆ signs").format(
            chips=chips)

    # ----------------------------------------------------------------------------------------
    # Following the project
    # ----------------------------------------------------------------------------------------

    def is_network(self) -> bool:
        return self.network_action.isChecked()

    @Slot(object)
    def _on_session_changed(self, change: Change) -> None:
        if change.kind in (ALL, STAKEHOLDERS, LINKS, STRATEGY):
            if change.kind == ALL:
                self._network_key = None
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True  # a hidden map catches up when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Lay the map out again from the project and move the items there."""
        self._stale = False
        self.scene.set_layout(self.current_layout())
        describe_edges(self)  # who influences whom, and the link's note, on hover
        self._select_current()
        self._update_route()
        self._update_actions()

    def current_layout(self) -> MapLayout:
        """The layout of the view chosen (grid or network), from the project as it is now."""
        project = self.session.project
        if project is None:
            return layout_map(Project())
        if not self.is_network():
            return layout_map(project)
        layout = layout_map(project, style_for(2 * len(project.stakeholders)), resolve=False)
        key = (tuple(n.id for n in layout.nodes), tuple((e.source, e.target) for e in layout.edges))
        if key != self._network_key:
            self._network_key = key
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                placed = network_layout(project, layout.style)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._network_positions = {n.id: (n.x, n.y) for n in placed.nodes}
        layout.kind = "network"
        for node in layout.nodes:
            node.x, node.y = self._network_positions.get(node.id, (node.x, node.y))
        return layout

    @Slot(bool)
    def _on_view_toggled(self, grid: bool) -> None:
        self._show_hint()
        self.refresh()
        self.view.fit()

    @Slot(bool)
    def _on_link_mode(self, on: bool) -> None:
        self.scene.link_mode = on
        self._show_hint()

    def _show_hint(self) -> None:
        if self.is_network():
            text = self.tr("Network view: people are placed by who influences whom. Dragging rearranges the "
                           "picture only; power and interest do not change.")
        else:
            text = self.tr("Drag a person to set their power and interest; arrow keys move the selected person.")
        if self.link_action.isChecked():
            text += " " + self.tr("Link mode: drag from the person listened to, to the listener.")
        else:
            text += " " + self.tr("Shift+drag from one person to another draws an influence link.")
        self.hint_label.setText(text)

    def _update_actions(self) -> None:
        has_project = self.session.project is not None
        for action in (self.png_action, self.svg_action, self.link_action, self.route_action):
            action.setEnabled(has_project)
        self.delete_link_action.setEnabled(bool(self.scene.selected_edge_ids()))

    # ----------------------------------------------------------------------------------------
    # Selection, shared with the rest of the app
    # ----------------------------------------------------------------------------------------

    @Slot()
    def _on_selection_changed(self) -> None:
        self.session.end_typing()  # keyboard moves of another person are a new undo step
        self._update_actions()
        if self._syncing:
            return
        ids = self.scene.selected_node_ids()
        if len(ids) == 1:
            self.session.set_current_stakeholder(ids[0])
        self._update_route()

    @Slot(object)
    def _on_current_stakeholder(self, stakeholder_id: object) -> None:
        self._select_current()
        self._update_route()

    def focus_filter(self) -> None:
        """Edit ▸ Find (Ctrl+F): the find box beside the map."""
        self.people.focus_find()

    @Slot(str)
    def show_person(self, stakeholder_id: str) -> None:
        """Select `stakeholder_id`'s card and centre the map on it."""
        self.session.set_current_stakeholder(stakeholder_id)  # selects the card (see _select_current)
        item = self.scene.nodes.get(stakeholder_id)
        if item is not None:
            self.view.centerOn(item)

    def _select_current(self) -> None:
        current = self.session.current_stakeholder
        if self.scene.selected_node_ids() == ([current] if current else []):
            return
        self._syncing = True
        try:
            item = self.scene.select_node(current)
        finally:
            self._syncing = False
        if item is not None:
            self.view.ensureVisible(item)

    # ----------------------------------------------------------------------------------------
    # Edits
    # ----------------------------------------------------------------------------------------

    @Slot(list)
    def _on_nodes_moved(self, moved: list) -> None:
        project = self.session.project
        if project is None:
            return
        if self.is_network():
            for stakeholder_id, x, y in moved:
                self._network_positions[stakeholder_id] = (x, y)
            self.refresh()
            return
        plot = self.scene.layout.plot
        moves = [(project.stakeholder(sid), values_for(x, y, plot)) for sid, x, y in moved]
        if not move_stakeholders(self.session, [(p, v) for p, v in moves if p is not None]):
            self.refresh()  # too small a move to change a value: back to its place

    @Slot(float, float)
    def nudge(self, power: float, interest: float) -> None:
        """Move the selected people by (power, interest) points; one undo step per run of keys."""
        project = self.session.project
        if project is None:
            return
        if self.is_network():
            for item in self.scene.selectedItems():
                if isinstance(item, NodeItem):
                    self.scene.move_node_by(item, interest * _NETWORK_NUDGE, -power * _NETWORK_NUDGE)
            self.scene.report_moves()
            return
        people = [p for p in map(project.stakeholder, self.scene.selected_node_ids()) if p is not None]
        moves = [(p, (_clamp(p.power + power), _clamp(p.interest + interest))) for p in people]
        move_stakeholders(self.session, moves, nudge=True)

    @Slot(str, str)
    def add_link(self, source: str, target: str) -> None:
        """Add an influence link `source` → `target` (one undo step); an existing one is selected."""
        project = self.session.project
        if project is None or source == target:
            return
        existing = next((link for link in project.links if (link.source, link.target) == (source, target)), None)
        if existing is not None:
            self.status_label.setText(self.tr("That link is already there."))
            edge = self.scene.edges.get(existing.id)
            if edge is not None:
                self.scene.clearSelection()
                edge.setSelected(True)
            return
        a, b = project.stakeholder(source), project.stakeholder(target)
        names = (a.name if a else source, b.name if b else target)
        link = Link(id=new_id(Link.id_prefix), source=source, target=target, strength=2)
        self.session.add_record(LINKS, link, text=self.tr("Link “{a}” → “{b}”").format(a=names[0], b=names[1]))
        self.status_label.setText(self.tr("{a} influences {b}.").format(a=names[0], b=names[1]))

    @Slot()
    def delete_selected_links(self) -> None:
        project = self.session.project
        ids = set(self.scene.selected_edge_ids())
        if project is None or not ids:
            return
        links = [link for link in project.links if link.id in ids]
        text = self.tr("Delete link") if len(links) == 1 else self.tr("Delete {n} links").format(n=len(links))
        self.session.remove_records(LINKS, links, text=text)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        show_edge_menu(self, pos)

    # ----------------------------------------------------------------------------------------
    # The route to the decision-maker
    # ----------------------------------------------------------------------------------------

    @Slot()
    def _update_route(self) -> None:
        project = self.session.project
        if project is None or not self.route_action.isChecked():
            if self.scene.route:
                self.scene.set_route([])
                self.status_label.clear()
            return
        route, text = route_to_decision_maker(project, self.session.current_stakeholder)
        self.scene.set_route(route)
        self.status_label.setText(text)

    # ----------------------------------------------------------------------------------------
    # Pictures
    # ----------------------------------------------------------------------------------------

    @Slot()
    def export_png(self) -> None:
        self.export("png")

    @Slot()
    def export_svg(self) -> None:
        self.export("svg")

    def export(self, fmt: str) -> None:
        """Ask for a file and save the map as shown (grid or network) as PNG or SVG."""
        project = self.session.project
        if project is None:
            return
        folder = str(self.session.path.parent) if self.session.path else last_folder()
        path = ask_export_path(self, str(Path(folder) / f"stakeholder-map.{fmt}"), fmt)
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path += f".{fmt}"
        data = render_picture(project, self.scene.shown_layout(), fmt)
        try:
            write_atomic(path, data)
        except OSError as err:
            prompts.show_error(self, f"{path}: {err.strerror or err}", title=self.tr("Cannot Export the Map"))
            return
        self.status_label.setText(self.tr("Saved the map to {path}").format(path=path))


def render_picture(project: Project, layout: MapLayout, fmt: str) -> bytes:
    """The map picture as the documents draw it: the same painter, the same layout."""
    from pitchkit.qtrender.map_painter import render_png, render_svg

    return render_png(project, layout=layout) if fmt == "png" else render_svg(project, layout=layout)


def _clamp(value: float) -> float:
    return round(min(10.0, max(0.0, value)), 1)
