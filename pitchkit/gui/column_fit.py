"""Table columns sized to what they hold, the first text column served first.

Qt's Stretch mode shares the room out evenly, so at 1024 pixels the Name column of the
Stakeholders list read "Da…" while "Power" kept a hundred pixels for "8.5".  Here short
columns (numbers, dates, choices) get the width of their header and contents, and the
text columns share what is left: the first one (the name, the title) gets what it needs
up to half of it, the others the rest in proportion to their contents.  A column the user
drags keeps its width from then on.  Only the first `_SAMPLE_ROWS` rows are measured, so a
list of thousands of people costs no more than a short one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QTableView, QWidget

#: Rows measured for a column's content width.
_SAMPLE_ROWS = 200
#: Room around a cell's text (the style's margins and the sort arrow).
_PADDING = 24
#: The widest a short (not stretched) column or a text column's wish may be.
_SHORT_MAX = 150
_TEXT_MAX = 360
_TEXT_MIN = 48


def _viewport(view: QAbstractScrollArea) -> QWidget:
    """`view.viewport()`, found as the child Qt names it where it can be (quicker at start-up).

    PySide wraps the widget `viewport()` returns by asking every QWidget class it binds
    whether the object is one, building each class and its enums (~15 ms, once).  The
    viewport is the view's own child named `qt_scrollarea_viewport`, and `findChild`
    prefers a direct child to a grandchild (the header's viewport has that name too).
    """
    found = view.findChild(QWidget, "qt_scrollarea_viewport")
    if found is None or found.parent() is not view:
        return view.viewport()
    return found


class ColumnFitter(QObject):
    """Keeps `table`'s column widths fitted to the view's width and the rows' contents."""

    def __init__(self, table: QTableView, stretch: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self._fitting = False
        self._dragged: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(table.model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        self._viewport = _viewport(table)
        self._viewport.installEventFilter(self)
        #: Measured widths by column, until the rows change (a resize only shares them out).
        self._measured: dict[int, int] = {}
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._on_rows_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    @Slot()
    def _on_rows_changed(self) -> None:
        self._measured.clear()
        self._timer.start()

    def wanted(self, column: int) -> int:
        """The width column `column` would like: its header and its widest sampled cell."""
        if column not in self._measured:
            self._measured[column] = self._measure(column)
        return self._measured[column]

    def _measure(self, column: int) -> int:
        model = self.table.model()
        metrics = self.table.fontMetrics()
        header = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = metrics.horizontalAdvance(header)
        for row in range(min(model.rowCount(), _SAMPLE_ROWS)):
            text = model.index(row, column).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest + _PADDING

    def _header_width(self, column: int) -> int:
        header = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return min(self.table.fontMetrics().horizontalAdvance(header) + _PADDING, self.wanted(column))

    @Slot()
    def fit(self) -> None:
        """Share the view's width out again (columns the user dragged keep theirs)."""
        header = self.table.horizontalHeader()
        columns = [c for c in range(self.table.model().columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        widths: dict[int, int] = {}
        for column in columns:
            if column in self._dragged:
                widths[column] = header.sectionSize(column)
            elif column not in self.stretch:
                widths[column] = min(self.wanted(column), _SHORT_MAX)
        texts = [c for c in columns if c not in widths]
        view = self._viewport.width()
        wishes = {c: max(min(self.wanted(c), _TEXT_MAX), _TEXT_MIN) for c in texts}
        if texts:  # the name before the short columns: they give up room (down to their header)
            needed = min(wishes[texts[0]], view * 3 // 10) + _TEXT_MIN * (len(texts) - 1)
            short = [c for c in widths if c not in self._dragged]
            over = sum(widths.values()) + needed - view
            give = sum(widths[c] - self._header_width(c) for c in short)
            if over > 0 and give > 0:
                for c in short:
                    share = (widths[c] - self._header_width(c)) * min(over, give) // give
                    widths[c] -= share
        room = view - sum(widths.values())
        if texts:
            if sum(wishes.values()) <= room:  # room to spare: shared in proportion
                extra = room - sum(wishes.values())
                total = sum(wishes.values())
                for c in texts:
                    widths[c] = wishes[c] + extra * wishes[c] // total
            else:  # short of room: the first (the name) first, never a sideways scroll bar
                first, rest = texts[0], texts[1:]
                widths[first] = max(min(wishes[first], room * 3 // 5 if rest else room), _TEXT_MIN)
                left = max(room - widths[first], 0)
                total = sum(wishes[c] for c in rest) or 1
                smallest = header.minimumSectionSize()
                for c in rest:
                    widths[c] = max(left * wishes[c] // total, smallest)
                # The header's smallest section can take more than was left: the name gives it.
                over = sum(widths.values()) - self._viewport.width()
                if over > 0:
                    widths[first] = max(widths[first] - over, smallest)
        leftover = view - sum(widths.values())
        if texts and 0 < leftover < len(columns) * 2:  # what rounding left: to the name
            widths[texts[0]] += leftover
        self._fitting = True
        try:
            for column, width in widths.items():
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        # Only a drag with the mouse: Qt's own resizes (a reset of the model) do not count.
        if not self._fitting and QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self._dragged.add(column)  # the user's width stays
