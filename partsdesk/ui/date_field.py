"""A date typed or picked from a calendar; empty means no date.

People type dates the way they write them: ISO (2025-03-01), the Chinese form (2025年3月1日),
2025/3/1 or 2025.3.1, also with full-width digits from an input method. ``DateField`` reads any
of them while it is typed, shows a readable date as 2025-03-01 once the field is left, and keeps
an unreadable one as typed, marked, with ``problem()`` saying how to write it. An empty field
shows its placeholder, never a stand-in date.

The calendar (the arrow at the field's end, Alt+Down or F4) opens at the field's date, else at
the month of a date the form names (the repair date), else at this month, and is placed wholly
on the screen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (QCalendarWidget, QFrame, QLineEdit, QToolButton, QVBoxLayout,
                               QWidget)

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.ui import style

tr = Translator("DateField")

ACCEPTED = QRegularExpression(r"[0-9０-９\-/.．／－年月日 ]{0,16}")
_SEPARATED = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_PACKED = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> date | None:
    """The date ``text`` names, None when it is empty; ValueError when it names none."""
    plain = unicodedata.normalize("NFKC", str(text or "")).strip()
    if not plain:
        return None
    found = _SEPARATED.fullmatch(plain) or _PACKED.fullmatch(plain)
    if found is None:
        raise ValueError(plain)
    year, month, day = (int(part) for part in found.groups())
    return date(year, month, day)           # ValueError for 2025-02-30 too


class CalendarPopup(QFrame):
    """The calendar of one DateField, as a popup that closes when the user clicks elsewhere."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.NoVerticalHeader)
        if i18n.language() == "zh_CN":         # month and day names in the user's language
            self.calendar.setLocale(QLocale(QLocale.Chinese, QLocale.China))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def open_below(self, field: QWidget, shown: date) -> None:
        """Show the month of ``shown`` under ``field`` (above it, or moved in, where the screen
        ends)."""
        self.calendar.setSelectedDate(QDate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.adjustSize()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        self.resize(size)
        screen = (field.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        below = field.mapToGlobal(QPoint(0, field.height()))
        above = field.mapToGlobal(QPoint(0, 0)).y() - size.height()
        y = below.y() if below.y() + size.height() <= screen.bottom() + 1 or above < screen.top() \
            else above
        x = min(below.x(), screen.right() + 1 - size.width())
        self.move(max(screen.left(), x), max(screen.top(), min(y, screen.bottom() + 1
                                                               - size.height())))
        self.show()
        self.calendar.setFocus(Qt.PopupFocusReason)


class DateField(QLineEdit):
    """A date that may be empty. ``value()`` is the date or None; ``problem()`` says what is
    wrong with what is typed; ``valueChanged`` when the date changes."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 near: Callable[[], date | None] | None = None, latest: date | None = None):
        super().__init__(parent)
        self.near = near            # where the calendar opens while the field is empty
        self.latest = latest
        self._last: date | None = None
        self.setPlaceholderText(tr("e.g. 2025-03-01"))
        self.setToolTip(tr("Type 2025-03-01, 2025/3/1 or 2025年3月1日, or pick it from the "
                           "calendar (Alt+Down)"))
        self.setValidator(QRegularExpressionValidator(ACCEPTED, self))
        widest = max(self.fontMetrics().horizontalAdvance(text)
                     for text in ("2025-03-01", self.placeholderText()))
        self.setMinimumWidth(widest + 44)      # and the calendar arrow
        self.calendar_action = self.addAction(style.icon("chevron-down.svg"),
                                              QLineEdit.TrailingPosition)
        self.calendar_action.setToolTip(tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.popup = CalendarPopup(self)
        self.popup.calendar.clicked.connect(self._picked)
        self.popup.calendar.activated.connect(self._picked)
        self.textChanged.connect(lambda _: self._typed())
        self.editingFinished.connect(self._tidy)

    @property
    def calendar_button(self) -> QToolButton:
        """The arrow at the field's end that opens the calendar."""
        return next(button for button in self.findChildren(QToolButton)
                    if self.calendar_action in button.actions()
                    or button.defaultAction() is self.calendar_action)

    # --- the value -----------------------------------------------------------------------
    def value(self) -> date | None:
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def problem(self) -> str | None:
        """What to do about what is typed, or None when it is a date or empty."""
        try:
            parse_date(self.text())
        except ValueError:
            return tr("\"{text}\" is not a date. Type it as 2025-03-01 or 2025年3月1日, or pick "
                      "it from the calendar.", text=self.text().strip())
        return None

    def _typed(self) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.valueChanged.emit()

    def _tidy(self) -> None:
        """Leaving the field: a date as 2025-03-01; an unreadable text stays, marked."""
        value = self.value()
        if value is not None and self.text() != value.isoformat():
            self.set_value(value)
        invalid = self.problem() is not None
        if bool(self.property("invalid")) != invalid:
            self.setProperty("invalid", invalid)
            self.style().unpolish(self)
            self.style().polish(self)

    # --- the calendar --------------------------------------------------------------------
    def open_calendar(self) -> None:
        shown = self.value() or (self.near() if self.near else None) or date.today()
        calendar = self.popup.calendar
        calendar.setMaximumDate(QDate(self.latest) if self.latest else QDate(9999, 12, 31))
        self.popup.open_below(self, shown)

    def _picked(self, day: QDate) -> None:
        self.popup.hide()
        self.set_value(day.toPython())
        self._tidy()
        self.setFocus(Qt.PopupFocusReason)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_F4 or (event.key() == Qt.Key_Down
                                        and event.modifiers() & Qt.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)
