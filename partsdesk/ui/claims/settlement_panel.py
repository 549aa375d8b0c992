"""One claim's way to the money: what still blocks its settlement, its voucher prints, the
customer's signed copy and its defective-part tags, with the actions that move it on — print the
voucher (the original first, then numbered copies), print the claim package, record the signed
copy and which print the customer signed. Shown on the settlement page and in the claim
details."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from partsdesk import i18n
from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Translator
from partsdesk.services import batches, claim_states, gate, returns, vouchers
from partsdesk.services.errors import PartsDeskError
from partsdesk.services.permissions import can
from partsdesk.services.stock import qty_text
from partsdesk.ui import messages, operations
from partsdesk.ui.format import local_time, money
from partsdesk.ui.pdf_preview import PdfPreviewDialog
from partsdesk.ui.style import badge_style, caption, person
from partsdesk.ui.widgets import fill, small_table

tr = Translator("SettlementPanel")

LANGUAGES = [("en", "English"), ("zh_CN", "中文")]
OK_INK, BLOCK_INK, DIFFERENT_INK = "#166534", "#9a3412", "#b45309"


def language_combo() -> QComboBox:
    """The language documents print in (the customer's), the window's by default."""
    combo = QComboBox()
    combo.setObjectName("documentLanguage")
    combo.setToolTip(tr("The language the documents are printed in"))
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(i18n.language())))
    return combo


def preview(parent, data: bytes, title: str, stem: str, note: str = "") -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(data, title, stem, parent, note)
    dialog.finished.connect(lambda _: dialog.deleteLater())
    dialog.open()
    return dialog


def copy_name(copy_number: int) -> str:
    return tr("original") if copy_number == 0 else tr("copy {n}", n=copy_number)


def print_row_name(made, signed_id: int | None) -> str:
    """The print's name in the history: the one the customer signed, and copies made after
    signing, say so."""
    name = copy_name(made.copy_number)
    if signed_id is not None and made.id == signed_id:
        return tr("{print} — signed by the customer", print=name)
    if made.after_signing:
        return tr("{print} — copy of the signed voucher", print=name)
    return name


def blockers_html(found: list[str]) -> str:
    if not found:
        return (f"<span style='color:{OK_INK}; font-weight:600'>✓ "
                f"{html.escape(tr('Settleable: nothing is missing.'))}</span>")
    items = "".join(f"<li>{html.escape(text)}</li>" for text in found)
    return (f"<span style='color:{BLOCK_INK}; font-weight:600'>"
            f"{html.escape(tr('Still missing before settlement:'))}</span>"
            f"<ul style='margin:2px 0 0 -20px; color:{BLOCK_INK}'>{items}</ul>")


def settled_html(settled: batches.ClaimSettlement) -> str:
    """A claim in a batch: what the statement asks for it and, once paid, what was paid, by how
    much that differs and why (nothing is "missing" any more)."""
    line = settled.line
    state = batches.batch_state_name(settled.batch_state)
    due = tr("Claimed {claimed} − charge-backs {charge_backs} = to be paid {expected}.",
             claimed=money(line.claimed), charge_backs=money(line.charge_backs),
             expected=money(line.expected))
    if line.paid is None:
        head = tr("In settlement batch {batch} ({state}).", batch=settled.batch, state=state)
        return (f"<span style='font-weight:600'>{html.escape(head)}</span><br>"
                f"{html.escape(due)}")
    head = tr("Paid {amount} in settlement batch {batch} on {date}, reference {reference}.",
              amount=money(line.paid), batch=settled.batch, date=settled.payment_date,
              reference=settled.payment_reference)
    difference = line.expected - line.paid
    if not difference:
        return (f"<span style='color:{OK_INK}; font-weight:600'>✓ {html.escape(head)}</span>"
                f"<br>{html.escape(due)}")
    gap = (tr("Paid {amount} less than to be paid:", amount=money(difference))
           if difference > 0 else
           tr("Paid {amount} more than to be paid:", amount=money(-difference)))
    items = "".join(f"<li>{html.escape(label)} ({money(abs(item.amount))})</li>"
                    for label, item in zip(line.why(), line.payment))
    return (f"<span style='font-weight:600'>{html.escape(head)}</span><br>"
            f"{html.escape(due)}<br>"
            f"<span style='color:{DIFFERENT_INK}; font-weight:600'>{html.escape(gap)}</span>"
            f"<ul style='margin:2px 0 0 -20px; color:{DIFFERENT_INK}'>{items}</ul>")


class SettlementPanel(QFrame):
    """``changed(number)`` after anything that moves the claim, so lists refresh."""

    changed = Signal(str)

    def __init__(self, user, parent=None, show_title: bool = True):
        super().__init__(parent)
        self.setObjectName("settlementPanel")
        self.user = user
        self.claim: Claim | None = None
        self.dialog = None              # the open preview or dialog (tests reach it here)
        self.package_op: operations.Operation | None = None
        self._stale = False
        self._build(show_title)
        self.show_claim(None)

    def _build(self, show_title: bool) -> None:
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.badge = QLabel()
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.badge)
        heading.addStretch(1)
        self.language = language_combo()
        self.language_label = caption(tr("Print in"))
        heading.addWidget(self.language_label)
        heading.addWidget(self.language)
        self.title.setVisible(show_title)
        self.badge.setVisible(show_title)
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setTextFormat(Qt.RichText)
        self.voucher = QLabel()
        self.voucher.setObjectName("voucherState")
        self.voucher.setWordWrap(True)
        self.signed = QLabel()
        self.signed.setObjectName("signedState")
        self.signed.setWordWrap(True)
        self.signed.setTextFormat(Qt.RichText)
        self.signed.setOpenExternalLinks(True)
        self.print_button = self._button(self.print_voucher, "vouchers.print", "primary")
        self.package_button = self._button(self.print_package, "vouchers.print")
        self.package_button.setText(tr("Claim package"))
        self.package_button.setToolTip(tr("Voucher, defective-part tags and parts issue slip "
                                          "in one PDF"))
        self.signed_button = self._button(self.ask_signed, "vouchers.record_signed")
        self.signed_button.setText(tr("Record signed copy…"))
        actions = QHBoxLayout()
        actions.addWidget(self.print_button)
        actions.addWidget(self.package_button)
        actions.addWidget(self.signed_button)
        actions.addStretch(1)
        facts = QFormLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        facts.addRow(caption(tr("Settlement voucher"), "section"), self.voucher)
        facts.addRow(caption(tr("Signed by the customer"), "section"), self.signed)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(heading)
        left.addWidget(self.blockers)
        left.addLayout(facts)
        left.addStretch(1)
        left.addLayout(actions)
        self.tags = small_table([tr("Tag"), tr("Part No."), tr("Qty"), tr("Where"),
                                 tr("Inspection"), tr("Charge-back")], (3,))
        self.tags.setObjectName("claimTags")
        self.prints = small_table([tr("Print"), tr("Printed"), tr("By"), tr("Language")], (1,))
        self.prints.setObjectName("voucherPrints")
        self.again_button = QPushButton(tr("Show as printed"))
        self.again_button.setAutoDefault(False)
        self.again_button.setToolTip(tr("The archived PDF of the selected print, exactly as it "
                                        "was printed"))
        self.again_button.clicked.connect(lambda: self.show_selected_print())
        prints = QWidget()
        column = QVBoxLayout(prints)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.prints, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        column.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tags, tr("Defective-part tags"))
        self.tabs.addTab(prints, tr("Voucher prints"))
        self.empty = QLabel(tr("Select a claim to see what its settlement still needs."))
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setProperty("role", "hint")
        self.body = QWidget()
        # side by side on the settlement page; one above the other in a claim's details tab
        body = QHBoxLayout(self.body) if show_title else QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16 if show_title else 6)
        summary = QWidget()
        summary.setLayout(left)
        if show_title:
            summary.setMinimumWidth(460)
            summary.setMaximumWidth(520)
        body.addWidget(summary, 0)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

    def _button(self, slot, action: str, role: str = "") -> QPushButton:
        made = QPushButton()
        made.setProperty("role", role)
        made.setAutoDefault(False)
        made.setProperty("allowed", can(self.user, action))
        made.clicked.connect(lambda: slot())
        return made

    # --- showing -------------------------------------------------------------------------
    def show_claim(self, number: str | None) -> None:
        """Show ``number``; filled now when on screen, else when it is next shown (a tab the
        user may never open costs nothing)."""
        self.claim = Claim.get_or_none(Claim.number == number) if number else None
        self.empty.setVisible(self.claim is None)
        self.body.setVisible(self.claim is not None)
        self._stale = self.claim is not None and not self.isVisible()
        if self.claim is not None and not self._stale:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and self.claim is not None:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        claim = self.claim = Claim.get_by_id(self.claim.id)
        self.title.setText(claim.number)
        self.badge.setText(claim_states.state_name(claim.state))
        self.badge.setStyleSheet(badge_style(claim.state))
        settled = (batches.claim_settlement(claim)
                   if claim.state in (claim_states.IN_BATCH, claim_states.PAID,
                                      claim_states.CLOSED) else None)
        self.blockers.setText(settled_html(settled) if settled is not None
                              else blockers_html(gate.blockers(claim)))
        made = vouchers.prints(claim)
        signed = vouchers.signed_copy(claim)
        self._show_voucher(claim, made)
        self._show_signed(signed)
        self._show_tags(claim)
        signed_id = signed.voucher_print_id if signed is not None else None
        fill(self.prints, [(print_row_name(p, signed_id), local_time(p.printed_at),
                            person(p.printed_by), dict(LANGUAGES).get(p.language, p.language))
                           for p in made])
        self.again_button.setEnabled(bool(made))
        self._show_actions(claim, made)

    def _show_voucher(self, claim, made) -> None:
        if not made:
            self.voucher.setText(tr("Not printed yet."))
            return
        original = made[0]
        text = tr("Original printed {time} by {name}.", time=local_time(original.printed_at),
                  name=person(original.printed_by))
        if len(made) > 1:
            text += " " + tr.plural(len(made) - 1, "{n} copy since, at {time}.",
                                    "{n} copies since, the last {time}.",
                                    time=local_time(made[-1].printed_at))
        self.voucher.setText(text)

    def _show_signed(self, signed) -> None:
        if signed is None:
            self.signed.setText(html.escape(tr("Not recorded yet.")))
            return
        made = signed.voucher_print
        if made is None:            # recorded before the signed print was kept
            text = tr("Signed {date}; received by {name}, recorded {time}.",
                      date=signed.signed_on, name=signed.received_by,
                      time=local_time(signed.recorded_at))
        else:
            which = (tr("the original printed {time}", time=local_time(made.printed_at))
                     if made.copy_number == 0 else
                     tr("copy {n} printed {time}", n=made.copy_number,
                        time=local_time(made.printed_at)))
            text = tr("Signed {date} on {print}; received by {name}, recorded {time}.",
                      date=signed.signed_on, print=which, name=signed.received_by,
                      time=local_time(signed.recorded_at))
        text = html.escape(text)
        if signed.file_path:
            path = Path(signed.file_path)
            text += (f" <a href='{path.as_uri()}'>{html.escape(tr('Scanned copy'))}</a>"
                     if path.is_absolute() else "")
        self.signed.setText(text)

    def _show_tags(self, claim) -> None:
        rows = []
        for tag in returns.tags_of(claim):
            found = returns.inspection_of(tag)
            rows.append((tag.number, tag.part.part_no, qty_text(tag.quantity),
                         claim_states.tag_state_name(tag.state) + (
                             f" · {tag.shipment.number}" if tag.shipment_id else ""),
                         claim_states.outcome_name(found.outcome) if found else "",
                         money(found.charge_back) if found and found.charge_back else ""))
        fill(self.tags, rows, right=(2, 5))

    def _show_actions(self, claim, made) -> None:
        printable = self._printable(claim)
        self.print_button.setText(tr("Print voucher (original)") if not made else
                                  tr("Print voucher (copy {n})", n=len(made)))
        wanted = {self.print_button: printable, self.package_button: printable,
                  self.signed_button: bool(made) and vouchers.signed_copy(claim) is None
                  and claim.state not in (claim_states.CANCELLED, claim_states.REJECTED)}
        for made_button, show in wanted.items():
            made_button.setVisible(show and bool(made_button.property("allowed")))
        self.language.setVisible(self.print_button.isVisible())
        self.language_label.setVisible(self.print_button.isVisible())

    def _printable(self, claim) -> bool:
        try:
            vouchers.check_printable(self.user, claim)
        except PartsDeskError:
            return False
        return True

    # --- actions -------------------------------------------------------------------------
    def lang(self) -> str:
        return self.language.currentData()

    def print_voucher(self):
        from partsdesk.documents import voucher
        number = self.claim.number
        with messages.attempt(self) as tried:
            data, made = voucher.print_voucher(self.user, number, self.lang())
        if tried.failed:
            return None
        which = copy_name(made.copy_number)
        note = (tr("This is the original: give it to the customer to sign. Every later print "
                   "says COPY.") if made.copy_number == 0 else
                tr("This is copy {n} of the signed voucher; the page says so and names the "
                   "print the customer signed.", n=made.copy_number) if made.after_signing else
                tr("This is copy {n}; it says so on the page. The original was printed "
                   "before.", n=made.copy_number))
        note += " " + tr("Archived with SHA-256 {digest}…", digest=made.sha256[:16])
        self._moved(number)
        self.dialog = preview(self, data, tr("Settlement voucher {number} — {which}",
                                             number=number, which=which),
                              f"{number}-voucher-{made.copy_number}", note)
        return self.dialog

    def print_package(self) -> operations.Operation:
        return self.package_of([self.claim.number])

    def package_of(self, numbers: list[str]) -> operations.Operation:
        """The claim package of ``numbers``, built off the GUI thread, then previewed."""
        from partsdesk.documents import claim_package
        user, lang = self.user, self.lang()
        label = (tr("Building the claim package of {number}…", number=numbers[0])
                 if len(numbers) == 1 else
                 tr("Building the claim packages of {count} claims…", count=len(numbers)))

        def done(data: bytes) -> None:
            for number in numbers:
                self.changed.emit(number)
            if self.claim is not None:
                self.refresh()
            title = (tr("Claim package {number}", number=numbers[0]) if len(numbers) == 1
                     else tr("Claim packages of {count} claims", count=len(numbers)))
            stem = (f"{numbers[0]}-package" if len(numbers) == 1
                    else f"claim-packages-{len(numbers)}")
            self.dialog = preview(self, data, title, stem, tr(
                "Each voucher in it was printed as its original or next copy and archived."))

        self.package_op = operations.run(
            self, lambda progress: claim_package.build(user, numbers, lang, progress),
            label=label, on_done=done)
        return self.package_op

    def ask_signed(self):
        from partsdesk.ui.signed_copy_dialog import SignedCopyDialog
        number = self.claim.number
        dialog = SignedCopyDialog(self.user, number, self)
        dialog.accepted.connect(lambda: self._moved(number))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_selected_print(self):
        rows = self.prints.selectionModel().selectedRows()
        made = vouchers.prints(self.claim)
        if not made:
            return None
        chosen = made[rows[0].row()] if rows else made[-1]
        with messages.attempt(self) as tried:
            data = vouchers.archived_voucher(chosen.id)
        if tried.failed:
            return None
        self.dialog = preview(self, data, tr("Settlement voucher {number} — {which}, as printed",
                                             number=self.claim.number,
                                             which=copy_name(chosen.copy_number)),
                              f"{self.claim.number}-voucher-{chosen.copy_number}",
                              tr("Printed {time}; SHA-256 checked.",
                                 time=local_time(chosen.printed_at)))
        return self.dialog

    def _moved(self, number: str) -> None:
        if self.claim is not None and self.claim.number == number:
            self.refresh()
        self.changed.emit(number)
