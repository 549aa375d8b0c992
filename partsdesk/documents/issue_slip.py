"""The parts issue slip of a claim: what the warehouse issued to the repair, from where, by whom,
with a line for the technician's signature. Part of the claim package."""

from __future__ import annotations

import io

from peewee import JOIN
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.claims import Claim
from partsdesk.db.models.stock import StockMove
from partsdesk.documents.flowables import (FRAME_WIDTH, barcode, day, document, local_time,
                                           para, qty)
from partsdesk.documents.voucher import GRID, HEAD, _grid, part_name
from partsdesk.i18n import Translator
from partsdesk.services import claim_states, returns

tr = Translator("IssueSlip")


def issues(claim: Claim) -> list[StockMove]:
    """The claim's issue moves (and their reversals), in the order they happened."""
    return list(StockMove.select(StockMove, Part, Location, User)
                .join(Part).switch(StockMove)
                .join(Location, JOIN.LEFT_OUTER, on=(StockMove.from_location == Location.id))
                .switch(StockMove)
                .join(User, JOIN.LEFT_OUTER, on=(StockMove.user == User.id))
                .where((StockMove.document == claim.number) & (StockMove.kind == "issue"))
                .order_by(StockMove.id))


def story(claim: Claim, lang: str) -> list:
    """The slip's flowables, ending with a page break."""
    header = Table([[[para(tr.lang(lang, "Parts issue slip"), "title"),
                      para(tr.lang(lang, "Claim {number} — VIN {vin} — repair date {date}",
                                   number=claim.number, vin=claim.vehicle.vin,
                                   date=day(claim.repair_date))),
                      para(tr.lang(lang, "Customer: {name}", name=claim.customer_name))],
                     barcode(claim.number, 62 * mm, 16 * mm, text_size=10)]],
                   colWidths=[FRAME_WIDTH - 66 * mm, 66 * mm])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    tags = {}
    for tag in returns.tags_of(claim):
        tags.setdefault(tag.part_id, []).append(tag.number)
    rows = [[para(label, "small") for label in (
        tr.lang(lang, "Part No."), tr.lang(lang, "Name"), tr.lang(lang, "Qty"),
        tr.lang(lang, "From"), tr.lang(lang, "Issued"), tr.lang(lang, "By"),
        tr.lang(lang, "Defective-part tag"))]]
    for move in issues(claim):
        sign = "−" if move.reverses_id else ""
        rows.append([para(move.part.part_no), para(part_name(move.part, lang)),
                     sign + qty(move.quantity),
                     para(move.from_location.code if move.from_location else "—"),
                     local_time(move.time), para(move.user.username if move.user else ""),
                     para(", ".join(tags.get(move.part_id, [])) or "—", "small")])
    if len(rows) == 1:
        rows.append([para(tr.lang(lang, "No parts were issued to this claim.")),
                     "", "", "", "", "", ""])
    table = _grid(rows, [28 * mm, FRAME_WIDTH - 132 * mm, 10 * mm, 18 * mm, 30 * mm, 16 * mm,
                         30 * mm], head=True)
    table.setStyle(TableStyle([("ALIGN", (2, 0), (2, -1), "RIGHT")]))
    signatures = Table([[para(tr.lang(lang, "Issued by (warehouse)"), "small"),
                         para(tr.lang(lang, "Received by (technician)"), "small")],
                        ["", ""]], colWidths=[FRAME_WIDTH / 2] * 2, rowHeights=[None, 18 * mm])
    signatures.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.6, GRID),
                                    ("BOX", (1, 0), (1, -1), 0.6, GRID),
                                    ("BACKGROUND", (0, 0), (-1, 0), HEAD)]))
    return [header, Spacer(1, 5 * mm), table, Spacer(1, 10 * mm), signatures, PageBreak()]


def render(claim_no, lang: str | None = None) -> bytes:
    claim = claim_states.get_claim(claim_no)
    lang = lang or i18n.language()
    out = io.BytesIO()
    doc = document(out, tr.lang(lang, "Parts issue slip {number}", number=claim.number))
    doc.build(story(claim, lang)[:-1])
    return out.getvalue()
