"""The scan field on every workflow page.

USB scanners are keyboard wedges: they type the code fast and press Enter (or Tab). The field
emits ``scanned(code)`` for each, queues codes that arrive while the page is busy so none is lost,
and shows the same feedback everywhere: green for ok, amber for a warning, red for unknown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from partsdesk.i18n import Translator
from partsdesk.ui.style import NO_ARROWS

tr = Translator("ScanField")

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
