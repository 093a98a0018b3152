"""Save a screenshot of the main window on the bundled example, for the README.

Run under a real X server so the platform style and fonts are the ones people see:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshot.py docs/screenshot.png
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

WINDOW_SIZE = (1180, 680)
PAINT_DELAY_MS = 400


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="PNG file to write")
    parser.add_argument("--size", default="x".join(map(str, WINDOW_SIZE)), help="window size, WIDTHxHEIGHT (e.g. 1024x600)")
    parser.add_argument(
        "--step", default="stakeholders", help="the step to show (pitch, stakeholders, resistances, …; start for the start screen)"
    )
    parser.add_argument("--language", choices=("en", "nl"), help="the app's language (default: as the app chooses)")
    args = parser.parse_args(argv)

    from pitchkit.qtrender.application import has_display

    if not has_display():
        print("screenshot: error: no display; run it under xvfb-run", file=sys.stderr)
        return 1

    # Neither read the user's saved window geometry nor overwrite it.
    settings_dir = tempfile.TemporaryDirectory(prefix="pitchkit-screenshot-")
    os.environ["XDG_CONFIG_HOME"] = settings_dir.name
    os.environ["PITCHKIT_DATA_DIR"] = str(Path(settings_dir.name) / "data")

    from PySide6.QtCore import QTimer

    from pitchkit.gui.app import application, create_main_window

    app = application(args.language)
    window = create_main_window(None)
    if window is None:
        return 1
    if args.step != "start":
        window.open_example()
        window.show_step(args.step)
        page = window.current_page()
        records = getattr(page, "list", None)
        if records is not None and records.model.rowCount():
            records.select_record(records.model.record(0).id)
    window.resize(*(int(n) for n in args.size.lower().split("x")))
    window.show()

    saved: list[bool] = []

    def grab_and_quit() -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        saved.append(window.grab().save(str(args.out), "PNG"))
        window.close()

    def grab_when_ready() -> None:
        # The Generate step builds its preview in the background: wait for it.
        renderer = getattr(window.current_page(), "renderer", None)
        if renderer is not None and renderer.is_busy():
            QTimer.singleShot(200, grab_when_ready)
        else:
            QTimer.singleShot(PAINT_DELAY_MS, grab_and_quit)

    QTimer.singleShot(PAINT_DELAY_MS, grab_when_ready)
    app.exec()
    settings_dir.cleanup()
    if not (saved and saved[0]):
        print(f"screenshot: error: {args.out}: could not write the PNG", file=sys.stderr)
        return 1
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
