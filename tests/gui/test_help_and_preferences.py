"""Help ▸ User Guide (F1) with search, Help ▸ Keyboard Shortcuts, and Edit ▸ Preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pitchkit.gui import help_window
from pitchkit.gui.main_window import MainWindow
from pitchkit.gui.preferences import Preferences, PreferencesDialog
from pitchkit.gui.settings import gui_settings
from pitchkit.gui.shortcuts_dialog import ShortcutsDialog, menu_shortcuts
from pitchkit.gui.theme import apply_theme, is_dark

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _help_of(window: MainWindow) -> help_window.HelpWindow:
    found = window.findChildren(help_window.HelpWindow)
    assert len(found) == 1
    return found[0]


def test_f1_opens_the_guide_at_the_current_step(window, project_path, qtbot):
    window.load(project_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setCurrentRow(2)  # Map
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    guide = _help_of(window)
    assert guide.isVisible()
    assert guide.current_page == "user-guide.md"
    assert "The seven steps" in guide.browser.toPlainText()
    assert guide.browser.textCursor().selectedText() == window.steps[2].title


def test_f1_again_reuses_the_one_window(window):
    window.actions_.help_action.trigger()
    window.actions_.help_action.trigger()
    assert len(window.findChildren(help_window.HelpWindow)) == 1


def test_search_filters_the_pages_and_finds_the_words(window, qtbot):
    window.actions_.help_action.trigger()
    guide = _help_of(window)
    every = guide.pages.count()
    assert every >= 5
    qtbot.keyClicks(guide.search, "reference document")
    shown = [guide.pages.item(r) for r in range(every) if not guide.pages.item(r).isHidden()]
    assert 0 < len(shown) < every
    for item in shown:
        assert "reference document" in help_window.page_text(item.data(0x0100)).casefold()
    assert guide.current_page in {item.data(0x0100) for item in shown}
    assert guide.browser.textCursor().selectedText().casefold() == "reference document"
    assert "page" in guide.hits.text()

    guide.search.setText("no such words anywhere in the guide")
    assert all(guide.pages.item(r).isHidden() for r in range(every))
    assert guide.hits.text() == "Not found in the guide"


def test_links_between_pages_are_followed(window):
    window.actions_.help_action.trigger()
    guide = _help_of(window)
    guide._follow(help_window.QUrl("map.md"))
    assert guide.current_page == "map.md"
    assert "map" in guide.browser.toPlainText().casefold()


def test_help_menu_and_keys(window):
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    help_actions = menus["&Help"].actions()
    assert window.actions_.help_action in help_actions
    assert window.actions_.shortcuts_action in help_actions
    assert window.actions_.help_action.shortcuts()  # F1 (the platform's HelpContents)
    assert window.actions_.preferences_action in menus["&Edit"].actions()


def test_shortcut_list_is_read_from_the_menus(window, qtbot):
    rows = menu_shortcuts(window.menuBar())
    commands = {(menu, command): keys for menu, command, keys in rows}
    assert commands[("File", "Save")] == window.save_action.shortcut().toString()
    assert ("Go", "1 Pitch") in commands
    assert ("Help", "PitchKit User Guide") in commands
    window.actions_.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    texts = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "Save" in texts
    assert any("link" in text for text in texts)  # the map's Shift-drag gesture too


def test_preferences_round_trip_and_bad_values(qapp):
    assert Preferences.load() == Preferences()
    chosen = Preferences(theme="dark", reference_docx="/x/house.docx", export_folder="/x/out", autosave_minutes=5, language="nl")
    chosen.save()
    assert Preferences.load() == chosen
    settings = gui_settings()
    settings.setValue("files/autosave_minutes", "soon")
    settings.setValue("appearance/theme", "purple")
    loaded = Preferences.load()
    assert loaded.autosave_minutes == 1 and loaded.theme == "system"
    settings.setValue("files/autosave_minutes", 100000)
    assert Preferences.load().autosave_minutes == 60


def test_preferences_dialog_applies_theme_autosave_and_reference(window, project_path, monkeypatch):
    window.load(project_path)
    autosave = window.autosave  # made with the current preference
    assert autosave.timer.interval() == 60_000
    generate = window.pages["generate"]
    chosen = Preferences(theme="dark", reference_docx="/somewhere/house.docx", autosave_minutes=3)
    monkeypatch.setattr(PreferencesDialog, "get_value", classmethod(lambda cls, parent, current: (chosen, True)))
    app = QApplication.instance()
    try:
        window.actions_.preferences_action.trigger()
        assert is_dark(app.palette())
        assert autosave.timer.interval() == 3 * 60_000
        assert generate.reference_docx == "/somewhere/house.docx"
        assert generate.reference_label.text() == "house.docx"
        assert Preferences.load() == chosen
    finally:
        apply_theme(app, "system")
    assert not is_dark(app.palette())


def test_preferences_cancelled_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(
        PreferencesDialog, "get_value",
        classmethod(lambda cls, parent, current: (Preferences(theme="dark"), False)),
    )
    window.actions_.preferences_action.trigger()
    assert Preferences.load() == Preferences()


def test_preferences_dialog_shows_and_returns_its_fields(qtbot):
    dialog = PreferencesDialog(Preferences(theme="light", autosave_minutes=7, language="nl"))
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "light"
    assert dialog.autosave.value() == 7
    dialog.folder.edit.setText("  /tmp/exports ")
    dialog.theme.setCurrentIndex(2)
    value = dialog.value()
    assert value.theme == "dark" and value.export_folder == "/tmp/exports" and value.language == "nl"


def _contrast(a, b) -> float:
    def luminance(colour) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_preview_reads_as_paper_in_dark_mode(window, project_path, qtbot):
    from PySide6.QtGui import QPalette

    app = QApplication.instance()
    apply_theme(app, "dark")
    try:
        window.load(project_path)
        page = window.pages["generate"]
        roles = QPalette.ColorRole
        qtbot.waitUntil(lambda: is_dark(window.palette()))  # the rest of the window is dark ...
        window_palette = window.palette()
        preview = page.preview.palette()
        assert not is_dark(preview) or preview.color(roles.Base).lightness() > 200  # ... the page is paper
        assert _contrast(preview.color(roles.Base), preview.color(roles.Text)) >= 7
        # The document's own heading colour (chosen for paper) on the preview's background.
        from PySide6.QtGui import QColor

        assert _contrast(preview.color(roles.Base), QColor("#1f3864")) >= 4.5
        # and the window's own text still contrasts with the dark window
        assert _contrast(window_palette.color(roles.Window), window_palette.color(roles.WindowText)) >= 4.5
    finally:
        apply_theme(app, "system")
