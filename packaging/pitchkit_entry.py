"""Entry point of the self-contained PitchKit bundle (PyInstaller runs this file)."""

from pitchkit.entry import run

raise SystemExit(run())
