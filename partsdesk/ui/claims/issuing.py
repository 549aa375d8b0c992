"""Issuing an approved claim's reserved parts by scanning, in the claim view: a bin label sets
where parts come from, each part scanned is issued from it (or the part first, then its bin), a
claim number opens that claim; a part that must go back gets its defective-part tag, offered for
printing at once."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from partsdesk.i18n import Translator
from partsdesk.services import claim_parts, claim_states, locations, returns, scanning, stock
from partsdesk.services.errors import PartsDeskError
from partsdesk.ui import messages
from partsdesk.ui.format import qty
from partsdesk.ui.style import STATUS_COLOURS, caption
from partsdesk.ui.widgets import ScanField

tr = Translator("ClaimView")


class IssueByScan:
    """The issue box of :class:`~partsdesk.ui.claims.view.ClaimView`, mixed into it: it works on
    the view's ``user``, ``claim``, ``location`` (the bin parts come from), ``pending_part`` (a
    part scanned before its bin) and ``dialog``, and calls its ``show_claim`` and ``changed``."""

    def _build_issue_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("issueBox")
        box.setStyleSheet("QFrame#issueBox { background: #f8fafc; border: 1px solid #e2e8f0; "
                          "border-radius: 6px; }")
        self.scan = ScanField(box, placeholder=tr("Scan the bin, then each part (or the part, "
                                                  "then its bin)"), keep_focus=False)
        self.scan.scanned.connect(self.on_scanned)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("issueQuantity")
        self.quantity.setToolTip(tr("How many of the next scanned part are issued"))
        self.quantity.setFixedWidth(64)
        self.quantity.setAlignment(Qt.AlignRight)
        self.location_label = QLabel()
        self.issue_status = QLabel()
        self.issue_status.setTextFormat(Qt.PlainText)
        self.issue_status.setObjectName("issueStatus")
        self.issue_status.setWordWrap(True)
        self.bins_label = QLabel()              # the bins that hold the part just scanned
        self.bins_label.setTextFormat(Qt.PlainText)
        self.bins_label.setObjectName("issueBins")
        self.bins_label.setWordWrap(True)
        self.bins_label.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(caption(tr("Issue parts"), "section"))
        top.addSpacing(8)
        top.addWidget(self.scan, 1)
        top.addWidget(caption(tr("Qty")))
        top.addWidget(self.quantity)
        bottom = QHBoxLayout()
        bottom.addWidget(self.location_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.issue_status, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.bins_label)
        return box

    def _show_location(self) -> None:
        self.location_label.setText(
            tr("From bin: <b>{code}</b>", code=html.escape(self.location.code)) if self.location
            else tr("From bin: scan a bin label"))

    def focus_scan(self) -> None:
        if self.issue_box.isVisible():
            self.scan.setFocus(Qt.OtherFocusReason)

    def on_scanned(self, code: str) -> None:
        """A bin label sets where parts come from; a part is issued from it; a claim opens."""
        found = scanning.resolve(code)
        if found.kind == "location" and found.record is not None:
            if found.record.kind != stock.ISSUE_KIND:     # quarantine: never issued from
                self.say(tr("{code} is not a bin ({kind}); parts are issued to repairs only "
                            "from bins. {advice}", code=found.record.code,
                            kind=locations.kind_name(found.record.kind),
                            advice=stock.tr(stock.QUARANTINE_ADVICE.get(
                                found.record.kind, stock.QUARANTINE_ADVICE["scrap"]))),
                         "error")
                return
            self.location = found.record
            self._show_location()
            if self.pending_part is not None:
                part, self.pending_part = self.pending_part, None
                self.issue(part.part_no)
            else:
                self.say(tr("Issuing from {code}. Now scan the parts.", code=found.record.code),
                         "ok")
        elif found.kind == "part" and found.record is not None:
            bins = self._show_bins(found.record)
            if self.location is None:
                self.pending_part = found.record
                hint = tr(" (it lies in {bins})", bins=", ".join(
                    loc.code for loc, _ in bins[:3])) if bins else ""
                self.say(tr("Part {part_no}: now scan the bin it comes from{hint}.",
                            part_no=found.record.part_no, hint=hint), "warning")
                if bins:                # the fullest bin, ready: Enter takes it from there
                    self.scan.setText(bins[0][0].code)
                    self.scan.selectAll()
            else:
                self.issue(found.record.part_no)
        elif found.kind == "claim" and found.record is not None:
            self.open_requested.emit(found.record.number)
        else:
            self.say(tr("Unknown code {code}: scan a bin label or a part.", code=code), "error")

    def _show_bins(self, part) -> list:
        """Under the scan field: the bins holding ``part`` with their quantities (never
        quarantine, where nothing is issued from); returns them, fullest first."""
        bins = stock.bins_holding(part) if part is not None else []
        if part is not None:
            self.bins_label.setText(tr("Bins holding {part_no}: {bins}", part_no=part.part_no,
                                       bins=", ".join(f"{loc.code} ({qty(held)})"
                                                      for loc, held in bins))
                                    if bins else tr("No bin holds {part_no}.",
                                                    part_no=part.part_no))
        self.bins_label.setVisible(part is not None)
        return bins

    def issue(self, code: str) -> bool:
        number = self.claim.number
        tagged = {tag.number for tag in returns.tags_of(self.claim)}
        try:
            quantity = stock.as_quantity(self.quantity.text() or "1")
            move = claim_parts.issue_part(self.user, number, code, self.location.code, quantity)
        except PartsDeskError as exc:
            self.say(str(exc), "error")
            return False
        made = [tag for tag in returns.tags_of(claim_states.get_claim(number))
                if tag.number not in tagged]
        self.quantity.setText("1")
        self.show_claim(number)
        self.changed.emit(number)
        text = tr("{qty} x {part_no} issued from {code}.", qty=qty(move.quantity),
                  part_no=move.part.part_no, code=self.location.code)
        if self.claim.state == claim_states.PARTS_ISSUED:
            text += " " + tr("All parts of claim {number} are issued.", number=number)
        self.say(text, "ok")
        self._show_bins(move.part)
        if made:
            self.offer_tag_print(made)
        return True

    def offer_tag_print(self, tags: list):
        """The failed part goes back under its tag: print the tag label now (the preview)."""
        numbers = ", ".join(tag.number for tag in tags)
        if not messages.question(self, tr(
                "The failed part must go back to the supplier under defective-part tag {tags}. "
                "Print the tag now?", tags=numbers), default_yes=True):
            return None
        from partsdesk.documents import tags as tag_labels
        from partsdesk.ui.pdf_preview import PdfPreviewDialog
        with messages.attempt(self) as tried:
            data = tag_labels.render_tags(tags, tag_labels.DEFAULT_ROLL)
        if tried.failed:
            return None
        dialog = PdfPreviewDialog(data, tr("Print tag {tags}", tags=numbers), tags[0].number,
                                  self)
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def say(self, text: str, kind: str = "") -> None:
        self.issue_status.setText(text)
        self.issue_status.setStyleSheet(f"color: {STATUS_COLOURS[kind]};")
        if kind and self.issue_box.isVisible():
            self.scan.feedback(kind)
