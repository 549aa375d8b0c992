"""How the returns tabs show tags: the lines of a return shipment (coloured by where each tag is or
how it was inspected), what a shipped shipment still misses, and the red of what is late.

The shipments tab packs and ships these lines, the receipt tab receives and inspects them: both
show them the same way, from here."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from partsdesk.i18n import Translator
from partsdesk.services import claim_states, return_shipments
from partsdesk.services.stock import qty_text
from partsdesk.ui.format import RIGHT, part_name

tr = Translator("ReturnsPage")

OVERDUE_INK, OVERDUE_PAPER = "#991b1b", "#fee2e2"
# row colours of a shipment's lines, by tag state or inspection outcome
LINE_COLOURS = {claim_states.SHIPPED: "#fef3c7", claim_states.CONFIRMED: "#dcfce7",
                claim_states.NO_FAULT: "#ffedd5", claim_states.WRONG_PART: "#ffedd5",
                claim_states.MISSING: "#fee2e2"}
LINE_HEADERS = [tr.mark("Tag"), tr.mark("Claim No."), tr.mark("Part No."), tr.mark("Name"),
                tr.mark("Qty"), tr.mark("Where"), tr.mark("Inspection")]


def line_cells(line: return_shipments.ShipmentLine) -> list[QTableWidgetItem]:
    name = part_name(line.part_name, line.part_name_zh)
    values = [line.tag, line.claim, line.part_no, name, qty_text(line.quantity),
              claim_states.tag_state_name(line.state),
              claim_states.outcome_name(line.outcome) if line.outcome else ""]
    cells = [QTableWidgetItem(v) for v in values]
    cells[4].setTextAlignment(RIGHT)
    colour = LINE_COLOURS.get(line.outcome or line.state)
    for cell in cells:
        if colour:
            cell.setBackground(QBrush(QColor(colour)))
    return cells


def fill_lines(table, lines) -> None:
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        for column, cell in enumerate(line_cells(line)):
            table.setItem(row, column, cell)


def missing_text(lines) -> str:
    """What has not arrived from a shipped shipment, in one line."""
    late = [line.tag for line in lines if line.state == claim_states.SHIPPED]
    if not late:
        return tr("Every tag has arrived.")
    shown = ", ".join(late[:8]) + (" …" if len(late) > 8 else "")
    return tr("Still missing: {count} of {total} — {tags}", count=len(late),
              total=tr.plural(len(lines), "{n} tag", "{n} tags"), tags=shown)
