"""`python -m pitchkit` runs the command line."""

from pitchkit.entry import run

raise SystemExit(run())
