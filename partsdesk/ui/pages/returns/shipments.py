"""Return shipments (the dealer's parts clerk): open a shipment, scan its tags in (the service
refuses a tag that is in another shipment or belongs to a cancelled claim, and says why), print
the packing list, ship it with carrier and tracking number. A shipped shipment shows what has not
arrived yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import claim_states, return_shipments
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages
from partsdesk.ui.document_list import DocumentListTab
from partsdesk.ui.format import RIGHT, local_time, part_name
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.pages import Page
from partsdesk.ui.pages.returns.lines import LINE_HEADERS, OVERDUE_INK, fill_lines, missing_text
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import ScanBanner, big_scan_field, button, small_table

tr = Translator("ReturnsPage")

SHIPMENT_COLUMNS = [
    Column(tr.mark("Shipment"), 1, width=124, translator=tr),
    Column(tr.mark("State"), 2, format=return_shipments.shipment_state_name, width=60,
           translator=tr),
    Column(tr.mark("Tags"), 7, align=RIGHT, width=44, translator=tr),
    Column(tr.mark("Not arrived"), 8, align=RIGHT, format=lambda n: str(n) if n else "",
           width=84, translator=tr),
    Column(tr.mark("Carrier"), 5, width=90, translator=tr),
]


def fetch_shipments(text: str, *, after=None, limit: int = return_shipments.PAGE):
    return return_shipments.search_shipments(text, after=after, limit=limit)


class ShipDialog(QDialog):
    """Carrier and tracking number; the service's refusal stays in the dialog."""

    def __init__(self, user, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("shipDialog")
        self.setWindowTitle(tr("Ship return shipment {number}", number=number))
        self.user, self.number = user, number
        self.carrier = QComboBox()
        self.carrier.setEditable(True)
        self.carrier.addItems(self._known_carriers())
        self.carrier.setCurrentText("")
        self.carrier.lineEdit().setPlaceholderText(tr("e.g. SF Express"))
        self.tracking = QLineEdit()
        self.tracking.setMaxLength(60)
        self.error = caption("", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("Carrier"), self.carrier)
        form.addRow(tr("Tracking No."), self.tracking)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Ship"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption(tr("The parts of shipment {number} leave the defective store "
                                    "when it is shipped.", number=number)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.carrier.setFocus()

    @staticmethod
    def _known_carriers() -> list[str]:
        from partsdesk.db.models.returns import ReturnShipment
        return [c for (c,) in ReturnShipment.select(ReturnShipment.carrier).distinct()
                .where(ReturnShipment.carrier != "").order_by(ReturnShipment.carrier)
                .limit(20).tuples()]

    def accept(self) -> None:
        try:
            return_shipments.ship(self.user, self.number, self.carrier.currentText(),
                                  self.tracking.text())
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class ShipmentView(QFrame):
    """One return shipment: scan tags in while it is open; what is missing once shipped."""

    changed = Signal()

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("shipmentView")
        self.setProperty("role", "card")
        self.user = user
        self.number = ""
        self.state = ""
        self.dialog = None
        self.title = QLabel()
        self.title.setObjectName("shipmentTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = caption("")
        self.facts.setWordWrap(True)
        self.list_button = button(self, tr("Packing list"), self.packing_list)
        self.unpack_button = button(self, tr("Take out"), self.unpack)
        self.unpack_button.setToolTip(tr("Take the selected tag out of this open shipment"))
        self.ship_button = button(self, tr("Ship…"), self.ask_ship, "primary")
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        for made in (self.unpack_button, self.list_button, self.ship_button):
            head.addWidget(made, 0, Qt.AlignTop)
        self.banner = ScanBanner(self)
        self.scan = big_scan_field(self, tr("Scan each tag going into this shipment"))
        self.scan.keep_focus = False
        self.scan.scanned.connect(self.on_scanned)
        self.lines = small_table([tr(h) for h in LINE_HEADERS], (3,), row_height=26,
                                 takes_focus=False)
        self.lines.setObjectName("shipmentLines")
        self.missing = QLabel()
        self.missing.setObjectName("missingLabel")
        self.missing.setWordWrap(True)
        self.empty = caption(tr("Select a return shipment, or open a new one."))
        self.empty.setAlignment(Qt.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(head)
        body.addWidget(self.banner)
        body.addWidget(self.scan)
        body.addWidget(self.lines, 1)
        body.addWidget(self.missing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.load(None)

    def load(self, number: str | None) -> None:
        shipment = return_shipments.get_shipment(number) if number else None
        self.empty.setVisible(shipment is None)
        self.body.setVisible(shipment is not None)
        if shipment is None:
            self.number = self.state = ""
            return
        if shipment.number != self.number:
            self.banner.show_result("idle", tr("Ready to scan"), tr(
                "Scan the tag on each failed part as it goes into the box."))
        self.number, self.state = shipment.number, shipment.state
        self.title.setText(tr("Return shipment {number}", number=shipment.number))
        facts = [return_shipments.shipment_state_name(shipment.state),
                 tr("opened {time}", time=local_time(shipment.created_at))]
        if shipment.state == "shipped":
            facts.append(tr("shipped {time} with {carrier}, tracking {tracking}",
                            time=local_time(shipment.shipped_at), carrier=shipment.carrier,
                            tracking=shipment.tracking_number))
        self.facts.setText(" · ".join(facts))
        is_open = shipment.state == "open"
        may_ship = can(self.user, "returns.ship")
        for widget in (self.banner, self.scan):
            widget.setVisible(is_open and may_ship)
        self.ship_button.setVisible(is_open and may_ship)
        self.unpack_button.setVisible(is_open and may_ship)
        self.refresh()

    def refresh(self) -> None:
        lines = return_shipments.shipment_lines(self.number)
        fill_lines(self.lines, lines)
        self.lines.setColumnHidden(len(LINE_HEADERS) - 1, self.state != "shipped")
        if self.state == "shipped":
            text = missing_text(lines)
            late = any(line.state == claim_states.SHIPPED for line in lines)
            self.missing.setStyleSheet(f"color: {OVERDUE_INK if late else '#166534'}; "
                                       "font-weight: 600;")
        else:
            text = tr.plural(len(lines), "{n} tag packed", "{n} tags packed")
            self.missing.setStyleSheet("")
        self.missing.setText(text)

    def on_scanned(self, code: str) -> None:
        self.scan.set_busy(True)
        try:
            tag = return_shipments.pack(self.user, self.number, code)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not packed"), str(exc))
            self.scan.feedback("error")
            return
        finally:
            self.scan.set_busy(False)
        self.banner.show_result("ok", tr("{tag} packed", tag=tag.number), tr(
            "{qty} x {part_no} {name} · claim {claim}", qty=qty_text(tag.quantity),
            part_no=tag.part.part_no, name=part_name(tag.part.name, tag.part.name_zh),
            claim=tag.claim.number))
        self.scan.feedback("ok")
        self.refresh()
        self.changed.emit()

    def unpack(self) -> bool:
        rows = self.lines.selectionModel().selectedRows()
        if not rows:
            messages.info(self, tr("Select the tag to take out of the shipment."))
            return False
        tag = self.lines.item(rows[0].row(), 0).text()
        with messages.attempt(self) as tried:
            return_shipments.unpack(self.user, self.number, tag)
        if tried.failed:
            return False
        self.banner.show_result("voided", tr("{tag} taken out", tag=tag), tr(
            "Its failed part stays in the defective store."))
        self.refresh()
        self.changed.emit()
        return True

    def ask_ship(self) -> ShipDialog:
        dialog = ShipDialog(self.user, self.number, self)

        def shipped() -> None:
            self.load(self.number)
            self.changed.emit()
        dialog.accepted.connect(shipped)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def packing_list(self):
        from partsdesk.documents import packing_list
        from partsdesk.ui.pdf_preview import show_pdf
        with messages.attempt(self) as tried:
            data = packing_list.render(self.number, i18n.language())
        if tried.failed:
            return None
        self.dialog = show_pdf(self, data, tr("Packing list {number}", number=self.number),
                               f"{self.number}-packing-list")
        return self.dialog


class ShipmentsTab(DocumentListTab):
    scan_kind = "return_shipment"

    def __init__(self, page: Page):
        super().__init__(
            page, placeholder=tr("Shipment number or tracking number — or scan a packing list"),
            new=(tr("New shipment"), self.new_shipment),
            may_create=can(page.user, "returns.ship"), columns=SHIPMENT_COLUMNS,
            fetch=fetch_shipments, table_name="shipmentTable",
            make_view=lambda tab: ShipmentView(tab.user, tab), sizes=[410, 630])
        self.view.changed.connect(self.refresh)

    def open(self, number: str) -> bool:
        opened = super().open(number)
        if opened and self.view.scan.isVisible():
            self.view.scan.setFocus(Qt.OtherFocusReason)
        return opened

    def new_shipment(self) -> str | None:
        with messages.attempt(self) as tried:
            shipment = return_shipments.create_shipment(self.user)
        if tried.failed:
            return None
        self.show_document(shipment.number)
        return shipment.number
