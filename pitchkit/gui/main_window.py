"""The PitchKit main window: the start screen, the step sidebar and pages, menus and files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

from pitchkit import __version__
from pitchkit.core.model import Project
from pitchkit.gui import prompts
from pitchkit.gui.file_guard import FileGuard
from pitchkit.gui.health_marker import HealthMarker
from pitchkit.gui.kinds import ALL, PITCH, PROJECT, Change
from pitchkit.gui.menus import WindowActions
from pitchkit.gui.merge_actions import MergeActions
from pitchkit.gui.session import ProjectSession
from pitchkit.gui.settings import gui_settings
from pitchkit.gui.sidebar import StepSidebar
from pitchkit.gui.step_pages import PAGE_FACTORIES, StepPages
from pitchkit.gui.steps import steps
from pitchkit.gui.undo_follow import UndoFollower
from pitchkit.gui.window_files import FileSlotsMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from pitchkit.gui.autosave import AutosaveController
    from pitchkit.gui.pages.base import StepPage
    from pitchkit.gui.pages.stakeholders_page import StakeholdersPage
    from pitchkit.gui.start_page import StartPage

_GEOMETRY_KEY = "main_window/geometry"
_DEFAULT_SIZE = (1100, 700)

class MainWindow(FileSlotsMixin, QMainWindow):
    """One project per window; its `session` holds the project, the file and the undo stack."""

    def __init__(self, parent: QWidget | None = None, *, start_screen: bool = True) -> None:
        """`start_screen=False` when a project is opened next: no start screen built for it."""
        super().__init__(parent)
        self._start_screen = start_screen  # see show_start_screen_when_empty()
        self.session = ProjectSession(self)
        self._autosave: AutosaveController | None = None  # see start_background_work()
        self.file_guard = FileGuard(self.session, self)
        self.steps = steps()

        self._start_page: StartPage | None = None  # made when there is no project to show
        self.sidebar = StepSidebar(self.steps, self)
        self.page_stack = QStackedWidget(self)
        self.pages = StepPages([step.key for step in self.steps], self._build_page)
        self.health_marker = HealthMarker(self.session, self._preview_shown, self)

        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setChildrenCollapsible(False)
        self.workspace.addWidget(self.sidebar)
        self.workspace.addWidget(self.page_stack)
        self.workspace.setStretchFactor(1, 1)

        self.central = QStackedWidget(self)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)

        self._pitch_label = QLabel(self)
        self._count_label = QLabel(self)
        self.statusBar().addWidget(self._pitch_label, 1)
        self.statusBar().addPermanentWidget(self._count_label)

        self.actions_ = WindowActions(self)
        self.actions_.create_menus(self.menuBar(), self.steps)
        self.new_action = self.actions_.new_action
        self.open_action = self.actions_.open_action
        self.example_action = self.actions_.example_action
        self.save_action = self.actions_.save_action
        self.save_as_action = self.actions_.save_as_action
        self.undo_action = self.actions_.undo_action
        self.redo_action = self.actions_.redo_action
        self.find_action = self.actions_.find_action
        self.quit_action = self.actions_.quit_action
        self.about_action = self.actions_.about_action
        self.merging = MergeActions(self)  # merge, compare, and the Conflicts panel
        self.merging.add_to(self.actions_.file_menu, self.quit_action)
        self.undo_follower = UndoFollower(self)  # undo/redo go to the step and record they changed

        self.setAcceptDrops(True)
        self.setMinimumSize(800, 500)
        self._restore_geometry()

        self.session.changed.connect(self._on_session_changed)
        self.health_marker.changed.connect(self._on_high_findings)
        self.session.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.sidebar.currentRowChanged.connect(self._on_step_chosen)
        self.session.current_stakeholder_changed.connect(self._on_current_stakeholder_changed)
        self.sidebar.setCurrentRow(0)
        self._show_project_state()

    # ----------------------------------------------------------------------------------------
    # The step pages, built on first use
    # ----------------------------------------------------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        step = self.steps[[s.key for s in self.steps].index(key)]
        page = PAGE_FACTORIES[key](self.session, step, self.page_stack)
        page.setObjectName(f"{key}_page")
        self.page_stack.addWidget(page)
        if key == "stakeholders":
            page.count_changed.connect(self._on_count_changed)  # type: ignore[attr-defined]
            # One selected stakeholder for the whole window (the map selects and follows it too).
            page.list.current_changed.connect(self._on_stakeholder_row_changed)  # type: ignore[attr-defined]
            if self.session.current_stakeholder is not None:
                page.list.select_record(self.session.current_stakeholder)  # type: ignore[attr-defined]
        elif key == "generate":
            # Its preview runs the health check anyway: reuse those findings for the marker.
            page.renderer.ready.connect(self.health_marker.on_preview_ready)  # type: ignore[attr-defined]
        return page

    @property
    def start_page(self) -> StartPage:
        """The start screen (built the first time there is no project to show)."""
        if self._start_page is None:
            from pitchkit.gui.start_page import StartPage

            page = self._start_page = StartPage(self)
            self.central.addWidget(page)
            page.new_requested.connect(self.new_project)
            page.open_requested.connect(self.open_project)
            page.example_requested.connect(self.open_example)
            page.recent_requested.connect(self.open_path)
        return self._start_page

    def show_start_screen_when_empty(self) -> None:
        """From now on, no project shown means the start screen (made now if need be)."""
        self._start_screen = True
        if self.session.project is None:
            self._show_project_state()

    def refresh_start_page(self) -> None:
        """Show the recent files again on the start screen (if it was made)."""
        if self._start_page is not None:  # one made later reads the recent files then
            self._start_page.refresh()

    @property
    def autosave(self) -> AutosaveController:
        """Writes unsaved work aside as often as Preferences say (started after the first paint, or on use)."""
        if self._autosave is None:
            from pitchkit.gui.autosave import AutosaveController
            from pitchkit.gui.preferences import Preferences

            self._autosave = AutosaveController(self.session, self, interval_ms=Preferences.load().autosave_ms)
        return self._autosave

    @Slot()
    def start_background_work(self) -> None:
        """What the first screen need not wait for: autosave, then the offer of crashed work.

        `run_app` calls this once the window has painted.
        """
        _ = self.autosave
        self.offer_recovery()

    @property
    def stakeholders_page(self) -> StakeholdersPage:
        """The Stakeholders step's page (built now if it was not yet)."""
        return self.pages["stakeholders"]  # type: ignore[return-value]

    def _restore_geometry(self) -> None:
        geometry = gui_settings().value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*_DEFAULT_SIZE)

    # ----------------------------------------------------------------------------------------
    # The project
    # ----------------------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        """The project shown, or None on the start screen."""
        return self.session.project

    @property
    def path(self) -> Path | None:
        """The file Save writes to (None for a new project or the example)."""
        return self.session.path

    @property
    def is_example(self) -> bool:
        """True when showing the bundled example, which Save must not overwrite."""
        return self.session.is_example

    def current_page(self) -> QWidget:
        return self.page_stack.currentWidget()

    def show_step(self, key: str) -> None:
        """Go to the step named `key` ("pitch", "stakeholders", …)."""
        self.sidebar.setCurrentRow([step.key for step in self.steps].index(key))

    @Slot()
    def find(self) -> None:
        """Edit > Find: the filter box of the page shown."""
        focus_filter = getattr(self.current_page(), "focus_filter", None)
        if self.session.project is not None and focus_filter is not None:
            focus_filter()

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        prompts.show_about(self, self.tr("About PitchKit"), prompts.about_text(__version__))

    # ----------------------------------------------------------------------------------------
    # Following the session
    # ----------------------------------------------------------------------------------------

    @Slot(object)
    def _on_session_changed(self, change: Change) -> None:
        self.sidebar.update_markers(self.session.project, high_findings=self.health_marker.high)
        if change.kind == ALL:  # a message about the project shown before is not about this one
            self.statusBar().clearMessage()
        if change.kind in (ALL, PROJECT, PITCH):
            self._show_project_state()

    def _preview_shown(self) -> bool:
        """Whether the Generate page's live preview (which runs the health check) is on screen."""
        return self.pages.is_built("generate") and self.pages["generate"].isVisible()

    @Slot(int)
    def _on_high_findings(self, high: int) -> None:
        self.sidebar.update_markers(self.session.project, high_findings=high)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _show_project_state(self) -> None:
        project = self.session.project
        if project is not None:
            self.central.setCurrentWidget(self.workspace)
        elif self._start_screen:
            self.central.setCurrentWidget(self.start_page)
        self.actions_.set_project_open(project is not None)
        self.setWindowModified(self.session.is_modified())
        self.sidebar.update_markers(project, high_findings=self.health_marker.high)
        if project is None:
            self.setWindowTitle("PitchKit[*]")
            self._pitch_label.setText("")
        else:
            # "[*]" is where Qt shows the modified mark.
            self.setWindowTitle(f"{self.session.display_name}[*] — PitchKit")
            parts = (project.title, project.pitch.organisation)
            self._pitch_label.setText(" — ".join(part for part in parts if part))
        if self.pages.is_built("stakeholders"):
            page = self.stakeholders_page
            self._on_count_changed(page.shown_count(), page.total_count())
        else:  # no filter can be set on a page that does not exist yet
            total = len(project.stakeholders) if project is not None else 0
            self._on_count_changed(total, total)

    @Slot(int)
    def _on_step_chosen(self, row: int) -> None:
        if row >= 0:
            self.page_stack.setCurrentWidget(self.pages[self.steps[row].key])

    @Slot(object)
    def _on_stakeholder_row_changed(self, record: object) -> None:
        if record is not None:
            self.session.set_current_stakeholder(record.id)  # type: ignore[attr-defined]

    @Slot(object)
    def _on_current_stakeholder_changed(self, stakeholder_id: object) -> None:
        # A page made later selects the current stakeholder when it is built.
        if isinstance(stakeholder_id, str) and self.pages.is_built("stakeholders"):
            self.stakeholders_page.list.select_record(stakeholder_id)

    @Slot(int, int)
    def _on_count_changed(self, shown: int, total: int) -> None:
        if self.session.project is None:
            text = ""
        elif shown != total:
            text = self.tr("{shown} of {total} stakeholders").format(shown=shown, total=total)
        elif total == 1:
            text = self.tr("1 stakeholder")
        else:
            text = self.tr("{total} stakeholders").format(total=total)
        self._count_label.setText(text)

    # ----------------------------------------------------------------------------------------
    # Qt events
    # ----------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self._autosave is not None:
            self._autosave.stop()  # a normal close leaves no recovery file and no lock
        self.file_guard.release()
        # Let a preview, export or health check under way finish before its widgets go away.
        for page in self.pages.built():
            wait = getattr(page, "wait", None)
            if wait is not None:
                wait(30_000)
        self.health_marker.wait(30_000)
        gui_settings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)


def step_page(window: MainWindow, key: str) -> StepPage:
    """The page of step `key` in `window`, built if need be (tests and plug-in pages use this)."""
    from pitchkit.gui.pages.base import StepPage

    page = window.pages[key]
    assert isinstance(page, StepPage)
    return page

