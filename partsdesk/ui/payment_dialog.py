"""Recording the payment of a submitted settlement batch: amount, date, reference, and a
difference with its reason for every claim paid less than the statement asked (a negative one for
a claim paid more: over-paid). The dialog adds the figures up as they are typed; the service
decides."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from partsdesk.i18n import Translator
from partsdesk.services import batches
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui.format import RIGHT, money
from partsdesk.ui.style import error_line

tr = Translator("PaymentDialog")

CLAIM, EXPECTED, DIFFERENCE, REASON = range(4)


def amount(text: str) -> Decimal | None:
    try:
        return Decimal(str(text or "").replace(",", "").replace("−", "-").strip() or "0")
    except InvalidOperation:
        return None


class PaymentDialog(QDialog):
    def __init__(self, user, batch_no: str, parent=None):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.user = user
        batch = batches.get_batch(batch_no)
        self.batch_no, self.expected = batch.number, batch.expected_total
        self.setWindowTitle(tr("Payment of settlement batch {batch}", batch=batch.number))
        self.amount = QLineEdit(f"{batch.expected_total:.2f}")
        self.amount.setObjectName("paymentAmount")
        self.amount.setAlignment(Qt.AlignRight)
        self.amount.textChanged.connect(lambda _: self.check())
        self.paid_on = QDateEdit(QDate.currentDate())
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("yyyy-MM-dd")
        self.paid_on.setMaximumDate(QDate.currentDate())
        self.reference = QLineEdit()
        self.reference.setObjectName("paymentReference")
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(tr("bank transfer or remittance number"))
        form = QFormLayout()
        form.addRow(tr("Amount received"), self.amount)
        form.addRow(tr("Payment date"), self.paid_on)
        form.addRow(tr("Reference"), self.reference)
        self.table = self._claims_table(batch.number)
        self.balance = QLabel()
        self.balance.setObjectName("paymentBalance")
        self.balance.setWordWrap(True)
        self.error = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Record payment"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("Where a claim was paid less than the statement asks, type the "
                         "difference and its reason on its line; where it was paid more, type "
                         "the difference as a negative amount (over-paid)."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.balance)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.check()

    def _claims_table(self, batch_no: str) -> QTableWidget:
        lines = batches.batch_lines(batch_no)
        table = QTableWidget(len(lines), 4)
        table.setObjectName("paymentClaims")
        table.setHorizontalHeaderLabels([tr("Claim No."), tr("To be paid"), tr("Difference"),
                                         tr("Reason")])
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setEditTriggers(QAbstractItemView.AllEditTriggers)
        header = table.horizontalHeader()
        for column in (CLAIM, EXPECTED, DIFFERENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.Stretch)
        for row, line in enumerate(lines):
            for column, text in ((CLAIM, line.number), (EXPECTED, money(line.expected))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                if column == EXPECTED:
                    item.setTextAlignment(RIGHT)
                table.setItem(row, column, item)
            difference = QTableWidgetItem("")
            difference.setTextAlignment(RIGHT)
            table.setItem(row, DIFFERENCE, difference)
            table.setItem(row, REASON, QTableWidgetItem(""))
        table.itemChanged.connect(lambda _: self.check())
        return table

    def set_difference(self, claim_no: str, value: str, reason: str) -> None:
        """Type a difference on a claim's line (what a user does in the table)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, CLAIM).text() == claim_no:
                self.table.item(row, DIFFERENCE).setText(value)
                self.table.item(row, REASON).setText(reason)
                return
        raise KeyError(claim_no)

    def differences(self) -> dict[str, tuple[str, str]]:
        found = {}
        for row in range(self.table.rowCount()):
            value = self.table.item(row, DIFFERENCE).text().strip()
            reason = self.table.item(row, REASON).text().strip()
            if value or reason:
                found[self.table.item(row, CLAIM).text()] = (value or "0", reason)
        return found

    def check(self) -> None:
        """Statement − differences against the amount received, as the user types."""
        paid = amount(self.amount.text())
        total = Decimal(0)
        for value, _ in self.differences().values():
            parsed = amount(value)
            if parsed is None:
                self._balance(tr("A difference is not a number."), False)
                return
            total += parsed
        if paid is None:
            self._balance(tr("The amount received is not a number."), False)
            return
        gap = self.expected - total - paid
        text = tr("Statement {expected} − differences {differences} = {due}; received {paid}.",
                  expected=money(self.expected), differences=money(total),
                  due=money(self.expected - total), paid=money(paid))
        if gap > 0:
            text += " " + tr("{gap} is not explained by a difference.", gap=money(gap))
        elif gap < 0:
            text += " " + tr("{over} more than due is not explained: type it as a negative "
                             "difference (over-paid) on the claim it was paid for.",
                             over=money(-gap))
        else:
            text += " " + tr("Balanced.")
        self._balance(text, not gap)

    def _balance(self, text: str, ok: bool) -> None:
        self.balance.setText(text)
        self.balance.setStyleSheet(f"color: {'#166534' if ok else '#b45309'}; "
                                   "font-weight: 600;")

    def accept(self) -> None:
        try:
            batches.record_payment(self.user, self.batch_no, self.amount.text(),
                                   self.paid_on.date().toPython(), self.reference.text(),
                                   self.differences())
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
