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

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTabWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import returns, scanning
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui.format import RIGHT, local_time, money, part_name
from partsdesk.ui.pages import Page, returns_parts
from partsdesk.ui.pages.returns.lines import (LINE_COLOURS, LINE_HEADERS, OVERDUE_INK, fill_lines,
                                              missing_text)
from partsdesk.ui.pages.returns.shipments import ShipmentsTab
from partsdesk.ui.pages.returns.store import StoreTab
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, big_scan_field, button, small_table

tr = Translator("ReturnsPage")

OUTCOME_COLOURS = {returns.CONFIRMED: "#15803d", returns.NO_FAULT: "#c2410c",
                   returns.WRONG_PART: "#c2410c", returns.MISSING: "#b91c1c"}
OUTCOME_KEYS = [(Qt.Key_1, returns.CONFIRMED), (Qt.Key_2, returns.NO_FAULT),
                (Qt.Key_3, returns.WRONG_PART), (Qt.Key_4, returns.MISSING)]


# --- return receipt and inspection ------------------------------------------------------------

def typed_amount(text: str) -> Decimal | None:
    """What the user typed as money, or None while it is no amount (the service says why)."""
    try:
        return Decimal(text.strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except (InvalidOperation, ValueError):
        return None


class InspectionPanel(QFrame):
    """The inspection of one tag, keyboard first: 1-4 pick the outcome, Enter records, Esc goes
    back to the scan field. A received tag is confirmed, no fault found or the wrong part; only a
    tag that was shipped and never arrived can be missing. Anything but confirmed charges the
    claim back, by default the part line's full value; less than that needs a reason."""

    recorded = Signal(str)          # tag number
    escaped = Signal()
    scan_typed = Signal(str)        # a scanner started typing a code here: hand it over

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectionPanel")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setStyleSheet("QFrame#inspectionPanel { background: #ffffff; border: 1px solid "
                           "#d5dce5; border-radius: 8px; } QFrame#inspectionPanel:focus { "
                           "border: 2px solid #2563eb; }")
        self.user = user
        self.tag: str = ""
        self.state: str = ""
        self.default = self.limit = Decimal("0.00")
        self.title = QLabel()
        self.title.setProperty("role", "section")
        self.detail = caption("")
        self.detail.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for number, (_, outcome) in enumerate(OUTCOME_KEYS, 1):
            made = QPushButton(f"{number}  {returns.outcome_name(outcome)}")
            made.setCheckable(True)
            made.setFocusPolicy(Qt.NoFocus)
            made.setMinimumHeight(38)
            made.setStyleSheet(f"QPushButton:checked {{ background: {OUTCOME_COLOURS[outcome]}; "
                               "color: #ffffff; border-color: transparent; font-weight: 600; }")
            made.setAutoDefault(False)
            made.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            self.group.addButton(made)
            self.outcome_buttons[outcome] = made
            row.addWidget(made)
        self.comment = self._field("inspectionComment", 300)
        self.charge_back = self._field("chargeBack", 20)
        self.charge_back.setFixedWidth(120)
        self.charge_back.setAlignment(Qt.AlignRight)
        self.charge_back.textEdited.connect(lambda _: self._ask_reason())
        self.charge_back_reason = self._field("chargeBackReason", 300)
        self.charge_back_reason.setPlaceholderText(tr("Why is the charge-back less than the "
                                                      "part line's value? Required"))
        self.charge_hint = caption("")
        self.record_button = QPushButton(tr("Record inspection (Enter)"))
        self.record_button.setProperty("role", "primary")
        self.record_button.setAutoDefault(False)
        self.record_button.setFocusPolicy(Qt.NoFocus)
        self.record_button.clicked.connect(lambda: self.record())
        self.status = QLabel()
        self.status.setObjectName("inspectionStatus")
        self.status.setTextFormat(Qt.PlainText)     # messages quote what users typed
        self.status.setWordWrap(True)
        details = QHBoxLayout()
        details.addWidget(caption(tr("Comment")))
        details.addWidget(self.comment, 1)
        details.addWidget(caption(tr("Charge-back")))
        details.addWidget(self.charge_back)
        details.addWidget(self.record_button)
        self.reason_row = QWidget()
        reason = QHBoxLayout(self.reason_row)
        reason.setContentsMargins(0, 0, 0, 0)
        reason.addWidget(caption(tr("Reason for less")))
        reason.addWidget(self.charge_back_reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addLayout(details)
        layout.addWidget(self.charge_hint, 0, Qt.AlignRight)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.status)
        self.fields = {"comment": self.comment, "charge_back": self.charge_back,
                       "charge_back_reason": self.charge_back_reason}
        self.set_tag(None)

    def _field(self, name: str, length: int) -> QLineEdit:
        made = QLineEdit()
        made.setObjectName(name)
        made.setMaxLength(length)
        made.returnPressed.connect(self.record)
        return made

    def outcome(self) -> str:
        for outcome, made in self.outcome_buttons.items():
            if made.isChecked():
                return outcome
        return ""

    def offered(self) -> list[str]:
        """The outcomes this tag may get: missing only while it is shipped and not received."""
        if self.state == returns.SHIPPED:
            return [returns.MISSING]
        if self.state == returns.RECEIVED:
            return [returns.CONFIRMED, returns.NO_FAULT, returns.WRONG_PART]
        return []

    def set_tag(self, number: str | None) -> None:
        """The tag to inspect next (received, or shipped and never arrived)."""
        tag = returns.get_tag(number) if number else None
        self.tag = tag.number if tag else ""
        self.state = tag.state if tag else ""
        offered = self.offered()
        for outcome, made in self.outcome_buttons.items():
            made.setEnabled(outcome in offered)
        self.outcome_buttons[returns.MISSING].setToolTip(
            tr("Only for a tag that was shipped and did not arrive"))
        for widget in (self.comment, self.charge_back, self.record_button):
            widget.setEnabled(tag is not None)
        self.group.setExclusive(False)
        for made in self.outcome_buttons.values():
            made.setChecked(False)
        self.group.setExclusive(True)
        for widget in self.fields.values():
            widget.clear()
        self._clear_errors()
        self.reason_row.hide()
        self.charge_hint.clear()
        self.charge_hint.hide()
        self.comment.setPlaceholderText("")
        if tag is None:
            self.title.setText(tr("Inspection"))
            self.detail.setText(tr("Scan a returned tag, or double-click a tag in the list, "
                                   "then press 1-4 for the outcome and Enter."))
            self.default = self.limit = Decimal("0.00")
            return
        self.default = returns.default_charge_back(tag)
        self.limit = returns.charge_back_limit(tag)
        self.title.setText(tr("Inspect {tag}", tag=tag.number))
        keys = (tr("4 missing: it was shipped and has not arrived") if self.state ==
                returns.SHIPPED else tr("1 confirmed, 2 no fault found, 3 wrong part"))
        self.detail.setText(tr("{qty} x {part_no} {name} · claim {claim} · {state} · {keys}",
                               qty=qty_text(tag.quantity), part_no=tag.part.part_no,
                               name=part_name(tag.part.name, tag.part.name_zh),
                               claim=tag.claim.number, state=returns.tag_state_name(tag.state),
                               keys=keys))
        self.setFocus(Qt.OtherFocusReason)

    def choose(self, outcome: str) -> None:
        made = self.outcome_buttons[outcome]
        if not self.tag or not made.isEnabled():
            return
        made.setChecked(True)
        confirmed = outcome == returns.CONFIRMED
        self.charge_back.setEnabled(not confirmed)
        if confirmed:
            self.charge_back.clear()
            self.charge_hint.clear()
        else:
            if not self.charge_back.text().strip():
                self.charge_back.setText(f"{self.default:.2f}")
            self.charge_hint.setText(tr(
                "Charge-back: the part line's value {default} unless you enter less (at most "
                "{limit})", default=money(self.default), limit=money(self.limit)))
        self.charge_hint.setVisible(not confirmed)
        self._ask_reason()
        self.comment.setPlaceholderText(tr("optional") if confirmed else
                                        tr("Why? Required: it explains the charge-back"))
        if confirmed:
            self.setFocus(Qt.OtherFocusReason)
        else:
            self.comment.setFocus(Qt.OtherFocusReason)

    def lowered(self) -> bool:
        """True when a charge-back below the part line's value is typed: it needs a reason."""
        if not self.charge_back.isEnabled():
            return False
        amount = typed_amount(self.charge_back.text())
        return amount is not None and amount < self.default

    def _ask_reason(self) -> None:
        self.reason_row.setVisible(bool(self.tag) and self.lowered())

    def keyPressEvent(self, event) -> None:
        for key, outcome in OUTCOME_KEYS:
            if event.key() == key:
                self.choose(outcome)
                return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.record()
            return
        if event.key() == Qt.Key_Escape:
            self.escaped.emit()
            return
        if event.text().isalpha():
            # every tag and packing list starts with letters: the next scan has begun
            self.scan_typed.emit(event.text())
            return
        super().keyPressEvent(event)

    def record(self) -> bool:
        if not self.tag:
            return False
        if scanning.DOCUMENT_RE.match(self.comment.text().strip().upper()):
            # the next tag was scanned into the comment: a scan, not a reason
            code = self.comment.text().strip()
            self.comment.clear()
            self.scan_typed.emit(code + "\n")
            return False
        self._clear_errors()
        outcome = self.outcome()
        if not outcome:
            self._say(tr("Press {keys} to choose the outcome first.",
                         keys="4" if self.state == returns.SHIPPED else "1-3"), "#b91c1c")
            return False
        confirmed = outcome == returns.CONFIRMED
        try:
            returns.inspect(self.user, self.tag, outcome, self.comment.text(),
                            None if confirmed else self.charge_back.text().strip() or None,
                            "" if confirmed else self.charge_back_reason.text())
        except ValidationError as exc:
            self._show_at(exc.field, str(exc))
            return False
        except PartsDeskError as exc:
            self._say(str(exc), "#b91c1c")
            return False
        number = self.tag
        self.set_tag(None)
        self.recorded.emit(number)
        return True

    def _show_at(self, field: str | None, text: str) -> None:
        """A refusal at the field it names (marked, focused), its words under the fields."""
        widget = self.fields.get(field)
        if widget is not None:
            if widget is self.charge_back_reason:
                self.reason_row.show()
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus(Qt.OtherFocusReason)
        self._say(text, "#b91c1c")

    def _clear_errors(self) -> None:
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.status.clear()

    def invalid_field(self) -> str | None:
        """The field a refusal marked (tests and the screenshots read it)."""
        return next((name for name, widget in self.fields.items()
                     if widget.property("invalid")), None)

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")


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
