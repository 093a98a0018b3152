"""A visible keyboard focus on lists and tables: a frame in the palette's highlight colour.

Styles such as Fusion mark a focused table or list only by a dotted cell, invisible in
dark mode; a style sheet using `palette(highlight)` follows the light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

#: Pixels of the frame shown around a focused list or table.
FOCUS_WIDTH = 2


def show_focus(widget: QAbstractScrollArea) -> None:
    """Draw a highlight-coloured frame around `widget` while it has the keyboard focus."""
    name = next(cls.__name__ for cls in type(widget).__mro__ if cls.__module__.startswith("PySide6"))
    widget.setStyleSheet(
        f"{name} {{ border: {FOCUS_WIDTH}px solid transparent; }}"
        f"{name}:focus {{ border: {FOCUS_WIDTH}px solid palette(highlight); }}"
    )


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (their reading order on screen)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


#: A flat tool button that shows where the keyboard is: Fusion marks a focused auto-raised
#: button with a faint outline, which in dark mode hardly shows which one Space would press.
_TOOL_BUTTON_STYLE = (
    f"QToolButton {{ border: {FOCUS_WIDTH}px solid transparent; border-radius: 3px; padding: 0px 1px; }}"
    "QToolButton[popupMode=\"2\"] { padding-right: 12px; }"
    "QToolButton:hover { border-color: palette(mid); }"
    "QToolButton:checked { background: palette(midlight); border-color: palette(mid); }"
    "QToolButton:pressed { background: palette(mid); }"
    "QToolButton:focus { border-color: palette(highlight); }"
)


def show_button_focus(button: QWidget) -> None:
    """Draw a highlight-coloured frame around a flat tool button while it has the focus."""
    button.setStyleSheet(_TOOL_BUTTON_STYLE)
