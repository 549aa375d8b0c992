"""The inspection of one returned tag at the claim centre, keyboard first: 1-3 pick the outcome of
a received tag (confirmed, no fault found, wrong part), 4 records a shipped tag that never arrived
as missing, Enter records. Anything but confirmed needs a comment and charges the claim back the
part line's value, prefilled; less needs a reason."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from partsdesk.i18n import Translator
from partsdesk.services import claim_states, return_inspection, returns, scanning
from partsdesk.services.errors import PartsDeskError, ValidationError
from partsdesk.services.stock import qty_text
from partsdesk.ui.format import money, part_name
from partsdesk.ui.style import caption

tr = Translator("ReturnsPage")

OUTCOME_COLOURS = {claim_states.CONFIRMED: "#15803d", claim_states.NO_FAULT: "#c2410c",
                   claim_states.WRONG_PART: "#c2410c", claim_states.MISSING: "#b91c1c"}
OUTCOME_KEYS = [(Qt.Key_1, claim_states.CONFIRMED), (Qt.Key_2, claim_states.NO_FAULT),
                (Qt.Key_3, claim_states.WRONG_PART), (Qt.Key_4, claim_states.MISSING)]


def typed_amount(text: str) -> Decimal | None:
    """What the user typed as money, or None while it is no amount (the service says why)."""
    try:
        return Decimal(text.strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except (InvalidOperation, ValueError):
        return None


class InspectionPanel(QFrame):
    """The inspection of one tag, keyboard first: 1-4 pick the outcome, Enter records, Esc goes
    back to the scan field. A received tag is confirmed, no fault found or the wrong part; only a
    tag that was shipped and never arrived can be missing. Anything but confirmed charges the
    claim back, by default the part line's full value; less than that needs a reason."""

    recorded = Signal(str)          # tag number
    escaped = Signal()
    scan_typed = Signal(str)        # a scanner started typing a code here: hand it over

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("inspectionPanel")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setStyleSheet("QFrame#inspectionPanel { background: #ffffff; border: 1px solid "
                           "#d5dce5; border-radius: 8px; } QFrame#inspectionPanel:focus { "
                           "border: 2px solid #2563eb; }")
        self.user = user
        self.tag: str = ""
        self.state: str = ""
        self.default = self.limit = Decimal("0.00")
        self.title = QLabel()
        self.title.setProperty("role", "section")
        self.detail = caption("")
        self.detail.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.outcome_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for number, (_, outcome) in enumerate(OUTCOME_KEYS, 1):
            made = QPushButton(f"{number}  {claim_states.outcome_name(outcome)}")
            made.setCheckable(True)
            made.setFocusPolicy(Qt.NoFocus)
            made.setMinimumHeight(38)
            made.setStyleSheet(f"QPushButton:checked {{ background: {OUTCOME_COLOURS[outcome]}; "
                               "color: #ffffff; border-color: transparent; font-weight: 600; }")
            made.setAutoDefault(False)
            made.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            self.group.addButton(made)
            self.outcome_buttons[outcome] = made
            row.addWidget(made)
        self.comment = self._field("inspectionComment", 300)
        self.charge_back = self._field("chargeBack", 20)
        self.charge_back.setFixedWidth(120)
        self.charge_back.setAlignment(Qt.AlignRight)
        self.charge_back.textEdited.connect(lambda _: self._ask_reason())
        self.charge_back_reason = self._field("chargeBackReason", 300)
        self.charge_back_reason.setPlaceholderText(tr("Why is the charge-back less than the "
                                                      "part line's value? Required"))
        self.charge_hint = caption("")
        self.record_button = QPushButton(tr("Record inspection (Enter)"))
        self.record_button.setProperty("role", "primary")
        self.record_button.setAutoDefault(False)
        self.record_button.setFocusPolicy(Qt.NoFocus)
        self.record_button.clicked.connect(lambda: self.record())
        self.status = QLabel()
        self.status.setObjectName("inspectionStatus")
        self.status.setTextFormat(Qt.PlainText)     # messages quote what users typed
        self.status.setWordWrap(True)
        details = QHBoxLayout()
        details.addWidget(caption(tr("Comment")))
        details.addWidget(self.comment, 1)
        details.addWidget(caption(tr("Charge-back")))
        details.addWidget(self.charge_back)
        details.addWidget(self.record_button)
        self.reason_row = QWidget()
        reason = QHBoxLayout(self.reason_row)
        reason.setContentsMargins(0, 0, 0, 0)
        reason.addWidget(caption(tr("Reason for less")))
        reason.addWidget(self.charge_back_reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        layout.addLayout(details)
        layout.addWidget(self.charge_hint, 0, Qt.AlignRight)
        layout.addWidget(self.reason_row)
        layout.addWidget(self.status)
        self.fields = {"comment": self.comment, "charge_back": self.charge_back,
                       "charge_back_reason": self.charge_back_reason}
        self.set_tag(None)

    def _field(self, name: str, length: int) -> QLineEdit:
        made = QLineEdit()
        made.setObjectName(name)
        made.setMaxLength(length)
        made.returnPressed.connect(self.record)
        return made

    def outcome(self) -> str:
        for outcome, made in self.outcome_buttons.items():
            if made.isChecked():
                return outcome
        return ""

    def offered(self) -> list[str]:
        """The outcomes this tag may get: missing only while it is shipped and not received."""
        if self.state == claim_states.SHIPPED:
            return [claim_states.MISSING]
        if self.state == claim_states.RECEIVED:
            return [claim_states.CONFIRMED, claim_states.NO_FAULT, claim_states.WRONG_PART]
        return []

    def set_tag(self, number: str | None) -> None:
        """The tag to inspect next (received, or shipped and never arrived)."""
        tag = returns.get_tag(number) if number else None
        self.tag = tag.number if tag else ""
        self.state = tag.state if tag else ""
        offered = self.offered()
        for outcome, made in self.outcome_buttons.items():
            made.setEnabled(outcome in offered)
        self.outcome_buttons[claim_states.MISSING].setToolTip(
            tr("Only for a tag that was shipped and did not arrive"))
        for widget in (self.comment, self.charge_back, self.record_button):
            widget.setEnabled(tag is not None)
        self.group.setExclusive(False)
        for made in self.outcome_buttons.values():
            made.setChecked(False)
        self.group.setExclusive(True)
        for widget in self.fields.values():
            widget.clear()
        self._clear_errors()
        self.reason_row.hide()
        self.charge_hint.clear()
        self.charge_hint.hide()
        self.comment.setPlaceholderText("")
        if tag is None:
            self.title.setText(tr("Inspection"))
            self.detail.setText(tr("Scan a returned tag, or double-click a tag in the list, "
                                   "then press 1-4 for the outcome and Enter."))
            self.default = self.limit = Decimal("0.00")
            return
        self.default = return_inspection.default_charge_back(tag)
        self.limit = return_inspection.charge_back_limit(tag)
        self.title.setText(tr("Inspect {tag}", tag=tag.number))
        keys = (tr("4 missing: it was shipped and has not arrived") if self.state ==
                claim_states.SHIPPED else tr("1 confirmed, 2 no fault found, 3 wrong part"))
        self.detail.setText(tr("{qty} x {part_no} {name} · claim {claim} · {state} · {keys}",
                               qty=qty_text(tag.quantity), part_no=tag.part.part_no,
                               name=part_name(tag.part.name, tag.part.name_zh),
                               claim=tag.claim.number, state=claim_states.tag_state_name(tag.state),
                               keys=keys))
        self.setFocus(Qt.OtherFocusReason)

    def choose(self, outcome: str) -> None:
        made = self.outcome_buttons[outcome]
        if not self.tag or not made.isEnabled():
            return
        made.setChecked(True)
        confirmed = outcome == claim_states.CONFIRMED
        self.charge_back.setEnabled(not confirmed)
        if confirmed:
            self.charge_back.clear()
            self.charge_hint.clear()
        else:
            if not self.charge_back.text().strip():
                self.charge_back.setText(f"{self.default:.2f}")
            self.charge_hint.setText(tr(
                "Charge-back: the part line's value {default} unless you enter less (at most "
                "{limit})", default=money(self.default), limit=money(self.limit)))
        self.charge_hint.setVisible(not confirmed)
        self._ask_reason()
        self.comment.setPlaceholderText(tr("optional") if confirmed else
                                        tr("Why? Required: it explains the charge-back"))
        if confirmed:
            self.setFocus(Qt.OtherFocusReason)
        else:
            self.comment.setFocus(Qt.OtherFocusReason)

    def lowered(self) -> bool:
        """True when a charge-back below the part line's value is typed: it needs a reason."""
        if not self.charge_back.isEnabled():
            return False
        amount = typed_amount(self.charge_back.text())
        return amount is not None and amount < self.default

    def _ask_reason(self) -> None:
        self.reason_row.setVisible(bool(self.tag) and self.lowered())

    def keyPressEvent(self, event) -> None:
        for key, outcome in OUTCOME_KEYS:
            if event.key() == key:
                self.choose(outcome)
                return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.record()
            return
        if event.key() == Qt.Key_Escape:
            self.escaped.emit()
            return
        if event.text().isalpha():
            # every tag and packing list starts with letters: the next scan has begun
            self.scan_typed.emit(event.text())
            return
        super().keyPressEvent(event)

    def record(self) -> bool:
        if not self.tag:
            return False
        if scanning.DOCUMENT_RE.match(self.comment.text().strip().upper()):
            # the next tag was scanned into the comment: a scan, not a reason
            code = self.comment.text().strip()
            self.comment.clear()
            self.scan_typed.emit(code + "\n")
            return False
        self._clear_errors()
        outcome = self.outcome()
        if not outcome:
            self._say(tr("Press {keys} to choose the outcome first.",
                         keys="4" if self.state == claim_states.SHIPPED else "1-3"), "#b91c1c")
            return False
        confirmed = outcome == claim_states.CONFIRMED
        try:
            return_inspection.inspect(
                self.user, self.tag, outcome, self.comment.text(),
                None if confirmed else self.charge_back.text().strip() or None,
                "" if confirmed else self.charge_back_reason.text())
        except ValidationError as exc:
            self._show_at(exc.field, str(exc))
            return False
        except PartsDeskError as exc:
            self._say(str(exc), "#b91c1c")
            return False
        number = self.tag
        self.set_tag(None)
        self.recorded.emit(number)
        return True

    def _show_at(self, field: str | None, text: str) -> None:
        """A refusal at the field it names (marked, focused), its words under the fields."""
        widget = self.fields.get(field)
        if widget is not None:
            if widget is self.charge_back_reason:
                self.reason_row.show()
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus(Qt.OtherFocusReason)
        self._say(text, "#b91c1c")

    def _clear_errors(self) -> None:
        for widget in self.fields.values():
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.status.clear()

    def invalid_field(self) -> str | None:
        """The field a refusal marked (tests and the screenshots read it)."""
        return next((name for name, widget in self.fields.items()
                     if widget.property("invalid")), None)

    def _say(self, text: str, colour: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
