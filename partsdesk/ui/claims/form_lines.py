"""The labour and part lines of the claim form: the entry row above each table, what it shows
of the operation or part being typed (standard hours, stock, the catalogue price and return
flag), and adding and removing lines. Enter on an entry field adds the line."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from partsdesk.db.models.claims import LaborOperation
from partsdesk.i18n import Translator
from partsdesk.services import catalog, claim_parts, claims, codes, stock
from partsdesk.services.claims import LabourLineData, PartLineData, Problem
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.ui.claims.form_fields import CodeBox, HintLine, line_edit
from partsdesk.ui.format import money, part_name, qty
from partsdesk.ui.widgets import small_table

tr = Translator("ClaimForm")

WHOLE = QRegularExpression(r"[0-9]{0,7}")                        # a part counted in pieces
DECIMAL = QRegularExpression(r"[0-9]{0,9}(\.[0-9]{0,3})?")      # litres, metres …


class LabourLines:
    """The labour lines of :class:`~partsdesk.ui.claims.form.ClaimForm`, mixed into it: they
    are kept in the form's ``labour`` list, priced at its ``rate``, refused in its ``errors``,
    checked against the model it ``_model()`` names, and each change calls its ``changed()``."""

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

    def remove_labour(self) -> None:
        row = self.labour_table.currentRow()
        if 0 <= row < len(self.labour):
            del self.labour[row]
            self.changed()


class PartLines:
    """The part lines of :class:`~partsdesk.ui.claims.form.ClaimForm`, mixed into it: they are
    kept in the form's ``parts`` list, refused in its ``errors`` (several problems through its
    ``_show_problems``), and each change calls its ``changed()``."""

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

    def add_part(self) -> bool:
        if not self.part_no.text().strip():
            return False
        self.errors.clear()
        try:
            part = catalog.get_part(self._part_code())
            quantity = stock.as_quantity(self.part_qty.text() or "1", "parts")
            claim_parts.whole_pieces(part, quantity)
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

    def remove_part(self) -> None:
        row = self.parts_table.currentRow()
        if 0 <= row < len(self.parts):
            del self.parts[row]
            self.changed()
