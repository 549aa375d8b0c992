"""The claim form: a warranty administrator enters or changes a claim and submits it.

Everything typed is handed to ``services.claims`` on Save; a refusal is shown under the field
its ``ValidationError`` names. While typing, the form only helps: the VIN is checked as it is
typed (length, letters, check digit), the vehicle is looked up, each part shows what stock has,
and the amounts are recomputed with ``claims.compute_amounts`` at every change.

Keyboard: Enter on a labour or part line adds the line, Delete removes the selected one,
Ctrl+S saves the draft, Ctrl+Enter submits, Esc closes (asking first if something is unsaved).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDialog, QFormLayout, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QTableWidget,
                               QVBoxLayout, QWidget)

from partsdesk.db.models.claims import Claim, ClaimComment, LaborOperation, Vehicle
from partsdesk.i18n import Translator
from partsdesk.services import catalog, claim_states, claims, codes, stock, vehicles
from partsdesk.services.claims import ClaimData, LabourLineData, PartLineData, Problem
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.ui import messages
from partsdesk.ui.date_field import DateField
from partsdesk.ui.format import money, part_name, qty
from partsdesk.ui.part_dialog import FORM_STYLE, FieldErrors, form_label
from partsdesk.ui.widgets import fill, small_table

tr = Translator("ClaimForm")

WHOLE = QRegularExpression(r"[0-9]{0,7}")                        # a part counted in pieces
DECIMAL = QRegularExpression(r"[0-9]{0,9}(\.[0-9]{0,3})?")      # litres, metres …
VIN_COLOURS = {"ok": "#1b6e3a", "warning": "#8a5a00", "error": "#b3261e", "": "#64748b"}


# Where each field stands in the form: several problems are listed in this order and the first
# gets the focus. Entry fields of a part line share the line's message under the parts table.
FIELD_ORDER = ("vin", "model", "production_date", "warranty_start", "repair_date", "mileage",
               "fault_code", "cause_code", "labour", "price_reason", "replacement_reason",
               "failed_batch", "parts", "other_amount")


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldMessages(FieldErrors):
    """FieldErrors whose fields are added as the form is built (``wrap``, ``share``), and
    which shows every problem at once, each beside its field."""

    def __init__(self, general: QLabel):
        super().__init__(general, {})

    def share(self, name: str, widget: QWidget, under: str) -> None:
        """``widget``'s problems are told in the message of field ``under``."""
        self.fields[name] = (widget, self.fields[under][1])

    def show_all(self, problems: list[Problem]) -> None:
        """Each problem beside its field (several at one field one under the other), the rest
        in the form's general line; the first field in the form gets the focus."""
        self.clear()
        ordered = sorted(problems, key=lambda p: FIELD_ORDER.index(p.field)
                         if p.field in FIELD_ORDER else len(FIELD_ORDER))
        texts: dict[int, tuple[QLabel, list[str]]] = {}
        general = []
        for problem in ordered:
            if problem.field not in self.fields:
                general.append(problem.text)
                continue
            widget, error = self.fields[problem.field]
            texts.setdefault(id(error), (error, []))[1].append(problem.text)
            _mark(widget, True)
        for error, lines in texts.values():
            error.setText("\n".join(lines))
            error.show()
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        first = next((p.field for p in ordered if p.field in self.fields), None)
        if first is not None:
            self.fields[first][0].setFocus(Qt.OtherFocusReason)

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = form_label("", "error")
        error.hide()
        layout.addWidget(error)
        self.fields[name] = (widget, error)
        return box


class HintLine(QLabel):
    """A grey line of help that takes no room while it has nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)    # names codes and models from the database
        self.setProperty("role", "hint")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class CodeBox(QComboBox):
    """A code from a code table, shown as "CODE · description"."""

    def __init__(self, table: str, placeholder: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(14)
        self.addItem("", "")
        for row in codes.list_codes(table):
            self.addItem(codes.code_text(row), row.code)    # in the reader's language
        # Typing a code completes it in place (no popup to steal the keys of fast typists);
        # the drop-down lists every code with its description to choose by words.
        completer = self.completer()
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.InlineCompletion)
        self.lineEdit().setPlaceholderText(placeholder)

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        if index >= 0:
            return self.itemData(index) or ""
        return codes.normalise_code(text.split("·")[0])

    def set_code(self, code: str) -> None:
        index = self.findData(code or "")
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


def line_edit(placeholder: str = "", width: int | None = None, limit: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(limit)
    if width:
        edit.setFixedWidth(width)
    return edit


def _decimal(text: str) -> Decimal | None:
    """A positive number as typed, or None (the service says what is wrong on Save)."""
    try:
        return stock.as_quantity(text)
    except ValidationError:
        return None


class ClaimForm(QDialog):
    """A new claim (``number=None``) or a draft to change."""

    def __init__(self, user, number: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("claimForm")
        self.user = user
        self.claim: Claim | None = claim_states.get_claim(number) if number else None
        self.rate = self.claim.labour_rate if self.claim else claims.labour_rate()
        self.labour: list[LabourLineData] = []
        self.parts: list[PartLineData] = []
        self.dirty = False
        self._info_part: str | None = None     # the part whose stock and return flag are shown
        self.setStyleSheet(FORM_STYLE)
        general = form_label("", "error")
        general.hide()
        self.errors = FieldMessages(general)
        self._build(general)
        if self.claim is not None:
            self._load(self.claim)
        self._update_title()
        self.recompute()
        self.dirty = False
        self.vin.setFocus()

    # --- building ------------------------------------------------------------------------
    def _build(self, general: QLabel) -> None:
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self._build_vehicle(), 5)
        top.addWidget(self._build_repair(), 4)
        top.addWidget(self._build_fault(), 5)
        self.warnings = QLabel()
        self.warnings.setObjectName("claimWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("QLabel#claimWarnings { color: #8a5a00; background: #fff7e0;"
                                    " border: 1px solid #f3d58a; border-radius: 5px; "
                                    "padding: 6px 8px; }")
        self.warnings.hide()
        content = QWidget()
        content.setObjectName("claimFormContent")
        fields = QVBoxLayout(content)
        fields.setContentsMargins(14, 12, 14, 6)
        fields.setSpacing(10)
        fields.addLayout(top)
        fields.addWidget(self._build_labour(), 2)
        fields.addWidget(self._build_parts(), 3)
        # On a small or scaled screen the fields scroll; what finishes the form stays in view.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("claimFormScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidget(content)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(14, 0, 14, 12)
        bottom.setSpacing(8)
        bottom.addWidget(self.warnings)
        bottom.addWidget(general)
        bottom.addLayout(self._build_bottom())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self._build_shortcuts()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """1180 × 800, or what the screen holds (a laptop at 150 % has about 910 × 510)."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(1180, screen.width() - 24), min(800, screen.height() - 48))

    def _build_vehicle(self) -> QGroupBox:
        self.vin = line_edit(tr("17 characters"), limit=24)
        self.vin.setObjectName("vin")
        font = self.vin.font()
        font.setFamily("monospace")
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 0.6)
        self.vin.setFont(font)
        self.vin.textEdited.connect(self._vin_edited)
        self.vin_status = QLabel()
        self.vin_status.setTextFormat(Qt.PlainText)     # the VIN as typed
        self.vin_status.setObjectName("vinStatus")
        self.vin_status.setWordWrap(True)
        self.vin_override = line_edit(tr("Why this VIN is right (markets without a check digit)"))
        self.model = CodeBox("vehicle_models", tr("Model of a new vehicle"))
        self.model.currentIndexChanged.connect(lambda _: self.changed())
        self.production_date = DateField(near=lambda: self.repair_date.value())
        self.production_date.setObjectName("productionDate")
        self.warranty_start = DateField(near=lambda: (self.production_date.value()
                                                      or self.repair_date.value()))
        self.warranty_start.setObjectName("warrantyStart")
        for edit in (self.production_date, self.warranty_start):
            edit.valueChanged.connect(self.changed)
        vin_box = QWidget()
        vin_layout = QVBoxLayout(vin_box)
        vin_layout.setContentsMargins(0, 0, 0, 0)
        vin_layout.setSpacing(2)
        vin_layout.addWidget(self.errors.wrap("vin", self.vin))
        vin_layout.addWidget(self.vin_status)
        form = self.vehicle_form = self._form()
        form.addRow(tr("VIN"), vin_box)
        form.addRow(tr("Override"), self.vin_override)
        form.addRow(tr("Model"), self.errors.wrap("model", self.model))
        form.addRow(tr("Produced"), self.errors.wrap("production_date", self.production_date))
        form.addRow(tr("Warranty from"), self.errors.wrap("warranty_start", self.warranty_start))
        form.setRowVisible(self.vin_override, False)
        return self._group(tr("Vehicle"), form)

    def _build_repair(self) -> QGroupBox:
        self.repair_date = DateField(latest=date.today() + timedelta(days=1))
        self.repair_date.setObjectName("repairDate")
        self.repair_date.set_value(date.today())
        self.repair_date.valueChanged.connect(self.changed)
        self.mileage = line_edit(tr("km"), limit=12)
        self.mileage.setAlignment(Qt.AlignRight)
        self.customer_name = line_edit(tr("Customer's name"), limit=100)
        self.customer_phone = line_edit(tr("Mobile or landline"), limit=30)
        form = self._form()
        form.addRow(tr("Repair date"), self.errors.wrap("repair_date", self.repair_date))
        form.addRow(tr("Mileage (km)"), self.errors.wrap("mileage", self.mileage))
        form.addRow(tr("Customer"), self.customer_name)
        form.addRow(tr("Phone"), self.customer_phone)
        for edit in (self.mileage, self.customer_name, self.customer_phone):
            edit.textEdited.connect(lambda _: self.changed())
        return self._group(tr("Repair and customer"), form)

    def _build_fault(self) -> QGroupBox:
        self.fault = CodeBox("fault_codes", tr("Type a code or words of the fault"))
        self.cause = CodeBox("cause_codes", tr("Type a code or words of the cause"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("What the customer reported and what was found"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        for box in (self.fault, self.cause):
            box.currentIndexChanged.connect(lambda _: self.changed())
        form = self._form()
        form.addRow(tr("Fault code"), self.errors.wrap("fault_code", self.fault))
        form.addRow(tr("Cause"), self.errors.wrap("cause_code", self.cause))
        form.addRow(tr("Description"), self.description)
        return self._group(tr("Fault"), form)

    def _build_labour(self) -> QGroupBox:
        self.operation = CodeBox("labour_operations", tr("Labour operation code"))
        self.operation.setMinimumWidth(300)
        self.operation.currentIndexChanged.connect(lambda _: self._operation_chosen())
        self.hours = line_edit(tr("Hours"), 70, 10)
        self.hours.setAlignment(Qt.AlignRight)
        self.hours_reason = line_edit(tr("Reason, if above the standard hours"))
        self.add_labour_button = self._button(tr("Add line"), self.add_labour)
        self.remove_labour_button = self._button(tr("Remove"), self.remove_labour)
        self.labour_info = HintLine()
        self.labour_table = small_table([tr("Operation"), tr("Description"), tr("Hours"),
                                         tr("Standard"), tr("Amount"),
                                         tr("Reason for extra hours")], (1, 5))
        self.labour_table.setMinimumHeight(84)
        for edit in (self.operation.lineEdit(), self.hours, self.hours_reason):
            edit.returnPressed.connect(self.add_labour)
        entry = QHBoxLayout()
        entry.addWidget(self.operation, 3)
        entry.addWidget(self.hours)
        entry.addWidget(self.hours_reason, 3)
        entry.addWidget(self.add_labour_button)
        entry.addWidget(self.remove_labour_button)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addLayout(entry)
        box.addWidget(self.labour_info)
        box.addWidget(self.errors.wrap("labour", self.labour_table), 1)
        return self._group(tr("Labour (rate {rate} per hour)", rate=money(self.rate)), box)

    def _build_parts(self) -> QGroupBox:
        self.part_no = line_edit(tr("Scan or type a part number"), 180, 60)
        self.part_no.setObjectName("partEntry")
        self._part_timer = QTimer(self, singleShot=True, interval=200)
        self._part_timer.timeout.connect(self._show_part_info)
        self.part_no.textEdited.connect(lambda _: self._part_timer.start())
        self.part_qty = line_edit(tr("Qty"), 56, 12)
        self.part_qty.setObjectName("partQuantity")
        self.part_qty.setText("1")
        self.part_qty.setAlignment(Qt.AlignRight)
        self.part_qty.setValidator(QRegularExpressionValidator(DECIMAL, self.part_qty))
        self.part_price = line_edit(tr("Price"), 84, 16)
        self.part_price.setObjectName("partPrice")
        self.part_price.setAlignment(Qt.AlignRight)
        self.part_price.setToolTip(tr("The catalogue price; a different price needs a reason"))
        self.part_price.textEdited.connect(lambda _: self._price_edited())
        self._price_typed = False           # typed by the user: the part lookup keeps it
        self.price_reason = line_edit(tr("Why this part is charged at another price "
                                         "(required)"))
        self.price_reason.setObjectName("priceReason")
        self.price_row = QWidget()          # shown while the price is not the catalogue's
        price_line = QHBoxLayout(self.price_row)
        price_line.setContentsMargins(0, 0, 0, 0)
        self.price_caption = QLabel(tr("Reason for the price"))
        self.price_caption.setStyleSheet("color: #8a5a00; font-weight: 600;")
        price_line.addWidget(self.price_caption)
        price_line.addWidget(self.price_reason, 1)
        self.price_row.hide()
        self.replacement_reason = line_edit(tr("Replacement reason"))
        self.failed_batch = line_edit(tr("Batch of the failed part"), 150, 60)
        self.must_return = QCheckBox(tr("Return"))
        self.must_return.setToolTip(tr("The failed part must be returned"))
        self.must_return.toggled.connect(lambda _: self._return_toggled())
        self.return_reason = line_edit(tr("Why not as the catalogue says"))
        self.return_reason.setEnabled(False)
        self.add_part_button = self._button(tr("Add line"), self.add_part)
        self.remove_part_button = self._button(tr("Remove"), self.remove_part)
        self.part_info = HintLine()
        self.part_info.setObjectName("partInfo")
        self.parts_table = small_table([tr("Part No."), tr("Name"), tr("Qty"), tr("Price"),
                                        tr("Amount"), tr("On hand"), tr("Available"),
                                        tr("Replacement reason"), tr("Batch"), tr("Return"),
                                        tr("Price reason")], (1, 7))
        self.parts_table.setMinimumHeight(96)
        for edit in (self.part_no, self.part_qty, self.part_price, self.price_reason,
                     self.replacement_reason, self.failed_batch, self.return_reason):
            edit.returnPressed.connect(self.add_part)
        entry = QHBoxLayout()
        entry.addWidget(self.part_no)
        entry.addWidget(self.part_qty)
        entry.addWidget(self.part_price)
        entry.addWidget(self.replacement_reason, 2)
        entry.addWidget(self.failed_batch)
        entry.addWidget(self.must_return)
        entry.addWidget(self.return_reason, 2)
        entry.addWidget(self.add_part_button)
        entry.addWidget(self.remove_part_button)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addLayout(entry)
        box.addWidget(self.price_row)
        box.addWidget(self.part_info)
        box.addWidget(self.errors.wrap("parts", self.parts_table), 1)
        for name, widget in (("price_reason", self.price_reason),
                             ("replacement_reason", self.replacement_reason),
                             ("failed_batch", self.failed_batch)):
            self.errors.share(name, widget, "parts")
        return self._group(tr("Parts"), box)

    def _build_bottom(self) -> QHBoxLayout:
        self.other = line_edit("0.00", 90, 16)
        self.other.setAlignment(Qt.AlignRight)
        self.other.textEdited.connect(lambda _: self.changed())
        self.other_description = line_edit(tr("What the other costs are"), limit=200)
        self.other_description.setMinimumWidth(160)
        self.totals: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(0)
        for column, (key, label) in enumerate((("parts", tr("Parts")), ("labour", tr("Labour")),
                                                ("other", tr("Other")), ("total", tr("Total")),
                                                ("tier", tr("Approval level")))):
            caption = QLabel(label)
            caption.setProperty("role", "hint")
            grid.addWidget(caption, 0, column)
            if key == "other":
                cell = QHBoxLayout()
                cell.addWidget(self.errors.wrap("other_amount", self.other))
                cell.addWidget(self.other_description)
                grid.addLayout(cell, 1, column)
                continue
            value = QLabel()
            value.setObjectName(f"{key}Amount")
            if key in ("total", "tier"):
                value.setStyleSheet("font-weight: 600;")
            self.totals[key] = value
            grid.addWidget(value, 1, column)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.save_button = self._button(tr("Save draft"), self.save)
        self.save_button.setToolTip(tr("Save as a draft (Ctrl+S)"))
        self.submit_button = self._button(tr("Submit"), self.submit)
        self.submit_button.setProperty("role", "primary")
        self.submit_button.setToolTip(tr("Save and submit for approval (Ctrl+Enter)"))
        self.close_button = self._button(tr("Close"), self.reject)
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.status, 0, Qt.AlignRight)
        line = QHBoxLayout()
        for button in (self.close_button, self.save_button, self.submit_button):
            line.addWidget(button)
        buttons.addLayout(line)
        row.addLayout(buttons)
        return row

    def _build_shortcuts(self) -> None:
        bindings = [("Ctrl+S", self.save), ("Ctrl+Return", self.submit),
                    ("Ctrl+Enter", self.submit)]
        for keys, slot in bindings:
            QShortcut(QKeySequence(keys), self).activated.connect(lambda s=slot: s())
        for table, slot in ((self.labour_table, self.remove_labour),
                            (self.parts_table, self.remove_part)):
            shortcut = QShortcut(QKeySequence.Delete, table)
            shortcut.setContext(Qt.WidgetShortcut)
            shortcut.activated.connect(lambda s=slot: s())
            table.doubleClicked.connect(lambda _, t=table: self._edit_line(t))
        order = [self.vin, self.vin_override, self.model, self.production_date,
                 self.warranty_start, self.repair_date, self.mileage, self.customer_name,
                 self.customer_phone, self.fault, self.cause, self.description, self.operation,
                 self.hours, self.hours_reason, self.add_labour_button, self.labour_table,
                 self.part_no, self.part_qty, self.part_price, self.price_reason,
                 self.replacement_reason, self.failed_batch,
                 self.must_return, self.return_reason, self.add_part_button, self.parts_table,
                 self.other, self.other_description, self.save_button, self.submit_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(6)
        return form

    def _group(self, title: str, layout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # --- loading a draft -----------------------------------------------------------------
    def _load(self, claim: Claim) -> None:
        vehicle, facts = claim.vehicle, claims.vehicle_facts(claim)   # the claim's own facts
        self.vin.setText(vehicle.vin)
        self.vin_override.setText(vehicle.check_digit_override)
        self.model.set_code(facts.model.code if facts.model else "")
        self.production_date.set_value(facts.production_date)
        self.warranty_start.set_value(facts.warranty_start)
        self.repair_date.set_value(claim.repair_date)
        self.mileage.setText(str(claim.mileage))
        self.customer_name.setText(claim.customer_name)
        self.customer_phone.setText(claim.customer_phone)
        self.fault.set_code(claim.fault_code.code if claim.fault_code_id else "")
        self.cause.set_code(claim.cause_code.code if claim.cause_code_id else "")
        self.description.setPlainText(claim.description)
        self.other.setText(f"{claim.other_amount:.2f}" if claim.other_amount else "")
        self.other_description.setText(claim.other_description)
        self.labour = [LabourLineData(line.operation.code, line.hours, line.hours_reason)
                       for line in claim.labour_lines]
        self.parts = [PartLineData(line.part.part_no, line.quantity, line.unit_price,
                                   line.replacement_reason, line.failed_batch, line.must_return,
                                   line.must_return_reason, line.price_reason)
                      for line in claim.part_lines]
        self._check_vin()
        self._show_warnings(claim)

    def _update_title(self) -> None:
        if self.claim is None:
            self.setWindowTitle(tr("New warranty claim"))
        else:
            self.setWindowTitle(tr("Warranty claim {number} — {state}", number=self.claim.number,
                                   state=claim_states.state_name(self.claim.state)))

    # --- live help -----------------------------------------------------------------------
    def changed(self) -> None:
        self.dirty = True
        self.recompute()

    def _vin_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.vin.cursorPosition()
            self.vin.setText(upper)
            self.vin.setCursorPosition(position)
        self.dirty = True
        self._check_vin()

    def _check_vin(self) -> None:
        """Length, letters and check digit as typed; a known vehicle fills in its model."""
        vin = vehicles.normalise_vin(self.vin.text())
        needs_override = False
        bad = sorted({c for c in vin if c in "IOQ" or not (c.isascii() and c.isalnum())})
        if len(vin) < 17 and not bad:
            text, kind = tr("{n} of 17 characters", n=len(vin)), ""
        elif len(vin) < 17:         # say at once, not when the 17th character is typed
            text, kind = tr("{chars} cannot be in a VIN: it uses digits and letters except I, O "
                            "and Q.", chars=" ".join(bad)), "error"
        else:
            try:
                vehicles.validate_format(vin)
            except ValidationError as exc:
                text, kind = str(exc), "error"
            else:
                problem = vehicles.check_digit_problem(vin)
                needs_override = problem is not None
                text, kind = (problem, "warning") if problem else (
                    tr("✓ Check digit correct"), "ok")
                if kind == "ok" or self.vin_override.text().strip():
                    text = self._vehicle_text(vin, text)
        self.vehicle_form.setRowVisible(self.vin_override,
                                        needs_override or bool(self.vin_override.text()))
        self.vin_status.setText(text)
        self.vin_status.setStyleSheet(f"color: {VIN_COLOURS[kind]};")
        self.recompute()

    def _vehicle_text(self, vin: str, text: str) -> str:
        vehicle = Vehicle.get_or_none(Vehicle.vin == vin)
        if vehicle is None:
            return text + " · " + tr("new vehicle: choose its model")
        if vehicle.model_id and not self.model.code():
            self.model.set_code(vehicle.model.code)
        if vehicle.production_date and self.production_date.value() is None:
            self.production_date.set_value(vehicle.production_date)
        if vehicle.warranty_start and self.warranty_start.value() is None:
            self.warranty_start.set_value(vehicle.warranty_start)
        if vehicle.check_digit_override and not self.vin_override.text():
            self.vin_override.setText(vehicle.check_digit_override)
        earlier = vehicle.claims.where(Claim.id != (self.claim.id if self.claim else 0)).count()
        end = vehicles.warranty_end(vehicle)
        text += " · " + (tr.plural(earlier, "known vehicle, {n} earlier claim",
                                   "known vehicle, {n} earlier claims") if earlier
                         else tr("known vehicle"))
        if end:
            text += " · " + tr("warranty until {date}", date=end)
        return text

    def _operation_chosen(self) -> None:
        code = self.operation.code()
        operation = LaborOperation.get_or_none(LaborOperation.code == code) if code else None
        if operation is None:
            self.hours.setPlaceholderText(tr("Hours"))
            self.labour_info.clear()
            return
        self.hours.setPlaceholderText(qty(operation.standard_hours))
        text = tr("{code}: standard {hours} h", code=operation.code,
                  hours=qty(operation.standard_hours))
        model = self._model()
        if model is not None and not codes.applies_to(operation, model):
            text += " · " + tr("⚠ not listed for model {model}", model=model.code)
        self.labour_info.setText(text)

    def _model(self):
        from partsdesk.db.models.claims import VehicleModel
        code = self.model.code()
        return VehicleModel.get_or_none(VehicleModel.code == code) if code else None

    def _show_part_info(self):
        self._part_timer.stop()
        self._info_part = None
        part = catalog.find_by_code(self.part_no.text()) if self.part_no.text().strip() else None
        if part is None:
            self.part_info.setText(tr("No part with this number or barcode.")
                                   if self.part_no.text().strip() else "")
            return None
        self._info_part = part.part_no
        self._quantity_in(part)
        if not self._price_typed:
            self.part_price.setText(f"{part.unit_price:.2f}")
        self._price_edited(typed=False)
        self.must_return.blockSignals(True)
        self.must_return.setChecked(part.must_return)
        self.must_return.blockSignals(False)
        self._return_toggled()
        self.part_info.setText(tr(
            "{part_no} · {name} · {price} · on hand {on_hand} · available {available}{ret}",
            part_no=part.part_no, name=part_name(part.name, part.name_zh),
            price=money(part.unit_price),
            on_hand=qty(stock.on_hand(part)), available=qty(stock.available(part)),
            ret=" · " + tr("failed part must be returned") if part.must_return else ""))
        return part

    def _quantity_in(self, part) -> None:
        """Whole numbers for a part counted in pieces, up to three decimals for the rest."""
        pieces = catalog.counted_in_pieces(part.unit)
        self.part_qty.setValidator(QRegularExpressionValidator(
            WHOLE if pieces else DECIMAL, self.part_qty))
        self.part_qty.setToolTip(tr("Whole {unit}", unit=part.unit) if pieces
                                 else tr("Quantity in {unit}", unit=part.unit))
        if pieces and not self.part_qty.text().isdigit():
            self.part_qty.setText("1")          # 1.5 typed before the part was known

    def _price_edited(self, typed: bool = True) -> None:
        """A price other than the catalogue's shows the field for its reason."""
        self._price_typed = self._price_typed or typed
        part = catalog.find_by_code(self.part_no.text()) if self.part_no.text().strip() else None
        self.price_row.setVisible(part is not None and self._typed_price(part) is not None)

    def _typed_price(self, part):
        """The price typed when it is not the part's catalogue price, else None."""
        try:
            price = catalog.parse_money(self.part_price.text(), "parts")
        except ValidationError:
            return None
        return price if self.part_price.text().strip() and price != part.unit_price else None

    def _return_toggled(self) -> None:
        part = catalog.find_by_code(self.part_no.text()) if self.part_no.text().strip() else None
        differs = part is not None and self.must_return.isChecked() != part.must_return
        self.return_reason.setEnabled(differs)
        self.return_reason.setPlaceholderText(
            tr("Reason for the change (required)") if differs
            else tr("Why not as the catalogue says"))

    # --- lines ---------------------------------------------------------------------------
    def add_labour(self) -> bool:
        if not self.operation.code() and not self.hours.text().strip():
            return False            # Enter on an empty line: nothing to add
        self.errors.clear()
        try:
            operation = codes.get_code("labour_operations", self.operation.code())
            hours = (stock.as_quantity(self.hours.text(), "labour")
                     if self.hours.text().strip() else None)
        except PartsDeskError as exc:
            self.errors.show("labour", str(exc))
            return False
        reason = self.hours_reason.text().strip()
        if hours is not None and hours > operation.standard_hours and not reason:
            self.errors.show("labour", tr(
                "{hours} h is above the standard {standard} h of {code}: give a reason for the "
                "extra hours.", hours=qty(hours), standard=qty(operation.standard_hours),
                code=operation.code))
            self.hours_reason.setFocus()
            return False
        self.labour.append(LabourLineData(operation.code, hours, reason))
        self.operation.setCurrentIndex(0)
        self.hours.clear()
        self.hours_reason.clear()
        self.labour_info.clear()
        self.operation.setFocus()
        self.changed()
        return True

    def add_part(self) -> bool:
        if not self.part_no.text().strip():
            return False
        self.errors.clear()
        try:
            part = catalog.get_part(self._part_code())
            quantity = stock.as_quantity(self.part_qty.text() or "1", "parts")
            claims.whole_pieces(part, quantity)
            catalog.parse_money(self.part_price.text(), "parts")
        except PartsDeskError as exc:
            self.errors.show("parts", str(exc))
            self.part_no.setFocus()
            return False
        if self._info_part != part.part_no:     # typed faster than the lookup: as catalogued
            self._show_part_info()
        price, reason = self._typed_price(part), self.price_reason.text().strip()
        must_return = self.must_return.isChecked()
        found = claims.part_line_problems(part.part_no, self.replacement_reason.text(),
                                          self.failed_batch.text(), must_return)
        if price is not None and not reason:
            found.insert(0, Problem("price_reason", tr(
                "{price} is not the catalogue price {catalogue} of {part_no}: give a reason for "
                "the price.", price=money(price), catalogue=money(part.unit_price),
                part_no=part.part_no)))
            self.price_row.show()
        if found:
            self._show_problems(found)
            return False
        self.parts.append(PartLineData(
            part.part_no, quantity, price, self.replacement_reason.text().strip(),
            self.failed_batch.text().strip(),
            None if must_return == part.must_return else must_return,
            self.return_reason.text().strip() if must_return != part.must_return else "",
            reason if price is not None else ""))
        for edit in (self.part_no, self.replacement_reason, self.failed_batch,
                     self.return_reason, self.part_price, self.price_reason):
            edit.clear()
        self._price_typed = False
        self.price_row.hide()
        self.part_qty.setText("1")
        self.part_info.clear()
        self.part_no.setFocus()
        self.changed()
        return True

    def _part_code(self) -> str:
        part = catalog.find_by_code(self.part_no.text())    # a barcode alias is fine too
        return part.part_no if part else self.part_no.text()

    def remove_labour(self) -> None:
        row = self.labour_table.currentRow()
        if 0 <= row < len(self.labour):
            del self.labour[row]
            self.changed()

    def remove_part(self) -> None:
        row = self.parts_table.currentRow()
        if 0 <= row < len(self.parts):
            del self.parts[row]
            self.changed()

    def _edit_line(self, table: QTableWidget) -> None:
        """Double-click: the line goes back into the entry row to be changed and added again."""
        row = table.currentRow()
        if table is self.labour_table and 0 <= row < len(self.labour):
            line = self.labour.pop(row)
            self.operation.set_code(line.operation)
            self.hours.setText(qty(line.hours) if line.hours not in (None, "") else "")
            self.hours_reason.setText(line.hours_reason)
            self.hours.setFocus()
        elif table is self.parts_table and 0 <= row < len(self.parts):
            line = self.parts.pop(row)
            self.part_no.setText(line.part_no)
            self._show_part_info()
            self.part_qty.setText(qty(line.quantity))
            if line.unit_price not in (None, ""):
                self.part_price.setText(f"{Decimal(line.unit_price):.2f}")
                self._price_typed = True
            self.price_reason.setText(line.price_reason)
            self._price_edited(typed=False)
            self.replacement_reason.setText(line.replacement_reason)
            self.failed_batch.setText(line.failed_batch)
            if line.must_return is not None:
                self.must_return.setChecked(line.must_return)
            self.return_reason.setText(line.must_return_reason)
            self.part_qty.setFocus()
        self.changed()

    # --- amounts -------------------------------------------------------------------------
    def recompute(self) -> None:
        """Lines and amounts as the service computes them (each line rounded to the cent)."""
        operations = {o.code: o for o in LaborOperation.select().where(
            LaborOperation.code.in_([line.operation for line in self.labour] or [""]))}
        labour_rows, labour_amounts = [], []
        for line in self.labour:
            operation = operations[line.operation]
            hours = Decimal(line.hours) if line.hours not in (None, "") else \
                operation.standard_hours
            labour_amounts.append((hours, self.rate))
            labour_rows.append((operation.code, codes.describe(operation), qty(hours),
                                qty(operation.standard_hours),
                                money(claims.line_amount(hours, self.rate)), line.hours_reason))
        fill(self.labour_table, labour_rows, right=(2, 3, 4))
        part_rows, part_amounts = [], []
        for line in self.parts:
            part = catalog.get_part(line.part_no)
            price = Decimal(line.unit_price) if line.unit_price not in (None, "") else \
                part.unit_price
            quantity = Decimal(line.quantity)
            part_amounts.append((quantity, price))
            must_return = part.must_return if line.must_return is None else line.must_return
            shown = money(price) if price == part.unit_price else tr(
                "{price} (catalogue {catalogue})", price=money(price),
                catalogue=money(part.unit_price))
            part_rows.append((part.part_no, part_name(part.name, part.name_zh), qty(quantity),
                              shown,
                              money(claims.line_amount(quantity, price)),
                              qty(stock.on_hand(part)), qty(stock.available(part)),
                              line.replacement_reason, line.failed_batch,
                              tr("Yes") if must_return else "", line.price_reason))
        fill(self.parts_table, part_rows, right=(2, 3, 4, 5, 6))
        try:
            other = catalog.parse_money(self.other.text(), "other_amount")
        except ValidationError:
            other = Decimal("0.00")
        amounts = claims.compute_amounts(labour_amounts, part_amounts, other)
        for key, value in (("parts", amounts.parts), ("labour", amounts.labour),
                           ("total", amounts.total)):
            self.totals[key].setText(money(value))
        self.totals["tier"].setText(claims.tier_name(claims.tier_for(amounts.total)))

    # --- saving and submitting -----------------------------------------------------------
    def data(self) -> ClaimData:
        return ClaimData(
            vin=self.vin.text(), repair_date=self.repair_date.value(),
            mileage=self.mileage.text(), customer_name=self.customer_name.text(),
            customer_phone=self.customer_phone.text(), fault_code=self.fault.code(),
            cause_code=self.cause.code(), description=self.description.toPlainText(),
            model_code=self.model.code(), production_date=self.production_date.value(),
            warranty_start=self.warranty_start.value(),
            vin_override_reason=self.vin_override.text(),
            other_amount=self.other.text() or "0",
            other_description=self.other_description.text(),
            labour=list(self.labour), parts=list(self.parts))

    def _show_problems(self, found: list[Problem]) -> None:
        """Every problem at its field; the first one's field scrolled into view."""
        self.errors.show_all(found)
        focused = self.focusWidget()
        if focused is not None and self.scroll.widget().isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    def problems(self, submitting: bool = False) -> list[Problem]:
        """Every problem of the form as typed: dates that are not dates, then what the service
        says (``claims.entry_problems``), each at its field."""
        found = [Problem(name, widget.problem(), True) for name, widget in (
            ("production_date", self.production_date), ("warranty_start", self.warranty_start),
            ("repair_date", self.repair_date)) if widget.problem()]
        unreadable = {p.field for p in found}
        found += [p for p in claims.entry_problems(
            self.data(), submitting=submitting,
            number=self.claim.number if self.claim is not None else None)
            if p.field not in unreadable]
        return found

    def save(self) -> Claim | None:
        """Save the draft; the claim, or None when something stops it (every problem shown at
        its field; a refusal of the service's own too)."""
        found = self.problems()
        if found:
            self._show_problems(found)
            return None
        self.errors.clear()
        try:
            if self.claim is None:
                self.claim = claims.create_claim(self.user, self.data())
            else:
                self.claim = claims.update_claim(self.user, self.claim.number, self.data())
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return None
        except PartsDeskError as exc:
            messages.report(self, exc)
            return None
        self.dirty = False
        self._update_title()
        self._show_warnings(self.claim)
        self.status.setText(tr("Saved as draft {number}.", number=self.claim.number))
        return self.claim

    def _show_warnings(self, claim: Claim) -> list[str]:
        """The service's warnings, and the approver's question when the claim came back."""
        found = claims.warnings(claim)
        lines = ["⚠ " + w for w in found]
        returned = (claim.comments.where(ClaimComment.kind == "returned")
                    .order_by(ClaimComment.id.desc()).first())
        if returned is not None and claim.state == claim_states.DRAFT:
            lines.insert(0, "? " + tr("Returned for information by {name}: {comment}",
                                      name=returned.user.full_name or returned.user.username,
                                      comment=returned.text))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        return found

    def submit(self) -> bool:
        """Save, show the warnings and ask to confirm them, then submit for approval. Every
        problem is shown at once: all of them when the draft cannot even be saved, else the
        saved draft's (``claims.submission_problems``)."""
        found = self.problems(submitting=True)
        if any(problem.draft for problem in found):
            self._show_problems(found)
            return False
        claim = self.save()
        if claim is None:
            return False
        problems = claims.submission_problems(claim)
        if problems:
            self._show_problems(problems)
            return False
        found = claims.warnings(claim)
        if found and not messages.question(self, tr(
                "Claim {number} has warnings:\n\n{warnings}\n\nSubmit it anyway?",
                number=claim.number, warnings="\n".join("• " + w for w in found))):
            return False
        try:
            self.claim = claims.submit(self.user, claim.number)
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return False
        except PartsDeskError as exc:
            messages.report(self, exc)
            return False
        messages.info(self, tr("Claim {number} submitted for approval by a {tier}.",
                               number=self.claim.number,
                               tier=claims.tier_name(self.claim.tier)))
        self.accept()
        return True

    def reject(self) -> None:
        if self.dirty and not messages.question(self, tr(
                "Close the claim form without saving your changes?")):
            return
        if self.claim is not None:
            self.done(QDialog.Accepted)     # a saved draft: the list shows it
            return
        super().reject()
