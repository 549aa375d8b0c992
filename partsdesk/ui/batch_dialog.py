"""A new settlement batch of the settleable claims repaired in a period: the dialog lists them as
the dates change, and the service builds the batch (checking every claim again)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from partsdesk.i18n import Translator
from partsdesk.services import batches
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui.format import money
from partsdesk.ui.style import error_line
from partsdesk.ui.widgets import fill, small_table

tr = Translator("BatchDialog")

SHOWN = 500         # the list is a preview; the service takes every settleable claim


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class NewBatchDialog(QDialog):
    created = Signal(str)           # the batch number

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("newBatchDialog")
        self.setWindowTitle(tr("New settlement batch"))
        self.user = user
        self.number = ""
        today = date.today()
        self.period_from = date_edit(today.replace(day=1) - timedelta(days=90))
        self.period_to = date_edit(today)
        for edit in (self.period_from, self.period_to):
            edit.dateChanged.connect(lambda _: self.refresh())
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("note (optional)"))
        self.note.setMaxLength(300)
        self.table = small_table([tr("Claim No."), tr("Repair date"), tr("Customer"),
                                  tr("Total")], (2,))
        self.table.setObjectName("batchCandidates")
        self.summary = QLabel()
        self.summary.setProperty("role", "section")
        self.error = error_line()
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("Repaired from")))
        period.addWidget(self.period_from)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.period_to)
        period.addSpacing(12)
        period.addWidget(self.note, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Create batch"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("Only settleable claims are taken: approved, signed by the customer, "
                         "and every defective part back and inspected. The settlement page "
                         "shows what each other claim still misses."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.period_from.date().toPython(), self.period_to.date().toPython()

    def refresh(self) -> None:
        start, end = self.period()
        found = batches.settleable_claims(start, end, limit=SHOWN)
        fill(self.table, [(c.number, c.repair_date, c.customer_name, money(c.total_amount))
                          for c in found], right=(3,))
        total = sum((c.total_amount for c in found), Decimal(0))
        more = "+" if len(found) == SHOWN else ""
        self.summary.setText(tr.plural(len(found), "{n}{more} settleable claim, {total} claimed",
                                       "{n}{more} settleable claims, {total} claimed",
                                       more=more, total=money(total)))
        self.ok_button.setEnabled(bool(found))

    def accept(self) -> None:
        start, end = self.period()
        try:
            batch = batches.create_batch(self.user, start, end, note=self.note.text())
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.number = batch.number
        super().accept()
        self.created.emit(batch.number)
