"""Compare With…: what changed between the open project and another file, its backup or an
earlier saved version (the same diff as `pitchkit diff`), and who moved since the last meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core import history
from pitchkit.core.diff import ProjectDiff, diff_projects, who_moved
from pitchkit.core.errors import ProjectError
from pitchkit.core.model import Project
from pitchkit.core.project_file import load_project
from pitchkit.core.safe_write import backup_path
from pitchkit.gui import prompts
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.recent_files import last_folder
from pitchkit.gui.session import ProjectSession

_OTHER_FILE = "other"


class CompareDialog(QDialog):
    """The changes from an older version (or another copy) to the project as it is now."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare With"))
        self.session = session
        self.source = QComboBox(self)
        self.compare_button = QPushButton(self.tr("Compare"), self)
        self.moved_button = QPushButton(self.tr("Who Moved Since the Last Meeting"), self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        show_focus(self.tree)
        self.tree.setHeaderHidden(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare the project with:"), self))
        row.addWidget(self.source, 1)
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.moved_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

        self.compare_button.clicked.connect(self._compare_chosen)
        self.moved_button.clicked.connect(self.show_since_last_meeting)
        buttons.rejected.connect(self.close)
        self.diff: ProjectDiff | None = None

    def refresh_sources(self) -> None:
        """List the backup and the saved versions of this project, and "another file"."""
        self.source.clear()
        path = self.session.path
        if path is not None and backup_path(path).exists():
            self.source.addItem(self.tr("The backup ({name})").format(name=backup_path(path).name), str(backup_path(path)))
        project = self.session.project
        for version in history.versions(project.project_id if project is not None else ""):
            when = version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.source.addItem(self.tr("The version saved on {when}").format(when=when), str(version.path))
        self.source.addItem(self.tr("Another file…"), _OTHER_FILE)

    @Slot()
    def _compare_chosen(self) -> None:
        data = self.source.currentData()
        if data == _OTHER_FILE:
            folder = str(self.session.path.parent) if self.session.path is not None else last_folder()
            data = prompts.ask_open_path(self, folder)
            if not data:
                return
        self.compare_with_file(Path(data), self.source.currentText() if self.source.currentData() != _OTHER_FILE else Path(data).name)

    def compare_with_file(self, path: Path, label: str) -> bool:
        """Show the changes from the project at `path` to the open one."""
        try:
            older = load_project(path).project
        except ProjectError as err:
            prompts.show_error(self, str(err), title=self.tr("Cannot Open That Version"))
            return False
        self.show_diff(older, self.tr("Changes from {label} to the project now").format(label=label))
        return True

    def show_diff(self, older: Project, heading: str, *, moves_only: bool = False) -> None:
        """Fill the tree with the changes from `older` to the open project."""
        project = self.session.project
        assert project is not None
        diff = diff_projects(older, project)
        self.diff = who_moved(diff) if moves_only else diff
        self.heading.setText(heading)
        self.tree.clear()
        for section in self.diff.sections:
            top = QTreeWidgetItem(self.tree, [section.title])
            for change in section.changes:
                QTreeWidgetItem(top, [change.text])
            top.setExpanded(True)
        if self.diff.is_empty():
            QTreeWidgetItem(self.tree, [self.tr("No changes.")])

    @Slot()
    def show_since_last_meeting(self) -> bool:
        """Who was added, removed or moved since the version saved before the last meeting."""
        project = self.session.project
        assert project is not None
        meeting = history.last_meeting(project)
        version = history.version_before(project.project_id, meeting) if meeting is not None else None
        kept = history.versions(project.project_id)
        if version is None and kept:
            version = kept[-1]  # no version from before it: the oldest one kept
        if version is None:
            self.heading.setText(self.tr("No earlier saved version of this project yet: PitchKit keeps one each time you save."))
            self.tree.clear()
            return False
        try:
            older = load_project(version.path).project
        except ProjectError as err:
            prompts.show_error(self, str(err), title=self.tr("Cannot Open That Version"))
            return False
        when = version.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if meeting is not None:
            heading = self.tr("Who moved since the last meeting ({meeting}), from the version saved on {when}")
        else:
            heading = self.tr("Who moved since the version saved on {when} (no meeting date yet)")
        self.show_diff(older, heading.format(meeting=meeting, when=when), moves_only=True)
        return True
