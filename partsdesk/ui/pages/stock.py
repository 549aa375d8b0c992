"""Stock views: on hand by part and by location, a part's ledger, low stock, stock value.

Every list is a lazy, keyset-paged model over the ``services.stock_views`` lists, so it opens at
once with 200,000 parts and 2,000,000 moves; each list exports to Excel off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout,
                               QWidget)

from partsdesk import i18n
from partsdesk.db.models import LOCATION_KINDS
from partsdesk.i18n import Translator
from partsdesk.services import locations, scanning, stock, stock_views
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages, operations
from partsdesk.ui.format import RIGHT, blank_zero, local_time, money, part_name, qty
from partsdesk.ui.import_dialog import XLSX_FILTER, suggested_path
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.list_table import ListModel, table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanField, button

tr = Translator("StockPage")


def signed(value) -> str:
    return "" if not value else (f"+{qty_text(value)}" if value > 0 else f"−{qty_text(-value)}")


def _with_name(rows, name: int, name_zh: int) -> list[tuple]:
    """Each row with the name in the reader's language and an "active" flag appended."""
    return [tuple(row) + (part_name(row[name], row[name_zh]), True) for row in rows]


BY_PART = [
    Column(tr.mark("Part No."), 0, width=130, translator=tr),
    Column(tr.mark("Name"), 12, width=220, translator=tr),
    Column(tr.mark("Unit"), 3, width=50, translator=tr),
    Column(tr.mark("On hand"), 4, align=RIGHT, format=qty, width=80, translator=tr),
    Column(tr.mark("Reserved"), 5, align=RIGHT, format=blank_zero, width=80, translator=tr),
    Column(tr.mark("Available"), 6, align=RIGHT, format=qty, width=80, translator=tr),
    Column(tr.mark("Defective"), 7, align=RIGHT, format=blank_zero, width=80, translator=tr),
    Column(tr.mark("Unit price"), 8, align=RIGHT, format=money, width=90, translator=tr),
    Column(tr.mark("Value"), 9, align=RIGHT, format=money, width=110, translator=tr),
    Column(tr.mark("Min stock"), 10, align=RIGHT, format=blank_zero, width=80, translator=tr),
]
BY_LOCATION = [
    Column(tr.mark("Location"), 1, width=110, translator=tr),
    Column(tr.mark("Kind"), 2, format=locations.kind_name, width=110, translator=tr),
    Column(tr.mark("Part No."), 3, width=130, translator=tr),
    Column(tr.mark("Name"), 10, width=220, translator=tr),
    Column(tr.mark("Unit"), 6, width=50, translator=tr),
    Column(tr.mark("On hand"), 7, align=RIGHT, format=qty, width=80, translator=tr),
    Column(tr.mark("Unit price"), 8, align=RIGHT, format=money, width=90, translator=tr),
    Column(tr.mark("Value"), 9, align=RIGHT, format=money, width=110, translator=tr),
]
LEDGER = [
    Column(tr.mark("Move"), 0, align=RIGHT, width=80, translator=tr),
    Column(tr.mark("Time"), 1, format=local_time, width=125, translator=tr),
    Column(tr.mark("Kind"), 2, format=stock.kind_name, width=120, translator=tr),
    Column(tr.mark("Document"), 3, width=140, translator=tr),
    Column(tr.mark("From"), 5, width=90, translator=tr),
    Column(tr.mark("To"), 6, width=90, translator=tr),
    Column(tr.mark("Change"), 7, align=RIGHT, format=signed, width=75, translator=tr),
    Column(tr.mark("Balance"), 8, align=RIGHT, format=qty, width=75, translator=tr),
    Column(tr.mark("User"), 9, width=90, translator=tr),
    Column(tr.mark("Reason"), 4, width=200, translator=tr),
]
LOW = [
    Column(tr.mark("Part No."), 0, width=130, translator=tr),
    Column(tr.mark("Name"), 8, width=260, translator=tr),
    Column(tr.mark("Unit"), 3, width=50, translator=tr),
    Column(tr.mark("Min stock"), 4, align=RIGHT, format=qty, width=90, translator=tr),
    Column(tr.mark("On hand"), 5, align=RIGHT, format=qty, width=90, translator=tr),
    Column(tr.mark("Shortfall"), 6, align=RIGHT, format=qty, width=90, translator=tr),
]


def fetch_by_part(text: str, **filters):
    return _with_name(stock_views.stock_by_part(text, **filters), 1, 2)


def fetch_by_location(text: str, **filters):
    return _with_name(stock_views.stock_by_location(text, **filters), 4, 5)


def fetch_low(text: str, **filters):
    return _with_name(stock_views.low_stock(text, **filters), 1, 2)


class StockList(QWidget):
    """One stock view: a search field, its filters, the lazy table, a count and Export."""

    def __init__(self, page: "StockPage", columns, fetch, key: int, stretch: int,
                 placeholder: str, export):
        super().__init__(page)
        self.page = page
        self.export_work = export
        self.search = ScanField(self, placeholder=placeholder, keep_focus=False)
        self.search.scanned.connect(self.on_scanned)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.model = ListModel(columns, fetch, key_index=key, active=-1, parent=self)
        self.table = table_view(self.model, stretch=(stretch,), key="stock.list",
                                user=page.user)
        self.count_label = caption("")
        self.export_button = button(self, tr("Export to Excel…"), self.ask_export)
        self.filters = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addLayout(self.filters)
        top.addWidget(self.export_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 8, 0, 0)
        self.layout_.setSpacing(8)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.count_label)
        self.model.rowsInserted.connect(lambda *_: self._show_count())

    def filter_values(self) -> dict:
        return {}

    def refresh(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text(), **self.filter_values())
        self._show_count()

    def on_scanned(self, code: str) -> None:
        self.refresh()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(tr("{n}+ rows; scroll for more", n=f"{shown:,}")
                                 if self.model.canFetchMore()
                                 else tr.plural(shown, "{n} row", "{n} rows"))

    def ask_export(self) -> None:
        path = messages.save_file(self, tr("Export to Excel"), suggested_path(self.file_stem()),
                                  tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def file_stem(self) -> str:
        return tr("stock")

    def export_to(self, path: str) -> operations.Operation:
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        work = self.export_work(path, self.search.text(), self.filter_values(), i18n.language())
        return operations.run(self, work, label=tr("Exporting to {file}…", file=path),
                              on_done=lambda rows: messages.info(self, tr(
                                  "{rows} exported to {path}.", path=path,
                                  rows=tr.plural(rows, "{n} row", "{n} rows"))))


class ByPart(StockList):
    def __init__(self, page):
        def export(path, text, filters, lang):
            from partsdesk.spreadsheets import stock_export
            return lambda progress: stock_export.write_stock_by_part(
                path, text, in_stock_only=filters["in_stock_only"], lang=lang,
                progress=progress)
        super().__init__(page, BY_PART, fetch_by_part, 0, 1, tr(
            "Search by part no., name or barcode — or scan; Enter opens the part's ledger"),
            export)
        self.in_stock = QCheckBox(tr("Only parts in stock"))
        self.in_stock.setChecked(True)
        self.in_stock.toggled.connect(lambda _: self.refresh())
        self.filters.addWidget(self.in_stock)
        self.table.activated.connect(lambda index: page.show_ledger(
            self.model.row_tuple(index.row())[0]))

    def filter_values(self) -> dict:
        return {"in_stock_only": self.in_stock.isChecked()}

    def on_scanned(self, code: str) -> None:
        part = scanning.resolve_part(code)
        if part is not None:
            self.page.show_ledger(part.part_no)
        else:
            self.refresh()

    def file_stem(self) -> str:
        return tr("stock-by-part")


class ByLocation(StockList):
    def __init__(self, page):
        def export(path, text, filters, lang):
            from partsdesk.spreadsheets import stock_export
            return lambda progress: stock_export.write_stock_by_location(
                path, text, lang=lang, progress=progress)
        super().__init__(page, BY_LOCATION, fetch_by_location, 0, 3, tr(
            "Location or part number, from its start — or scan a bin label"), export)
        self.kind = QComboBox()
        self.kind.addItem(tr("All kinds"), None)
        for kind in LOCATION_KINDS:
            self.kind.addItem(locations.kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _: self.refresh())
        self.filters.addWidget(self.kind)

    def filter_values(self) -> dict:
        return {"kind": self.kind.currentData()}

    def on_scanned(self, code: str) -> None:
        place = scanning.resolve_location(code)
        if place is not None:
            self.search.setText(place.code)
        self.refresh()

    def file_stem(self) -> str:
        return tr("stock-by-location")


class LowStock(StockList):
    def __init__(self, page):
        def export(path, text, filters, lang):
            from partsdesk.spreadsheets import stock_export
            return lambda progress: stock_export.write_low_stock(path, text, lang=lang,
                                                                 progress=progress)
        super().__init__(page, LOW, fetch_low, 0, 1, tr(
            "Parts below their minimum stock — filter by part no. or name"), export)
        self.table.activated.connect(lambda index: page.show_ledger(
            self.model.row_tuple(index.row())[0]))

    def file_stem(self) -> str:
        return tr("low-stock")


class Ledger(StockList):
    """One part's moves, newest first, with the balance after each and its document."""

    def __init__(self, page):
        self.part = None

        def export(path, text, filters, lang):
            from partsdesk.spreadsheets import stock_export
            part = self.part
            return lambda progress: stock_export.write_ledger(path, part, lang=lang,
                                                              progress=progress)
        super().__init__(page, LEDGER, self.fetch, 0, 9, tr(
            "Scan or type a part number to see its ledger"), export)
        self.search.textEdited.disconnect()
        self.heading = QLabel()
        self.heading.setObjectName("ledgerHeading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.layout_.insertWidget(1, self.heading)
        self.reverse_button = button(self, tr("Reverse move…"), lambda: self.reverse())
        self.reverse_button.setVisible(can(page.user, "stock.move"))
        self.filters.addWidget(self.reverse_button)
        self.show_part(None)

    def fetch(self, text: str, **filters):
        if self.part is None:
            return []
        return [tuple(row) + (True,) for row in stock_views.part_ledger(self.part, **filters)]

    def on_scanned(self, code: str) -> None:
        part = scanning.resolve_part(code)
        if part is None:
            self.heading.setText(tr("No part has the number or barcode {code}.", code=code))
            self.search.feedback("error")
            return
        self.show_part(part.part_no)
        self.search.feedback("ok")

    def show_part(self, part_no: str | None) -> None:
        self.part = stock.as_part(part_no) if part_no else None
        if self.part is None:
            self.heading.setText(tr("No part chosen."))
        else:
            self.search.setText(self.part.part_no)
            now = stock_views.part_stock(self.part)
            self.heading.setText(tr(
                "{part_no} {name} — on hand {on_hand}, reserved {reserved}, available "
                "{available}, defective {defective}", part_no=self.part.part_no,
                name=part_name(self.part.name, self.part.name_zh), on_hand=qty(now.on_hand),
                reserved=qty(now.reserved), available=qty(now.available),
                defective=qty(now.defective)))
        self.refresh()
        self.export_button.setEnabled(self.part is not None)

    def file_stem(self) -> str:
        return tr("ledger-{part_no}", part_no=self.part.part_no if self.part else "")

    def reverse(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            messages.info(self, tr("Select the move to reverse first."))
            return False
        move_id = self.model.row_tuple(rows[0].row())[0]
        reason = messages.reason(self, tr("Reverse move"), tr(
            "Why is move #{id} reversed? A new move the other way is booked; the wrong one "
            "stays in the ledger.", id=move_id))
        if reason is None:
            return False
        with messages.attempt(self) as tried:
            stock.reverse(self.page.user, move_id, reason)
        if tried.failed:
            return False
        self.show_part(self.part.part_no)
        return True


class StockPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("stockPage")
        self.value_label = QLabel()
        self.value_label.setObjectName("stockValue")
        self.value_label.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.by_part = ByPart(self)
        self.by_location = ByLocation(self)
        self.ledger = Ledger(self)
        self.low = LowStock(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.by_part, tr("On hand by part"))
        self.tabs.addTab(self.by_location, tr("By location"))
        self.tabs.addTab(self.ledger, tr("Part ledger"))
        self.tabs.addTab(self.low, tr("Low stock"))
        self.tabs.currentChanged.connect(lambda _: self._tab_shown())
        self._loaded: set[int] = set()
        self.value_button = button(self, tr("Recalculate"), self.show_value)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.value_label)
        top.addWidget(self.value_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._tab_shown()

    def _tab_shown(self) -> None:
        """A view loads the first time it is shown, and again each time it comes back."""
        current = self.tabs.currentWidget()
        if current is not self.ledger:
            current.refresh()
        self.focus_search()

    def activated(self) -> None:
        self._tab_shown()
        if not self.value_label.text():
            self.show_value()

    def show_value(self) -> operations.Operation:
        """The value sums every level (0.4 s at 200,000 parts): worked out off the GUI thread,
        once when the page opens and again on "Recalculate"."""
        return operations.run(self, lambda progress: stock_views.stock_value(),
                              label=tr("Working out the stock value…"), cancellable=False,
                              on_done=lambda value: self.value_label.setText(tr(
                                  "Stock value (bins and receiving): {value}",
                                  value=money(value))))

    def focus_search(self) -> None:
        self.tabs.currentWidget().search.setFocus(Qt.OtherFocusReason)

    def show_filter(self, view: str) -> None:
        """The list behind a figure of the home page: "low" is the low-stock tab."""
        if view == "low":
            self.tabs.setCurrentWidget(self.low)
            self.low.refresh()

    def show_ledger(self, part_no: str) -> None:
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.show_part(part_no)
