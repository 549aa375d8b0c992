"""The part editor (new part or change one, form in forms/part_dialog.ui) and the
supersession dialog.

The dialogs check nothing themselves: they hand what was typed to ``services.catalog`` and show
a ``ValidationError`` under the field it names, so the rules live in one place.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QPushButton, QVBoxLayout, QWidget)

from partsdesk.db.models import Part
from partsdesk.i18n import Translator
from partsdesk.services import catalog
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.ui import messages
from partsdesk.ui.forms.ui_part_dialog import Ui_PartDialog

tr = Translator("PartDialog")

UNITS = ("PCS", "SET", "PAIR", "KIT", "L", "KG", "M")
FORM_STYLE = """
QComboBox[invalid="true"], QListWidget[invalid="true"] {
    border: 1px solid #dc2626; background: #fef2f2;
}
"""


class FieldErrors:
    """A red message under each form field, shown for the field a ValidationError names."""

    def __init__(self, general: QLabel, fields: dict[str, tuple[QWidget, QLabel]]):
        self.general = general
        self.fields = fields
        for label in [general] + [error for _, error in fields.values()]:
            label.setTextFormat(Qt.PlainText)   # messages quote what users typed
        self.clear()

    def clear(self) -> None:
        self.general.hide()
        for widget, error in self.fields.values():
            error.hide()
            _mark(widget, False)

    def show(self, field: str | None, text: str) -> None:
        if field in self.fields:
            widget, error = self.fields[field]
            error.setText(text)
            error.show()
            _mark(widget, True)
            widget.setFocus(Qt.OtherFocusReason)
        else:
            self.general.setText(text)
            self.general.show()

    def attempt(self, parent: QWidget, save) -> bool:
        """Call ``save()``; a refusal shows at the field it names, or as a message. True when
        it went through."""
        self.clear()
        try:
            save()
        except ValidationError as exc:
            self.show(exc.field, str(exc))
            return False
        except PartsDeskError as exc:
            messages.report(parent, exc)
            return False
        return True

    def text(self, field: str) -> str:
        """What the user sees under ``field`` ("" when it has no error)."""
        widget, error = self.fields[field]
        return error.text() if not error.isHidden() else ""


def form_label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Save and Cancel in PartsDesk's words (and language), Save the default for Enter."""
    save = buttons.button(QDialogButtonBox.Save)
    save.setText(tr("Save"))
    save.setDefault(True)
    buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))


class AliasEditor(QObject):
    """The part's barcode aliases: scan or type one and press Enter; select and remove.

    Enter in the entry adds the code instead of saving the dialog; on an empty entry it
    still reaches the dialog, so Enter saves as everywhere else.
    """

    def __init__(self, entry: QLineEdit, codes: QListWidget, add: QPushButton,
                 remove: QPushButton):
        super().__init__(entry)
        self.entry, self.list = entry, codes
        entry.installEventFilter(self)
        add.clicked.connect(self.add_entry)
        remove.clicked.connect(self.remove_selected)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter)
                and self.entry.text().strip()):
            self.add_entry()
            return True
        return False

    def add_entry(self) -> None:
        code = catalog.normalise_part_no(self.entry.text())
        self.entry.clear()
        if code and code not in self.codes():
            self.list.addItem(code)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def codes(self) -> list[str]:
        pending = catalog.normalise_part_no(self.entry.text())    # typed but not yet added
        codes = [self.list.item(i).text() for i in range(self.list.count())]
        return codes + [pending] if pending and pending not in codes else codes


class PartDialog(QDialog):
    """New part (``part=None``) or change one. Enter saves, Esc cancels."""

    def __init__(self, user, part: Part | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_PartDialog()
        self.ui.setupUi(self)
        self.setObjectName("partDialog")
        self.setStyleSheet(FORM_STYLE)
        self.user, self.part = user, part
        self.saved_part: Part | None = None
        self.setWindowTitle(tr("New part") if part is None
                            else tr("Part {part_no}", part_no=part.part_no))
        ui = self.ui
        # the names the page and the tests use
        self.part_no, self.name, self.name_zh = ui.partNo, ui.name, ui.nameZh
        self.category, self.unit, self.unit_price = ui.category, ui.unit, ui.unitPrice
        self.min_stock, self.must_return = ui.minStock, ui.mustReturn
        self.aliases = AliasEditor(ui.aliasEntry, ui.aliases, ui.addAlias, ui.removeAlias)
        self.errors = FieldErrors(ui.error, {
            "part_no": (ui.partNo, ui.partNoError), "name": (ui.name, ui.nameError),
            "name_zh": (ui.nameZh, ui.nameZhError), "category": (ui.category, ui.categoryError),
            "unit_price": (ui.unitPrice, ui.unitPriceError), "unit": (ui.unit, ui.unitPriceError),
            "min_stock": (ui.minStock, ui.minStockError), "aliases": (ui.aliases, ui.aliasesError),
        })
        self.category.addItems([""] + _categories())
        self.unit.addItems(UNITS)
        self.unit_price.setText("0.00")
        self.min_stock.setText("0")
        name_buttons(ui.buttons)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(540)
        self.adjustSize()
        if part is not None:
            self._load(part)
        (self.name if part else self.part_no).setFocus()

    def _load(self, part: Part) -> None:
        self.part_no.setText(part.part_no)
        self.part_no.setReadOnly(True)      # the part number never changes; it is the identity
        self.part_no.setToolTip(tr("A part number cannot be changed. Create a new part and "
                                   "supersede this one instead."))
        self.name.setText(part.name)
        self.name_zh.setText(part.name_zh)
        self.category.setCurrentText(part.category)
        self.unit.setCurrentText(part.unit)
        self.unit_price.setText(f"{part.unit_price:.2f}")
        self.min_stock.setText(f"{part.min_stock.normalize():f}")
        self.must_return.setChecked(part.must_return)
        self.aliases.list.addItems(catalog.aliases_of(part))

    def data(self) -> PartData:
        try:
            min_stock = Decimal(self.min_stock.text().strip().replace(",", "") or "0")
        except InvalidOperation:
            min_stock = None
        if min_stock is None or not min_stock.is_finite() or min_stock < 0:
            raise ValidationError(tr("The minimum stock must be a number, 0 or more."),
                                  field="min_stock")
        return PartData(part_no=self.part_no.text(), name=self.name.text(),
                        name_zh=self.name_zh.text(), category=self.category.currentText(),
                        unit=self.unit.currentText(), unit_price=self.unit_price.text(),
                        must_return=self.must_return.isChecked(), min_stock=min_stock,
                        aliases=self.aliases.codes())

    def accept(self) -> None:
        if self.errors.attempt(self, self._save):
            super().accept()

    def _save(self) -> None:
        data = self.data()
        if self.part is None:
            self.saved_part = catalog.create_part(self.user, data)
        else:
            self.saved_part = catalog.update_part(self.user, self.part.part_no, data)


def _categories() -> list[str]:
    query = (Part.select(Part.category).where(Part.category != "").distinct()
             .order_by(Part.category).limit(500))
    return [category for (category,) in query.tuples()]


class SupersedeDialog(QDialog):
    """Record which part replaces this one; empty clears it. Loops are refused by the service."""

    def __init__(self, user, part: Part, parent=None):
        super().__init__(parent)
        self.setObjectName("supersedeDialog")
        self.user, self.part = user, part
        self.setWindowTitle(tr("Supersede part {part_no}", part_no=part.part_no))
        self.setStyleSheet(FORM_STYLE)
        self.new_part_no = QLineEdit()
        self.new_part_no.setPlaceholderText(tr("Scan or type the new part number"))
        if part.superseded_by_id:
            self.new_part_no.setText(part.superseded_by.part_no)
        self.new_part_no.textChanged.connect(self._describe)
        self.found = form_label("", "hint")
        self.found.setTextFormat(Qt.PlainText)      # a part's name, never markup
        self.error = form_label("", "error")
        self.error.hide()
        intro = form_label(tr("Part {part_no} ({name}) is replaced by:", part_no=part.part_no,
                          name=part.name), "")
        hint = form_label(tr("Leave the field empty to clear the supersession."), "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.new_part_no, self.found, hint, self.error, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(440)
        self._describe(self.new_part_no.text())

    def _describe(self, text: str) -> None:
        found = catalog.find_by_code(text) if text.strip() else None
        self.found.setText(f"{found.part_no} — {found.name}" if found else "")

    def accept(self) -> None:
        self.error.hide()
        code = self.new_part_no.text().strip()
        found = catalog.find_by_code(code) if code else None
        try:
            catalog.supersede(self.user, self.part.part_no,
                              found.part_no if found else (code or None))
        except PartsDeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
