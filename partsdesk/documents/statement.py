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
from partsdesk.services import batches, vouchers

tr = Translator("Statement")

WIDTH = landscape(A4)[0] - 30 * mm
SOURCES = {"inspection": tr.mark("Inspection"), "payment": tr.mark("Payment"),
           "reversal": tr.mark("Reversal")}


def render(batch_no, lang: str | None = None) -> bytes:
    lang = lang or i18n.language()
    batch = batches.get_batch(batch_no)
    figures = batches.batch_figures(batch.number)     # the same figures as the screen's
    organisation = vouchers.document_settings()
    title = tr.lang(lang, "Settlement statement {number}", number=batch.number)
    state = i18n.translate("Settlement", batches.BATCH_STATES.get(batch.state, batch.state),
                           lang)
    period = tr.plural(len(figures.lines), "Repair dates {start} to {end} — {n} claim — {state}",
                       "Repair dates {start} to {end} — {n} claims — {state}", lang=lang,
                       start=day(batch.period_from), end=day(batch.period_to), state=state)
    facts = [para(organisation["documents.organisation"] or " ", "heading"),
             para(" ".join(x for x in (organisation["documents.dealer_name"],
                                       organisation["documents.dealer_code"]) if x) or " "),
             para(title, "title"), para(period)]
    head = Table([[facts, barcode(batch.number, 62 * mm, 16 * mm, text_size=10)]],
                 colWidths=[WIDTH - 66 * mm, 66 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [head, Spacer(1, 4 * mm), _lines(figures, lang), Spacer(1, 5 * mm)]
    if figures.differences:
        story += [para(tr.lang(lang, "Differences: charge-backs and the payment's"), "heading"),
                  _differences(figures.differences, lang), Spacer(1, 5 * mm)]
    story += _payment(figures, lang)
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


def _lines(figures: batches.BatchFigures, lang: str) -> Table:
    rows = [[para(label, "small") for label in (
        tr.lang(lang, "#"), tr.lang(lang, "Claim No."), tr.lang(lang, "Repair date"),
        tr.lang(lang, "Customer"), tr.lang(lang, "Parts"), tr.lang(lang, "Labour"),
        tr.lang(lang, "Other"), tr.lang(lang, "Claimed"), tr.lang(lang, "Charge-backs"),
        tr.lang(lang, "To be paid"), tr.lang(lang, "Payment difference"),
        tr.lang(lang, "Paid"))]]
    paid = figures.paid is not None
    sums = [Decimal(0)] * 3
    for index, line in enumerate(figures.lines, 1):
        sums = [a + b for a, b in zip(sums, (line.parts_amount, line.labour_amount,
                                              line.other_amount))]
        rows.append([str(index), para(line.number), day(line.repair_date),
                     para(line.customer_name)]
                    + [money(v) for v in (line.parts_amount, line.labour_amount,
                                          line.other_amount, line.claimed, line.charge_backs,
                                          line.expected)]
                    + ([money(line.paid_difference) if line.paid_difference else "",
                        money(line.paid)] if line.paid is not None else ["", ""]))
    rows.append(["", para(tr.lang(lang, "Total")), "", ""]
                + [money(v) for v in sums + [figures.claimed, figures.charge_backs,
                                              figures.expected]]
                + ([money(figures.paid_differences), money(figures.paid)] if paid
                   else ["", ""]))
    money_widths = [21 * mm] * 6 + [30 * mm, 21 * mm]    # "Payment difference" on one line
    widths = [8 * mm, 30 * mm, 20 * mm]
    widths.append(WIDTH - sum(widths) - sum(money_widths))
    table = _grid(rows, widths + money_widths, head=True, right_from=4)
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
                     para(batches.difference_label(item, lang))])
    widths = [32 * mm, 24 * mm, 32 * mm, 24 * mm]
    table = _grid(rows, widths + [WIDTH - sum(widths)], head=True)
    table.setStyle(TableStyle([("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    return table


def _payment(figures: batches.BatchFigures, lang: str) -> list:
    """What the statement asks for and, once recorded, what was paid against it."""
    due = tr.lang(lang, "Claimed {claimed} − charge-backs {charge_backs} = to be paid "
                  "{expected}.", claimed=money(figures.claimed),
                  charge_backs=money(figures.charge_backs), expected=money(figures.expected))
    if figures.paid is None:
        return [para(due + _space(lang) + tr.lang(lang, "No payment recorded yet."),
                     "heading")]
    paid = tr.lang(lang, "Paid {amount} on {date}, reference {reference} (recorded {time}).",
                   amount=money(figures.paid), date=day(figures.payment_date),
                   reference=figures.payment_reference, time=local_time(figures.paid_at))
    short = figures.shortfall
    if short > 0:
        paid += _space(lang) + tr.lang(lang, "{amount} less than to be paid; the payment "
                                       "differences above say why.", amount=money(short))
    elif short < 0:
        paid += _space(lang) + tr.lang(lang, "{amount} more than to be paid; the payment "
                                       "differences above say why.", amount=money(-short))
    return [para(due, "heading"), para(paid, "heading")]


def _space(lang: str) -> str:
    """Between two sentences: a space in English, none after a Chinese full stop."""
    return "" if lang.startswith("zh") else " "


def write(batch_no, path, lang: str | None = None):
    return write_atomic(path, render(batch_no, lang))
