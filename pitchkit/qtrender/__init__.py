"""Qt drawing without the desktop app: the PDF writer, the map painter and an offscreen application.

The command line exports PDFs and map pictures through this package, so it never imports
`pitchkit.gui`; the GUI imports it too (the interactive map paints with `map_painter`).
Qt stays out of `pitchkit.core` and `pitchkit.documents` (tests/core/test_no_qt.py).
"""
