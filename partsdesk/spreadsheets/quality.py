"""The quality analysis to Excel: a Data sheet (one row per group), a bar chart of total claimed
per group and a Pareto (bars of total claimed with the cumulative share as a line), as native
Excel charts that read their figures from the sheets; or the months-in-service matrix on a sheet
of its own, shaded by Excel's own colour scale."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from partsdesk.i18n import Translator, language
from partsdesk.services import quality
from partsdesk.services.quality import QualityFilters
from partsdesk.spreadsheets.cells import FORMULA_STARTS

tr = Translator("QualityExport")

MONEY = "#,##0.00"
COUNT = "#,##0"
SHARE = "0.0%"

DATA_SHEET = tr.mark("Data")
CHART_SHEET = tr.mark("Total claimed")
PARETO_SHEET = tr.mark("Pareto")
MATRIX_SHEET = tr.mark("Months in service")
HEADERS = (tr.mark("Code"), tr.mark("Name"), tr.mark("Claims"), tr.mark("Part lines"),
           tr.mark("Parts cost"), tr.mark("Labour cost"), tr.mark("Total claimed"),
           tr.mark("Charge-backs"), tr.mark("Settled"))
FORMATS = (None, None, COUNT, COUNT, MONEY, MONEY, MONEY, MONEY, MONEY)
WIDTHS = (18, 36, 9, 10, 13, 13, 14, 13, 13)
TOTAL_COLUMN = 7        # G: total claimed on the Data sheet


def _text(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _pair(value, none: str) -> str:
    parts = value if isinstance(value, tuple) else (value,)
    return " / ".join(none if part is None else _text(part) for part in parts)


def _header(sheet, headers, lang, widths) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    sheet.append([tr.lang(lang, h) for h in headers])
    for index, width in enumerate(widths, start=1):
        sheet.cell(row=1, column=index).font = Font(bold=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def export_file(actor, path, by: str, filters: QualityFilters = QualityFilters(),
                then: str | None = None, top: int | None = None,
                lang: str | None = None) -> int:
    """Write the analysis of ``filters`` grouped by ``by`` (and ``then``) to ``path``; returns
    the number of groups. Needs the right to read the quality analysis, checked before any file
    is written."""
    from partsdesk.services.permissions import require
    require(actor, "quality.read")
    import openpyxl
    from openpyxl.chart import BarChart, LineChart, Reference

    lang = lang or language()
    groups = quality.analyse(by, filters, then=then, top=top, language=lang)
    none = tr.lang(lang, "(none)")

    book = openpyxl.Workbook()
    data = book.active
    data.title = tr.lang(lang, DATA_SHEET)
    _header(data, HEADERS, lang, WIDTHS)
    for group in groups:
        m = group.measures
        data.append([_pair(group.key, none) if group.key != quality.OTHER else None,
                     _pair(group.label, none), m.claims, m.part_lines, m.parts_cost,
                     m.labour_cost, m.total_claimed, m.charge_backs, m.settled])
    for row in data.iter_rows(min_row=2):
        for cell, number_format in zip(row, FORMATS):
            if number_format:
                cell.number_format = number_format
    last = len(groups) + 1

    chart_sheet = book.create_sheet(tr.lang(lang, CHART_SHEET))
    bar = BarChart()
    bar.title = tr.lang(lang, "Total claimed by {dimension}",
                        dimension=quality.tr.lang(lang, quality.DIMENSIONS.get(by, by)))
    bar.y_axis.title = tr.lang(lang, "Total claimed")
    bar.y_axis.numFmt = MONEY
    bar.add_data(Reference(data, min_col=TOTAL_COLUMN, min_row=1, max_row=max(last, 2)),
                 titles_from_data=True)
    bar.set_categories(Reference(data, min_col=2, min_row=2, max_row=max(last, 2)))
    bar.width, bar.height = 24, 12
    chart_sheet.add_chart(bar, "A1")

    pareto_sheet = book.create_sheet(tr.lang(lang, PARETO_SHEET))
    _header(pareto_sheet, (tr.mark("Code"), tr.mark("Name"), tr.mark("Total claimed"),
                           tr.mark("Cumulative share")), lang, (18, 36, 14, 16))
    rows = quality.pareto(by, filters, language=lang) if then is None else []
    for row in rows:
        pareto_sheet.append([_pair(row.group.key, none), _pair(row.group.label, none),
                             row.group.measures.total_claimed,
                             Decimal(row.cumulative_share)])
    for cells in pareto_sheet.iter_rows(min_row=2):
        cells[2].number_format = MONEY
        cells[3].number_format = SHARE
    end = max(len(rows) + 1, 2)
    bars = BarChart()
    bars.title = tr.lang(lang, "Pareto of total claimed")
    bars.add_data(Reference(pareto_sheet, min_col=3, min_row=1, max_row=end),
                  titles_from_data=True)
    bars.set_categories(Reference(pareto_sheet, min_col=1, min_row=2, max_row=end))
    bars.y_axis.title = tr.lang(lang, "Total claimed")
    bars.y_axis.numFmt = MONEY
    line = LineChart()
    line.add_data(Reference(pareto_sheet, min_col=4, min_row=1, max_row=end),
                  titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.title = tr.lang(lang, "Cumulative share")
    line.y_axis.numFmt = SHARE
    line.y_axis.crosses = "max"
    bars += line
    bars.width, bars.height = 24, 12
    pareto_sheet.add_chart(bars, "F2")

    path = Path(path)
    book.save(path)
    return len(groups)


def export_matrix(actor, path, filters: QualityFilters = QualityFilters(),
                  lang: str | None = None) -> int:
    """Write the months-in-service matrix of ``filters`` to ``path``: a row per month in which
    vehicles entered warranty, a column per whole month in service, claims in the cells, under
    a colour scale; returns the number of rows. Needs the right to read the quality analysis,
    checked before any file is written."""
    from partsdesk.services.permissions import require
    require(actor, "quality.read")
    import openpyxl
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    lang = lang or language()
    matrix = quality.mis_matrix(filters)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = tr.lang(lang, MATRIX_SHEET)
    sheet.append([tr.lang(lang, "Warranty start")] + matrix.columns)
    for month in matrix.rows:
        sheet.append([month] + [matrix.claims(month, column) for column in matrix.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 16
    for index in range(2, len(matrix.columns) + 2):
        sheet.column_dimensions[get_column_letter(index)].width = 6
    sheet.freeze_panes = "B2"
    if matrix.rows:
        cells = f"B2:{get_column_letter(len(matrix.columns) + 1)}{len(matrix.rows) + 1}"
        for row in sheet[cells]:
            for cell in row:
                cell.number_format = COUNT
        sheet.conditional_formatting.add(cells, ColorScaleRule(
            start_type="num", start_value=0, start_color="F1F5F9",
            end_type="max", end_color="1E3A8A"))
    sheet.append([])
    sheet.append([tr.lang(lang, "Rows: the month the vehicle's warranty started; columns: whole "
                              "months in service at the repair; cells: claims.")])
    book.save(Path(path))
    return len(matrix.rows)
