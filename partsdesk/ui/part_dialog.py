"""The part editor (new part or change one) and the supersession dialog.

The dialogs check nothing themselves: they hand what was typed to ``services.catalog`` and show
a ``ValidationError`` under the field it names, so the rules live in one place.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPushButton, QVBoxLayout, QWidget)

from partsdesk.db.models import Part
from partsdesk.i18n import Translator
from partsdesk.services import catalog
from partsdesk.services.catalog import PartData
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.ui import messages

tr = Translator("PartDialog")

UNITS = ("PCS", "SET", "PAIR", "KIT", "L", "KG", "M")
FORM_STYLE = """
QLabel[role="error"] { color: #b3261e; }
QLabel[role="hint"] { color: #6b7280; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QListWidget[invalid="true"] {
    border: 1px solid #b3261e; border-radius: 3px; padding: 2px;
}
"""


class FieldErrors:
    """A red message under each form field, shown for the field a ValidationError names."""

    def __init__(self, general: QLabel):
        self.general = general
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def wrap(self, name: str, widget: QWidget, hint: str = "") -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        if hint:
            layout.addWidget(form_label(hint, "hint"))
        error = form_label("", "error")
        error.hide()
        layout.addWidget(error)
        self.fields[name] = (widget, error)
        return box

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


class CodeEntry(QLineEdit):
    """A line where a scanned code ends with Enter: adds it instead of closing the dialog.

    Enter on an empty line still reaches the dialog, so Enter saves as everywhere else.
    """

    def keyPressEvent(self, event) -> None:
        had_code = bool(self.text().strip())
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and had_code:
            event.accept()


class AliasEditor(QWidget):
    """The part's barcode aliases: scan or type one and press Enter; select and remove."""

    def __init__(self, codes: list[str], parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setMaximumHeight(96)
        self.list.addItems(codes)
        self.entry = CodeEntry()
        self.entry.setPlaceholderText(tr("Scan or type a barcode, then Enter"))
        self.entry.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.list)

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
        self.setObjectName("partDialog")
        self.user, self.part = user, part
        self.saved_part: Part | None = None
        self.setWindowTitle(tr("New part") if part is None
                            else tr("Part {part_no}", part_no=part.part_no))
        self.setStyleSheet(FORM_STYLE)
        general = form_label("", "error")
        general.hide()
        self.errors = FieldErrors(general)
        self._build_fields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
        self.buttons.button(QDialogButtonBox.Save).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if part is not None:
            self._load(part)
        (self.name if part else self.part_no).setFocus()

    def _build_fields(self) -> None:
        self.part_no = QLineEdit()
        self.part_no.setMaxLength(40)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name_zh = QLineEdit()
        self.name_zh.setMaxLength(200)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([""] + _categories())
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.unit_price = QLineEdit("0.00")
        self.unit_price.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.min_stock = QLineEdit("0")
        self.min_stock.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.must_return = QCheckBox(tr("A failed part must be sent back to the manufacturer"))
        self.aliases = AliasEditor([])
        numbers = QHBoxLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.setAlignment(Qt.AlignTop)
        for widget in (self.errors.wrap("unit_price", self.unit_price), QLabel(tr("Unit")),
                       self.errors.wrap("unit", self.unit)):
            numbers.addWidget(widget)
        prices = QWidget()
        prices.setLayout(numbers)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignRight)
        self.form.setVerticalSpacing(8)
        e = self.errors
        self.form.addRow(tr("Part No."), e.wrap("part_no", self.part_no))
        self.form.addRow(tr("Name"), e.wrap("name", self.name))
        self.form.addRow(tr("Chinese name"), e.wrap("name_zh", self.name_zh))
        self.form.addRow(tr("Category"), e.wrap("category", self.category))
        self.form.addRow(tr("Unit price"), prices)
        self.form.addRow(tr("Minimum stock"), e.wrap("min_stock", self.min_stock))
        self.form.addRow(tr("Must return"), e.wrap("must_return", self.must_return))
        self.form.addRow(tr("Barcode aliases"), e.wrap(
            "aliases", self.aliases, tr("Supplier EAN or box codes that also mean this part.")))

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
        self.errors.clear()
        try:
            data = self.data()
            if self.part is None:
                self.saved_part = catalog.create_part(self.user, data)
            else:
                self.saved_part = catalog.update_part(self.user, self.part.part_no, data)
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return
        except PartsDeskError as exc:
            messages.report(self, exc)
            return
        super().accept()


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
        self.error = form_label("", "error")
        self.error.hide()
        intro = form_label(tr("Part {part_no} ({name}) is replaced by:", part_no=part.part_no,
                          name=part.name), "")
        hint = form_label(tr("Leave the field empty to clear the supersession."), "hint")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Save"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Cancel"))
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
