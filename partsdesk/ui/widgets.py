"""The widgets every page is built from: the scan field, the scan banner, small tables, buttons.

The scan field: USB scanners are keyboard wedges: they type the code fast and press Enter (or
Tab). The field emits ``scanned(code)`` for each, queues codes that arrive while the page is busy
so none is lost, and shows the same feedback everywhere: green for ok, amber for a warning, red
for unknown. The banner says the last scan's outcome in large type beside it. Small tables hold
the few rows of a dialog or a side panel, and ``put`` sets one cell of a table refreshed on every
scan without touching what did not change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from partsdesk.i18n import Translator
from partsdesk.ui.format import LEFT, RIGHT
from partsdesk.ui.style import NO_ARROWS

tr = Translator("ScanField")

ALIGNMENT_ROLE = Qt.TextAlignmentRole
COLOUR_ROLE = Qt.UserRole + 1          # the background a cell was given, to skip repaints


# --- the scan field ---------------------------------------------------------------------------

COLOURS = {"ok": "#d8f5dd", "warning": "#fff1c7", "error": "#fbd5d5"}


class ScanField(QLineEdit):
    scanned = Signal(str)

    def __init__(self, parent=None, placeholder: str | None = None, keep_focus: bool = True):
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(placeholder or tr("Scan or type a code, then Enter"))
        self.setClearButtonEnabled(True)
        self.keep_focus = keep_focus
        self.busy = False
        self.pending: list[str] = []
        self._reset_timer = QTimer(self, singleShot=True, interval=1500)
        self._reset_timer.timeout.connect(lambda: self.setStyleSheet(""))
        self.returnPressed.connect(self._submit)

    def event(self, event) -> bool:
        # Tab ends a scan too (some scanners are set up that way) instead of moving focus.
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            self._submit()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            # A scanner's Enter ends the scan and nothing else: a QLineEdit passes it on, and a
            # dialog would press its default button (a receipt made with one line and no sender).
            event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.keep_focus and self.isVisible():
            # Give the focus back once the user has finished with a dialog or another field.
            QTimer.singleShot(0, self._reclaim_focus)

    def _reclaim_focus(self) -> None:
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or focus.window() is not self.window()):
            return      # a dialog is open: it keeps the focus
        if focus is None or not isinstance(focus, (QLineEdit,)) or focus is self:
            self.setFocus(Qt.OtherFocusReason)

    def _submit(self) -> None:
        code = self.text().strip()
        self.clear()
        if not code:
            return
        if self.busy:
            self.pending.append(code)
        else:
            self.scanned.emit(code)

    def set_busy(self, busy: bool) -> None:
        """While busy, scans queue up; they are handed over in order when the page is free."""
        self.busy = busy
        while not self.busy and self.pending:
            self.scanned.emit(self.pending.pop(0))

    def feedback(self, kind: str, sound: str | None = None) -> None:
        """Colour the field for a moment and play the sound of ``sound`` (an outcome such as
        "over" or "damaged") or of ``kind``."""
        from partsdesk.ui import sounds
        self.setStyleSheet(f"QLineEdit#scanField {{ background: {COLOURS[kind]}; }}")
        self.setProperty("feedback", kind)
        self._reset_timer.start()
        sounds.play(sound or kind)


def big_scan_field(parent, placeholder: str) -> ScanField:
    """The scan field of a scanning screen, large enough to read from a step away."""
    field = ScanField(parent, placeholder=placeholder)
    font = field.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    field.setFont(font)
    field.setMinimumHeight(44)
    return field


def quantity_box(tooltip: str = "") -> QSpinBox:
    """The pieces of the next scan, beside a big scan field: 1 unless a box holds several."""
    box = QSpinBox()
    box.setStyleSheet(NO_ARROWS)
    box.setMinimumWidth(80)
    box.setAlignment(Qt.AlignCenter)
    box.setRange(1, 9999)
    box.setPrefix("× ")
    box.setMinimumHeight(44)
    box.setToolTip(tooltip)
    return box


# --- the scan banner --------------------------------------------------------------------------

# banner colours (background, text) per scan outcome
BANNER = {
    "ok": ("#dcfce7", "#14532d"), "over": ("#fef3c7", "#78350f"),
    "damaged": ("#ede9fe", "#4c1d95"), "unknown": ("#fee2e2", "#7f1d1d"),
    "not_a_part": ("#fee2e2", "#7f1d1d"), "error": ("#fee2e2", "#7f1d1d"),
    "voided": ("#e0f2fe", "#0c4a6e"), "idle": ("#f1f5f9", "#334155"),
}
SYMBOLS = {"ok": "✓", "over": "▲", "damaged": "✖", "unknown": "?", "not_a_part": "?",
           "error": "!", "voided": "↶", "idle": "▶"}



class ScanBanner(QFrame):
    """The big answer to the last scan, readable from a step away."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanBanner")
        self.kind = "idle"
        self.symbol = QLabel()
        self.symbol.setObjectName("bannerSymbol")
        self.symbol.setAlignment(Qt.AlignCenter)
        self.symbol.setFixedWidth(56)
        self.headline = QLabel()
        self.headline.setObjectName("bannerHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("bannerDetail")
        self.detail.setWordWrap(True)
        for label in (self.headline, self.detail):     # part names and scanned codes, as typed
            label.setTextFormat(Qt.PlainText)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.symbol)
        row.addLayout(text, 1)
        self.setMinimumHeight(84)

    def show_result(self, kind: str, headline: str, detail: str = "") -> None:
        self.kind = kind
        background, ink = BANNER.get(kind, BANNER["idle"])
        self.setStyleSheet(
            f"QFrame#scanBanner {{ background: {background}; border: 1px solid {ink}33; "
            f"border-radius: 8px; }} QFrame#scanBanner QLabel {{ color: {ink}; }} "
            f"QLabel#bannerSymbol {{ font-size: 26pt; font-weight: 700; }} "
            f"QLabel#bannerHeadline {{ font-size: 15pt; font-weight: 600; }} "
            f"QLabel#bannerDetail {{ font-size: 10.5pt; }}")
        self.symbol.setText(SYMBOLS.get(kind, ""))
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


# --- buttons and small tables -------------------------------------------------------------------

def button(parent, text: str, slot, role: str = "") -> QPushButton:
    made = QPushButton(text, parent)
    made.setProperty("role", role)
    made.setAutoDefault(False)
    made.setFocusPolicy(Qt.NoFocus)         # the scan field keeps the keyboard
    made.clicked.connect(lambda: slot())
    return made


def put(table: QTableWidget, row: int, column: int, text: str, *, right: bool = False,
        bold: bool = False, background: str | None = None) -> QTableWidgetItem:
    """Set one cell, reusing its item and touching only what changed: a table refreshed on
    every scan stays cheap however long the receipt."""
    item = table.item(row, column)
    if item is None:
        item = QTableWidgetItem(text)
        table.setItem(row, column, item)
    elif item.text() != text:
        item.setText(text)
    alignment = RIGHT if right else LEFT
    if item.data(ALIGNMENT_ROLE) != int(alignment.value):
        item.setData(ALIGNMENT_ROLE, int(alignment.value))
    if bold != item.font().bold():
        font = item.font()
        font.setBold(bold)
        item.setFont(font)
    if item.data(COLOUR_ROLE) != background:
        item.setData(COLOUR_ROLE, background)
        item.setBackground(QBrush(QColor(background)) if background else QBrush())
    return item


def small_table(headers: list[str], stretch: tuple[int, ...], *, row_height: int = 24,
                takes_focus: bool = True) -> QTableWidget:
    """Columns fit their contents, ``stretch`` columns share the rest; on a scanning screen
    (``takes_focus=False``) the scan field keeps the keyboard."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    if not takes_focus:
        table.setFocusPolicy(Qt.NoFocus)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    header.setHighlightSections(False)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.Stretch if column in stretch
                                    else QHeaderView.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[tuple], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)


def rows_of(table: QTableWidget) -> list[list[str]]:
    """What a table shows, row by row (tests and the screenshots read it)."""
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]
