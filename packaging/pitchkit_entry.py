"""Entry point of the self-contained PitchKit bundle (PyInstaller runs this file)."""

from pitchkit.cli import main

raise SystemExit(main())
