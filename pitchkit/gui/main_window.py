"""The PitchKit main window: menus, status bar and the current project's pages."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from pitchkit import __version__
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.gui import prompts
from pitchkit.gui.settings import gui_settings
from pitchkit.gui.stakeholders_page import StakeholdersPage

_GEOMETRY_KEY = "main_window/geometry"
_LAST_FOLDER_KEY = "files/last_folder"
_DEFAULT_SIZE = (1100, 700)


class MainWindow(QMainWindow):
    """One project per window; the core `Project` it holds is the single store of its data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._path: Path | None = None
        self._is_example = False

        self.stakeholders_page = StakeholdersPage(self)
        self.setCentralWidget(self.stakeholders_page)

        self._pitch_label = QLabel(self)
        self._count_label = QLabel(self)
        self.statusBar().addWidget(self._pitch_label, 1)
        self.statusBar().addPermanentWidget(self._count_label)

        self._create_actions()
        self._create_menus()

        self.stakeholders_page.count_changed.connect(self._on_count_changed)

        self.setMinimumSize(800, 500)
        self._restore_geometry()
        self._update_title()
        self._update_status()

    # ----------------------------------------------------------------------------------------
    # Set-up
    # ----------------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open a PitchKit project file"))
        self.open_action.triggered.connect(self.open_project)

        self.quit_action = QAction(self.tr("&Quit"), self)
        # Windows has no standard Quit key; Ctrl+Q is what people try there too.
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setStatusTip(self.tr("Close the window"))
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&About PitchKit"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _restore_geometry(self) -> None:
        geometry = gui_settings().value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*_DEFAULT_SIZE)

    # ----------------------------------------------------------------------------------------
    # The project
    # ----------------------------------------------------------------------------------------

    @property
    def project(self) -> Project | None:
        """The project shown, or None before the first successful load."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file the project came from."""
        return self._path

    @property
    def is_example(self) -> bool:
        """True when showing the bundled example, which Save must not overwrite."""
        return self._is_example

    def load(self, path: str | os.PathLike[str], *, as_example: bool = False) -> bool:
        """Open the project at `path`; on failure tell the user and keep the current one."""
        path = Path(path)
        try:
            result = load_project(path)
        except ProjectError as err:
            prompts.show_error(
                self if self.isVisible() else None,
                str(err),
                title=self.tr("Cannot Open Project"),
            )
            return False
        self._project = result.project
        self._path = path
        self._is_example = as_example
        self.stakeholders_page.set_project(result.project)
        self.setWindowModified(False)
        self._update_title()
        self._update_status()
        for warning in result.warnings:
            prompts.show_warning(
                self if self.isVisible() else None,
                f"{path}: {warning}",
                title=self.tr("Opened With a Warning"),
            )
        return True

    def _update_title(self) -> None:
        # "[*]" is where Qt shows the modified mark once edits (undo stack) arrive.
        if self._path is None:
            self.setWindowTitle("PitchKit[*]")
            return
        name = self._path.name
        if self._is_example:
            name = self.tr("{name} (example)").format(name=name)
        self.setWindowTitle(f"{name}[*] — PitchKit")

    def _update_status(self) -> None:
        pitch = ""
        if self._project is not None:
            parts = (self._project.title, self._project.pitch.organisation)
            pitch = " — ".join(part for part in parts if part)
        self._pitch_label.setText(pitch)
        self._on_count_changed(
            self.stakeholders_page.shown_count(), self.stakeholders_page.total_count()
        )

    # ----------------------------------------------------------------------------------------
    # Slots
    # ----------------------------------------------------------------------------------------

    @Slot(int, int)
    def _on_count_changed(self, shown: int, total: int) -> None:
        if self._project is None:
            text = ""
        elif shown != total:
            text = self.tr("{shown} of {total} stakeholders").format(shown=shown, total=total)
        elif total == 1:
            text = self.tr("1 stakeholder")
        else:
            text = self.tr("{total} stakeholders").format(total=total)
        self._count_label.setText(text)

    @Slot()
    def open_project(self) -> None:
        """File > Open…: ask for a file and load it."""
        settings = gui_settings()
        folder = settings.value(_LAST_FOLDER_KEY, "")
        if not folder and self._path is not None and not self._is_example:
            folder = str(self._path.parent)
        path = prompts.ask_open_path(self, str(folder or Path.home()))
        if not path:
            return
        settings.setValue(_LAST_FOLDER_KEY, str(Path(path).parent))
        self.load(path)

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        text = self.tr(
            "<h3>PitchKit {version}</h3>"
            "<p>Plan a social-learning pitch: map the stakeholders, their resistances and "
            "business problems, and generate proposals tailored to each audience.</p>"
        ).format(version=__version__)
        prompts.show_about(self, self.tr("About PitchKit"), text)

    # ----------------------------------------------------------------------------------------
    # Qt events
    # ----------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        gui_settings().setValue(_GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
