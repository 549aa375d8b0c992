"""Put-away and moves: from the receiving area into bins, between locations, and adjustments.

Put-away is scan-driven: scan a bin label, then every part that goes into it; each part scan is
one committed move. Transfers and adjustments are short forms; an adjustment needs a reason code
and a role that may adjust stock (the form says so instead of failing at the end).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import putaway, scanning, stock, stock_views
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can, require
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages
from partsdesk.ui.format import RIGHT, local_time, part_name
from partsdesk.ui.lazy_model import Column, LazyTableModel
from partsdesk.ui.list_table import table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.receipt_dialog import receiving_locations
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, big_scan_field, quantity_box

tr = Translator("PutAwayPage")

WAITING_COLUMNS = [
    Column(tr.mark("Receiving area"), 1, width=100, translator=tr),
    Column(tr.mark("Part No."), 3, width=100, translator=tr),
    Column(tr.mark("Name"), 4, width=200, translator=tr),
    Column(tr.mark("Chinese name"), 5, width=100, translator=tr),
    Column(tr.mark("Waiting"), 7, align=RIGHT, format=qty_text, width=70, translator=tr),
]


def fetch_waiting(text: str, **filters) -> list[tuple]:
    return stock_views.stock_by_location(text, kind="receiving", **filters)


class PutAwayTab(QWidget):
    """Scan a bin, then its parts."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.session = putaway.PutAway(user)
        self.moved: list = []
        self.banner = ScanBanner(self)
        self.scan = big_scan_field(self, tr("Scan a bin label, then the parts that go into it"))
        self.scan.scanned.connect(self.on_scanned)
        self.quantity = quantity_box(tr("Pieces in the next part scan; back to 1 after the scan"))
        self.source = QComboBox()
        self.source.setMinimumHeight(44)
        self.source.addItem(tr("From the receiving area that holds most"), None)
        for place in receiving_locations():
            self.source.addItem(tr("From {code}", code=place.code), place.code)
        self.source.currentIndexChanged.connect(lambda _: self._source_changed())
        self.bin_label = QLabel()
        self.bin_label.setObjectName("currentBin")
        self.bin_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        row = QHBoxLayout()
        row.addWidget(self.scan, 1)
        row.addWidget(self.quantity)
        row.addWidget(self.source)

        self.model = LazyTableModel(WAITING_COLUMNS, fetch_waiting, key_index=0, parent=self)
        self.waiting = table_view(self.model, stretch=(2,), key="putaway.waiting", user=user)
        self.waiting.setFocusPolicy(Qt.NoFocus)
        self.done = QListWidget()
        self.done.setFocusPolicy(Qt.NoFocus)
        self.done.setAlternatingRowColors(True)
        left = QVBoxLayout()
        left.addWidget(caption(tr("Waiting in the receiving area"), "section"))
        left.addWidget(self.waiting, 1)
        right = QVBoxLayout()
        right.addWidget(caption(tr("Put away now"), "section"))
        right.addWidget(self.done, 1)
        lists = QHBoxLayout()
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.bin_label)
        layout.addLayout(lists, 1)
        self.banner.show_result("idle", tr("Scan a bin"), tr(
            "Scan the label of the bin you are filling, then each part you put into it."))
        self._show_bin()
        self.model.set_query()

    def _source_changed(self) -> None:
        self.session.from_location = (stock.as_location(self.source.currentData())
                                      if self.source.currentData() else None)

    def _show_bin(self) -> None:
        code = self.session.bin.code if self.session.bin else None
        self.bin_label.setText(tr("Filling bin {code}", code=code) if code
                               else tr("No bin scanned yet"))

    def on_scanned(self, code: str) -> None:
        quantity = self.quantity.value()
        if not self._into_usual_bin(code):
            self.quantity.setValue(1)
            return
        self.scan.set_busy(True)
        try:
            outcome = self.session.scan(code, quantity)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not moved"), str(exc))
            self.scan.feedback("error", sound="unknown")
            return
        finally:
            self.quantity.setValue(1)
            self.scan.set_busy(False)
        if outcome.kind == "bin":
            self.banner.show_result("idle", tr("Bin {code}", code=self.session.bin.code),
                                    outcome.message)
            self.scan.feedback("ok")
        else:
            made = outcome.move
            self.banner.show_result("ok", tr("{qty} x {part_no} → {code}",
                                             qty=qty_text(made.quantity),
                                             part_no=made.part.part_no,
                                             code=self.session.bin.code),
                                    outcome.message)
            self.scan.feedback("ok")
            self.moved.append(made)
            self.done.insertItem(0, tr("{time} · {qty} x {part_no} from {source} into {code}",
                                       time=local_time(made.time), qty=qty_text(made.quantity),
                                       part_no=made.part.part_no,
                                       source=made.from_location.code,
                                       code=made.to_location.code))
            self.model.refresh()
        self._show_bin()


    def _into_usual_bin(self, code: str) -> bool:
        """A part scanned into a bin other than its usual one: ask before it is moved."""
        target = self.session.bin
        found = scanning.resolve(code)
        if target is None or found.kind != "part" or found.record is None:
            return True
        usual = putaway.usual_bin(found.record)
        if usual is None or usual.id == target.id:
            return True
        if messages.question(self, tr(
                "{code} is not where {part_no} is usually kept ({usual}). Put away here anyway?",
                code=target.code, part_no=found.record.part_no, usual=usual.code)):
            return True
        self.banner.show_result("idle", tr("Not put away"), tr(
            "{part_no} stays in the receiving area. Scan the label of {usual} to put it away "
            "there.", part_no=found.record.part_no, usual=usual.code))
        self.scan.feedback("warning")
        return False


class MoveForm(QWidget):
    """Part, location(s), quantity: shared by the transfer and the adjustment forms."""

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.user = user
        self.part = QLineEdit()
        self.part.setPlaceholderText(tr("Scan or type the part number"))
        self.part.editingFinished.connect(self.show_part)
        self.part_info = caption("")
        self.part_info.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)

    def show_part(self) -> None:
        code = self.part.text().strip()
        if not code:
            self.part_info.setText("")
            return
        part = scanning.resolve_part(code)
        if part is None:
            self.part_info.setText(tr("No part has the number or barcode {code}.", code=code))
            return
        places = ", ".join(f"{loc.code} ({qty_text(qty)})"
                           for loc, qty in stock.locations_of(part, usable_only=False))
        self.part_info.setText(tr("{part_no} {name} — on hand in: {places}",
                                  part_no=part.part_no, name=part_name(part.name, part.name_zh),
                                  places=places or tr("nowhere")))

    def say(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {'#166534' if ok else '#b91c1c'};")


class TransferTab(MoveForm):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.quantity = QLineEdit("1")
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("Location code, e.g. A-01-02"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(tr("Location code or scanned bin label"))
        self.note = QLineEdit()
        self.button = QPushButton(tr("Transfer"))
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.transfer())
        form = QFormLayout()
        form.addRow(tr("Part"), self.part)
        form.addRow("", self.part_info)
        form.addRow(tr("Quantity"), self.quantity)
        form.addRow(tr("From"), self.source)
        form.addRow(tr("To"), self.target)
        form.addRow(tr("Note"), self.note)
        form.addRow("", self.button)
        form.addRow("", self.result)
        wrap(self, form, tr("Move stock from one location to another. The ledger keeps both "
                            "sides of the move."))

    def transfer(self) -> bool:
        try:
            source = location_code(self.source.text())
            target = location_code(self.target.text())
            made = stock.transfer(self.user, scanning.resolve_part(self.part.text()) or
                                  self.part.text(), self.quantity.text(), source, target,
                                  reason=self.note.text())
        except PartsDeskError as exc:
            self.say(str(exc), False)
            messages.report(self, exc)
            return False
        self.say(tr("{qty} x {part_no} moved from {source} to {target}.",
                    qty=qty_text(made.quantity), part_no=made.part.part_no,
                    source=made.from_location.code, target=made.to_location.code), True)
        self.show_part()
        return True


class AdjustmentTab(MoveForm):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.allowed = can(user, "stock.adjust")
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("Location code or scanned bin label"))
        self.change = QLineEdit()
        self.change.setPlaceholderText(tr("+3 found, -2 missing"))
        self.reason = QComboBox()
        for code, text in stock.ADJUSTMENT_REASONS.items():
            self.reason.addItem(stock.tr(text), code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Required for the reason \"other\""))
        self.button = QPushButton(tr("Book adjustment"))
        self.button.setProperty("role", "primary")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.adjust())
        self.permission = QLabel()
        self.permission.setWordWrap(True)
        self.permission.setObjectName("adjustPermission")
        if not self.allowed:
            try:
                require(user, "stock.adjust")
            except PartsDeskError as exc:
                self.permission.setText(tr("Stock adjustments need a supervisor. {reason}",
                                           reason=str(exc)))
            self.permission.setStyleSheet("background: #fef3c7; color: #78350f; padding: 8px; "
                                          "border-radius: 6px;")
        self.permission.setVisible(not self.allowed)
        form = QFormLayout()
        form.addRow(self.permission)
        form.addRow(tr("Part"), self.part)
        form.addRow("", self.part_info)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Change"), self.change)
        form.addRow(tr("Reason"), self.reason)
        form.addRow(tr("Note"), self.note)
        form.addRow("", self.button)
        form.addRow("", self.result)
        for widget in (self.part, self.location, self.change, self.reason, self.note,
                       self.button):
            widget.setEnabled(self.allowed)
        wrap(self, form, tr("Book stock found or lost. An adjustment is a new ledger row with "
                            "its reason; wrong bookings are corrected by reversing them."))

    def adjust(self) -> bool:
        try:
            made = stock.adjust(self.user, scanning.resolve_part(self.part.text()) or
                                self.part.text(), location_code(self.location.text()),
                                self.change.text(), self.reason.currentData(), self.note.text())
        except PartsDeskError as exc:
            self.say(str(exc), False)
            messages.report(self, exc)
            return False
        place = made.to_location or made.from_location
        sign = "+" if made.to_location else "−"
        self.say(tr("Adjustment booked: {sign}{qty} x {part_no} in {location}.", sign=sign,
                    qty=qty_text(made.quantity), part_no=made.part.part_no,
                    location=place.code), True)
        self.show_part()
        return True


def location_code(text: str) -> str:
    """A typed code or a scanned bin label ("L:A-01-02") as a location code."""
    found = scanning.resolve_location(text)
    return found.code if found is not None else text.strip().upper()


def wrap(widget: QWidget, form: QFormLayout, hint: str) -> None:
    card = QFrame()
    card.setProperty("role", "card")
    card.setMaximumWidth(720)
    inner = QVBoxLayout(card)
    inner.setContentsMargins(18, 14, 18, 14)
    note = caption(hint)
    note.setWordWrap(True)
    inner.addWidget(note)
    inner.addSpacing(6)
    form.setVerticalSpacing(8)
    inner.addLayout(form)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(card)
    layout.addStretch(1)


class PutAwayPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("putAwayPage")
        self.put_away = PutAwayTab(user)
        self.transfer = TransferTab(user)
        self.adjustment = AdjustmentTab(user)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.put_away, tr("Put-away"))
        self.tabs.addTab(self.transfer, tr("Transfer"))
        self.tabs.addTab(self.adjustment, tr("Adjustment"))
        self.tabs.currentChanged.connect(lambda _: self.focus_search())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)

    def activated(self) -> None:
        self.put_away.model.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        widget = self.tabs.currentWidget()
        target = widget.scan if widget is self.put_away else widget.part
        target.setFocus(Qt.OtherFocusReason)

