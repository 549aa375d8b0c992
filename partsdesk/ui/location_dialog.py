"""The location editor: a new bin or area, or change one (form in forms/location_dialog.ui).

Rules live in ``services.locations``; a ValidationError is shown under the field it names.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from partsdesk.db.models import LOCATION_KINDS, Location
from partsdesk.i18n import Translator
from partsdesk.services import locations
from partsdesk.services.locations import LocationData
from partsdesk.ui.forms.ui_location_dialog import Ui_LocationDialog
from partsdesk.ui.part_dialog import FORM_STYLE, FieldErrors, name_buttons

tr = Translator("LocationDialog")


class LocationDialog(QDialog):
    """New location (``location=None``) or change one. Enter saves, Esc cancels."""

    def __init__(self, user, location: Location | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_LocationDialog()
        self.ui.setupUi(self)
        self.setObjectName("locationDialog")
        self.setStyleSheet(FORM_STYLE)
        self.user, self.location = user, location
        self.saved_location: Location | None = None
        self.setWindowTitle(tr("New location") if location is None
                            else tr("Location {code}", code=location.code))
        ui = self.ui
        self.code, self.kind = ui.code, ui.kind
        self.description, self.allow_negative = ui.description, ui.allowNegative
        for kind in LOCATION_KINDS:
            self.kind.addItem(locations.kind_name(kind), kind)
        self.errors = FieldErrors(ui.error, {
            "code": (ui.code, ui.codeError), "kind": (ui.kind, ui.kindError),
            "description": (ui.description, ui.descriptionError),
            "allow_negative": (ui.allowNegative, ui.allowNegativeError)})
        name_buttons(ui.buttons)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self.adjustSize()
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
        if self.errors.attempt(self, self._save):
            super().accept()

    def _save(self) -> None:
        if self.location is None:
            self.saved_location = locations.create_location(self.user, self.data())
        else:
            self.saved_location = locations.update_location(self.user, self.location.code,
                                                            self.data())
