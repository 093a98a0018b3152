"""The in-app help in Dutch: Dutch pages where they exist, English ones marked, links and search in Dutch."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from pitchkit.core.language import reset_language
from pitchkit.gui import help_window, translation
from pitchkit.paths import docs_dir

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: The pages users read in the app, which exist in Dutch; the others are for template authors
#: and developers and stay English (docs/decisions.md, "Dutch help").
DUTCH_PAGES = {"user-guide.md", "map.md", "playbook.md", "robustness.md", "install.md"}


@pytest.fixture
def dutch_app(qapp):
    loaded = translation.install_translators(qapp, "nl")
    help_window._read.cache_clear()
    yield qapp
    for translator in loaded:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_GB"))
    reset_language()


@pytest.fixture
def guide(dutch_app, qtbot) -> help_window.HelpWindow:
    window = help_window.HelpWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(guide: help_window.HelpWindow) -> dict[str, str]:
    return {guide.pages.item(r).data(0x0100): guide.pages.item(r).text() for r in range(guide.pages.count())}


def test_every_page_users_read_exists_in_dutch():
    for name in DUTCH_PAGES:
        assert (docs_dir() / "nl" / name).is_file(), f"docs/nl/{name} is missing"
    assert {name for name, _ in help_window.PAGES} >= DUTCH_PAGES


def test_the_dutch_app_shows_the_dutch_pages_and_marks_the_english_ones(guide, qtbot):
    titles = _titles(guide)
    assert titles["user-guide.md"] == "Handleiding"
    assert guide.window().windowTitle() == "Help bij PitchKit"
    for name, title in titles.items():
        marked = title.endswith("(in het Engels)")
        assert marked == (name not in DUTCH_PAGES), f"{name}: {title!r}"
    assert guide.current_page == "user-guide.md"
    assert "De zeven stappen" in guide.browser.toPlainText()
    assert "The seven steps" not in guide.browser.toPlainText()

    guide.pages.setCurrentRow(list(titles).index("templates.md"))  # English only: shown in English
    assert guide.current_page == "templates.md"
    assert "template" in guide.browser.toPlainText().casefold()


def test_search_finds_dutch_words_and_links_stay_in_dutch(guide, qtbot):
    qtbot.keyClicks(guide.search, "vergrendeling")
    shown = [guide.pages.item(r).data(0x0100) for r in range(guide.pages.count()) if not guide.pages.item(r).isHidden()]
    assert "robustness.md" in shown and "templates.md" not in shown
    assert guide.browser.textCursor().selectedText().casefold() == "vergrendeling"
    assert guide.hits.text().startswith("Gevonden op")
    guide.search.clear()
    guide._follow(help_window.QUrl("map.md"))
    assert guide.current_page == "map.md"
    assert "De stakeholderkaart" in guide.browser.toPlainText()


def test_f1_in_the_dutch_app_opens_the_dutch_guide_at_the_step(dutch_app, qtbot, project_path):
    from pitchkit.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.load(project_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setCurrentRow(2)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    guide = window.findChildren(help_window.HelpWindow)[0]
    qtbot.waitUntil(guide.isVisible)
    assert window.steps[2].title == "Kaart"
    assert "De zeven stappen" in guide.browser.toPlainText()
    assert guide.browser.textCursor().selectedText() == "Kaart"


def test_an_english_app_keeps_the_english_pages(qtbot):
    reset_language()
    help_window._read.cache_clear()
    window = help_window.HelpWindow()
    qtbot.addWidget(window)
    assert _titles(window)["user-guide.md"] == "User guide"
    assert "The seven steps" in window.browser.toPlainText()
    assert not any("(in English)" in t for t in _titles(window).values())


def test_the_dutch_health_table_is_generated_from_the_rules():
    spec = importlib.util.spec_from_file_location("make_health_reference", ROOT / "scripts" / "make_health_reference.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    page = (ROOT / "docs" / "nl" / "playbook.md").read_text(encoding="utf-8")
    assert script.render_page(page, dutch=True) == page, "run python scripts/make_health_reference.py"
    from pitchkit.core.health import ordered_rules

    for rule in ordered_rules():
        assert re.search(rf"\| `{re.escape(rule.code)}` \| (hoog|gemiddeld|laag)", page), rule.code


def test_the_dutch_pages_link_only_to_pages_that_exist():
    for path in (docs_dir() / "nl").glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+\.(?:md|png))", path.read_text(encoding="utf-8")):
            assert (path.parent / target).exists() or (docs_dir() / target).exists(), f"{path.name} -> {target}"
