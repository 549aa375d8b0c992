"""The receiving page: receipts, and the screen a clerk scans a shipment in on.

Every scan is committed at once by ``receiving.scan`` and answered by a big coloured banner and
a sound: green ok, amber over-receipt, violet damaged, red unknown code. F8 marks the next scan as
damaged, F9 takes the last scan back. The scan field queues what the scanner types while the page
is busy (closing a receipt, a dialog), so no scan is lost. Closing posts the stock and shows the
discrepancy report, saved as PDF and Excel.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget,
                               QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.db.models import Part
from partsdesk.i18n import Translator
from partsdesk.services import history, receiving, scanning
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages, operations
from partsdesk.ui.format import local_time, part_name
from partsdesk.ui.lazy_model import Column
from partsdesk.ui.list_table import ListModel, table_view
from partsdesk.ui.pages import Page
from partsdesk.ui.style import caption
from partsdesk.ui.widgets import (BANNER, ScanBanner, ScanField, big_scan_field, button, put,
                                 quantity_box, small_table)

tr = Translator("ReceivingPage")

SCANS_SHOWN = 300                       # the Scans tab lists the latest ones



# --- the list of receipts -------------------------------------------------------------------

RECEIPT_COLUMNS = [
    Column(tr.mark("Receipt"), 0, width=150, translator=tr),
    Column(tr.mark("Status"), 1, format=receiving.status_name, width=80, translator=tr),
    Column(tr.mark("Sender"), 2, width=240, translator=tr),
    Column(tr.mark("Delivery note"), 3, width=150, translator=tr),
    Column(tr.mark("Received into"), 4, width=110, translator=tr),
    Column(tr.mark("Created"), 5, format=local_time, width=130, translator=tr),
    Column(tr.mark("Closed"), 6, format=local_time, width=130, translator=tr),
]


def fetch_receipts(text: str, **filters) -> list[tuple]:
    return [tuple(row) + (row.status == "open",)
            for row in receiving.search_receipts(text, **filters)]


class ReceiptListModel(ListModel):
    def __init__(self, parent=None):
        super().__init__(RECEIPT_COLUMNS, fetch_receipts, key_index=0, active=7, parent=parent)


class ReceiptList(QWidget):
    def __init__(self, page: "ReceivingPage"):
        super().__init__(page)
        self.page = page
        self.search = ScanField(self, placeholder=tr(
            "Search by receipt number, sender or delivery note — or scan a receipt"),
            keep_focus=False)
        self.search.scanned.connect(page.open_code)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _: self._debounce.start())
        self.status = QComboBox()
        # all by default, newest first: open receipts in black, closed ones greyed
        for text, value in ((tr("All receipts"), None), (tr("Open receipts"), "open"),
                            (tr("Closed receipts"), "closed")):
            self.status.addItem(text, value)
        self.status.currentIndexChanged.connect(lambda _: self.refresh())
        self.from_file = button(self, tr("New from packing list…"), page.new_from_file,
                                "primary")
        self.by_hand = button(self, tr("New receipt…"), page.new_by_hand)
        self.open_button = button(self, tr("Open"), self.open_selected)
        for made in (self.from_file, self.by_hand):
            made.setVisible(can(page.user, "stock.receive"))
        self.model = ReceiptListModel(self)
        self.table = table_view(self.model, stretch=(2,), key="receiving.receipts",
                                user=page.user)
        self.table.activated.connect(lambda _: self.open_selected())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.from_file)
        actions.addWidget(self.by_hand)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def refresh(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text(), status=self.status.currentData())
        shown = self.model.rowCount()
        self.count_label.setText(
            tr("{count}+ receipts; scroll for more", count=shown) if self.model.canFetchMore()
            else tr("1 receipt") if shown == 1 else tr("{count} receipts", count=shown))

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.page.open_receipt(self.model.key(rows[0].row()))


# --- one receipt ---------------------------------------------------------------------------

LINE_HEADERS = [tr.mark("Line"), tr.mark("Part No."), tr.mark("Name"), tr.mark("Expected"),
                tr.mark("Received"), tr.mark("Damaged"), tr.mark("Still to come")]
SCAN_HEADERS = [tr.mark("Time"), tr.mark("Code"), tr.mark("Quantity"), tr.mark("Result"),
                tr.mark("User")]
LINE_COLOURS = {"done": "#dcfce7", "over": "#fef3c7", "damaged": "#ede9fe"}


class ReceiptView(QWidget):
    """Scanning one receipt: banner, scan field, its lines, its scans and its history."""

    def __init__(self, page: "ReceivingPage"):
        super().__init__(page)
        self.page = page
        self.user = page.user
        self.number = ""
        self.status = ""
        self.last_scan_id: int | None = None
        self._build()

    def _build(self) -> None:
        self.back = button(self, tr("← Receipts"), self.page.show_list)
        self.title = QLabel()
        self.title.setObjectName("receiptTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.facts = caption("")
        self.labels_button = button(self, tr("Print labels…"), self.print_labels)
        self.report_button = button(self, tr("Discrepancy report"), self.show_report)
        self.reopen_button = button(self, tr("Reopen…"), lambda: self.reopen())
        self.close_button = button(self, tr("Close receipt"), lambda: self.close_receipt(),
                                   "primary")
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        head.addLayout(titles, 1)
        for made in (self.labels_button, self.report_button, self.reopen_button,
                     self.close_button):
            head.addWidget(made)

        self.banner = ScanBanner(self)
        self.scan = big_scan_field(self, tr("Scan the part or box barcode, or type it and "
                                            "press Enter"))
        self.scan.scanned.connect(self.on_scanned)
        self.quantity = quantity_box(tr("Pieces in the next scan (a box of several); back to 1 "
                                        "after the scan"))
        self.damaged = QPushButton(tr("Damaged (F8)"))
        self.damaged.setCheckable(True)
        self.damaged.setFocusPolicy(Qt.NoFocus)
        self.damaged.setMinimumHeight(44)
        self.damaged.toggled.connect(self._damaged_toggled)
        self.undo = button(self, tr("Take back last scan (F9)"), lambda: self.take_back())
        self.undo.setMinimumHeight(44)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.quantity)
        scan_row.addWidget(self.damaged)
        scan_row.addWidget(self.undo)
        self.scan_panel = QWidget()
        panel = QVBoxLayout(self.scan_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(8)
        panel.addWidget(self.banner)
        panel.addLayout(scan_row)

        self.lines = small_table([tr(h) for h in LINE_HEADERS], (2,), row_height=26,
                                 takes_focus=False)
        self.scans = small_table([tr(h) for h in SCAN_HEADERS], (1,), row_height=26,
                                 takes_focus=False)
        self.history = QListWidget()
        self.history.setFocusPolicy(Qt.NoFocus)
        self.history.setAlternatingRowColors(True)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.NoFocus)
        self.tabs.addTab(self.lines, tr("Lines"))
        self.tabs.addTab(self.scans, tr("Scans"))
        self.tabs.addTab(self.history, tr("History"))
        self.tabs.currentChanged.connect(lambda _: self._tab_shown())
        self.progress = caption("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.scan_panel)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        for key, slot in ((Qt.Key_F8, self.damaged.toggle), (Qt.Key_F9, self.take_back)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: slot())

    # --- showing -------------------------------------------------------------------------
    def load(self, number: str) -> None:
        receipt = receiving.get_receipt(number)
        self.number, self.status = receipt.number, receipt.status
        self.last_scan_id = None
        self.title.setText(tr("Receipt {number}", number=receipt.number))
        facts = [receipt.source, receipt.reference and tr("delivery note {ref}",
                                                          ref=receipt.reference),
                 tr("into {location}", location=receipt.location.code),
                 receiving.status_name(receipt.status)]
        self.facts.setText(" · ".join(f for f in facts if f))
        is_open = receipt.status == "open"
        self.scan_panel.setVisible(is_open)
        self.close_button.setVisible(is_open and can(self.user, "stock.receive"))
        self.reopen_button.setVisible(not is_open and can(self.user, "receipt.reopen"))
        self.report_button.setVisible(not is_open)
        if is_open:
            self.banner.show_result("idle", tr("Ready to scan"), tr(
                "Scan each box or part. F8: the next scan is damaged. F9: take back the last "
                "scan."))
        self.damaged.setChecked(False)
        self.refresh()
        if is_open:
            self.scan.setFocus(Qt.OtherFocusReason)

    def refresh(self) -> None:
        self._fill_lines()
        self._fill_scans()
        self._fill_history()

    def _fill_lines(self) -> None:
        rows = receiving.lines(self.number)
        self.lines.setRowCount(len(rows))
        expected = received = Decimal(0)
        for row, line in enumerate(rows):
            arrived = line.received + line.damaged
            off = receiving.line_discrepancies(line.expected, line.received, line.damaged)
            left = off["short"]
            state = ("over" if off["over"] else "damaged" if off["damaged"]
                     else "done" if not left else "")
            colour = LINE_COLOURS.get(state)
            table = self.lines
            put(table, row, 0, str(line.line_no), right=True, background=colour)
            put(table, row, 1, line.part_no, background=colour)
            put(table, row, 2, part_name(line.name, line.name_zh), background=colour)
            put(table, row, 3, qty_text(line.expected), right=True, background=colour)
            put(table, row, 4, qty_text(line.received), right=True, bold=True,
                background=colour)
            put(table, row, 5, qty_text(line.damaged) if line.damaged else "", right=True,
                background=colour)
            put(table, row, 6, qty_text(left) if left else "", right=True, background=colour)
            expected += line.expected
            received += arrived
        self.progress.setText(tr("{lines} · {received} of {expected} arrived",
                                 lines=tr.plural(len(rows), "{n} line", "{n} lines"),
                                 received=qty_text(received),
                                 expected=tr.plural(expected, "{n} piece", "{n} pieces",
                                                    n=qty_text(expected))))

    def _fill_scans(self) -> None:
        """The latest scans, newest first; filled only while the Scans tab is shown."""
        if self.tabs.currentWidget() is not self.scans:
            return
        rows = receiving.scans(self.number)[::-1][:SCANS_SHOWN]
        self.scans.setRowCount(len(rows))
        for row, made in enumerate(rows):
            colour = BANNER.get(made.outcome, BANNER["idle"])[0] if made.outcome != "ok" else None
            put(self.scans, row, 0, local_time(made.time), background=colour)
            put(self.scans, row, 1, made.code, background=colour)
            put(self.scans, row, 2, qty_text(made.quantity), right=True, background=colour)
            put(self.scans, row, 3, receiving.outcome_name(made.outcome), background=colour)
            put(self.scans, row, 4, made.user.username if made.user_id else "",
                background=colour)

    def _tab_shown(self) -> None:
        if self.number:
            self._fill_scans()
            self._fill_history()

    def _fill_history(self) -> None:
        if self.tabs.currentWidget() is not self.history:
            return
        self.history.clear()
        for event in receiving.history(self.number):
            if event.action == "receipt.scan":
                continue        # every scan is on the Scans tab
            who = event.user.username if event.user_id else ""
            self.history.addItem(
                f"{local_time(event.time)} · {who} · {history.describe(event)}")

    # --- scanning ------------------------------------------------------------------------
    def _damaged_toggled(self, on: bool) -> None:
        self.damaged.setStyleSheet("QPushButton { background: #7c3aed; color: #ffffff; "
                                   "border-color: #6d28d9; font-weight: 600; }" if on else "")
        if on:
            self.banner.show_result("damaged", tr("Next scan: damaged"), tr(
                "The next piece scanned is recorded as damaged and goes to the defective store "
                "when the receipt is closed. F8 again to cancel."))

    def on_scanned(self, code: str) -> None:
        if scanning.DOCUMENT_RE.match(code.strip().upper()):
            found = scanning.resolve(code)
            if found.kind == "receipt" and found.record is not None:
                self.page.open_receipt(found.record.number)
                return
        damaged = self.damaged.isChecked()
        quantity = self.quantity.value()
        self.scan.set_busy(True)
        try:
            outcome = receiving.scan(self.user, self.number, code, quantity, damaged)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not recorded"), str(exc))
            self.scan.feedback("error")
            return
        finally:
            self.quantity.setValue(1)
            self.damaged.setChecked(False)
            self.scan.set_busy(False)
        if outcome.recorded:
            self.last_scan_id = outcome.scan_id
        self.show_outcome(outcome)
        self.refresh()

    def show_outcome(self, outcome: receiving.ScanOutcome) -> None:
        headline = {
            "ok": tr("OK — {part_no}", part_no=outcome.part_no),
            "over": tr("Over-receipt — {part_no}", part_no=outcome.part_no),
            "damaged": tr("Damaged — {part_no}", part_no=outcome.part_no),
            "unknown": tr("Unknown code {code}", code=outcome.code),
            "not_a_part": tr("Not a part: {code}", code=outcome.code),
        }[outcome.outcome]
        detail = outcome.message
        if outcome.outcome in ("ok", "over", "damaged"):
            part = Part.get_or_none(Part.part_no == outcome.part_no)
            name = part_name(part.name, part.name_zh) if part else outcome.name
            detail = tr("{name} · line {line}: {received} of {expected} received", name=name,
                        line=outcome.line_no, received=qty_text(outcome.received),
                        expected=qty_text(outcome.expected))
            if outcome.damaged:
                detail += tr(" · {damaged} damaged", damaged=qty_text(outcome.damaged))
        if outcome.outcome == "unknown":
            detail = tr("Recorded as an unknown item on this receipt. Put the box aside for "
                        "checking; F9 takes the scan back if it was a misread.")
        self.banner.show_result(outcome.outcome, headline, detail)
        self.scan.feedback(outcome.feedback, sound=outcome.outcome)

    def take_back(self) -> None:
        if self.status != "open":
            return
        if self.last_scan_id is None:
            self.banner.show_result("error", tr("Nothing to take back"),
                                    tr("Only your last scan on this screen can be taken back."))
            self.scan.feedback("error")
            return
        try:
            made = receiving.void_scan(self.user, self.number, self.last_scan_id)
        except PartsDeskError as exc:
            self.banner.show_result("error", tr("Not taken back"), str(exc))
            self.scan.feedback("error")
            return
        self.last_scan_id = None
        self.banner.show_result("voided", tr("Scan taken back"), tr(
            "{qty} x {code} no longer counts on this receipt.",
            qty=qty_text(-made.quantity), code=made.code))
        self.scan.feedback("ok")
        self.refresh()

    # --- closing, reopening, labels ---------------------------------------------------------
    def close_receipt(self, confirm: bool = True) -> bool:
        found = receiving.discrepancies(self.number)
        text = tr("Close receipt {number}? The received parts are booked into stock.",
                  number=self.number)
        if found:
            text += " " + tr.plural(len(found), "It has 1 discrepancy; the report is saved "
                                    "and shown.", "It has {n} discrepancies; the report is "
                                    "saved and shown.")
        if confirm and not messages.question(self, text, default_yes=True):
            return False
        self.scan.set_busy(True)        # scans typed now wait for the answer
        try:
            with messages.attempt(self) as tried:
                receiving.close(self.user, self.number)
        finally:
            self.scan.set_busy(False)
        if tried.failed:
            return False
        self.load(self.number)
        self.page.list.refresh()
        self.show_report()
        return True

    def show_report(self) -> operations.Operation:
        number, lang = self.number, i18n.language()

        def work(progress):
            from partsdesk.documents import discrepancy_report, pdf
            from partsdesk.spreadsheets import stock_export
            data = discrepancy_report.render(number, lang)
            pdf_path, _ = pdf.archive(data, "discrepancy-reports", number)
            xlsx_path = pdf_path.with_suffix(".xlsx")
            stock_export.write_discrepancies(number, xlsx_path, lang)
            return data, pdf_path, xlsx_path

        return operations.run(self, work, label=tr("Preparing the discrepancy report…"),
                              on_done=lambda result: self.page.report_ready(number, *result),
                              cancellable=False)

    def reopen(self) -> bool:
        reason = messages.reason(self, tr("Reopen receipt"), tr(
            "Why is receipt {number} reopened?", number=self.number))
        if reason is None:
            return False
        with messages.attempt(self) as tried:
            receiving.reopen(self.user, self.number, reason)
        if tried.failed:
            return False
        self.load(self.number)
        self.page.list.refresh()
        return True

    def label_items(self) -> list[tuple]:
        from partsdesk.documents.labels import receipt_label_items
        return receipt_label_items(self.number)

    def print_labels(self):
        from partsdesk.ui.label_dialog import LabelDialog
        items = self.label_items()
        if not items:
            messages.info(self, tr("Nothing has been received on {number} yet, so there is "
                                   "nothing to label.", number=self.number))
            return None
        dialog = LabelDialog(items, "part", tr("Labels for receipt {number}",
                                               number=self.number), self)
        dialog.per_piece.setChecked(True)
        dialog.render_now()
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        self.page.label_dialog = dialog
        return dialog


# --- the page -------------------------------------------------------------------------------

class ReceivingPage(Page):
    def __init__(self, user, parent=None):
        super().__init__(user, parent)
        self.setObjectName("receivingPage")
        self.report_dialog = None
        self.label_dialog = None
        self.new_dialog = None
        self.last_report: tuple[Path, Path] | None = None
        self.stack = QStackedWidget(self)
        self.list = ReceiptList(self)
        self.view = ReceiptView(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list.refresh()

    def activated(self) -> None:
        self.focus_search()

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.view and self.view.status == "open":
            self.view.scan.setFocus(Qt.OtherFocusReason)
        else:
            self.list.search.setFocus(Qt.OtherFocusReason)

    def show_list(self) -> None:
        self.list.refresh()
        self.stack.setCurrentWidget(self.list)
        self.list.search.setFocus(Qt.OtherFocusReason)

    def show_filter(self, status: str | None = None, receipt: str | None = None) -> None:
        """The list behind a figure of the home page: one receipt, or the receipts of
        ``status``."""
        if receipt:
            self.open_receipt(receipt)
            return
        self.list.search.clear()
        self.list.status.setCurrentIndex(max(0, self.list.status.findData(status)))
        self.show_list()

    def open_receipt(self, number: str) -> None:
        with messages.attempt(self) as tried:
            self.view.load(number)
        if tried.failed:
            return
        self.stack.setCurrentWidget(self.view)
        self.focus_search()

    def open_code(self, code: str) -> None:
        """Enter in the list's search: a receipt number opens it, anything else filters."""
        found = scanning.resolve(code)
        if found.kind == "receipt" and found.record is not None:
            self.open_receipt(found.record.number)
            return
        self.list.search.setText(code)
        self.list.refresh()

    def new_by_hand(self):
        from partsdesk.ui.receipt_dialog import NewReceiptDialog
        return self._new(NewReceiptDialog(self.user, self))

    def new_from_file(self, path: str | None = None):
        from partsdesk.ui.receipt_dialog import PackingListDialog
        dialog = PackingListDialog(self.user, self)
        self._new(dialog)
        if path:
            dialog.load(path)
        else:
            dialog.choose_file()
        return dialog

    def _new(self, dialog):
        self.new_dialog = dialog
        dialog.created.connect(self.open_receipt)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        return dialog

    def report_ready(self, number: str, data: bytes, pdf_path: Path, xlsx_path: Path) -> None:
        from partsdesk.ui.pdf_preview import PdfPreviewDialog
        self.last_report = (pdf_path, xlsx_path)
        note = tr("Saved as <a href=\"{pdf}\">{pdf_name}</a> and <a href=\"{xlsx}\">"
                  "{xlsx_name}</a> in {folder}.", pdf=Path(pdf_path).as_uri(),
                  pdf_name=pdf_path.name, xlsx=Path(xlsx_path).as_uri(),
                  xlsx_name=xlsx_path.name, folder=pdf_path.parent)
        dialog = PdfPreviewDialog(data, tr("Discrepancy report {number}", number=number),
                                  f"{number}-discrepancies", self, note)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        dialog.open()
        self.report_dialog = dialog

