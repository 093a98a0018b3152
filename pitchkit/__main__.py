"""`python -m pitchkit` runs the command line."""

from pitchkit.cli import main

raise SystemExit(main())
