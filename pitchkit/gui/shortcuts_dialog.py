"""Help ▸ Keyboard Shortcuts: every menu command that has a key, read from the menus themselves."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Keys that are not menu commands: (where, what, keys).
GESTURES: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Map"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Draw a link: drag from one person to another"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+drag")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Map"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+wheel")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Lists"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected record"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Pitch health"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to the record of a finding"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter or double-click")),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


#: Keys every keyboard has, by the names Qt writes them with (beside letters, digits, F1-F35).
_COMMON_KEYS = {"Ctrl", "Shift", "Alt", "Meta", "PgUp", "PgDown", "Del", "Ins", "Home", "End", "Return",
                "Enter", "Tab", "Backspace", "Esc", "Space", "Up", "Down", "Left", "Right"}


def _on_every_keyboard(keys: str) -> bool:
    """Whether a key combination uses only keys every keyboard has ("Shift+Save" does not)."""
    parts = keys.replace("++", "+plus").split("+")
    return all(len(p) == 1 or p == "plus" or p in _COMMON_KEYS or (p[0] == "F" and p[1:].isdigit()) for p in parts)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action in `bar`'s menus that has a shortcut."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu_title: str, actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(menu_title, action.menu().actions())
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            # The first binding, and other key combinations; not keys such as a keyboard's
            # own "Save" key, which read like a command name.
            keys = [k for i, k in enumerate(keys) if k and (i == 0 or _on_every_keyboard(k))]
            if keys and not action.isSeparator():
                rows.append((menu_title, _plain(action.text()), ", ".join(keys)))

    for top in bar.actions():
        if top.menu() is not None:
            walk(_plain(top.text()), top.menu().actions())
    return rows


class ShortcutsDialog(QDialog):
    """A table of menu, command and keys; the list is built from the live menus."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = menu_shortcuts(bar) + [(self.tr(w), self.tr(c), self.tr(k)) for w, c, k in GESTURES]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Command"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 520)
