"""File ▸ Merge a Colleague's Copy… and File ▸ Compare With…, and the Conflicts panel that
opens whenever the project holds recorded conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from pitchkit.core.errors import ProjectError
from pitchkit.gui import prompts
from pitchkit.gui.kinds import ALL, Change
from pitchkit.gui.recent_files import last_folder

if TYPE_CHECKING:
    from pitchkit.core.merge import MergeResult
    from pitchkit.core.model import Project
    from pitchkit.gui.compare_dialog import CompareDialog
    from pitchkit.gui.conflicts_panel import ConflictsPanel
    from pitchkit.gui.main_window import MainWindow


class MergeActions(QObject):
    """The merge and compare commands of one window, and its Conflicts panel (made on need)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.merge_action = QAction(self.tr("&Merge a Colleague's Copy…"), window)
        self.merge_action.setStatusTip(self.tr("Take in the changes a colleague made to their copy of this project"))
        self.compare_action = QAction(self.tr("Compare &With…"), window)
        self.compare_action.setStatusTip(self.tr("See what changed between this project and another version"))
        self.conflicts_action = QAction(self.tr("Show &Conflicts"), window)
        self.merge_action.triggered.connect(self.merge_copy)
        self.compare_action.triggered.connect(self.compare)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.conflicts_panel: ConflictsPanel | None = None
        self.compare_dialog: CompareDialog | None = None
        self.session.changed.connect(self._on_changed)
        self._on_changed(Change(ALL))

    def add_to(self, menu: QMenu, before: QAction) -> None:
        """Put the commands into the File menu, above `before`."""
        for action in (self.merge_action, self.compare_action, self.conflicts_action):
            menu.insertAction(before, action)
        menu.insertSeparator(self.merge_action)  # a group of their own, apart from Close
        menu.insertSeparator(before)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        project = self.session.project
        for action in (self.merge_action, self.compare_action):
            action.setEnabled(project is not None)
        self.conflicts_action.setEnabled(bool(project is not None and project.conflicts))
        if change.kind == ALL and project is not None and project.conflicts:
            self.show_conflicts()

    # --- merging -----------------------------------------------------------------------------

    def _ask_copy(self) -> Project | None:
        folder = str(self.session.path.parent) if self.session.path is not None else last_folder()
        path = prompts.ask_open_path(self.window, folder)
        if not path:
            return None
        from pitchkit.core.project_file import load_project

        try:
            return load_project(path).project
        except ProjectError as err:
            prompts.show_error(self.window, str(err), title=self.tr("Cannot Open the Copy"))
            return None

    @Slot()
    def merge_copy(self) -> None:
        """Ask for a colleague's copy and merge it in (one undo step)."""
        theirs = self._ask_copy()
        if theirs is not None:
            self.merge_with(theirs)

    def merge_with(self, theirs: Project) -> MergeResult | None:
        """Merge `theirs` into the open project: three-way from the last shared saved version,
        else two-way with every difference offered as a choice.  None when nothing was merged."""
        from pitchkit.core import history
        from pitchkit.core.merge import merge_projects

        ours = self.session.project
        assert ours is not None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # reading saved versions takes a moment
        try:
            base = history.find_base(ours, theirs)
            result = merge_projects(base, ours, theirs)
        finally:
            QApplication.restoreOverrideCursor()
        if base is None and result.conflicts:
            from pitchkit.gui.merge_dialog import TwoWayMergeDialog

            settled, accepted = TwoWayMergeDialog.get_choices(self.window, result)
            if not accepted:
                return None
            result.project = settled
        if result.project == ours:
            self.window.statusBar().showMessage(self.tr("That copy holds nothing new"), 4000)
            return None
        from pitchkit.gui.merge_commands import ReplaceProjectCommand

        self.session.undo_stack.push(ReplaceProjectCommand(self.session, result.project, self.tr("Merge a Colleague's Copy")))
        count = len(result.project.conflicts)
        if count:
            self.show_conflicts()
        if count:
            message = self.tr("Merged; 1 conflict to settle") if count == 1 else self.tr("Merged; {count} conflicts to settle").format(count=count)
        else:
            message = self.tr("Merged with no conflicts")
        self.window.statusBar().showMessage(message, 6000)
        return result

    # --- conflicts and comparing ---------------------------------------------------------------

    @Slot()
    def show_conflicts(self) -> None:
        """Show the Conflicts panel (built the first time)."""
        if self.conflicts_panel is None:
            from pitchkit.gui.conflicts_panel import ConflictsPanel

            self.conflicts_panel = ConflictsPanel(self.session, self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_panel)
            shown_first = True
        else:
            shown_first = False
        self.conflicts_panel.refresh()
        self.conflicts_panel.show()
        self.conflicts_panel.raise_()
        if shown_first:  # a third of the window at most, leaving the step above it; resizable
            height = max(self.conflicts_panel.minimumSizeHint().height(), self.window.height() // 3)
            self.window.resizeDocks([self.conflicts_panel], [height], Qt.Orientation.Vertical)

    @Slot()
    def compare(self) -> None:
        """Open the Compare window for the open project."""
        from pitchkit.gui.compare_dialog import CompareDialog

        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.session, self.window)
        dialog = self.compare_dialog
        dialog.refresh_sources()
        if dialog.source.count() > 1:  # the backup or a saved version: show it at once
            dialog.compare_button.click()
        dialog.show()
        self.compare_dialog.raise_()
