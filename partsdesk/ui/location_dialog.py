"""The location editor: a new bin or area, or change one. Rules live in ``services.locations``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QVBoxLayout)

from partsdesk.db.models import LOCATION_KINDS, Location
from partsdesk.i18n import Translator
from partsdesk.services import locations
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.locations import LocationData
from partsdesk.ui import messages
from partsdesk.ui.part_dialog import FORM_STYLE, FieldErrors, form_label

tr = Translator("LocationDialog")


class LocationDialog(QDialog):
    """New location (``location=None``) or change one. Enter saves, Esc cancels."""

    def __init__(self, user, location: Location | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("locationDialog")
        self.user, self.location = user, location
        self.saved_location: Location | None = None
        self.setWindowTitle(tr("New location") if location is None
                            else tr("Location {code}", code=location.code))
        self.setStyleSheet(FORM_STYLE)
        general = form_label("", "error")
        general.hide()
        self.errors = FieldErrors(general)
        self.code = QLineEdit()
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(tr("e.g. A-01-03"))
        self.kind = QComboBox()
        for kind in LOCATION_KINDS:
            self.kind.addItem(locations.kind_name(kind), kind)
        self.description = QLineEdit()
        self.description.setMaxLength(200)
        self.allow_negative = QCheckBox(tr("Stock here may go below zero"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        form.setVerticalSpacing(8)
        form.addRow(tr("Code"), self.errors.wrap("code", self.code))
        form.addRow(tr("Kind"), self.errors.wrap("kind", self.kind))
        form.addRow(tr("Description"), self.errors.wrap("description", self.description))
        form.addRow(tr("Allow negative"), self.errors.wrap(
            "allow_negative", self.allow_negative,
            tr("Only for areas where stock is booked before it is counted.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        buttons.button(QDialogButtonBox.Save).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        if location is not None:
            self._load(location)
        (self.description if location else self.code).setFocus()

    def _load(self, location: Location) -> None:
        self.code.setText(location.code)
        self.code.setReadOnly(True)     # stock moves refer to the code; it never changes
        self.kind.setCurrentIndex(max(0, self.kind.findData(location.kind)))
        self.description.setText(location.description)
        self.allow_negative.setChecked(location.allow_negative)

    def data(self) -> LocationData:
        return LocationData(code=self.code.text(), kind=self.kind.currentData(),
                            description=self.description.text(),
                            allow_negative=self.allow_negative.isChecked())

    def accept(self) -> None:
        self.errors.clear()
        try:
            if self.location is None:
                self.saved_location = locations.create_location(self.user, self.data())
            else:
                self.saved_location = locations.update_location(self.user, self.location.code,
                                                                self.data())
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return
        except PartsDeskError as exc:
            messages.report(self, exc)
            return
        super().accept()
