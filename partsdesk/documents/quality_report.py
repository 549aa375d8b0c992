"""The quality analysis as a PDF report: the filters it was made with, the table of groups, the
charts drawn as vectors (bars, the trend by month, a Pareto), the months-in-service matrix and
claims per 100 vehicles with how that rate is defined; in English or Chinese.

The figures are the analysis service's own (``services.quality``), so the report says what the
quality page and the workbook say. Landscape A4: the table has thirteen columns.
"""

from __future__ import annotations

import io
import math
from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from partsdesk import i18n
from partsdesk.documents.flowables import day, document, money, para, qty
from partsdesk.documents.fonts import cjk_font
from partsdesk.documents.pdf import write_atomic
from partsdesk.i18n import Translator
from partsdesk.services import codes, quality
from partsdesk.services.quality import OTHER, QualityFilters
from partsdesk.services.quality_labels import CODED, group_code, group_label, group_name

tr = Translator("QualityReport")

PAGE = landscape(A4)
WIDTH = PAGE[0] - 30 * mm
HEAD = colors.HexColor("#DDE4F0")
GRID = colors.HexColor("#9AA5B4")
BAR = colors.HexColor("#2563EB")
REST = colors.HexColor("#94A3B8")
LINE = colors.HexColor("#EA580C")
MUTED = colors.HexColor("#64748B")
HEAT = ["#F1F5F9", "#BFDBFE", "#60A5FA", "#2563EB", "#1E3A8A"]
CHART_GROUPS = 20
MATRIX_COLUMNS = 40             # months in service per block of the matrix table

HEADERS = (tr.mark("Code"), tr.mark("Name"), tr.mark("Claims"), tr.mark("Part lines"),
           tr.mark("Quantity"), tr.mark("Parts cost"), tr.mark("Labour"), tr.mark("Other"),
           tr.mark("Total claimed"), tr.mark("Charge-backs"), tr.mark("Settled"),
           tr.mark("Average per claim"), tr.mark("Share"))


def render(actor, by: str, filters: QualityFilters = QualityFilters(), *,
           then: str | None = None, top: int | None = None, lang: str | None = None) -> bytes:
    """The report of the claims ``filters`` select grouped by ``by`` (and ``then``), as PDF
    bytes. Needs the right to read the quality analysis."""
    from partsdesk.services.permissions import require
    require(actor, "quality.read")
    lang = lang or i18n.language()
    groups = quality.analyse(by, filters, then=then, top=top, language=lang)
    months = quality.trend(filters, language=lang)
    dimension = quality.tr.lang(lang, quality.DIMENSIONS.get(by, by))
    if then:
        dimension = tr.lang(lang, "{first}, then {second}", first=dimension,
                            second=quality.tr.lang(lang, quality.DIMENSIONS.get(then, then)))
    title = tr.lang(lang, "Quality analysis: claims by {dimension}", dimension=dimension)
    printed = tr.lang(lang, "Printed {time} by {user}", time=datetime.now().strftime(
        "%Y-%m-%d %H:%M"), user=actor.full_name or actor.username)

    story = [para(title, "title"), para(printed, "small"), Spacer(1, 3 * mm),
             _filters(filters, then, top, months, lang), Spacer(1, 5 * mm),
             para(tr.lang(lang, "Groups"), "heading"),
             _groups(groups, (by,) if then is None else (by, then), lang)]
    if groups:
        story += [CondPageBreak(80 * mm), Spacer(1, 5 * mm), _charts(groups, months, by, then,
                                                                    lang)]
        if then is None:
            story += [CondPageBreak(80 * mm), Spacer(1, 4 * mm),
                      KeepTogether([para(tr.lang(lang, "Pareto of total claimed"), "heading"),
                                    _pareto(groups, by, lang)])]
    story += [CondPageBreak(40 * mm), Spacer(1, 5 * mm)] + _matrix(quality.mis_matrix(filters),
                                                                    lang)
    story += [CondPageBreak(40 * mm), Spacer(1, 5 * mm)] + _rates(filters, lang)
    out = io.BytesIO()
    document(out, title, PAGE, _footer(title)).build(story)
    return out.getvalue()


def write(actor, path, by: str, filters: QualityFilters = QualityFilters(), **options):
    """Render and write the report (checked before any file is written)."""
    return write_atomic(path, render(actor, by, filters, **options))


def _footer(title: str):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(cjk_font(), 7)
        canvas.drawString(15 * mm, 8 * mm, f"{title} — {doc.page}")
        canvas.restoreState()
    return draw


def _grid(rows, widths, right_from: int = 0, size: float = 7.5, head: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if head else 0, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), cjk_font(), size),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("GRID", (0, 0), (-1, -1), 0.4, GRID),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    if right_from:
        style.append(("ALIGN", (right_from, 0), (-1, -1), "RIGHT"))
    table.setStyle(TableStyle(style))
    return table


# --- what was analysed ------------------------------------------------------------------------

def _code(table: str, code: str, lang: str) -> str:
    row = codes.TABLES[table].model.get_or_none(codes.TABLES[table].model.code == code)
    return codes.code_text(row, lang) if row else code


def _filters(filters: QualityFilters, then, top, months, lang: str) -> Table:
    anything = tr.lang(lang, "any")
    period = (f"{day(filters.date_from) or '…'} – {day(filters.date_to) or '…'}"
              if filters.date_from or filters.date_to else tr.lang(lang, "every repair date"))
    claims = sum(g.measures.claims for g in months)         # each claim in one month
    total = sum((g.measures.total_claimed for g in months), quality.Measures().total_claimed)
    pairs = [
        (tr.lang(lang, "Repair dates"), period),
        (tr.lang(lang, "Vehicle model"),
         _code("vehicle_models", filters.model, lang) if filters.model else anything),
        (tr.lang(lang, "Part category"),
         _code("part_categories", filters.category, lang) if filters.category else anything),
        (tr.lang(lang, "Fault code"),
         _code("fault_codes", filters.fault, lang) if filters.fault else anything),
        (tr.lang(lang, "States"), quality.tr.lang(lang, quality.STATE_GROUP_NAMES.get(
            filters.states, filters.states))),
        (tr.lang(lang, "Top"), tr.lang(lang, "the {n} largest groups, the rest summed", n=top)
         if top else tr.lang(lang, "every group")),
        (tr.lang(lang, "Claims selected"), tr.plural(claims, "{n} claim, {total} claimed",
                                                     "{n} claims, {total} claimed", lang=lang,
                                                     total=money(total))),
    ]
    rows = [[para(k, "small"), para(v)] for k, v in pairs]
    table = Table(rows, colWidths=[34 * mm, 110 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


# --- the table of groups ----------------------------------------------------------------------

def _groups(groups, dimensions, lang: str):
    if not groups:
        return para(tr.lang(lang, "No claims for these filters."))
    rows = [[para(tr.lang(lang, h), "small") for h in HEADERS]]
    for group in groups:
        m = group.measures
        rows.append([para(group_code(group), "small"), para(group_name(group, dimensions), "small"),
                     f"{m.claims:,}", f"{m.part_lines:,}", qty(m.quantity), money(m.parts_cost),
                     money(m.labour_cost), money(m.other), money(m.total_claimed),
                     money(m.charge_backs), money(m.settled), money(m.average_per_claim),
                     f"{float(m.share) * 100:.1f}%"])
    numbers = [13 * mm, 14 * mm, 14 * mm, 19 * mm, 17 * mm, 15 * mm, 20 * mm, 21 * mm,
               19 * mm, 19 * mm, 13 * mm]
    code = 30 * mm
    return _grid(rows, [code, WIDTH - code - sum(numbers)] + numbers, right_from=2)


# --- charts -----------------------------------------------------------------------------------

def _short(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def _ranked(groups):
    return sorted(groups, key=lambda g: (g.key == OTHER, -g.measures.total_claimed))


def _axis_text(value) -> str:
    return f"{value:,.0f}"


def _bars(groups, lang: str, width: float, height: float) -> Drawing:
    """Horizontal bars of total claimed, the largest at the top."""
    shown = _ranked(groups)[:CHART_GROUPS]
    height = min(height, 10 * mm + 4 * mm + max(len(shown), 4) * 6 * mm)   # bars of one size
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 52 * mm, 10 * mm
    chart.width, chart.height = width - chart.x - 16 * mm, height - chart.y - 4 * mm
    values = [float(g.measures.total_claimed) for g in reversed(shown)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_short(group_label(g), 34) for g in reversed(shown)]
    _style_axes(chart, category_size=6.5)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.maximumTicks = 4        # amounts of nine digits side by side
    chart.valueAxis.labelTextFormat = _axis_text
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:,.2f}"
    chart.barLabels.fontName = cjk_font()
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    for index, group in enumerate(reversed(shown)):
        if group.key == OTHER:
            chart.bars[(0, index)].fillColor = REST
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 1.5 * mm, tr.lang(lang, "Total claimed"),
                       fontName=cjk_font(), fontSize=7, fillColor=MUTED, textAnchor="middle"))
    return drawing


def _trend(months, lang: str, width: float, height: float) -> Drawing:
    """Total claimed per month, months without claims as zero."""
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 18 * mm, 12 * mm
    chart.width, chart.height = width - chart.x - 6 * mm, height - chart.y - 8 * mm
    chart.data = [[float(g.measures.total_claimed) for g in months]]
    step = max(1, len(months) // 12)
    chart.categoryAxis.categoryNames = [str(g.key) if i % step == 0 else ""
                                        for i, g in enumerate(months)]
    _style_axes(chart, category_size=6)
    chart.categoryAxis.labels.angle = 35 if len(months) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(months) > 8 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_text
    chart.lines[0].strokeColor = BAR
    chart.lines[0].strokeWidth = 1.5
    chart.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=BAR)
    drawing.add(chart)
    drawing.add(String(2 * mm, chart.y + chart.height + 3 * mm, tr.lang(lang, "Total claimed"),
                       fontName=cjk_font(), fontSize=7, fillColor=MUTED))
    return drawing


def _pareto(groups, by: str, lang: str, width: float = WIDTH, height: float = 75 * mm):
    """Bars of total claimed from the largest down, and the running share of the whole as a
    line on its own percentage axis at the right (with a dashed line at 80 %)."""
    ranked = _ranked(groups)
    running, cumulative = 0.0, []
    for group in ranked:
        running += float(group.measures.share)
        cumulative.append(running)
    shown = ranked[:25]
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 20 * mm, 14 * mm
    chart.width, chart.height = width - chart.x - 18 * mm, height - chart.y - 8 * mm
    chart.data = [[float(g.measures.total_claimed) for g in shown]]
    chart.categoryAxis.categoryNames = [
        _short(str(g.key) if by in CODED and g.key not in (None, OTHER) else group_label(g), 14)
        for g in shown]
    _style_axes(chart, category_size=6)
    if len(shown) > 10:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _axis_text
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    for index, group in enumerate(shown):
        if group.key == OTHER:
            chart.bars[(0, index)].fillColor = REST
    drawing.add(chart)
    share_top = max(1.0, math.ceil(max(cumulative) * 4 - 1e-9) / 4)
    right = chart.x + chart.width

    def y_of(share: float) -> float:
        return chart.y + chart.height * share / share_top
    step = 0.0
    while step <= share_top + 1e-9:
        drawing.add(Line(right, y_of(step), right + 2, y_of(step), strokeColor=MUTED,
                         strokeWidth=0.5))
        drawing.add(String(right + 3.5, y_of(step) - 2, f"{step * 100:.0f}%",
                           fontName=cjk_font(), fontSize=6, fillColor=MUTED))
        step += 0.25
    drawing.add(Line(right, chart.y, right, chart.y + chart.height, strokeColor=MUTED,
                     strokeWidth=0.5))
    drawing.add(Line(chart.x, y_of(0.8), right, y_of(0.8), strokeColor=LINE, strokeWidth=0.5,
                     strokeDashArray=[3, 2]))
    band = chart.width / max(len(shown), 1)
    points = []
    for index, share in enumerate(cumulative[:len(shown)]):
        points += [chart.x + band * (index + 0.5), y_of(share)]
    if len(points) >= 4:
        drawing.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.5))
    for x, y in zip(points[::2], points[1::2]):
        drawing.add(Circle(x, y, 1.6, fillColor=LINE, strokeColor=colors.white,
                           strokeWidth=0.5))
    drawing.add(String(2 * mm, chart.y + chart.height + 3 * mm, tr.lang(lang, "Total claimed"),
                       fontName=cjk_font(), fontSize=7, fillColor=MUTED))
    drawing.add(String(width, chart.y + chart.height + 3 * mm,
                       tr.lang(lang, "Cumulative share"), fontName=cjk_font(), fontSize=7,
                       fillColor=LINE, textAnchor="end"))
    return drawing


def _style_axes(chart, category_size: float) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = cjk_font()
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    chart.categoryAxis.labels.fontSize = category_size
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E2E8F0")
    chart.valueAxis.gridStrokeWidth = 0.4


def _charts(groups, months, by: str, then, lang: str) -> Table:
    """The bars and the trend side by side, each under its heading."""
    half = WIDTH / 2 - 3 * mm
    height = 82 * mm
    shown = min(len(groups), CHART_GROUPS)
    bars_title = tr.lang(lang, "Total claimed by group") if shown == len(groups) else \
        tr.lang(lang, "Total claimed: the {n} largest groups", n=shown)
    cells = [[para(bars_title, "heading"), para(tr.lang(lang, "Trend by month"), "heading")],
             [_bars(groups, lang, half, height),
              _trend(months, lang, half, height) if months else para("")]]
    table = Table(cells, colWidths=[half + 6 * mm, half])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


# --- the months-in-service matrix and claims per 100 vehicles ---------------------------------

def heat(count: int, top: int) -> colors.Color:
    """A cell's shade: the same scale from no claims to the busiest cell as on screen."""
    if count <= 0 or top <= 0:
        return colors.HexColor(HEAT[0])
    share = min(count / top, 1.0) * (len(HEAT) - 2) + 1
    low = min(int(share), len(HEAT) - 2)
    a, b = colors.HexColor(HEAT[low]), colors.HexColor(HEAT[low + 1])
    mix = share - low
    return colors.Color(a.red + (b.red - a.red) * mix, a.green + (b.green - a.green) * mix,
                        a.blue + (b.blue - a.blue) * mix)


def _matrix(matrix, lang: str) -> list:
    heading = para(tr.lang(lang, "Months-in-service matrix"), "heading")
    note = para(tr.lang(lang, "Claims by the month the vehicle's warranty started (rows) and "
                        "the whole months in service at the repair (columns)."), "small")
    if not matrix.rows:
        return [heading, para(tr.lang(lang, "No claims with a warranty start."))]
    top = max(matrix.cells.values())
    flow = [heading, note, Spacer(1, 2 * mm)]
    for start in range(0, len(matrix.columns), MATRIX_COLUMNS):
        columns = matrix.columns[start:start + MATRIX_COLUMNS]
        rows = [[tr.lang(lang, "Warranty start")] + [str(c) for c in columns]]
        style = []
        for r, month in enumerate(matrix.rows, start=1):
            counts = [matrix.claims(month, c) for c in columns]
            rows.append([month] + [str(n) if n else "" for n in counts])
            for c, n in enumerate(counts, start=1):
                if n:
                    style.append(("BACKGROUND", (c, r), (c, r), heat(n, top)))
                    if n / top > 0.55:
                        style.append(("TEXTCOLOR", (c, r), (c, r), colors.white))
        cell = min(9 * mm, (WIDTH - 24 * mm) / len(columns))
        table = _grid(rows, [24 * mm] + [cell] * len(columns), right_from=1, size=6.5)
        table.setStyle(TableStyle(style + [("ALIGN", (1, 0), (-1, -1), "CENTER")]))
        flow += [table, Spacer(1, 3 * mm)]
    flow.append(para(tr.lang(lang, "Columns: whole months in service."), "small"))
    return flow


def _rates(filters: QualityFilters, lang: str) -> list:
    by_model = quality.claims_per_100("model", filters, language=lang)
    by_month = quality.claims_per_100("warranty_month", filters, language=lang)
    head = [tr.lang(lang, "Vehicles"), tr.lang(lang, "Claims"), tr.lang(lang, "Per 100")]

    def table(first: str, rates, label_width: float, across: int) -> Table:
        """The rates in ``across`` side-by-side runs of rows, like a newspaper's columns."""
        down = max(math.ceil(len(rates) / across), 1)
        rows = [([para(first, "small")] + head) * across]
        for row in range(down):
            cells = []
            for run in range(across):
                index = run * down + row
                rate = rates[index] if index < len(rates) else None
                cells += [para(rate.label, "small"), f"{rate.vehicles:,}", f"{rate.claims:,}",
                          f"{rate.per_100:.2f}"] if rate else ["", "", "", ""]
            rows.append(cells)
        table = _grid(rows, [label_width, 20 * mm, 18 * mm, 18 * mm] * across, right_from=1)
        table.setStyle(TableStyle([("ALIGN", (4 * run, 0), (4 * run, -1), "LEFT")
                                   for run in range(across)]))
        return table
    return [para(tr.lang(lang, "Claims per 100 vehicles"), "heading"),
            para(quality.tr.lang(lang, quality.RATE_DEFINITION), "small"), Spacer(1, 2 * mm),
            table(tr.lang(lang, "Vehicle model"), by_model, 62 * mm,
                  2 if len(by_model) > 12 else 1), Spacer(1, 4 * mm),
            table(tr.lang(lang, "Warranty start"), by_month, 24 * mm,
                  3 if len(by_month) > 12 else 1)]
