"""Recording the settlement voucher the customer signed: the date, who received it, and the
scanned copy (PDF, JPG or PNG) kept with the claim. The service checks everything; its refusal
stays in the dialog so the user can correct it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from partsdesk.i18n import Translator
from partsdesk.services import settlement
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui.import_dialog import documents_folder

tr = Translator("SignedCopyDialog")

SCAN_FILTER = tr.mark("Scanned voucher (*.pdf *.jpg *.jpeg *.png)")


class SignedCopyDialog(QDialog):
    def __init__(self, user, claim_no: str, parent=None):
        super().__init__(parent)
        self.setObjectName("signedCopyDialog")
        self.setWindowTitle(tr("Signed voucher of claim {number}", number=claim_no))
        self.user, self.claim_no = user, claim_no
        self.signed_on = QDateEdit(QDate.currentDate())
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("yyyy-MM-dd")
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.received_by = QLineEdit(user.full_name or user.username)
        self.received_by.setMaxLength(100)
        self.file = QLineEdit()
        self.file.setObjectName("scanFile")
        self.file.setPlaceholderText(tr("optional: the scanned voucher"))
        choose = QPushButton(tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("Signed by the customer on"), self.signed_on)
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

    def choose_file(self, path: str | None = None) -> str:
        """``path`` given (tests, drag and drop) or asked for with the file dialog."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Choose the scanned voucher"),
                                                  str(documents_folder()), tr(SCAN_FILTER))
        if path:
            self.file.setText(path)
        return path or ""

    def signed_date(self) -> date:
        return self.signed_on.date().toPython()

    def accept(self) -> None:
        try:
            settlement.record_signed(self.user, self.claim_no, self.signed_date(),
                                     self.received_by.text(), self.file.text().strip() or None)
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
