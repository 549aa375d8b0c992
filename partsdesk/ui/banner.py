"""The banner that answers each scan on the scanning screens: big, coloured, with a symbol.

Receiving, put-away, stock counting and returns all show it above their scan field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

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
