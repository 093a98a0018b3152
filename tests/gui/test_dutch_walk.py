"""The app in Dutch as a new user walks it: no English text left on any window, page, menu or tooltip.

Every text a widget shows (labels, buttons, actions and their tooltips, placeholders, combo
items, table headers, tab and window titles) is compared with the English source strings of
pitchkit/i18n/pitchkit_nl.ts and the core's English labels; one that is still English fails.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from pitchkit.core.language import reset_language
from pitchkit.core.say_nl import LABELS
from pitchkit.gui import translation

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: Words that are the same in Dutch: names and terms Dutch L&D people use as they are.
SAME_IN_DUTCH = {
    "PitchKit", "Word", "PDF", "HTML", "Markdown", "KPI", "Pitch", "Stakeholder", "Stakeholders",
    "stakeholders", "Status", "Open", "Demo", "Later", "English", "Nederlands", "Help", "&Help",
    "Briefing", "min", "Route: {path}", "S&takeholder:", "K&PI:", "&Budget:",
    "Status:", "D&etail:", "St&atus:", "&Later", "1 stakeholder", "Enter",
}
#: Plain English a translated text would not have (on texts the code writes, not project data).
ENGLISH_WORDS = re.compile(r"\b(the|and|your|you|with|this|that|from|for|of)\b")
#: Where a text comes from the code (tooltips, placeholders, headers, buttons, actions).
FROM_CODE = ("tooltip", "placeholder", "header", "header tooltip", "action", "action tooltip",
             "action status tip", "title")


def _english_sources() -> set[str]:
    tree = ET.parse(ROOT / "pitchkit" / "i18n" / "pitchkit_nl.ts")
    texts = {m.findtext("source") or "" for m in tree.getroot().iter("message")}
    return {_norm(t) for t in texts | set(LABELS)} - {_norm(t) for t in SAME_IN_DUTCH} - {""}


def _norm(text: str) -> str:
    """Without accelerators, leading step numbers, markup and surrounding space."""
    text = re.sub(r"<[^>]+>", "", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return re.sub(r"^\d+\s+", "", text).strip().rstrip(":").strip()


def _shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text `widget` and its children show."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: str) -> None:
        if text and text.strip():
            found.append((where, text))

    for child in [widget, *widget.findChildren(QWidget)]:
        name = type(child).__name__
        add(f"{name} tooltip", child.toolTip())
        add(f"{name} title", child.windowTitle() if child.isWindow() else "")
        add(f"{name} accessible name", child.accessibleName())
        if isinstance(child, QLabel):
            add(name, child.text())
        elif isinstance(child, QAbstractButton):
            add(name, child.text())
        elif isinstance(child, QLineEdit):
            add(f"{name} placeholder", child.placeholderText())
        elif isinstance(child, QTextEdit):
            add(f"{name} placeholder", child.placeholderText())
        elif isinstance(child, QComboBox):
            for i in range(child.count()):
                add(f"{name} item", child.itemText(i))
                add(f"{name} item tooltip", str(child.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
        elif isinstance(child, QGroupBox):
            add(name, child.title())
        elif isinstance(child, QTabWidget):
            for i in range(child.count()):
                add(f"{name} tab", child.tabText(i))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model's columnCount is private in PySide6
                columns = 1
            rows = model.rowCount(root)
            for column in range(columns):
                add(f"{name} header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
                add(f"{name} header tooltip", str(model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""))
            for row in range(min(rows, 30)):
                for column in range(columns):
                    add(f"{name} cell", str(model.index(row, column).data() or ""))
        for action in child.actions():
            add(f"{name} action", action.text())
            add(f"{name} action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            add(f"{name} action status tip", action.statusTip())
    return found


@pytest.fixture
def dutch_app(qapp):
    loaded = translation.install_translators(qapp, "nl")
    yield qapp
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))
    reset_language()


def _fragments(sources: set[str]) -> set[str]:
    """The long stretches of fixed English in the sources, between their {fields}: a formatted
    text (the start screen's tour, a summary) holds one of them when it is still English."""
    return {part.strip() for source in sources for part in re.split(r"\{[^}]*\}", source) if len(part.strip()) >= 30}


def _english_left(widget: QWidget, sources: set[str]) -> list[str]:
    """Texts that are an English source string, or read as English where the code wrote them."""
    fragments = _fragments(sources)
    return sorted({
        f"{where}: {text!r}" for where, text in _shown_texts(widget)
        if _norm(text) in sources
        or (where.split(" ", 1)[-1] in FROM_CODE and len(ENGLISH_WORDS.findall(text)) >= 2)
        or any(fragment in _norm(text) for fragment in fragments)
    })


def test_every_window_page_menu_and_dialog_speaks_dutch(dutch_app, qtbot, example_path):
    from pitchkit.gui.help_window import HelpWindow
    from pitchkit.gui.main_window import MainWindow
    from pitchkit.gui.preferences import Preferences, PreferencesDialog
    from pitchkit.gui.shortcuts_dialog import ShortcutsDialog

    sources = _english_sources()
    assert "Business problems" in sources and "Supportive" in sources  # the check can fail
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    left = _english_left(window, sources)  # the start screen
    assert window.load(example_path)
    for step in window.steps:
        window.show_step(step.key)
        page = window.current_page()
        if step.key == "generate":
            qtbot.waitUntil(lambda p=page: "Northwind" in p.preview_text(), timeout=20_000)
        records = getattr(page, "list", None)
        if records is not None and records.model.rowCount():
            records.select_record(records.model.record(0).id)
        left += _english_left(window, sources)
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        left += _english_left(menu, sources)
    for dialog in (PreferencesDialog(Preferences.load(), window), ShortcutsDialog(window.menuBar(), window),
                   HelpWindow(window)):
        qtbot.addWidget(dialog)
        left += _english_left(dialog, sources)
    assert not left, "English left in the Dutch app:\n" + "\n".join(sorted(set(left)))


def test_the_walk_finds_english(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel("Business problems", widget)
    label.setToolTip("Open the file in the viewer of your choice")
    edit = QLineEdit(widget)
    edit.setPlaceholderText("Bijvoorbeeld een proefproject")
    found = _english_left(widget, _english_sources())
    assert found == [
        "QLabel tooltip: 'Open the file in the viewer of your choice'",
        "QLabel: 'Business problems'",
    ]
    tour = QLabel("<p><b>How PitchKit works</b>: seven steps down the left of the window, in four stages.</p><ol></ol>", widget)
    assert any("How PitchKit works" in line for line in _english_left(tour, _english_sources()))


def test_the_start_screen_opens_the_dutch_example_in_dutch(dutch_app, qtbot):
    from pitchkit.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.start_page.example_button.click()
    project = window.session.project
    assert project is not None and project.pitch.organisation == "Noordwind Logistiek"
    assert project.language == "nl" and window.session.is_example
    assert "(voorbeeld)" in window.windowTitle()
