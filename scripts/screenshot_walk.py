"""Screenshot walk of the app at one size, language and theme: every step, the start screen,
Preferences, Help, the import preview, the Conflicts panel after a merge, the map with it.

Run under a real X server (the platform's style and fonts), once per language and theme:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python scripts/screenshot_walk.py OUT_DIR --language nl --theme dark

Writes OUT_DIR/<language>-<theme>-NN-<what>.png; look at each one.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

STEPS = ("pitch", "stakeholders", "map", "resistances", "problems", "strategy", "generate")
SHEET = (
    "Name,Role,Department,Power,Interest,Stance\n"
    "Dana Okafor,Managing Director,Freight,9,6,supportive\n"
    "New Person With A Long Name,Head of Operational Excellence and Continuous Improvement,Operations,5,5,neutral\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", choices=("en", "nl"), default="en")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1024x600", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="pitchkit-walk-"))
    os.environ["XDG_CONFIG_HOME"] = str(work)  # neither read nor change the user's settings
    os.environ["PITCHKIT_DATA_DIR"] = str(work / "data")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QWidget

    from pitchkit.gui.app import application, create_main_window
    from pitchkit.gui.theme import apply_theme
    from pitchkit.qtrender.application import has_display

    if not has_display():
        print("screenshot_walk: error: no display; run it under xvfb-run", file=sys.stderr)
        return 1
    app = application(args.language)
    apply_theme(app, args.theme)
    window = create_main_window(None)
    if window is None:
        return 1
    window.resize(*(int(n) for n in args.size.lower().split("x")))
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 350) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(args.out / f"{args.language}-{args.theme}-{name}.png"), "PNG")

    grab(window, "00-start")
    window.open_example()
    for number, step in enumerate(STEPS, start=1):
        window.show_step(step)
        page = window.current_page()
        records = getattr(page, "list", None)
        if records is not None and hasattr(records, "model") and records.model.rowCount():
            records.select_record(records.model.record(0).id)
        renderer = getattr(page, "renderer", None)
        for _ in range(50):  # the Generate step builds its preview in the background
            if renderer is None or not renderer.is_busy():
                break
            settle(200)
        grab(window, f"{number:02d}-{step}")
    _dialogs(window, work, grab)
    _conflicts(window, work, grab)
    print(f"Wrote the walk to {args.out}")
    return 0


def _dialogs(window: Any, work: Path, grab: Callable[[Any, str], None]) -> None:
    from pitchkit.core.register_import import import_file
    from pitchkit.gui.help_window import show_help
    from pitchkit.gui.import_dialog import ImportPreviewDialog
    from pitchkit.gui.preferences import Preferences, PreferencesDialog

    preferences = PreferencesDialog(Preferences.load(), window)
    preferences.show()
    grab(preferences, "20-preferences")
    preferences.close()
    help_window = show_help(window)
    grab(help_window, "21-help")
    help_window.close()
    sheet = work / "people.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    preview = ImportPreviewDialog(import_file(window.session.project, sheet), window)
    preview.show()
    grab(preview, "22-import")
    preview.close()


def _conflicts(window: Any, work: Path, grab: Callable[[Any, str], None]) -> None:
    import msgspec

    from pitchkit.core.merge import merge_projects
    from pitchkit.core.model import Project, Stance
    from pitchkit.core.project_file import save_project, to_data

    base = window.session.project
    ours, theirs = (msgspec.convert(to_data(base), Project) for _ in range(2))
    ours.stakeholders[0].stance, theirs.stakeholders[0].stance = Stance.NEUTRAL, Stance.RESISTANT
    ours.stakeholders[1].notes, theirs.stakeholders[1].notes = "ours", "theirs"
    ours.stakeholders[2].notes = "changed in ours, deleted in theirs"
    theirs.stakeholders = [p for p in theirs.stakeholders if p.id != ours.stakeholders[2].id]
    path = work / "merged.pitchkit"
    save_project(merge_projects(base, ours, theirs).project, path, backup=False)
    window.load(path)
    window.show_step("stakeholders")
    grab(window, "23-conflicts")
    panel = window.merging.conflicts_panel
    if panel is not None:
        panel.list.setCurrentRow(panel.list.count() - 1)
        grab(window, "24-conflicts-whole-record")
    window.show_step("map")
    grab(window, "25-map-with-conflicts")


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip tearing down the window's threads at exit
