"""The discrepancy report of a receipt: short, over, damaged and unknown items, for the sender.

The receipt number is printed as a barcode too, so scanning the report opens the receipt.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.documents import numbered_page
from partsdesk.documents.pdf import escape, styles, write_atomic
from partsdesk.i18n import Translator
from partsdesk.services import receiving
from partsdesk.services.stock import qty_text

tr = Translator("DiscrepancyReport")

KINDS = {"short": tr.mark("Short"), "over": tr.mark("Over"), "damaged": tr.mark("Damaged"),
         "unknown": tr.mark("Unknown item")}


def render(receipt_no: str, lang: str | None = None) -> bytes:
    """The report as PDF bytes, in ``lang`` (default: the program's language)."""
    lang = lang or i18n.language()
    receipt = receiving.get_receipt(receipt_no)
    found = receiving.discrepancies(receipt.number)
    style = styles()
    title = tr.lang(lang, "Receipt discrepancies {number}", number=receipt.number)
    story = [Paragraph(escape(title), style["title"]),
             _facts(receipt, lang, style), Spacer(1, 5 * mm)]
    if not found:
        story.append(Paragraph(escape(tr.lang(
            lang, "No discrepancies: everything arrived as expected.")), style["body"]))
    else:
        story.append(_table(found, lang, style))
    story += [Spacer(1, 14 * mm), Paragraph(escape(tr.lang(
        lang, "Received by: ____________________    Carrier / sender: ____________________")),
        style["body"])]
    footer = tr.lang(lang, "Receipt {number} — printed {time} — page", number=receipt.number,
                     time=datetime.now().strftime("%Y-%m-%d %H:%M"))
    return numbered_page.build(story, title, receipt.number, footer)


def write(receipt_no: str, path, lang: str | None = None):
    return write_atomic(path, render(receipt_no, lang))


def _facts(receipt, lang, style) -> Table:
    closed = receipt.closed_at.astimezone().strftime("%Y-%m-%d %H:%M") if receipt.closed_at \
        else tr.lang(lang, "not closed yet")
    rows = [(tr.lang(lang, "Sender"), receipt.source),
            (tr.lang(lang, "Delivery note"), receipt.reference),
            (tr.lang(lang, "Received into"), receipt.location.code),
            (tr.lang(lang, "Closed"), closed),
            (tr.lang(lang, "Closed by"), receipt.closed_by.username if receipt.closed_by else "")]
    cells = [[Paragraph(escape(k), style["small"]), Paragraph(escape(v), style["body"])]
             for k, v in rows]
    table = Table(cells, colWidths=[35 * mm, 100 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _table(found, lang, style) -> Table:
    head = [tr.lang(lang, "Discrepancy"), tr.lang(lang, "Part No. / code"),
            tr.lang(lang, "Name"), tr.lang(lang, "Expected"), tr.lang(lang, "Arrived"),
            tr.lang(lang, "Quantity")]
    rows = [[Paragraph(escape(h), style["small"]) for h in head]]
    for item in found:
        rows.append([Paragraph(escape(tr.lang(lang, KINDS[item.kind])), style["body"]),
                     Paragraph(escape(item.code), style["body"]),
                     Paragraph(escape(item.name), style["body"]),
                     qty_text(item.expected), qty_text(item.received), qty_text(item.quantity)])
    return numbered_page.ruled_table(
        rows, [28 * mm, 40 * mm, 56 * mm, 18 * mm, 18 * mm, 18 * mm], right_from=(3, 0))
