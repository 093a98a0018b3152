"""Drop-downs that never cut words out: elided at the end, full text in a tooltip, popups as wide as their items."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox

#: Room for the popup's frame and its vertical scroll bar, in pixels.
_POPUP_EXTRA = 28


class ComboFitter(QObject):
    """Keeps one combo box's popup as wide as its widest item, and each item's tooltip its full text."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)  # Qt's default cuts the middle
        model = combo.model()
        model.rowsInserted.connect(self.refit)
        model.rowsRemoved.connect(self.refit)
        model.modelReset.connect(self.refit)
        combo.currentTextChanged.connect(self._on_text_changed)
        self.refit()

    @Slot()
    def refit(self) -> None:
        """Widen the popup to its widest item and give every item its text as a tooltip."""
        combo = self.combo
        metrics = combo.view().fontMetrics()
        widest = 0
        for row in range(combo.count()):
            text = combo.itemText(row)
            widest = max(widest, metrics.horizontalAdvance(text))
            if not combo.itemData(row, Qt.ItemDataRole.ToolTipRole):
                combo.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
        combo.view().setMinimumWidth(widest + combo.iconSize().width() + _POPUP_EXTRA)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        # The closed box may be too narrow for its choice: the tooltip shows it whole.
        about = self.combo.accessibleDescription()
        self.combo.setToolTip("\n".join(part for part in (text, about) if part))


def fit_combo(combo: QComboBox) -> QComboBox:
    """Make `combo` elide at the end, show full texts as tooltips and open a popup wide enough."""
    if combo.findChild(ComboFitter) is None:
        ComboFitter(combo)
    return combo
