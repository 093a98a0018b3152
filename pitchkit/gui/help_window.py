"""Help ▸ User Guide (F1): the guide in docs/ read inside the app, with search across its pages.

In a Dutch app the pages are those of docs/nl/ where one exists; a page that exists only in
English is shown in English, marked so in the list (docs/decisions.md, "Dutch help").
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pitchkit.core.language import current_language
from pitchkit.gui.focus_frame import show_focus
from pitchkit.gui.preview_fit import FittingBrowser, wrap_code_blocks
from pitchkit.gui.wrap_delegate import FitWidthDelegate
from pitchkit.paths import docs_dir

#: The pages of the guide, in reading order: (file in docs/, title in the list).
PAGES: tuple[tuple[str, str], ...] = (
    ("user-guide.md", QT_TRANSLATE_NOOP("HelpWindow", "User guide")),
    ("map.md", QT_TRANSLATE_NOOP("HelpWindow", "The stakeholder map")),
    ("playbook.md", QT_TRANSLATE_NOOP("HelpWindow", "Playbook and health check")),
    ("templates.md", QT_TRANSLATE_NOOP("HelpWindow", "Writing templates")),
    ("file-format.md", QT_TRANSLATE_NOOP("HelpWindow", "Project files and merging")),
    ("robustness.md", QT_TRANSLATE_NOOP("HelpWindow", "Autosave, locks and limits")),
    ("install.md", QT_TRANSLATE_NOOP("HelpWindow", "Installing PitchKit")),
)

#: Largest guide page read (the biggest today is ~60 kB).
_MAX_PAGE_BYTES = 2_000_000


def page_folders(language: str | None = None) -> list[Path]:
    """Where the pages are looked up, in order: docs/<language>/ (not for English), then docs/."""
    language = language or current_language()
    own = [docs_dir() / language] if language != "en" else []
    return [*own, docs_dir()]


def page_path(name: str, language: str | None = None) -> Path:
    """The page `name` in `language` (the app's), or in English when it has no translation."""
    folders = page_folders(language)
    return next((folder / name for folder in folders if (folder / name).is_file()), folders[-1] / name)


def page_text(name: str, language: str | None = None) -> str:
    """The Markdown of one guide page in `language` ("" when it is missing from this installation)."""
    return _read(page_path(name, language))


@functools.cache
def _read(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return handle.read(_MAX_PAGE_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


class HelpWindow(QDialog):
    """A non-modal guide: page list, search box that filters pages, and the page itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PitchKit Help"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.pages = QListWidget(self)
        show_focus(self.pages)
        self.pages.setAccessibleName(self.tr("Guide pages"))
        self.pages.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pages.setItemDelegate(FitWidthDelegate(self.pages))  # as wide as the list: no sideways scrolling
        self.hits = QLabel(self)
        self.browser = FittingBrowser(self)  # pictures shrink to the page's width
        self.browser.setOpenLinks(False)  # links between pages are followed here
        self.browser.setSearchPaths([str(folder) for folder in page_folders()])
        self.browser.setAccessibleName(self.tr("Guide page"))
        for name, title in PAGES:
            if page_text(name):
                shown = self.tr(title)
                if page_path(name).parent != page_folders()[0]:  # no page in the app's language
                    shown = self.tr("{title} (in English)").format(title=shown)
                item = QListWidgetItem(shown, self.pages)
                item.setData(0x0100, name)  # Qt.UserRole
                item.setToolTip(shown)  # the list is narrow: a long title ends in "…"

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.pages, 1)
        side_layout.addWidget(self.hits)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        # Never larger than the screen (a 1024x600 netbook has less than 680 pixels to give).
        room = self.screen().availableGeometry()
        self.resize(min(980, room.width() * 9 // 10), min(680, room.height() * 9 // 10))

        self.pages.currentItemChanged.connect(self._show_current)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        self.browser.anchorClicked.connect(self._follow)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        self.current_page = ""
        if self.pages.count():
            self.pages.setCurrentRow(0)

    def show_page(self, name: str, topic: str = "") -> None:
        """Show the page `name` (a file in docs/), scrolled to the first `topic` when given."""
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            if item.data(0x0100) == name:
                item.setHidden(False)
                self.pages.setCurrentItem(item)
                break
        if topic:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(topic)

    @Slot()
    def find_next(self) -> None:
        """The next place of the search words on this page, from the top again at the end."""
        words = self.search.text().strip()
        if not words:
            return
        if not self.browser.find(words):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words)

    @Slot()
    def _show_current(self) -> None:
        item = self.pages.currentItem()
        if item is None:
            return
        self.current_page = str(item.data(0x0100))
        self.browser.document().setMarkdown(
            page_text(self.current_page), QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        )
        wrap_code_blocks(self.browser.document())  # long example lines wrap: no sideways scrolling
        self.browser.fit()
        self.find_next()

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = text.strip().casefold()
        shown = 0
        for row in range(self.pages.count()):
            item = self.pages.item(row)
            found = not words or words in page_text(str(item.data(0x0100))).casefold()
            item.setHidden(not found)
            shown += found
        if not words:
            self.hits.clear()
        elif shown:
            self.hits.setText(self.tr("Found on %n page(s)", "", shown))
        else:
            self.hits.setText(self.tr("Not found in the guide"))
        current = self.pages.currentItem()
        if current is not None and current.isHidden():
            visible = [self.pages.item(r) for r in range(self.pages.count()) if not self.pages.item(r).isHidden()]
            if visible:
                self.pages.setCurrentItem(visible[0])
        elif words:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.find_next()

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = Path(url.path()).name
        if target.endswith(".md") and page_text(target):
            self.show_page(target)
        if url.fragment():
            self.browser.scrollToAnchor(url.fragment())


_window: dict[int, HelpWindow] = {}


def show_help(parent: QWidget | None, page: str = "user-guide.md", topic: str = "") -> HelpWindow:
    """Open (or raise) the help window of `parent` at `page`, scrolled to `topic`."""
    key = id(parent)
    window = _window.get(key)
    if window is None:
        window = HelpWindow(parent)
        _window[key] = window
        window.destroyed.connect(lambda *_: _window.pop(key, None))
    window.show_page(page, topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
