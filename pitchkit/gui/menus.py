"""The main window's actions and menus, with the platform's standard shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

from pitchkit.gui.document_actions import DocumentActions
from pitchkit.gui.icons import icon
from pitchkit.gui.recent_files import clear_recent, recent_files
from pitchkit.gui.steps import Step

if TYPE_CHECKING:
    from pitchkit.gui.main_window import MainWindow

_KEYS = QKeySequence.StandardKey


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    # Some platforms have no binding for a standard key (Windows has no Quit, no Save As).
    return QKeySequence.keyBindings(standard) or [QKeySequence(fallback)]


class WindowActions(QObject):
    """Every menu command of a main window; `set_project_open` enables the project ones."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        undo_stack = window.session.undo_stack

        self.new_action = self._make("new", self.tr("&New Project"), _keys(_KEYS.New, "Ctrl+N"), self.tr("Start an empty pitch"))
        self.open_action = self._make("open", self.tr("&Open…"), _keys(_KEYS.Open, "Ctrl+O"), self.tr("Open a PitchKit project file"))
        self.example_action = self._make("example", self.tr("Open the &Example"), [], self.tr("Open the bundled example as an untitled copy"))
        self.save_action = self._make("save", self.tr("&Save"), _keys(_KEYS.Save, "Ctrl+S"), self.tr("Save the project"))
        self.save_as_action = self._make("save-as", self.tr("Save &As…"), _keys(_KEYS.SaveAs, "Ctrl+Shift+S"), self.tr("Save the project under a new name"))
        self.import_action = self._make("", self.tr("&Import Stakeholders…"), [], self.tr("Add or update stakeholders from a .csv or .xlsx sheet"))
        self.export_register_action = self._make("", self.tr("Export &Register…"), [], self.tr("The stakeholder register as .xlsx or .csv"))
        self.anonymised_copy_action = self._make("", self.tr("Save an Anon&ymised Copy…"), [], self.tr("A shareable copy with people named by role"))
        self.quit_action = self._make("quit", self.tr("&Quit"), _keys(_KEYS.Quit, "Ctrl+Q"), self.tr("Close the window"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcuts(_keys(_KEYS.Undo, "Ctrl+Z"))
        self.redo_action = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(_keys(_KEYS.Redo, "Ctrl+Shift+Z"))
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        self.find_action = self._make("find", self.tr("&Find"), _keys(_KEYS.Find, "Ctrl+F"), self.tr("Filter the list on this page"))

        self.next_step_action = self._make("", self.tr("&Next Step"), [QKeySequence("Ctrl+PgDown")], "")
        self.previous_step_action = self._make("", self.tr("&Previous Step"), [QKeySequence("Ctrl+PgUp")], "")
        self.help_action = self._make("help", self.tr("PitchKit &User Guide"), _keys(_KEYS.HelpContents, "F1"), self.tr("Read the guide, with search"))
        self.shortcuts_action = self._make("", self.tr("&Keyboard Shortcuts"), [QKeySequence("Ctrl+/")], self.tr("Every key PitchKit knows"))
        self.preferences_action = self._make("preferences", self.tr("&Preferences…"), _keys(_KEYS.Preferences, "Ctrl+,"), self.tr("Theme, default reference document, export folder, autosave, language"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._make("about", self.tr("&About PitchKit"), [], "")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setIcon(icon("open-recent"))
        self.step_actions: list[QAction] = []
        self.document = DocumentActions(window)  # File ▸ Export…, Print…, Close

        self.new_action.triggered.connect(window.new_project)
        self.open_action.triggered.connect(window.open_project)
        self.example_action.triggered.connect(window.open_example)
        self.save_action.triggered.connect(window.save)
        self.save_as_action.triggered.connect(window.save_as)
        self.quit_action.triggered.connect(window.close)
        self.import_action.triggered.connect(self._import_stakeholders)
        self.export_register_action.triggered.connect(self._export_register)
        self.anonymised_copy_action.triggered.connect(self._save_anonymised_copy)
        self.find_action.triggered.connect(window.find)
        self.about_action.triggered.connect(window.show_about)
        self.help_action.triggered.connect(self._show_help)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.preferences_action.triggered.connect(self._edit_preferences)
        self.next_step_action.triggered.connect(self._next_step)
        self.previous_step_action.triggered.connect(self._previous_step)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _make(self, icon_name: str, text: str, keys: list[QKeySequence], tip: str) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(""), text, self.window)
        action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        self.window.addAction(action)
        return action

    def create_menus(self, bar: QMenuBar, steps: list[Step]) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.example_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addAction(self.anonymised_copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_register_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.document.add_to(file_menu, self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        for number, step in enumerate(steps, start=1):
            action = self._make("", f"&{number} {step.title}", [QKeySequence(f"Ctrl+{number}")], step.guidance)
            action.setData(number - 1)
            action.triggered.connect(self._go_to_step)
            go_menu.addAction(action)
            self.step_actions.append(action)
        go_menu.addSeparator()
        go_menu.addAction(self.previous_step_action)
        go_menu.addAction(self.next_step_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def set_project_open(self, is_open: bool) -> None:
        """Enable the commands that need a project."""
        project_actions = [self.save_action, self.save_as_action, self.find_action]
        project_actions += [self.import_action, self.export_register_action, self.anonymised_copy_action]
        project_actions += [self.next_step_action, self.previous_step_action, *self.step_actions]
        for action in project_actions:
            action.setEnabled(is_open)
        self.document.set_project_open(is_open)

    @Slot()
    def _import_stakeholders(self) -> None:
        from pitchkit.gui.sharing_actions import import_stakeholders

        import_stakeholders(self.window)

    @Slot()
    def _export_register(self) -> None:
        from pitchkit.gui.sharing_actions import export_register

        export_register(self.window)

    @Slot()
    def _save_anonymised_copy(self) -> None:
        from pitchkit.gui.sharing_actions import save_anonymised_copy

        save_anonymised_copy(self.window)

    @Slot()
    def _go_to_step(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.window.sidebar.setCurrentRow(int(action.data()))

    @Slot()
    def _next_step(self) -> None:
        sidebar = self.window.sidebar
        sidebar.setCurrentRow(min(sidebar.count() - 1, sidebar.currentRow() + 1))

    @Slot()
    def _previous_step(self) -> None:
        sidebar = self.window.sidebar
        sidebar.setCurrentRow(max(0, sidebar.currentRow() - 1))

    @Slot()
    def _show_help(self) -> None:
        """F1: the guide, at the current step's entry when a project is open."""
        from pitchkit.gui.help_window import show_help

        topic = ""
        window = self.window
        row = window.sidebar.currentRow()
        if window.session.project is not None and 0 <= row < len(window.steps):
            topic = window.steps[row].title
        show_help(window, "user-guide.md", topic)

    @Slot()
    def _show_shortcuts(self) -> None:
        from pitchkit.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window.menuBar(), self.window).open()

    @Slot()
    def _edit_preferences(self) -> None:
        from pitchkit.gui.preferences import Preferences, PreferencesDialog, apply_theme

        chosen, accepted = PreferencesDialog.get_value(self.window, Preferences.load())
        if not accepted:
            return
        chosen.save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)
        autosave = getattr(self.window, "_autosave", None)
        if autosave is not None:
            autosave.timer.setInterval(chosen.autosave_ms)
        pages = self.window.pages
        if pages.is_built("generate"):  # a page not built yet reads the settings when it is
            pages["generate"].use_reference_docx(chosen.reference_docx)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path}")
            action.setData(path)
            action.triggered.connect(self._open_recent)
        if not paths:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear the List")).triggered.connect(self._clear_recent)

    @Slot()
    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.window.open_path(str(action.data()))

    @Slot()
    def _clear_recent(self) -> None:
        clear_recent()
        self.window.refresh_start_page()
