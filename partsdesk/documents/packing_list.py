"""The packing list of a return shipment: every tag in the box, with the shipment's barcode, so
the receiver scans the list to open the shipment and then scans each tag."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.documents.flowables import (FRAME_WIDTH, barcode, day, document,
                                           local_time, para, qty)
from partsdesk.documents.fonts import cjk_font
from partsdesk.documents.pdf import write_atomic
from partsdesk.documents.voucher import GRID, HEAD, _grid
from partsdesk.i18n import Translator
from partsdesk.services import return_shipments

tr = Translator("PackingList")


def render(shipment_no, lang: str | None = None) -> bytes:
    lang = lang or i18n.language()
    shipment = return_shipments.get_shipment(shipment_no)
    lines = return_shipments.shipment_lines(shipment.number)
    title = tr.lang(lang, "Return shipment {number}", number=shipment.number)
    state = return_shipments.SHIPMENT_STATES.get(shipment.state, shipment.state)
    facts = [(tr.lang(lang, "State"), i18n.translate("Returns", state, lang)),
             (tr.lang(lang, "Opened"), local_time(shipment.created_at)),
             (tr.lang(lang, "Shipped"), local_time(shipment.shipped_at) or "—"),
             (tr.lang(lang, "Carrier"), shipment.carrier or "—"),
             (tr.lang(lang, "Tracking No."), shipment.tracking_number or "—"),
             (tr.lang(lang, "Tags"), str(len(lines)))]
    head = Table([[[para(tr.lang(lang, "Packing list — defective parts"), "title"),
                    para(title)] + [para(f"{k}: {v}") for k, v in facts],
                   barcode(shipment.number, 62 * mm, 16 * mm, text_size=10)]],
                 colWidths=[FRAME_WIDTH - 66 * mm, 66 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    rows = [[para(label, "small") for label in (
        tr.lang(lang, "#"), tr.lang(lang, "Tag"), tr.lang(lang, "Claim / VIN"),
        tr.lang(lang, "Part No."), tr.lang(lang, "Name"), tr.lang(lang, "Qty"),
        tr.lang(lang, "Fault"), tr.lang(lang, "Repair date"))]]
    for index, line in enumerate(lines, 1):
        name = (line.part_name_zh or line.part_name) if lang == "zh_CN" else line.part_name
        rows.append([str(index), para(line.tag), [para(line.claim), para(line.vin, "small")],
                     para(line.part_no), para(name), qty(line.quantity),
                     para(line.fault_code), day(line.repair_date)])
    if not lines:
        rows.append([""] + [para(tr.lang(lang, "The shipment is empty."))] + [""] * 6)
    table = _grid(rows, [8 * mm, 31 * mm, 33 * mm, 28 * mm, FRAME_WIDTH - 143 * mm,
                         10 * mm, 13 * mm, 20 * mm], head=True)
    table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "RIGHT")]))
    sign = Table([[para(label, "small") for label in (
        tr.lang(lang, "Packed by"), tr.lang(lang, "Carrier"),
        tr.lang(lang, "Received by"))], ["", "", ""]],
        colWidths=[FRAME_WIDTH / 3] * 3, rowHeights=[None, 16 * mm])
    sign.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID),
                              ("BACKGROUND", (0, 0), (-1, 0), HEAD)]))
    def page_number(canvas, doc):
        canvas.saveState()
        canvas.setFont(cjk_font(), 7)
        canvas.drawString(15 * mm, 8 * mm, tr.lang(lang, "Return shipment {number} — page {page}",
                                                   number=shipment.number, page=doc.page))
        canvas.restoreState()
    out = io.BytesIO()
    document(out, title, on_page=page_number).build(
        [head, Spacer(1, 5 * mm), table, Spacer(1, 10 * mm), sign])
    return out.getvalue()


def write(shipment_no, path, lang: str | None = None):
    return write_atomic(path, render(shipment_no, lang))
