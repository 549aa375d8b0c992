"""Return receipt (the claim centre's return inspector): the shipments on their way, and the
received tags waiting for their inspection. Scanning a returned tag receives it and opens its
inspection (``inspection``); scanning a packing list shows its shipment, what has arrived and what
has not. A tag of a shipment that never arrived is double-clicked and recorded missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import claim_states, return_inspection, return_shipments, returns, scanning
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.ui.format import RIGHT, local_time, money, part_name
from partsdesk.ui.pages import Page
from partsdesk.ui.pages.returns.inspection import InspectionPanel
from partsdesk.ui.pages.returns.lines import (LINE_COLOURS, LINE_HEADERS, OVERDUE_INK, fill_lines,
                                              missing_text)
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, big_scan_field, button, small_table

tr = Translator("ReturnsPage")

RECEIPT_VIEWS = [("waiting", tr.mark("Received, not inspected")),
                 ("shipment", tr.mark("Shipment scanned or picked"))]
ARRIVING_HEADERS = [tr.mark("Shipment"), tr.mark("Shipped"), tr.mark("Carrier"),
                    tr.mark("Not arrived")]       # the tracking number is the row's tooltip
ARRIVING_PAGES = 5          # shipments are searched newest first, PAGE at a time


def arriving_shipments() -> list[return_shipments.ShipmentRow]:
    """Shipped return shipments with tags that have not arrived yet, newest first."""
    found, after = [], None
    for _ in range(ARRIVING_PAGES):
        rows = return_shipments.search_shipments("", after=after)
        found += [row for row in rows if row.state == "shipped" and row.outstanding]
        if len(rows) < return_shipments.PAGE:
            break
        after = rows[-1].id
    return found


class ReceiptTab(QWidget):
    """Scan returned tags; inspect each; see which shipments are on their way and what a shipment
    still misses. Without the right to inspect (a supervisor, the warranty administrator) the
    lists only."""

    def __init__(self, page: Page):
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
            lines = return_shipments.shipment_lines(self.shipment)
            self.missing.setText(tr("Return shipment {number}: ", number=self.shipment)
                                 + missing_text(lines))
            late = any(line.state == claim_states.SHIPPED for line in lines)
            self.missing.setStyleSheet(f"color: {OVERDUE_INK if late else '#166534'}; "
                                       "font-weight: 600;")
        else:
            lines = return_shipments.waiting_for_inspection()
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
                    cell.setBackground(QBrush(QColor(LINE_COLOURS[claim_states.SHIPPED])))
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
                                    missing_text(return_shipments.shipment_lines(
                                        found.record.number)))
            self.scan.feedback("ok")
            return
        self.scan.set_busy(True)
        try:
            tag = returns.get_tag(code)
            already = tag.state == claim_states.RECEIVED
            if not already:
                tag = return_inspection.receive(self.user, code)
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
        if tag.state not in (claim_states.RECEIVED, claim_states.SHIPPED):
            self.banner.show_result("error", tr("{tag} is {state}", tag=number,
                                                state=claim_states.tag_state_name(tag.state)),
                                    tr("Only a received tag is inspected, or a shipped one "
                                       "recorded as missing."))
            return
        self.inspection.set_tag(number)

    def inspected(self, number: str) -> None:
        found = returns.inspection_of(returns.get_tag(number))
        outcome = found.outcome if found else ""
        kind = "ok" if outcome == claim_states.CONFIRMED else "over"
        detail = tr("Outcome: {outcome}.", outcome=claim_states.outcome_name(outcome))
        if found and outcome != claim_states.CONFIRMED:
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
