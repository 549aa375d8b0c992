"""Defective-part returns: the defective store, return shipments, and the return receipt.

Three tabs, each one scan field with a big answer banner, as on the receiving page; a user sees
the tabs of their work (``pages.returns_parts``):

* **Defective store** (the dealer's parts clerk) — scanning a tag books its failed part into a
  defective location; the list shows how long each failed part has been kept (the retention
  clock) and which are overdue.
* **Return shipments** (the parts clerk) — open a shipment, scan its tags in (the service refuses
  a tag that is in another shipment or belongs to a cancelled claim, and says why), print the
  packing list, ship it with carrier and tracking number. A shipped shipment shows what has not
  arrived yet.
* **Return receipt and inspection** (the claim centre's return inspector) — the shipments on
  their way, and the received tags waiting for their inspection. Scan a returned tag: received.
  Then 1-3 picks the outcome (confirmed, no fault found, wrong part); a tag of a shipment that
  never arrived is double-clicked and recorded missing with 4. Anything but confirmed needs a
  comment and charges the claim back the part line's value, prefilled; less needs a reason.

Supervisors, managers and warranty administrators see the lists without the controls they may
not use. Every action is one service call; the page shows the service's answer, refusals
included, at the field they name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QTabWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import returns, scanning
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.ui.format import RIGHT, local_time, money, part_name
from partsdesk.ui.pages import Page, returns_parts
from partsdesk.ui.pages.returns.inspection import InspectionPanel
from partsdesk.ui.pages.returns.lines import (LINE_COLOURS, LINE_HEADERS, OVERDUE_INK, fill_lines,
                                              missing_text)
from partsdesk.ui.pages.returns.shipments import ShipmentsTab
from partsdesk.ui.pages.returns.store import StoreTab
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, big_scan_field, button, small_table

tr = Translator("ReturnsPage")


# --- return receipt and inspection ------------------------------------------------------------

RECEIPT_VIEWS = [("waiting", tr.mark("Received, not inspected")),
                 ("shipment", tr.mark("Shipment scanned or picked"))]
ARRIVING_HEADERS = [tr.mark("Shipment"), tr.mark("Shipped"), tr.mark("Carrier"),
                    tr.mark("Not arrived")]       # the tracking number is the row's tooltip
ARRIVING_PAGES = 5          # shipments are searched newest first, PAGE at a time


def arriving_shipments() -> list[returns.ShipmentRow]:
    """Shipped return shipments with tags that have not arrived yet, newest first."""
    found, after = [], None
    for _ in range(ARRIVING_PAGES):
        rows = returns.search_shipments("", after=after)
        found += [row for row in rows if row.state == "shipped" and row.outstanding]
        if len(rows) < returns.PAGE:
            break
        after = rows[-1].id
    return found


class ReceiptTab(QWidget):
    """Scan returned tags; inspect each; see which shipments are on their way and what a shipment
    still misses. Without the right to inspect (a supervisor, the warranty administrator) the
    lists only."""

    def __init__(self, page: "ReturnsPage"):
        super().__init__(page)
        self.user = page.user
        self.may_inspect = can(self.user, "returns.inspect")
        self.shipment = ""          # the shipment of the last scan or pick
        self.banner = ScanBanner(self)
        self.scan = big_scan_field(self, tr("Scan a returned tag, or a packing list to see its "
                                            "shipment"))
        self.scan.keep_focus = False
        self.scan.scanned.connect(self.on_scanned)
        self.inspection = InspectionPanel(self.user, self)
        self.inspection.recorded.connect(self.inspected)
        self.inspection.escaped.connect(self.focus_scan)
        self.inspection.scan_typed.connect(self.continue_scan)
        self.view = QComboBox()
        for key, label in RECEIPT_VIEWS:
            self.view.addItem(tr(label), key)
        self.view.currentIndexChanged.connect(lambda _: self.refresh())
        self.arriving = small_table([tr(h) for h in ARRIVING_HEADERS], (2,), row_height=26,
                                    takes_focus=False)
        self.arriving.setObjectName("arrivingShipments")
        self.arriving.itemClicked.connect(lambda item: self.pick_shipment(item.row()))
        self.arriving.itemActivated.connect(lambda item: self.pick_shipment(item.row()))
        self.lines = small_table([tr(h) for h in LINE_HEADERS], (3,), row_height=26,
                                 takes_focus=False)
        self.lines.setObjectName("receiptLines")
        self.lines.itemDoubleClicked.connect(lambda item: self.pick_row(item.row()))
        self.lines.itemActivated.connect(lambda item: self.pick_row(item.row()))
        self.inspect_button = button(self, tr("Inspect selected"),
                                     lambda: self.pick_row(self.lines.currentRow()))
        self.missing = QLabel()
        self.missing.setObjectName("receiptMissing")
        self.missing.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(caption(tr("Show"), "section"))
        filters.addWidget(self.view)
        filters.addStretch(1)
        filters.addWidget(self.inspect_button)
        on_the_way = QVBoxLayout()
        on_the_way.setSpacing(4)
        on_the_way.addWidget(caption(tr("Shipments on their way"), "section"))
        on_the_way.addWidget(self.arriving, 1)
        tags = QVBoxLayout()
        tags.setSpacing(4)
        tags.addLayout(filters)
        tags.addWidget(self.lines, 1)
        tags.addWidget(self.missing)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addLayout(on_the_way, 3)
        lists.addLayout(tags, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.scan)
        layout.addWidget(self.inspection)
        if not self.may_inspect:
            layout.addWidget(caption(tr(
                "Read only: receiving and inspecting returned parts is the return inspector's "
                "job at the claim centre.")))
        layout.addLayout(lists, 1)
        for widget in (self.banner, self.scan, self.inspection, self.inspect_button):
            widget.setVisible(self.may_inspect)
        self.banner.show_result("idle", tr("Ready to scan"), tr(
            "Scan each returned tag as the box is unpacked; then 1-3 for the inspection outcome "
            "and Enter. A tag that did not arrive: double-click it in its shipment, then 4."))

    def focus_scan(self) -> None:
        if self.may_inspect:
            self.scan.setFocus(Qt.OtherFocusReason)

    def continue_scan(self, text: str) -> None:
        """Keys of a scan that began on the inspection go on in the scan field; the open
        inspection waits in the list."""
        self.focus_scan()
        if text.endswith("\n"):
            self.scan.setText(text[:-1])
            self.scan.returnPressed.emit()
        else:
            self.scan.insert(text)

    def refresh(self) -> None:
        self.refresh_arriving()
        if self.view.currentData() == "shipment" and self.shipment:
            lines = returns.shipment_lines(self.shipment)
            self.missing.setText(tr("Return shipment {number}: ", number=self.shipment)
                                 + missing_text(lines))
            late = any(line.state == returns.SHIPPED for line in lines)
            self.missing.setStyleSheet(f"color: {OVERDUE_INK if late else '#166534'}; "
                                       "font-weight: 600;")
        else:
            lines = returns.waiting_for_inspection()
            self.missing.setText(tr.plural(
                len(lines), "{n} received tag waits for its inspection",
                "{n} received tags wait for their inspection") if lines else "")
            self.missing.setStyleSheet("")
        fill_lines(self.lines, lines)

    def refresh_arriving(self) -> None:
        rows = arriving_shipments()
        self.arriving.setRowCount(len(rows))
        for row, shipment in enumerate(rows):
            shipped = shipment.shipped_at.astimezone() if shipment.shipped_at else None
            values = [shipment.number, f"{shipped:%Y-%m-%d}" if shipped else "",
                      shipment.carrier,
                      tr("{late} of {tags}", late=shipment.outstanding, tags=shipment.tags)]
            tip = tr("Shipped {time} with {carrier}, tracking {tracking}",
                     time=local_time(shipment.shipped_at), carrier=shipment.carrier,
                     tracking=shipment.tracking_number)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(tip)
                if column == len(values) - 1:
                    cell.setTextAlignment(RIGHT)
                if shipment.number == self.shipment:
                    cell.setBackground(QBrush(QColor(LINE_COLOURS[returns.SHIPPED])))
                self.arriving.setItem(row, column, cell)

    def show_shipment(self, number: str) -> None:
        self.shipment = number
        index = self.view.findData("shipment")
        if self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)        # refreshes
        else:
            self.refresh()

    def pick_shipment(self, row: int) -> None:
        """A shipment of the list on the left: its tags, what has arrived and what has not."""
        item = self.arriving.item(row, 0)
        if item is not None:
            self.show_shipment(item.text())
            self.focus_scan()

    def on_scanned(self, code: str) -> None:
        found = scanning.resolve(code)
        if found.kind == "return_shipment" and found.record is not None:
            self.show_shipment(found.record.number)
            self.banner.show_result("idle", tr("Return shipment {number}",
                                               number=found.record.number),
                                    missing_text(returns.shipment_lines(found.record.number)))
            self.scan.feedback("ok")
            return
        self.scan.set_busy(True)
        try:
            tag = returns.get_tag(code)
            already = tag.state == returns.RECEIVED
            if not already:
                tag = returns.receive(self.user, code)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not received"), str(exc))
            self.scan.feedback("error")
            return
        finally:
            self.scan.set_busy(False)
        headline = (tr("{tag} was already received", tag=tag.number) if already
                    else tr("{tag} received", tag=tag.number))
        self.banner.show_result("ok", headline, tr(
            "{part_no} {name} · claim {claim}. Now 1 confirmed, 2 no fault found, 3 wrong part "
            "— then Enter.", part_no=tag.part.part_no,
            name=part_name(tag.part.name, tag.part.name_zh), claim=tag.claim.number))
        self.scan.feedback("ok")
        self.show_shipment(tag.shipment.number)
        self.inspection.set_tag(tag.number)

    def pick_row(self, row: int) -> None:
        """Inspect the tag of a list row (a received one, or a missing one: press 4)."""
        if not self.may_inspect or row < 0 or self.lines.item(row, 0) is None:
            return
        number = self.lines.item(row, 0).text()
        tag = returns.get_tag(number)
        if tag.state not in (returns.RECEIVED, returns.SHIPPED):
            self.banner.show_result("error", tr("{tag} is {state}", tag=number,
                                                state=returns.tag_state_name(tag.state)),
                                    tr("Only a received tag is inspected, or a shipped one "
                                       "recorded as missing."))
            return
        self.inspection.set_tag(number)

    def inspected(self, number: str) -> None:
        found = returns.inspection_of(returns.get_tag(number))
        outcome = found.outcome if found else ""
        kind = "ok" if outcome == returns.CONFIRMED else "over"
        detail = tr("Outcome: {outcome}.", outcome=returns.outcome_name(outcome))
        if found and outcome != returns.CONFIRMED:
            detail += " " + tr("Charge-back {amount} on claim {claim}.",
                               amount=money(found.charge_back),
                               claim=found.tag.claim.number)
            if found.charge_back_reason:
                detail += " " + tr("Less than the line's value: {reason}",
                                   reason=found.charge_back_reason)
        self.banner.show_result(kind, tr("{tag} inspected", tag=number), detail)
        self.scan.feedback("ok" if kind == "ok" else "warning")
        self.refresh()
        self.focus_scan()


# --- the page -------------------------------------------------------------------------------

class ReturnsPage(Page):
    """The tabs a user's work needs (``pages.returns_parts``): the dealer's warehouse stores and
    ships, the claim centre's return inspector receives and inspects, readers see the lists."""

    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("returnsPage")
        parts = returns_parts(user)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.store = StoreTab(self) if parts["store"] else None
        self.shipments = ShipmentsTab(self) if parts["shipments"] else None
        self.receipt = ReceiptTab(self) if parts["receipt"] else None
        for tab, title in ((self.store, tr("Defective store")),
                           (self.shipments, tr("Return shipments")),
                           (self.receipt, tr("Return receipt and inspection"))):
            if tab is not None:
                self.tabs.addTab(tab, title)
        self.tabs.setTabBarAutoHide(True)           # the inspector has one tab: no tab bar
        self.tabs.currentChanged.connect(lambda _: self.activated())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def activated(self) -> None:
        current = self.tabs.currentWidget()
        if current is None:
            return
        if current is self.store:
            self.store.load_locations()
            self.store.refresh()
        elif current is self.shipments:
            self.shipments.refresh()
        elif current is self.receipt:
            self.receipt.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        if current is None:
            return
        if current is self.store:
            field = self.store.scan if self.store.scan.isVisible() else self.store.search
            field.setFocus(Qt.OtherFocusReason)
        elif current is self.shipments:
            if self.shipments.view.scan.isVisible():
                self.shipments.view.scan.setFocus(Qt.OtherFocusReason)
            else:
                self.shipments.search.setFocus(Qt.OtherFocusReason)
        elif current is self.receipt:
            self.receipt.focus_scan()
