"""A date field that may be empty: typed in ISO or the locale's short format, or picked from a calendar.

The model always stores ISO dates; the field shows ISO (unambiguous between countries).
A text that is no date is kept, framed in red with the reason in its tooltip, and never
stored: the user sees that it was refused instead of having keystrokes swallowed.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from pitchkit.gui.icons import icon


def _locale_formats(locale: QLocale) -> list[str]:
    """The locale's short date format, leniently: one-digit days and months, 2- or 4-digit years."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    lenient = short.replace("dd", "d").replace("MM", "M").replace("yyyy", "yy")
    return [lenient.replace("yy", "yyyy"), lenient]


def parse_date(text: str, locale: QLocale | None = None) -> datetime.date | None:
    """`text` as a date: ISO (2027-03-04) or the locale's short format (4/3/2027 in the UK); else None."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    for fmt in _locale_formats(locale):
        parsed = QDate.fromString(text, fmt)
        if parsed.isValid():
            year = parsed.year()
            if "yyyy" not in fmt:  # "4/3/27" is 2027, not 1927
                year = 2000 + year % 100
            return datetime.date(year, parsed.month(), parsed.day())
    return None


def locale_example(locale: QLocale | None = None) -> str:
    """31 December 2027 in the locale's short format with a four-digit year ("31/12/2027")."""
    locale = locale or QLocale()
    return QDate(2027, 12, 31).toString(_locale_formats(locale)[0])


class _CalendarPopup(QWidget):
    """The month calendar under a date field; a click or Enter picks a day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        from PySide6.QtWidgets import QCalendarWidget  # made on first use, not at start-up

        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    @Slot(QDate)
    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)


class DateEdit(QLineEdit):
    """A date that may be empty: ISO or the locale's format, or the calendar button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._popup: _CalendarPopup | None = None
        self._refused = False
        self.setPlaceholderText(self.tr("YYYY-MM-DD or {example}").format(example=locale_example()))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 60)
        self.calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setText(self.tr("Choose a date"))
        self.calendar_action.setToolTip(self.tr("Choose a date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._check)

    # ----------------------------------------------------------------------------------------

    def date(self) -> datetime.date | None:
        """The date typed, or None when empty or not a date."""
        return parse_date(self.text())

    def set_date(self, value: datetime.date | None) -> None:
        self.setText("" if value is None else value.isoformat())
        self._set_refused(False)

    def is_refused(self) -> bool:
        """Whether the text shown is not a date (and so was not stored)."""
        return self._refused

    # ----------------------------------------------------------------------------------------

    @Slot()
    def show_calendar(self) -> None:
        """Open the calendar under the field, on the date shown (or today)."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_picked)
        shown = self.date()
        start = QDate(shown.year, shown.month, shown.day) if shown else QDate.currentDate()
        self._popup.calendar.setSelectedDate(start)
        self._popup.adjustSize()
        self._popup.move(popup_position(self, self._popup.size()))
        self._popup.show()
        self._popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    @property
    def calendar_popup(self) -> _CalendarPopup | None:
        """The calendar, once it has been opened."""
        return self._popup

    @Slot(QDate)
    def _on_picked(self, date: QDate) -> None:
        self.setText(date.toString(Qt.DateFormat.ISODate))
        self._set_refused(False)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    @Slot()
    def _on_text_edited(self) -> None:
        if self._refused and (not self.text().strip() or self.date() is not None):
            self._set_refused(False)

    @Slot()
    def _check(self) -> None:
        shown = self.date()
        self._set_refused(bool(self.text().strip()) and shown is None)
        if shown is not None and self.text() != shown.isoformat():
            self.setText(shown.isoformat())  # "4/3/2027" is shown as it is stored

    def _set_refused(self, refused: bool) -> None:
        self._refused = refused
        self.setProperty("refused", refused)
        if refused:
            why = self.tr("“{text}” is not a date: type it as YYYY-MM-DD or {example}, or choose it from the calendar.").format(
                text=self.text().strip(), example=locale_example())
            self.setToolTip(why)
            self.setAccessibleDescription(why)
            self.setStyleSheet("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }")
        else:
            self.setToolTip("")
            self.setAccessibleDescription("")
            self.setStyleSheet("")

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)


def popup_position(field: QWidget, size: QSize) -> QPoint:
    """Where a popup of `size` opens for `field`: below it, or above it when the screen ends
    first (a date near the bottom of a 600-pixel screen), and never past the screen's sides."""
    screen = field.screen().availableGeometry()
    below = field.mapToGlobal(QPoint(0, field.height()))
    top = below.y() if below.y() + size.height() <= screen.bottom() else field.mapToGlobal(QPoint(0, 0)).y() - size.height()
    left = min(max(below.x(), screen.left()), screen.right() - size.width())
    return QPoint(left, max(top, screen.top()))
