"""The prompt for a reason (reject, cancel a claim) or a comment (return it for information)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from partsdesk.i18n import Translator
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui.style import error_line

tr = Translator("ClaimView")


class ReasonDialog(QDialog):
    """Asks for a reason (reject, cancel) or a comment (return for information).

    ``act(text)`` calls the service; its refusal is shown in the dialog, which stays open, so the
    user can correct the text. Enter confirms, Esc closes.
    """

    def __init__(self, title: str, prompt: str, button: str, act, parent=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.act = act
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setMaxLength(300)
        self.text.setMinimumWidth(420)
        self.error = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(button)
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        try:
            self.act(self.text.text())
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
