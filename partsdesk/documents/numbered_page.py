"""An A4 warehouse document whose number is printed as a barcode in the top right corner of
every page, so scanning the paper opens the record; a footer names it and counts the pages.

The count sheet and the receipt discrepancy report are built this way, with one ruled table per
list of items.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from partsdesk.documents import barcodes
from partsdesk.documents.fonts import cjk_font

HEAD = colors.HexColor("#DDE4F0")


def build(story: list, title: str, number: str, footer: str) -> bytes:
    """The PDF bytes of ``story``; ``footer`` is followed by the page number."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=title,
                            author="PartsDesk")
    decorate = _decorator(number, footer)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def ruled_table(cells: list, widths: list, right_from: tuple[int, int], **options) -> Table:
    """A gridded table with a shaded heading row; cells from ``right_from`` (column, row) to the
    bottom right are right-aligned (the quantities)."""
    table = Table(cells, colWidths=widths, repeatRows=1, **options)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cjk_font(), 9),
        ("ALIGN", right_from, (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ]))
    return table


def _decorator(number: str, footer: str):
    symbol = barcodes.fit(number, 60 * mm)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        width, height = A4
        barcodes.draw(canvas, symbol, width - 75 * mm, height - 22 * mm, 60 * mm, 12 * mm)
        canvas.setFont(cjk_font(), 8)
        canvas.drawString(15 * mm, 8 * mm, f"{footer} {doc.page}")
        canvas.restoreState()
    return decorate
