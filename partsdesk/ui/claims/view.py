"""One warranty claim on screen: its data, lines, amounts, state, history and where its parts are,
with the actions its state allows (edit, submit, approve, reject, return, cancel, repaired) and,
for an approved claim, issuing its reserved parts by scanning.

The view decides nothing: each button calls a service and shows what the service says. Buttons a
role may never use are hidden; a refusal that depends on the claim (your own claim, a level above
yours) disables Approve, Reject and Return with the services' reason as their tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSizePolicy, QTabWidget, QVBoxLayout,
                               QWidget)

from partsdesk.db.models.claims import Claim, ClaimComment
from partsdesk.i18n import Translator
from partsdesk.services import approvals, claim_states, claim_warnings, claims, vehicles
from partsdesk.services import codes        # descriptions in the reader's language
from partsdesk.services.permissions import can
from partsdesk.ui import messages
from partsdesk.ui.claims.form import ClaimForm
from partsdesk.ui.claims.issuing import IssueByScan
from partsdesk.ui.claims.settlement_panel import SettlementPanel
from partsdesk.ui.claims.view_sections import (LinesTab, history_list, show_history,
                                               show_whereabouts, where_table)
from partsdesk.ui.format import RIGHT, local_time, money
from partsdesk.ui.style import badge_style, caption, person

tr = Translator("ClaimView")


class ClaimView(IssueByScan, QFrame):
    """The selected claim. ``changed(number)`` after any action, so lists refresh;
    ``open_requested(number)`` when another claim's number is scanned into the issue field."""

    changed = Signal(str)
    open_requested = Signal(str)

    def __init__(self, user, parent=None):
        super().__init__(parent)
        self.setObjectName("claimView")
        self.setProperty("role", "card")
        self.user = user
        self.claim: Claim | None = None
        self.dialog: QDialog | None = None      # the open claim form
        self.location = None                    # the bin parts are issued from
        self.pending_part = None                # a part scanned before its bin
        self._build()
        self.show_claim(None)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.empty = QLabel(tr("Select a claim to see its details."))
        self.empty.setObjectName("emptyHint")
        self.empty.setAlignment(Qt.AlignCenter)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(self._build_summary(), 0)
        row.addLayout(self._build_tabs(), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

    def _build_summary(self) -> QVBoxLayout:
        self.title = QLabel()
        self.title.setObjectName("claimTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setObjectName("stateBadge")
        # customers, descriptions, codes and notes are typed by users: never read as markup
        for label in (self.title, self.badge):
            label.setTextFormat(Qt.PlainText)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.badge)
        heading.addStretch(1)
        self.meta = QLabel()
        self.meta.setTextFormat(Qt.PlainText)
        self.meta.setProperty("role", "hint")
        self.meta.setWordWrap(True)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(4)
        for key, label in (("vin", tr("VIN")), ("vehicle", tr("Vehicle")),
                           ("repair", tr("Repair")), ("customer", tr("Customer")),
                           ("fault", tr("Fault code")), ("cause", tr("Cause")),
                           ("description", tr("Description"))):
            value = QLabel()
            value.setTextFormat(Qt.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(caption(label), value)
        amounts = QGridLayout()
        amounts.setHorizontalSpacing(18)
        amounts.setVerticalSpacing(2)
        self.amounts: dict[str, QLabel] = {}
        for column, (key, label) in enumerate((("parts", tr("Parts")), ("labour", tr("Labour")),
                                                ("other", tr("Other")), ("total", tr("Total")))):
            value = QLabel()
            value.setAlignment(RIGHT)
            if key == "total":
                value.setStyleSheet("font-weight: 600;")
            self.amounts[key] = value
            amounts.addWidget(caption(label), 0, column, Qt.AlignRight)
            amounts.addWidget(value, 1, column)
        self.note = QLabel()
        self.note.setTextFormat(Qt.PlainText)
        self.note.setObjectName("claimNote")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addLayout(heading)
        column.addWidget(self.meta)
        column.addSpacing(4)
        column.addLayout(form)
        column.addSpacing(4)
        column.addLayout(amounts)
        column.addWidget(self.note)
        column.addStretch(1)
        column.addLayout(self._build_actions())
        wrapper = QWidget()
        wrapper.setObjectName("claimSummary")
        wrapper.setLayout(column)
        # A short view (a scaled laptop screen) scrolls the summary instead of squeezing its
        # lines into each other.
        self.summary_scroll = QScrollArea()
        self.summary_scroll.setObjectName("claimSummaryScroll")
        self.summary_scroll.setWidget(wrapper)
        self.summary_scroll.setWidgetResizable(True)
        self.summary_scroll.setFrameShape(QFrame.NoFrame)
        self.summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        bar = self.summary_scroll.verticalScrollBar().sizeHint().width()
        self.summary_scroll.setMinimumWidth(340 + bar)      # narrower beside a narrow page
        self.summary_scroll.setMaximumWidth(400 + bar)
        self.summary_scroll.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        outer = QVBoxLayout()
        outer.addWidget(self.summary_scroll)
        return outer

    def _build_actions(self) -> QGridLayout:
        may_edit, may_approve = can(self.user, "claims.edit"), can(self.user, "claims.approve")
        self.edit_button = self._button(tr("Edit…"), self.edit, may_edit)
        self.submit_button = self._button(tr("Submit"), self.submit,
                                          can(self.user, "claims.submit"), "primary")
        self.approve_button = self._button(tr("Approve"), self.approve, may_approve, "primary")
        self.reject_button = self._button(tr("Reject…"), self.ask_reject, may_approve, "danger")
        self.return_button = self._button(tr("Return for information…"), self.ask_return,
                                          may_approve)
        self.repaired_button = self._button(tr("Mark repaired"), self.mark_repaired, may_edit)
        self.cancel_button = self._button(tr("Cancel claim…"), self.ask_cancel,
                                          can(self.user, "claims.cancel"), "danger")
        self.submit_button.setToolTip(tr("Submit for approval (Ctrl+Enter)"))
        self.approve_button.setToolTip(tr("Approve (Ctrl+Enter)"))
        self.actions = QGridLayout()
        self.actions.setSpacing(6)
        # Two buttons a row: three ("Return for information…" among them) are wider than the
        # summary at 150 % and pushed its lines under the tabs.
        self.actions.setColumnStretch(2, 1)     # buttons keep their size; the rest is room
        return self.actions

    def install_shortcuts(self, page: QWidget) -> None:
        """Ctrl+Enter anywhere on ``page`` submits a draft or approves a submitted claim."""
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.primary_action)

    def _button(self, text: str, slot, allowed: bool, role: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        button.setProperty("allowed", allowed)
        button.setVisible(False)
        return button

    def _build_tabs(self) -> QVBoxLayout:
        self.issue_box = self._build_issue_box()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.lines = LinesTab()
        self.labour_table, self.parts_table = self.lines.labour_table, self.lines.parts_table
        self.overrides = self.lines.overrides
        self.where_table = where_table()
        self.history = history_list()
        self.tabs.addTab(self.lines, tr("Lines"))
        self.tabs.addTab(self.where_table, tr("Where are the parts"))
        self.tabs.addTab(self.history, tr("History"))
        self.settlement = SettlementPanel(self.user, self, show_title=False)
        self.settlement.changed.connect(self._settlement_changed)
        self.tabs.addTab(self.settlement, tr("Return and settlement"))
        column = QVBoxLayout()
        column.setSpacing(8)
        column.addWidget(self.issue_box)
        column.addWidget(self.tabs, 1)
        return column

    # --- showing -------------------------------------------------------------------------
    def show_claim(self, number: str | None) -> None:
        claim = Claim.get_or_none(Claim.number == number) if number else None
        if self.claim is None or claim is None or claim.id != self.claim.id:
            self.location, self.pending_part = None, None
            self.issue_status.clear()
            self._show_bins(None)
        self.claim = claim
        self.empty.setVisible(claim is None)
        self.body.setVisible(claim is not None)
        if claim is None:
            return
        self._show_summary(claim)
        self.lines.show_claim(claim)
        show_whereabouts(self.where_table, claim)
        show_history(self.history, claim)
        self._show_actions(claim)
        self.settlement.show_claim(claim.number)

    def refresh(self) -> None:
        self.show_claim(self.claim.number if self.claim else None)

    def _settlement_changed(self, number: str) -> None:
        """A voucher printed or a signed copy recorded in the settlement tab."""
        if self.claim is not None and self.claim.number == number:
            self.show_claim(number)
        self.changed.emit(number)

    def _show_summary(self, claim: Claim) -> None:
        vehicle = claim.vehicle
        self.title.setText(claim.number)
        self.badge.setText(claim_states.state_name(claim.state))
        self.badge.setStyleSheet(badge_style(claim.state))
        meta = [tr("Entered by {name} on {time}", name=person(claim.created_by),
                   time=local_time(claim.created_at))]
        if claim.approved_by_id:
            meta.append(tr("approved by {name} on {time}", name=person(claim.approved_by),
                           time=local_time(claim.approved_at)))
        self.meta.setText("; ".join(meta))
        facts = claims.vehicle_facts(claim)        # as the claim was made, not as on record now
        model, end = facts.model, facts.warranty_end
        vehicle_text = codes.code_text(model) if model else tr("model not known")
        if facts.production_date:
            vehicle_text += " · " + tr("produced {date}", date=facts.production_date)
        if facts.warranty_start:
            vehicle_text += " · " + tr("warranty from {date}", date=facts.warranty_start)
        if end:
            vehicle_text += " · " + tr("until {date}", date=end)
        self.values["vin"].setText(vehicle.vin + (" ⚠" if not vehicles.is_valid(vehicle) else ""))
        self.values["vehicle"].setText(vehicle_text)
        self.values["repair"].setText(tr("{date} at {km} km", date=claim.repair_date,
                                         km=f"{claim.mileage:,}"))
        self.values["customer"].setText(" · ".join(x for x in (claim.customer_name,
                                                               claim.customer_phone) if x)
                                        or "—")
        self.values["fault"].setText(code_text(claim.fault_code))
        self.values["cause"].setText(code_text(claim.cause_code))
        self.values["description"].setText(claim.description or "—")
        for key, value in (("parts", claim.parts_amount), ("labour", claim.labour_amount),
                           ("other", claim.other_amount), ("total", claim.total_amount)):
            self.amounts[key].setText(money(value))
        self.note.setText(self._note(claim))

    def _note(self, claim: Claim) -> str:
        """What the claim waits for, or why it ended, in one line."""
        if claim.state == claim_states.SUBMITTED:
            text = tr("Waiting for approval by a {tier} or higher.",
                      tier=approvals.tier_name(claim.tier or 1))
            if self.user.id in (claim.created_by_id, claim.submitted_by_id):
                text += " " + tr("You entered this claim, so another approver decides.")
            elif approvals.changed_figures(self.user, claim):
                text += " " + tr("You changed its figures, so another approver decides.")
            return text
        if claim.state == claim_states.DRAFT:
            returned = (claim.comments.where(ClaimComment.kind == "returned")
                        .order_by(ClaimComment.id.desc()).first())
            problems = claims.problems(claim)
            lines = []
            if returned:
                lines.append(tr("Returned for information by {name}: {comment}",
                                name=person(returned.user), comment=returned.text))
            if problems:
                lines.append(tr("Before submitting: {problems}", problems=" ".join(problems)))
            return "\n".join(lines)
        if claim.state in (claim_states.REJECTED, claim_states.CANCELLED):
            return tr("Reason: {reason}", reason=claim.closing_reason)
        if claim.state == claim_states.APPROVED and claim.part_lines.exists():
            return tr("Approved: its parts are reserved; issue them by scanning.")
        return ""

    def _show_actions(self, claim: Claim) -> None:
        state = claim.state
        has_parts = claim.part_lines.exists()
        wanted = {
            self.edit_button: state == claim_states.DRAFT,
            self.submit_button: state == claim_states.DRAFT,
            self.approve_button: state == claim_states.SUBMITTED,
            self.reject_button: state == claim_states.SUBMITTED,
            self.return_button: state == claim_states.SUBMITTED,
            self.repaired_button: state == claim_states.PARTS_ISSUED or (
                state == claim_states.APPROVED and not has_parts),
            self.cancel_button: state in claim_states.OPEN_STATES,
        }
        while self.actions.count():
            self.actions.takeAt(0)
        shown = [button for button, show in wanted.items()
                 if show and bool(button.property("allowed"))]
        for button in wanted:
            button.setVisible(button in shown)
        for index, button in enumerate(shown):      # no gaps where hidden buttons would be
            self.actions.addWidget(button, index // 2, index % 2)
        self._show_decision(claim)
        may_issue = can(self.user, "claims.issue_parts")
        self.issue_box.setVisible(may_issue and state == claim_states.APPROVED and has_parts)
        self._show_location()

    def _show_decision(self, claim: Claim) -> None:
        """Approve, reject and return are disabled, saying why, for one who may not decide
        this claim (their own, figures they changed, above their level)."""
        why = approvals.why_not_decide(self.user, claim) if claim.state == claim_states.SUBMITTED \
            else None
        for button, tip in ((self.approve_button, tr("Approve (Ctrl+Enter)")),
                            (self.reject_button, ""), (self.return_button, "")):
            button.setEnabled(why is None)
            button.setToolTip(why or tip)

    def primary_action(self) -> None:
        """Ctrl+Enter: submit a draft, approve a submitted claim (or say why not)."""
        for button in (self.submit_button, self.approve_button):
            if button.isVisible() and not button.isEnabled():
                messages.warning(self, button.toolTip())
                return
            if button.isVisible():
                button.click()
                return

    # --- actions -------------------------------------------------------------------------
    def _do(self, action, done: str) -> bool:
        """Run one service call on the shown claim; show its refusal or say it is done."""
        number = self.claim.number
        with messages.attempt(self) as tried:
            action(number)
        if tried.failed:
            return False
        self.show_claim(number)
        self.changed.emit(number)
        self.say(done, "ok")
        return True

    def submit(self) -> bool:
        claim = self.claim
        found = claim_warnings.warnings(claim)
        if found and not messages.question(self, tr(
                "Claim {number} has warnings:\n\n{warnings}\n\nSubmit it anyway?",
                number=claim.number, warnings="\n".join("• " + w for w in found))):
            return False
        return self._do(lambda n: approvals.submit(self.user, n),
                        tr("Claim {number} submitted.", number=claim.number))

    def approve(self) -> bool:
        """Approve the shown claim once the user confirms; a second click on the claim just
        approved (a double click) is told why, never passed to another claim."""
        claim = self.claim
        if claim is None:
            return False
        claim = Claim.get_by_id(claim.id)
        why = approvals.why_not_decide(self.user, claim)
        if why is not None:
            messages.warning(self, why)
            return False
        if not messages.question(self, tr(
                "Approve claim {number} of {customer} for {total}? Its parts are then reserved "
                "for the repair.", number=claim.number, customer=claim.customer_name or "—",
                total=money(claim.total_amount))):
            return False
        return self._do(lambda n: approvals.approve(self.user, n),
                        tr("Claim {number} approved.", number=claim.number))

    def mark_repaired(self) -> bool:
        return self._do(lambda n: claims.mark_repaired(self.user, n),
                        tr("Claim {number} marked repaired.", number=self.claim.number))

    def ask_reject(self) -> bool:
        number = self.claim.number
        return self._ask(tr("Reject claim {number}", number=number),
                         tr("Why is claim {number} rejected? The reason is kept with the claim.",
                            number=number), tr("Reject"),
                         lambda text: approvals.reject(self.user, number, text))

    def ask_return(self) -> bool:
        number = self.claim.number
        return self._ask(tr("Return claim {number} for information", number=number),
                         tr("What information does claim {number} need? It goes back to its "
                            "administrator as a draft.", number=number), tr("Send back"),
                         lambda text: approvals.return_for_information(self.user, number, text))

    def ask_cancel(self) -> bool:
        number = self.claim.number
        return self._ask(tr("Cancel claim {number}", number=number),
                         tr("Why is claim {number} cancelled? Parts reserved for it go back to "
                            "available stock.", number=number), tr("Cancel claim"),
                         lambda text: claims.cancel(self.user, number, text))

    def _ask(self, title: str, prompt: str, button: str, act) -> bool:
        """Ask for the reason, which ``act`` hands to the service; True once it took it."""
        number = self.claim.number
        if messages.reason(self, title, prompt, button=button, act=act) is None:
            return False
        self.show_claim(number)
        self.changed.emit(number)
        return True

    def edit(self):
        number = self.claim.number
        form = ClaimForm(self.user, number, self)

        def done() -> None:
            self.show_claim(number)
            self.changed.emit(number)
        form.accepted.connect(done)
        form.finished.connect(lambda _: form.deleteLater())
        self.dialog = form
        form.open()
        return form


# --- small helpers --------------------------------------------------------------------------

def code_text(row) -> str:
    return codes.code_text(row)        # in the reader's language; "—" for none
