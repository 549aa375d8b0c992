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

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QTableWidget,
                               QVBoxLayout, QWidget)

from partsdesk.db.models.claims import Claim, ClaimComment, LaborOperation, Vehicle
from partsdesk.i18n import Translator
from partsdesk.services import (approvals, catalog, claim_states, claim_warnings, claims, codes,
                                stock, vehicles)
from partsdesk.services.claims import ClaimData, LabourLineData, PartLineData, Problem
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.ui import messages
from partsdesk.ui.claims.form_fields import CodeBox, FieldMessages, line_edit
from partsdesk.ui.claims.form_lines import LabourLines, PartLines
from partsdesk.ui.date_field import DateField
from partsdesk.ui.format import money, part_name, qty
from partsdesk.ui.part_dialog import FORM_STYLE, form_label
from partsdesk.ui.widgets import fill

tr = Translator("ClaimForm")

VIN_COLOURS = {"ok": "#1b6e3a", "warning": "#8a5a00", "error": "#b3261e", "": "#64748b"}


class ClaimForm(LabourLines, PartLines, QDialog):
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

    def _model(self):
        from partsdesk.db.models.claims import VehicleModel
        code = self.model.code()
        return VehicleModel.get_or_none(VehicleModel.code == code) if code else None

    # --- lines ---------------------------------------------------------------------------

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
        self.totals["tier"].setText(approvals.tier_name(approvals.tier_for(amounts.total)))

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
        found = claim_warnings.warnings(claim)
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
        found = claim_warnings.warnings(claim)
        if found and not messages.question(self, tr(
                "Claim {number} has warnings:\n\n{warnings}\n\nSubmit it anyway?",
                number=claim.number, warnings="\n".join("• " + w for w in found))):
            return False
        try:
            self.claim = approvals.submit(self.user, claim.number)
        except ValidationError as exc:
            self.errors.show(exc.field, str(exc))
            return False
        except PartsDeskError as exc:
            messages.report(self, exc)
            return False
        messages.info(self, tr("Claim {number} submitted for approval by a {tier}.",
                               number=self.claim.number,
                               tier=approvals.tier_name(self.claim.tier)))
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
