"""Recording the settlement voucher the customer signed: which print they signed (the latest by
default), the date (never before that print's day, never after today), who received it, and the
scanned copy (PDF, JPG or PNG) kept with the claim. The service checks everything; its refusal
stays in the dialog so the user can correct it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from partsdesk.db.fields import utcnow
from partsdesk.i18n import Translator
from partsdesk.services import vouchers
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui import messages
from partsdesk.ui.format import local_time
from partsdesk.ui.import_dialog import documents_folder
from partsdesk.ui.style import person

tr = Translator("SignedCopyDialog")

SCAN_FILTER = tr.mark("Scanned voucher (*.pdf *.jpg *.jpeg *.png)")


def print_label(made) -> str:
    """"Original, printed 2026-11-30 09:12 by Zhang Min" / "Copy 1, printed …"."""
    if made.copy_number == 0:
        return tr("Original, printed {time} by {name}", time=local_time(made.printed_at),
                  name=person(made.printed_by) or "—")
    return tr("Copy {n}, printed {time} by {name}", n=made.copy_number,
              time=local_time(made.printed_at), name=person(made.printed_by) or "—")


class SignedCopyDialog(QDialog):
    def __init__(self, user, claim_no: str, parent=None):
        super().__init__(parent)
        self.setObjectName("signedCopyDialog")
        self.setWindowTitle(tr("Signed voucher of claim {number}", number=claim_no))
        self.user, self.claim_no = user, claim_no
        self.made = vouchers.prints(claim_no)
        self.signed_print = QComboBox()
        self.signed_print.setObjectName("signedPrint")
        self.signed_print.setToolTip(tr("The print of the voucher that came back signed"))
        now = utcnow()
        latest = 0
        for index, made in enumerate(self.made):
            self.signed_print.addItem(print_label(made), made.copy_number)
            if made.printed_at <= now:
                latest = index
        self.signed_on = QDateEdit(QDate.currentDate())
        self.signed_on.setObjectName("signedOn")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.date_hint = QLabel()
        self.date_hint.setObjectName("signedOnHint")
        self.date_hint.setProperty("role", "hint")
        self.date_hint.setWordWrap(True)
        self.signed_print.setCurrentIndex(latest)
        self.signed_print.currentIndexChanged.connect(lambda _: self._limit_date())
        self._limit_date()
        self.received_by = QLineEdit(user.full_name or user.username)
        self.received_by.setMaxLength(100)
        self.file = QLineEdit()
        self.file.setObjectName("scanFile")
        self.file.setPlaceholderText(tr("optional: the scanned voucher"))
        self.choose_button = QPushButton(tr("Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(tr("The customer signed"), self.signed_print)
        form.addRow(tr("Signed by the customer on"), self.signed_on)
        form.addRow("", self.date_hint)
        form.addRow(tr("Received by"), self.received_by)
        form.addRow(tr("Scanned copy"), file_row)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(tr("Record"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(tr("Only a voucher signed by the customer is a valid basis for "
                          "settlement. Record it when the signed paper is in your hands."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choose_file(self) -> str:
        """The scanned copy, asked for with the file dialog; "" if none was chosen."""
        path = messages.open_file(self, tr("Choose the scanned voucher"), tr(SCAN_FILTER),
                                  documents_folder())
        if path:
            self.file.setText(path)
        return path or ""

    def _limit_date(self) -> None:
        """The customer signed the chosen print on its day or later, and not after today."""
        today = QDate.currentDate()
        chosen = self.chosen_print()
        first = QDate(vouchers.print_day(chosen)) if chosen is not None else today
        self.signed_on.setDateRange(min(first, today), today)
        self.date_hint.setText(tr("A day from {first}, when this print was made, to today "
                                  "({today}).", first=min(first, today).toString("yyyy-MM-dd"),
                                  today=today.toString("yyyy-MM-dd")))

    def chosen_print(self):
        index = self.signed_print.currentIndex()
        return self.made[index] if 0 <= index < len(self.made) else None

    def signed_date(self) -> date:
        return self.signed_on.date().toPython()

    def accept(self) -> None:
        chosen = self.chosen_print()
        try:
            vouchers.record_signed(self.user, self.claim_no, self.signed_date(),
                                   self.received_by.text(), self.file.text().strip() or None,
                                   copy_number=chosen.copy_number if chosen else None)
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
