"""The claim view's tabs that show what the claim holds: its labour and part lines, where its
parts are, and its history in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QListWidget, QListWidgetItem,
                               QTableWidget, QVBoxLayout, QWidget)

from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Translator
from partsdesk.services import catalog, claim_search, codes
from partsdesk.services.history import describe
from partsdesk.ui.format import local_time, money, part_name, qty
from partsdesk.ui.style import caption, person
from partsdesk.ui.widgets import fill, small_table

tr = Translator("ClaimView")

OVERRIDE_INK = "#8a5a00"
OVERRIDE_STYLE = (f"QLabel#priceOverrides {{ color: {OVERRIDE_INK}; background: #fff7e0; "
                  "border: 1px solid #f3d58a; border-radius: 5px; padding: 5px 8px; }")


class LinesTab(QWidget):
    """The claim's labour and part lines. A price other than the catalogue's is marked in the
    table and said, with its reason, under it: the approver sees it at a glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labour_table = small_table([tr("Operation"), tr("Description"), tr("Hours"),
                                         tr("Amount"), tr("Reason for extra hours")], (1, 4))
        self.parts_table = small_table([tr("Part No."), tr("Name"), tr("Qty"), tr("Price"),
                                        tr("Amount"), tr("Replacement reason"), tr("Batch"),
                                        tr("Return")], (1, 5))
        lines_layout = QVBoxLayout(self)
        lines_layout.setContentsMargins(0, 8, 0, 0)
        lines_layout.addWidget(caption(tr("Labour"), "section"))
        lines_layout.addWidget(self.labour_table, 2)
        lines_layout.addWidget(caption(tr("Parts"), "section"))
        lines_layout.addWidget(self.parts_table, 3)
        self.overrides = QLabel()
        self.overrides.setObjectName("priceOverrides")
        self.overrides.setTextFormat(Qt.PlainText)      # reasons are typed by users
        self.overrides.setWordWrap(True)
        self.overrides.setStyleSheet(OVERRIDE_STYLE)
        self.overrides.hide()
        lines_layout.addWidget(self.overrides)

    def show_claim(self, claim: Claim) -> None:
        """``claim``'s lines, a changed price marked in its row and explained below."""
        labour = list(claim.labour_lines)
        fill(self.labour_table, [
            (line.operation.code, codes.describe(line.operation), qty(line.hours),
             money(line.amount), line.hours_reason) for line in labour], right=(2, 3))
        parts = list(claim.part_lines)
        fill(self.parts_table, [
            (line.part.part_no, part_name(line.part.name, line.part.name_zh), qty(line.quantity),
             price_text(line),
             money(line.amount), line.replacement_reason, line.failed_batch,
             tr("Yes") if line.must_return else "") for line in parts], right=(2, 3, 4))
        overridden = [(row, line) for row, line in enumerate(parts) if is_override(line)]
        for row, line in overridden:        # the approver sees them at a glance
            item = self.parts_table.item(row, 3)
            item.setForeground(QColor(OVERRIDE_INK))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(line.price_reason)
        self.overrides.setText("\n".join(tr(
            "Price changed: {part_no} at {price} instead of the catalogue's {catalogue} — "
            "{reason}", part_no=line.part.part_no, price=money(line.unit_price),
            catalogue=money(line.catalogue_price), reason=line.price_reason)
            for _, line in overridden))
        self.overrides.setVisible(bool(overridden))


def where_table() -> QTableWidget:
    """Each part of the claim: reserved, issued, on request and whether it goes back."""
    return small_table([tr("Part No."), tr("Name"), tr("Qty"), tr("Reserved"),
                        tr("Issued"), tr("On request"), tr("Parts request"),
                        tr("Return")], (1,))


def show_whereabouts(table: QTableWidget, claim: Claim) -> None:
    """Each part of ``claim``: how much is reserved, issued and still on request."""
    rows = claim_search.where_are_the_parts(claim.number)
    parts = {r.part_no: catalog.get_part(r.part_no) for r in rows}
    fill(table, [
        (r.part_no, part_name(parts[r.part_no].name, parts[r.part_no].name_zh), qty(r.quantity),
         qty(r.reserved) if r.reserved else "",
         qty(r.issued) if r.issued else "", qty(r.requested) if r.requested else "",
         r.requests, tr("Yes") if r.must_return else "") for r in rows],
        right=(2, 3, 4, 5))


def history_list() -> QListWidget:
    """What happened to the claim, newest first, one entry a change."""
    history = QListWidget()
    history.setObjectName("claimHistory")
    history.setWordWrap(True)
    history.setAlternatingRowColors(True)
    history.setSelectionMode(QAbstractItemView.NoSelection)
    history.setFocusPolicy(Qt.NoFocus)
    history.setStyleSheet("QListWidget#claimHistory::item { padding: 4px 2px; "
                          "border-bottom: 1px solid #eef2f6; }")
    return history


def show_history(history: QListWidget, claim: Claim) -> None:
    """``claim``'s history, newest first: what happened, when and by whom."""
    history.clear()
    for event in reversed(claim_search.history(claim.number)):
        what = describe(event)
        who = person(event.user) if event.user_id else ""
        item = QListWidgetItem(f"{what}\n{local_time(event.time)} · {who}")
        item.setToolTip(what)
        history.addItem(item)


def is_override(line) -> bool:
    """A part line whose price is not the catalogue price it was written with."""
    return line.catalogue_price is not None and line.unit_price != line.catalogue_price


def price_text(line) -> str:
    if not is_override(line):
        return money(line.unit_price)
    return tr("{price} (catalogue {catalogue})", price=money(line.unit_price),
              catalogue=money(line.catalogue_price))
