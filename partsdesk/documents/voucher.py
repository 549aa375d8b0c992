"""The settlement voucher: one A4 page per claim, the document the customer signs.

Printed in English or Chinese whatever the window's language (the customer's language). The first
print is the original; every later print carries "COPY n" with its date, as a header and a
watermark, and a print made after the customer signed says it is a copy of a signed voucher and
which print the customer signed. Every print is archived with its SHA-256
(``documents.pdf.archive``) and recorded in the claim's print history, so what the customer
signed can be shown again byte for byte (``services.vouchers.archived_voucher``). The body
shrinks to fit rather than spill onto a second page: long names and addresses wrap, and a claim
with many lines prints smaller. The acceptance the customer signs promises the return of the old
parts only when the claim has a part to return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, PageBreak, Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimLaborLine, ClaimPartLine,
                                        FaultCode, LaborOperation, Vehicle, VehicleModel)
from partsdesk.db.models.returns import DefectTag
from partsdesk.db.models.settlement import SignedCopy, VoucherPrint
from partsdesk.documents.flowables import (FRAME_WIDTH, MARGIN, PageDrawing, barcode, day,
                                           document, local_time, money, para, qty)
from partsdesk.documents.fonts import cjk_font
from partsdesk.documents.pdf import archive, write_atomic
from partsdesk.i18n import Translator
from partsdesk.services import claim_states, claims, codes, vouchers
from partsdesk.services.permissions import role_name

tr = Translator("Voucher")

GRID = colors.HexColor("#8C8C8C")
HEAD = colors.HexColor("#DDE4F0")
WATERMARK = colors.Color(0.55, 0.55, 0.55, alpha=0.22)


def part_name(part, lang: str) -> str:
    """The part's name in the document's language when the catalogue has it."""
    return (part.name_zh or part.name) if lang == "zh_CN" else (part.name or part.name_zh)


def copy_mark(lang: str, copy_number: int, printed_at: datetime,
              signed: SignedCopy | None = None) -> str:
    """The mark at the top of the page: original, copy n, or copy n of a signed voucher."""
    if copy_number == 0:
        return tr.lang(lang, "Original — printed {time}", time=local_time(printed_at))
    if signed is not None:
        return tr.lang(lang, "COPY {n} of a signed voucher — printed {time}", n=copy_number,
                       time=local_time(printed_at))
    return tr.lang(lang, "COPY {n} — printed {time}", n=copy_number, time=local_time(printed_at))


def signed_note(lang: str, signed: SignedCopy) -> str:
    """Under the mark of a copy made after signing: which print the customer signed."""
    made = signed.voucher_print
    if made is None:            # recorded before the signed print was kept
        return tr.lang(lang, "The customer signed the voucher on {date}; this is not the "
                       "signed voucher.", date=day(signed.signed_on))
    printed = day(made.printed_at.astimezone().date())
    if made.copy_number == 0:
        return tr.lang(lang, "The signed original is the original printed on {printed}, signed "
                       "on {date}.", printed=printed, date=day(signed.signed_on))
    return tr.lang(lang, "The signed original is copy {k} printed on {printed}, signed on "
                   "{date}.", k=made.copy_number, printed=printed, date=day(signed.signed_on))


# --- what the voucher shows, read in a few queries ----------------------------------------------

@dataclass
class Facts:
    """A claim with everything its voucher prints, so a page is drawn without a query (and a
    package draws the same voucher twice from one read)."""
    claim: Claim
    labour: list[ClaimLaborLine]
    parts: list[ClaimPartLine]
    tags: dict[int, list[str]]          # part line id -> tag numbers
    organisation: dict[str, str]
    signed: SignedCopy | None = None    # the customer's signature, with the print signed

    @property
    def returns_parts(self) -> bool:
        """A part of the claim goes back to the manufacturer."""
        return any(line.must_return for line in self.parts)


def gather(claim, organisation: dict | None = None) -> Facts:
    number = claim.number if isinstance(claim, Claim) else str(claim).strip().upper()
    Approver = User.alias()
    found = (Claim.select(Claim, Vehicle, VehicleModel, FaultCode, CauseCode, Approver)
             .join(Vehicle).join(VehicleModel, JOIN.LEFT_OUTER)
             .switch(Claim).join(FaultCode, JOIN.LEFT_OUTER)
             .switch(Claim).join(CauseCode, JOIN.LEFT_OUTER)
             .switch(Claim).join(Approver, JOIN.LEFT_OUTER,
                                 on=(Claim.approved_by == Approver.id), attr="approved_by")
             .where(Claim.number == number).first())
    if found is None:
        found = claim_states.get_claim(number)        # raises NotFound with its message
    labour = list(ClaimLaborLine.select(ClaimLaborLine, LaborOperation).join(LaborOperation)
                  .where(ClaimLaborLine.claim == found.id).order_by(ClaimLaborLine.id))
    parts = list(ClaimPartLine.select(ClaimPartLine, Part).join(Part)
                 .where(ClaimPartLine.claim == found.id).order_by(ClaimPartLine.id))
    tags: dict[int, list[str]] = {}
    for tag_no, line_id in (DefectTag.select(DefectTag.number, DefectTag.part_line)
                            .where(DefectTag.claim == found.id).order_by(DefectTag.id)
                            .tuples()):
        tags.setdefault(line_id, []).append(tag_no)
    signed = (SignedCopy.select(SignedCopy, VoucherPrint)
              .join(VoucherPrint, JOIN.LEFT_OUTER, attr="voucher_print")
              .where(SignedCopy.claim == found.id).first())
    return Facts(found, labour, parts, tags,
                 organisation if organisation is not None else vouchers.document_settings(),
                 signed)


# --- the page ----------------------------------------------------------------------------------

def story(facts: Facts, lang: str, copy_number: int, printed_at: datetime,
          printed_by: str = "") -> list:
    """The voucher's flowables: exactly one page, ending with a page break."""
    claim, organisation = facts.claim, facts.organisation
    signed = facts.signed if copy_number else None
    return [_page_marks(claim, lang, copy_number, printed_at, printed_by, signed),
            _header(claim, lang, organisation),
            Spacer(1, 3 * mm),
            KeepInFrame(FRAME_WIDTH, 0, _body(facts, lang), mode="shrink"),
            PageBreak()]


def _page_marks(claim, lang, copy_number, printed_at, printed_by, signed) -> PageDrawing:
    mark = copy_mark(lang, copy_number, printed_at, signed)
    note = signed_note(lang, signed) if signed is not None else ""
    footer = tr.lang(lang, "Claim {number} — settlement voucher — {mark} — by {user}",
                     number=claim.number, mark=mark, user=printed_by or "—")

    def draw(canvas, x, y):
        font = cjk_font()
        width, height = A4
        if copy_number:             # a copy can never pass for the original
            canvas.saveState()
            canvas.setFillColor(WATERMARK)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(40)
            canvas.setFont(font, 78)
            canvas.drawCentredString(0, -20, tr.lang(lang, "COPY {n}", n=copy_number))
            canvas.restoreState()
            canvas.setFillColor(colors.HexColor("#B00020"))
        canvas.setFont(font, 9)
        canvas.drawRightString(width - MARGIN, height - MARGIN + (7 if note else 4) * mm, mark)
        if note:
            canvas.setFont(font, 8)
            canvas.drawRightString(width - MARGIN, height - MARGIN + 3 * mm, note)
        canvas.setFillColor(colors.black)
        canvas.setFont(font, 7)
        canvas.drawString(MARGIN, MARGIN - 7 * mm, footer)
    return PageDrawing(draw)


def _header(claim, lang, organisation) -> Table:
    left = [para(organisation["documents.organisation"] or " ", "title")]
    dealer = " ".join(x for x in (organisation["documents.dealer_name"],
                                  organisation["documents.dealer_code"] and
                                  f"({organisation['documents.dealer_code']})") if x)
    if dealer:
        left.append(para(tr.lang(lang, "Dealer: {dealer}", dealer=dealer)))
    for key in ("documents.dealer_address", "documents.dealer_phone"):
        if organisation[key]:
            left.append(para(organisation[key], "small"))
    left.append(Spacer(1, 2 * mm))
    left.append(para(tr.lang(lang, "Warranty settlement voucher"), "title"))
    right = [barcode(claim.number, 62 * mm, 16 * mm, text_size=10)]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH - 66 * mm, 66 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _body(facts: Facts, lang: str) -> list:
    claim = facts.claim
    return [_facts(claim, lang), Spacer(1, 3 * mm),
            _fault(claim, lang), Spacer(1, 3 * mm),
            _labour(facts, lang), Spacer(1, 2 * mm),
            _parts(facts, lang), Spacer(1, 2 * mm),
            _totals(claim, lang), Spacer(1, 3 * mm),
            _approval(claim, lang), Spacer(1, 4 * mm),
            _acceptance(lang, facts.returns_parts)]


def _grid(rows, widths, head: bool = False, right_from: int | None = None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    style = [("FONT", (0, 0), (-1, -1), cjk_font(), 8.5),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, GRID),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if head:                    # short labels as plain text: no paragraph to wrap (speed)
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD), ("FONTSIZE", (0, 0), (-1, 0), 7.5)]
    if right_from is not None:
        style.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


def _facts(claim: Claim, lang: str) -> Table:
    vehicle, facts = claim.vehicle, claims.vehicle_facts(claim)    # as the claim was made
    model = facts.model
    pairs = [
        (tr.lang(lang, "Claim No."), claim.number),
        (tr.lang(lang, "Repair date"), day(claim.repair_date)),
        (tr.lang(lang, "VIN"), vehicle.vin),
        (tr.lang(lang, "Vehicle model"), codes.code_text(model, lang, " ") if model else ""),
        (tr.lang(lang, "Mileage"), f"{claim.mileage:,} km"),
        (tr.lang(lang, "Warranty start"), day(facts.warranty_start)),
        (tr.lang(lang, "Customer"), claim.customer_name),
        (tr.lang(lang, "Phone"), claim.customer_phone),
    ]
    wraps = {tr.lang(lang, "Vehicle model"), tr.lang(lang, "Customer")}
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [label, para(value) if label in wraps else value]
        rows.append(row)
    label, value = 24 * mm, FRAME_WIDTH / 2 - 24 * mm
    table = _grid(rows, [label, value, label, value])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEAD),
                               ("BACKGROUND", (2, 0), (2, -1), HEAD),
                               ("FONTSIZE", (0, 0), (0, -1), 7.5),
                               ("FONTSIZE", (2, 0), (2, -1), 7.5)]))
    return table


def _fault(claim: Claim, lang: str) -> Table:
    fault, cause = claim.fault_code, claim.cause_code
    rows = [[tr.lang(lang, "Fault"), para(codes.code_text(fault, lang, " "))],
            [tr.lang(lang, "Cause"), para(codes.code_text(cause, lang, " "))],
            [tr.lang(lang, "Description"), para(claim.description or "—")]]
    table = _grid(rows, [24 * mm, FRAME_WIDTH - 24 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEAD),
                               ("FONTSIZE", (0, 0), (0, -1), 7.5)]))
    return table


def _labour(facts: Facts, lang: str) -> Table:
    rows = [[tr.lang(lang, "Labour operation"), tr.lang(lang, "Description"),
             tr.lang(lang, "Hours"), tr.lang(lang, "Rate"), tr.lang(lang, "Amount")]]
    lines = facts.labour
    for line in lines:
        rows.append([para(line.operation.code), para(codes.describe(line.operation, lang)),
                     qty(line.hours), money(line.rate), money(line.amount)])
    if not lines:
        rows.append([para(tr.lang(lang, "No labour lines.")), "", "", "", ""])
    return _grid(rows, [28 * mm, FRAME_WIDTH - 98 * mm, 18 * mm, 24 * mm, 28 * mm],
                 head=True, right_from=2)


def _parts(facts: Facts, lang: str) -> Table:
    tags = facts.tags
    rows = [[tr.lang(lang, "Part No."), tr.lang(lang, "Name"), tr.lang(lang, "Qty"),
             tr.lang(lang, "Unit price"), tr.lang(lang, "Amount"),
             tr.lang(lang, "Defective-part tag")]]
    lines = facts.parts
    for line in lines:
        returned = ", ".join(tags.get(line.id, [])) or (
            tr.lang(lang, "to be returned") if line.must_return else "—")
        rows.append([para(line.part.part_no), para(part_name(line.part, lang)),
                     qty(line.quantity), money(line.unit_price), money(line.amount),
                     para(returned, "small")])
    if not lines:
        rows.append([para(tr.lang(lang, "No parts replaced.")), "", "", "", "", ""])
    table = _grid(rows, [30 * mm, FRAME_WIDTH - 134 * mm, 14 * mm, 22 * mm, 26 * mm, 42 * mm],
                  head=True, right_from=2)
    table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "LEFT")]))
    return table


def _totals(claim: Claim, lang: str) -> Table:
    rows = [[tr.lang(lang, "Parts"), money(claim.parts_amount)],
            [tr.lang(lang, "Labour"), money(claim.labour_amount)],
            [para(tr.lang(lang, "Other") + (f": {claim.other_description}"
                                              if claim.other_description else "")),
             money(claim.other_amount)],
            [tr.lang(lang, "Total"), money(claim.total_amount)]]
    table = Table(rows, colWidths=[60 * mm, 30 * mm], hAlign="RIGHT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), cjk_font(), 9),
                               ("FONT", (0, -1), (-1, -1), cjk_font(), 11),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    return table


def _approval(claim: Claim, lang: str):
    if claim.approved_by is None:
        return para(tr.lang(lang, "Not approved."))
    approver = claim.approved_by
    return para(tr.lang(lang, "Approved by {name} ({role}) on {date}; this approval is the "
                        "service instruction.", name=approver.full_name or approver.username,
                        role=i18n.translate("Roles", _role_label(approver.role), lang),
                        date=local_time(claim.approved_at)))


def _role_label(role: str) -> str:
    from partsdesk.services.permissions import ROLES
    return ROLES.get(role, role_name(role))


def _acceptance(lang: str, returns_parts: bool) -> Table:
    statement = tr.lang(
        lang, "Customer acceptance: I confirm that the repair described above was carried out "
        "on my vehicle free of charge under warranty, that the vehicle was returned to me in "
        "working order, and that the replaced parts stay with the dealer to be returned to the "
        "manufacturer.") if returns_parts else tr.lang(
        lang, "Customer acceptance: I confirm that the repair described above was carried out "
        "on my vehicle free of charge under warranty and that the vehicle was returned to me in "
        "working order. This claim has no part to return to the manufacturer.")
    line = "_" * 28
    sign = [[para(statement)],
            [para(tr.lang(lang, "Customer signature: {line}    Date: {short}", line=line,
                          short="_" * 14))]]
    boxes = Table([[para(tr.lang(lang, "Service adviser (name, signature)"), "small"),
                    para(tr.lang(lang, "Dealer stamp"), "small")],
                   ["", ""]],
                  colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2], rowHeights=[None, 30 * mm])
    boxes.setStyle(TableStyle([("BOX", (0, 0), (0, -1), 0.6, colors.black),
                               ("BOX", (1, 0), (1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table = Table(sign + [[Spacer(1, 3 * mm)], [boxes]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([("BOX", (0, 0), (0, 1), 0.8, colors.black),
                               ("TOPPADDING", (0, 1), (0, 1), 10),
                               ("BOTTOMPADDING", (0, 1), (0, 1), 8),
                               ("LEFTPADDING", (0, 3), (0, 3), 0),
                               ("RIGHTPADDING", (0, 3), (0, 3), 0)]))
    return table


# --- rendering and printing --------------------------------------------------------------------

def render(claim, lang: str | None = None, copy_number: int = 0,
           printed_at: datetime | None = None, printed_by: str = "") -> bytes:
    """The voucher (of a claim, its number, or its gathered Facts) as PDF bytes; nothing is
    recorded (``record`` archives and records a print)."""
    import io
    facts = claim if isinstance(claim, Facts) else gather(claim)
    lang = lang or i18n.language()
    out = io.BytesIO()
    doc = document(out, tr.lang(lang, "Settlement voucher {number}",
                                number=facts.claim.number))
    doc.build(story(facts, lang, copy_number, printed_at or utcnow(), printed_by)[:-1])
    return out.getvalue()


@dataclass(frozen=True)
class Rendered:
    """A claim's next print, rendered and not yet recorded: which copy it is, when it was
    made, the facts it shows and its bytes."""
    claim: Claim
    facts: Facts
    copy_number: int
    printed_at: datetime
    data: bytes


def render_next(actor, claim, lang: str, organisation: dict | None = None) -> Rendered:
    """The claim's next print (the original, then copy 1, 2 …), rendered by ``actor``; nothing
    is recorded until ``record`` (a package renders all its vouchers first)."""
    copy_number, now = vouchers.next_copy(claim), utcnow()
    facts = gather(claim, organisation)
    return Rendered(claim, facts, copy_number, now,
                    render(facts, lang, copy_number, now, actor.username))


def record(actor, printed: list[Rendered], lang: str) -> list[VoucherPrint]:
    """Archive each rendered voucher with its hash and record every print together: all or
    none. The claim becomes repaired at its first print."""
    kept = [(made, *archive(made.data, "voucher", made.claim.number)) for made in printed]
    with transaction():
        return [vouchers.record_print(actor, made.claim, made.copy_number, lang, path, digest,
                                      printed_at=made.printed_at,
                                      after_signing=made.facts.signed is not None)
                for made, path, digest in kept]


def print_voucher(actor, claim_no, lang: str | None = None, output=None):
    """Print the voucher (original or the next copy), archive it with its hash, record it.

    Returns (pdf bytes, VoucherPrint). The claim becomes repaired at its first print.
    """
    claim = vouchers.check_printable(actor, claim_no)
    lang = lang or i18n.language()
    made = render_next(actor, claim, lang)
    (recorded,) = record(actor, [made], lang)
    if output is not None:
        write_atomic(output, made.data)
    return made.data, recorded
