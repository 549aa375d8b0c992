"""The settlement statement of a batch as PDF: claims, amounts claimed, differences (charge-backs),
what is to be paid, and the payment once it is recorded."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.documents.flowables import barcode, day, document, local_time, money, para
from partsdesk.documents.fonts import cjk_font
from partsdesk.documents.pdf import write_atomic
from partsdesk.documents.voucher import _grid
from partsdesk.i18n import Translator
from partsdesk.services import settlement

tr = Translator("Statement")

WIDTH = landscape(A4)[0] - 30 * mm
SOURCES = {"inspection": tr.mark("Inspection"), "payment": tr.mark("Payment"),
           "reversal": tr.mark("Reversal")}


def render(batch_no, lang: str | None = None) -> bytes:
    lang = lang or i18n.language()
    batch = settlement.get_batch(batch_no)
    lines = settlement.batch_lines(batch.number)
    organisation = settlement.document_settings()
    title = tr.lang(lang, "Settlement statement {number}", number=batch.number)
    state = i18n.translate("Settlement", settlement.BATCH_STATES.get(batch.state, batch.state),
                           lang)
    facts = [para(organisation["documents.organisation"] or " ", "heading"),
             para(" ".join(x for x in (organisation["documents.dealer_name"],
                                       organisation["documents.dealer_code"]) if x) or " "),
             para(title, "title"),
             para(tr.lang(lang, "Repair dates {start} to {end} — {count} claim(s) — {state}",
                          start=day(batch.period_from), end=day(batch.period_to),
                          count=len(lines), state=state))]
    head = Table([[facts, barcode(batch.number, 62 * mm, 16 * mm, text_size=10)]],
                 colWidths=[WIDTH - 66 * mm, 66 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [head, Spacer(1, 4 * mm), _lines(lines, lang), Spacer(1, 5 * mm)]
    differences = settlement.batch_differences(batch.number)
    if differences:
        story += [para(tr.lang(lang, "Differences (charge-backs)"), "heading"),
                  _differences(differences, lang), Spacer(1, 5 * mm)]
    story.append(_payment(batch, lang))
    out = io.BytesIO()
    document(out, title, landscape(A4), _footer(title)).build(story)
    return out.getvalue()


def _footer(title: str):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(cjk_font(), 7)
        canvas.drawString(15 * mm, 8 * mm, f"{title} — {doc.page}")
        canvas.restoreState()
    return draw


def _lines(lines, lang: str) -> Table:
    rows = [[para(label, "small") for label in (
        tr.lang(lang, "#"), tr.lang(lang, "Claim No."), tr.lang(lang, "Repair date"),
        tr.lang(lang, "Customer"), tr.lang(lang, "Parts"), tr.lang(lang, "Labour"),
        tr.lang(lang, "Other"), tr.lang(lang, "Claimed"), tr.lang(lang, "Differences"),
        tr.lang(lang, "To be paid"), tr.lang(lang, "Paid"))]]
    totals = [Decimal(0)] * 7
    for index, line in enumerate(lines, 1):
        values = (line.parts_amount, line.labour_amount, line.other_amount, line.claimed,
                  line.differences, line.expected, line.paid or Decimal(0))
        totals = [a + b for a, b in zip(totals, values)]
        rows.append([str(index), para(line.number), day(line.repair_date),
                     para(line.customer_name)] + [money(v) for v in values[:6]]
                    + [money(line.paid) if line.paid is not None else ""])
    rows.append(["", para(tr.lang(lang, "Total")), "", ""]
                + [money(v) for v in totals[:6]] + [money(totals[6]) if any(
                    line.paid is not None for line in lines) else ""])
    widths = [8 * mm, 32 * mm, 20 * mm]
    widths.append(WIDTH - sum(widths) - 7 * 24 * mm)
    table = _grid(rows, widths + [24 * mm] * 7, head=True, right_from=4)
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1.0, (0, 0, 0))]))
    return table


def _differences(differences, lang: str) -> Table:
    rows = [[para(label, "small") for label in (
        tr.lang(lang, "Claim No."), tr.lang(lang, "Source"), tr.lang(lang, "Tag"),
        tr.lang(lang, "Amount"), tr.lang(lang, "Description"))]]
    for item in differences:
        rows.append([para(item.claim.number),
                     para(tr.lang(lang, SOURCES.get(item.source, item.source))),
                     para(item.tag or "—"), money(item.amount),
                     para(settlement.difference_label(item, lang))])
    widths = [32 * mm, 24 * mm, 32 * mm, 24 * mm]
    table = _grid(rows, widths + [WIDTH - sum(widths)], head=True)
    table.setStyle(TableStyle([("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    return table


def _payment(batch, lang: str):
    if batch.payment_amount is None:
        return para(tr.lang(lang, "To be paid: {amount}. No payment recorded yet.",
                            amount=money(batch.expected_total)), "heading")
    return para(tr.lang(lang, "Paid {amount} on {date}, reference {reference} (recorded {time}).",
                        amount=money(batch.payment_amount), date=day(batch.payment_date),
                        reference=batch.payment_reference, time=local_time(batch.paid_at)),
                "heading")


def write(batch_no, path, lang: str | None = None):
    return write_atomic(path, render(batch_no, lang))
