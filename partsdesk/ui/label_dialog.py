"""Print labels: choose the label stock, where to start on a partly used sheet, how many.

The dialog renders the labels with ``documents.labels`` into a PDF and shows that PDF in the
preview, which prints and saves it; a click on the small sheet map picks the first free label.
The layout chosen last is remembered on this PC.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFormLayout,
                               QFrame, QHBoxLayout, QLabel, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)

from partsdesk.documents import labels
from partsdesk.i18n import Translator
from partsdesk.settings import LocalSettings
from partsdesk.ui import messages
from partsdesk.ui.pdf_preview import PdfPreview
from partsdesk.ui.style import NO_ARROWS

tr = Translator("LabelDialog")


class SheetMap(QWidget):
    """A small picture of one sheet: used labels grey, the labels this batch fills blue; a
    click on a label makes it the start position."""

    start_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sheetMap")
        self.layout_ = labels.LAYOUTS[labels.DEFAULT_LAYOUT]
        self.start = 1
        self.count = 0
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip(tr("Click the first free label on the sheet"))

    def sizeHint(self) -> QSize:
        return QSize(150, 212)

    def set_state(self, layout, start: int, count: int) -> None:
        self.layout_, self.start, self.count = layout, start, count
        self.update()

    def _scale(self) -> float:
        page_w, page_h = self.layout_.page_width, self.layout_.page_height
        return min((self.width() - 2) / page_w, (self.height() - 2) / page_h)

    def _cell(self, slot: int) -> QRectF:
        layout, scale = self.layout_, self._scale()
        row, column = divmod(slot, layout.columns)
        x = layout.margin_left + column * (layout.label_width + layout.gap_x)
        y = layout.margin_top + row * (layout.label_height + layout.gap_y)
        return QRectF(1 + x * scale, 1 + y * scale, layout.label_width * scale,
                      layout.label_height * scale)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            scale = self._scale()
            page = QRectF(1, 1, self.layout_.page_width * scale,
                          self.layout_.page_height * scale)
            painter.setPen(QPen(QColor("#94a3b8"), 1))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(page)
            for slot in range(self.layout_.per_page):
                position = slot + 1
                if position < self.start:
                    fill, ink = QColor("#cbd5e1"), QColor("#94a3b8")
                elif position < self.start + self.count:
                    fill, ink = QColor("#bfdbfe"), QColor("#2563eb")
                else:
                    fill, ink = QColor("#f8fafc"), QColor("#cbd5e1")
                painter.setPen(QPen(ink, 2 if position == self.start else 1))
                painter.setBrush(fill)
                painter.drawRoundedRect(self._cell(slot).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        finally:
            painter.end()

    def mousePressEvent(self, event) -> None:
        for slot in range(self.layout_.per_page):
            if self._cell(slot).contains(event.position()):
                self.start = slot + 1
                self.update()
                self.start_changed.emit(self.start)
                return

    def click_position(self, position: int):
        """Where a click picks ``position`` (tests click there)."""
        return self._cell(position - 1).center().toPoint()


class LabelDialog(QDialog):
    """Labels for ``items``: [(PartLabel or LocationLabel, pieces)], ``kind`` "part" or
    "location". Pieces are used when the clerk prints one label per piece."""

    def __init__(self, items: list[tuple], kind: str = "part", title: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("labelDialog")
        self.items = [(item, Decimal(str(pieces))) for item, pieces in items]
        self.kind = kind
        self.pdf = b""
        self.setWindowTitle(title or tr("Print labels"))
        self._render_timer = QTimer(self, singleShot=True, interval=120)
        self._render_timer.timeout.connect(self.render_now)
        self._build()
        self.render_now()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.layout_box = QComboBox()
        remembered = LocalSettings.load().label_layout or labels.DEFAULT_LAYOUT
        for name, layout in labels.LAYOUTS.items():
            self.layout_box.addItem(labels.layout_title(layout), name)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(remembered)))
        self.layout_box.currentIndexChanged.connect(lambda _: self._layout_changed())

        self.start_box = QSpinBox()

        self.start_box.setStyleSheet(NO_ARROWS)
        self.start_box.setRange(1, 1)
        self.start_box.valueChanged.connect(lambda _: self.changed())
        self.sheet_map = SheetMap()
        self.sheet_map.start_changed.connect(self.start_box.setValue)
        self.copies_box = QSpinBox()
        self.copies_box.setStyleSheet(NO_ARROWS)
        self.copies_box.setRange(1, 99)
        self.copies_box.valueChanged.connect(lambda _: self.changed())

        self.per_piece = QRadioButton(tr("One label per piece"))
        self.per_line = QRadioButton(tr("One label per line"))
        self.per_group = QButtonGroup(self)
        for button in (self.per_piece, self.per_line):
            self.per_group.addButton(button)
        self.per_line.setChecked(True)
        for button in (self.per_piece, self.per_line):
            button.toggled.connect(lambda on: on and self.changed())
        multiple = any(pieces != 1 for _, pieces in self.items)
        self.outlines = QCheckBox(tr("Draw label outlines"))
        self.outlines.setToolTip(tr("For a test print on plain paper, to check the positions"))
        self.outlines.toggled.connect(lambda _: self.changed())
        self.summary = QLabel()
        self.summary.setObjectName("labelSummary")
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(tr("Label stock"), self.layout_box)
        self.start_caption = QLabel(tr("Start at label"))
        form.addRow(self.start_caption, self.start_box)
        form.addRow(tr("Copies of each"), self.copies_box)
        if multiple:
            choice = QVBoxLayout()
            choice.setSpacing(2)
            choice.addWidget(self.per_piece)
            choice.addWidget(self.per_line)
            form.addRow(tr("Labels"), choice)
        form.addRow("", self.outlines)

        side = QFrame()
        side.setProperty("role", "card")
        side.setFixedWidth(380)
        column = QVBoxLayout(side)
        column.setContentsMargins(14, 12, 14, 12)
        heading = QLabel(tr.plural(len(self.items), "{n} item", "{n} items"))
        heading.setProperty("role", "section")
        column.addWidget(heading)
        column.addLayout(form)
        self.map_caption = QLabel(tr("First free label on the sheet:"))
        self.map_caption.setProperty("role", "hint")
        column.addWidget(self.map_caption)
        column.addWidget(self.sheet_map, 0, Qt.AlignHCenter)
        column.addWidget(self.summary)
        column.addStretch(1)
        close = QPushButton(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        column.addWidget(close, 0, Qt.AlignRight)

        self.preview = PdfPreview(self)
        row = QHBoxLayout(self)
        row.setSpacing(12)
        row.addWidget(side)
        row.addWidget(self.preview, 1)
        self.resize(1120, 780)
        self._layout_changed(render=False)

    # --- state -----------------------------------------------------------------------------
    def label_layout(self):
        return labels.get_layout(self.layout_box.currentData())

    def labels_to_print(self) -> list:
        """The label items in order, each as many times as it gets labels (before copies)."""
        return labels.expand(self.items, self.per_piece.isChecked())

    def _layout_changed(self, render: bool = True) -> None:
        layout = self.label_layout()
        sheet = not layout.is_roll
        self.start_box.blockSignals(True)
        self.start_box.setRange(1, layout.per_page)
        self.start_box.blockSignals(False)
        for widget in (self.start_box, self.start_caption, self.sheet_map, self.map_caption):
            widget.setVisible(sheet)
        settings = LocalSettings.load()
        settings.label_layout = layout.name
        settings.save()
        if render:
            self.changed()

    def changed(self) -> None:
        self._update_summary()
        self._render_timer.start()

    def _update_summary(self) -> int:
        layout = self.label_layout()
        count = len(self.labels_to_print()) * self.copies_box.value()
        start = 1 if layout.is_roll else self.start_box.value()
        self.sheet_map.set_state(layout, start, count)
        pages = labels.page_count(layout, count, start) if count else 0
        if layout.is_roll:
            self.summary.setText(tr("{labels} on the roll.",
                                    labels=tr.plural(count, "{n} label", "{n} labels")))
        else:
            self.summary.setText(tr("{labels} on {sheets}, starting at label {start}.",
                                    labels=tr.plural(count, "{n} label", "{n} labels"),
                                    sheets=tr.plural(pages, "{n} sheet", "{n} sheets"),
                                    start=start))
        return count

    def render_now(self) -> bytes:
        """Render the labels as chosen and show them; returns the PDF bytes."""
        self._render_timer.stop()
        count = self._update_summary()
        if not count:
            self.pdf = b""
            self.preview.clear()
            return self.pdf
        layout = self.label_layout()
        start = self.start_box.value()
        with messages.attempt(self) as tried:
            if self.kind == "location":
                self.pdf = labels.render_location_labels(
                    self.labels_to_print(), layout, start, self.copies_box.value(),
                    outlines=self.outlines.isChecked())
            else:
                self.pdf = labels.render_part_labels(
                    self.labels_to_print(), layout, start, self.copies_box.value(),
                    outlines=self.outlines.isChecked())
        if tried.failed:
            self.pdf = b""
        stem = tr("part-labels") if self.kind == "part" else tr("bin-labels")
        self.preview.set_pdf(self.pdf, stem)
        return self.pdf
