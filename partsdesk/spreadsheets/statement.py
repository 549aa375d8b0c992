"""The settlement statement of a batch as an Excel workbook: one sheet of claims with their
amounts and totals (the figures the screen and the PDF show), one of differences (charge-backs
and the payment's). Text is made safe from formula injection;
amounts are exact decimals with a money format."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font

from partsdesk import i18n
from partsdesk.i18n import Translator
from partsdesk.services import batches, vouchers
from partsdesk.spreadsheets.writer import (HEADER_FILL, HEADER_FONT, TITLE_FONT, replacing, safe,
                                           sheet_title)

tr = Translator("StatementSheet")

MONEY = "#,##0.00"
COLUMNS = [  # header, width, money
    (tr.mark("Claim No."), 16, False), (tr.mark("Repair date"), 12, False),
    (tr.mark("VIN"), 20, False), (tr.mark("Customer"), 18, False),
    (tr.mark("Parts"), 12, True), (tr.mark("Labour"), 12, True), (tr.mark("Other"), 12, True),
    (tr.mark("Claimed"), 12, True), (tr.mark("Charge-backs"), 13, True),
    (tr.mark("To be paid"), 12, True), (tr.mark("Payment difference"), 13, True),
    (tr.mark("Paid"), 12, True), (tr.mark("Why paid less or more"), 50, False),
]
SOURCES = {"inspection": tr.mark("Inspection"), "payment": tr.mark("Payment"),
           "reversal": tr.mark("Reversal")}


def write(batch_no, path, lang: str | None = None) -> int:
    """Write the statement of ``batch_no``; returns the number of claims."""
    lang = lang or i18n.language()
    batch = batches.get_batch(batch_no)
    figures = batches.batch_figures(batch.number)     # the same figures as the screen's
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(tr.lang(lang, "Statement"))
    sheet["A1"] = safe(tr.lang(lang, "Settlement statement {number}", number=batch.number))
    sheet["A1"].font = TITLE_FONT
    organisation = vouchers.document_settings()
    sheet["A2"] = safe(" ".join(x for x in (organisation["documents.organisation"],
                                            organisation["documents.dealer_name"],
                                            organisation["documents.dealer_code"]) if x))
    sheet["A3"] = safe(tr.lang(lang, "Repair dates {start} to {end}", start=batch.period_from,
                               end=batch.period_to))
    header = 5
    for index, (label, width, _) in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=header, column=index, value=safe(tr.lang(lang, label)))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[cell.column_letter].width = width
    for row, line in enumerate(figures.lines, header + 1):
        paid = line.paid is not None
        values = [line.number, line.repair_date, line.vin, line.customer_name,
                  line.parts_amount, line.labour_amount, line.other_amount, line.claimed,
                  line.charge_backs, line.expected, line.paid_difference if paid else None,
                  line.paid, "; ".join(line.why(lang))]
        _row(sheet, row, values)
    total_row = header + len(figures.lines) + 1
    paid = figures.paid is not None
    # totals add up the lines above them (the figures' own lines, so they say what the PDF
    # says); the payment's columns stay empty until it is recorded
    unpaid = () if paid else {index for index, (label, _, _) in enumerate(COLUMNS, 1)
                              if label in ("Payment difference", "Paid")}
    _row(sheet, total_row, [tr.lang(lang, "Total")] + [None] * (len(COLUMNS) - 1), bold=True)
    for column, (_, _, is_money) in enumerate(COLUMNS, 1):
        if is_money and column not in unpaid:
            letter = sheet.cell(row=header, column=column).column_letter
            sheet.cell(row=total_row, column=column,
                       value=f"=SUM({letter}{header + 1}:{letter}{total_row - 1})")
    if paid:
        sheet.cell(row=total_row + 2, column=1, value=safe(tr.lang(
            lang, "Paid {amount} on {date}, reference {reference}",
            amount=f"{figures.paid:,.2f}", date=figures.payment_date,
            reference=figures.payment_reference)))
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    _differences(book.create_sheet(sheet_title(tr.lang(lang, "Differences"))), figures, lang)
    with replacing(path) as tmp:
        book.save(tmp)
    return len(figures.lines)


def _row(sheet, row: int, values: list, bold: bool = False) -> None:
    for column, value in enumerate(values, 1):
        cell = sheet.cell(row=row, column=column, value=safe(value))
        if COLUMNS[column - 1][2]:
            cell.number_format = MONEY
        elif column == 2:
            cell.number_format = "yyyy-mm-dd"
        if bold:
            cell.font = Font(bold=True)


def _differences(sheet, figures, lang: str) -> None:
    """Claim, source, tag, amount, the user's own words, and what the difference is in the
    reader's language (as the PDF statement prints it)."""
    heads = [("Claim No.", 16), ("Source", 12), ("Tag", 18), ("Amount", 12), ("Reason", 40),
             ("Description", 60)]
    labels = [tr.lang(lang, "Claim No."), tr.lang(lang, "Source"), tr.lang(lang, "Tag"),
              tr.lang(lang, "Amount"), tr.lang(lang, "Reason"), tr.lang(lang, "Description")]
    for index, ((_, width), label) in enumerate(zip(heads, labels), 1):
        cell = sheet.cell(row=1, column=index, value=safe(label))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[cell.column_letter].width = width
    for row, item in enumerate(figures.differences, 2):
        values = [item.claim.number, tr.lang(lang, SOURCES.get(item.source, item.source)),
                  item.tag, item.amount, item.reason, batches.difference_label(item, lang)]
        for column, value in enumerate(values, 1):
            cell = sheet.cell(row=row, column=column, value=safe(value))
            if column == 4:
                cell.number_format = MONEY
