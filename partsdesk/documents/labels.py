"""Part labels and bin labels on A4 label sheets or thermal rolls.

A layout is data — page, grid, label size, margins, gaps, printer resolution — so a new label
stock is a few numbers in LAYOUTS. ``render`` places any kind of label on a layout (defective-part
tags reuse it with their own drawing function); a partly used sheet starts at position ``start``.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Callable, Iterable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from partsdesk import __version__, i18n
from partsdesk.documents import barcodes
from partsdesk.documents.barcodes import LASER_DPI, THERMAL_DPI
from partsdesk.documents.fonts import LATIN_BOLD, cjk_font, text_width
from partsdesk.documents.pdf import write_atomic
from partsdesk.i18n import Translator
from partsdesk.services.errors import ValidationError
from partsdesk.services.locations import LABEL_PREFIX, KIND_NAMES

tr = Translator("Labels")


@dataclass(frozen=True)
class Layout:
    """A label stock. Lengths in millimetres; positions count row by row from the top left."""
    name: str
    title: str                      # marked for translation; show with tr(layout.title)
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    dpi: int = LASER_DPI
    padding: float = 2.5            # blank border inside each label (die-cut tolerance)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def is_roll(self) -> bool:
        return self.per_page == 1

    def origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner, in points, of the label at ``slot`` (0-based) on its page."""
        row, column = divmod(slot, self.columns)
        x = self.margin_left + column * (self.label_width + self.gap_x)
        top = self.margin_top + row * (self.label_height + self.gap_y)
        return x * mm, (self.page_height - top - self.label_height) * mm


def _sheet(name, title, columns, rows, width, height, left=0.0, top=0.0, gap_x=0.0, gap_y=0.0):
    return Layout(name, title, 210.0, 297.0, columns, rows, width, height, left, top, gap_x, gap_y)


def _roll(name, title, width, height):
    return Layout(name, title, width, height, 1, 1, width, height, dpi=THERMAL_DPI, padding=2.0)


LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (
    _sheet("a4-3x8", tr.mark("A4 sheet, 3 × 8 labels of 70 × 37 mm"), 3, 8, 70.0, 37.0, top=0.5),
    _sheet("a4-3x10", tr.mark("A4 sheet, 3 × 10 labels of 70 × 29.7 mm"), 3, 10, 70.0, 29.7),
    _sheet("a4-2x7", tr.mark("A4 sheet, 2 × 7 labels of 99.1 × 38.1 mm"), 2, 7, 99.1, 38.1,
           left=4.65, top=15.15, gap_x=2.5),
    _sheet("avery-l7160", tr.mark("A4 sheet, Avery L7160 style, 3 × 7 labels of 63.5 × 38.1 mm"),
           3, 7, 63.5, 38.1, left=7.25, top=15.15, gap_x=2.5),
    _roll("roll-50x30", tr.mark("Thermal roll, 50 × 30 mm"), 50.0, 30.0),
    _roll("roll-60x40", tr.mark("Thermal roll, 60 × 40 mm"), 60.0, 40.0),
    _roll("roll-100x50", tr.mark("Thermal roll, 100 × 50 mm"), 100.0, 50.0),
)}
DEFAULT_LAYOUT = "a4-3x8"


def get_layout(name: str) -> Layout:
    layout = LAYOUTS.get((name or "").strip().lower())
    if layout is None:
        raise ValidationError(tr("Unknown label layout \"{name}\". Layouts: {names}.", name=name,
                                 names=", ".join(LAYOUTS)), field="layout")
    return layout


@dataclass(frozen=True)
class Box:
    """Where one label is drawn: bottom-left corner and size in points, and its printer."""
    x: float
    y: float
    width: float
    height: float
    dpi: int
    padding: float                  # points


# --- placing labels on pages -----------------------------------------------------------------

def render(items: Iterable, draw_one: Callable, layout: Layout, start: int = 1, copies: int = 1,
           title: str = "", output=None, outlines: bool = False) -> bytes:
    """Draw ``draw_one(canvas, item, box)`` for each item (``copies`` times, side by side) on
    ``layout``, the first at position ``start`` of the first sheet. Returns the PDF bytes and
    writes them to ``output`` when given. ``outlines`` draws label borders (plain-paper proofs).
    """
    if layout.is_roll:
        start = 1                   # a roll has no partly used sheet
    if start < 1 or start > layout.per_page:
        raise ValidationError(tr("Start position {start} is not on a {layout} sheet: use 1 to "
                                 "{last}.", start=start, layout=layout.name,
                                 last=layout.per_page), field="start")
    if copies < 1:
        raise ValidationError(tr("The number of copies must be at least 1."), field="copies")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(layout.page_width * mm, layout.page_height * mm),
                    pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator(f"PartsDesk {__version__}")
    slot, drawn = start - 1, 0
    for item in items:
        for _ in range(copies):
            if slot == layout.per_page:
                canvas.showPage()
                slot = 0
            x, y = layout.origin(slot)
            box = Box(x, y, layout.label_width * mm, layout.label_height * mm, layout.dpi,
                      layout.padding * mm)
            if outlines:
                canvas.setLineWidth(0.25)
                canvas.setStrokeGray(0.75)
                canvas.roundRect(x, y, box.width, box.height, 1.5 * mm)
            canvas.setFillGray(0)
            draw_one(canvas, item, box)
            slot, drawn = slot + 1, drawn + 1
    if not drawn:
        raise ValidationError(tr("There are no labels to print."))
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if output is not None:
        write_atomic(output, data)
    return data


# --- fitting text ----------------------------------------------------------------------------

def fit_text(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """Shrink ``text`` from ``size`` down to ``smallest`` points to fit ``width``; if it still
    does not fit, cut it with an ellipsis."""
    text = " ".join(str(text or "").split())
    while size > smallest and text_width(text, font, size) > width:
        size = max(smallest, size - 0.5)
    if text_width(text, font, size) <= width:
        return text, size
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…", size


CAP_HEIGHT = 0.76      # of the font size, near enough for Helvetica and WenQuanYi Micro Hei


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _text_line(canvas, text, font, size, x, top, width, smallest, align="left") -> float:
    """Draw one line whose capitals hang from ``top``, shrunk to fit; return its baseline."""
    text, size = fit_text(text, font, size, width, smallest)
    baseline = top - size * CAP_HEIGHT
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x + width, baseline, text)
    elif align == "center":
        canvas.drawCentredString(x + width / 2, baseline, text)
    else:
        canvas.drawString(x, baseline, text)
    return baseline


EDGE = 1 * mm       # the quiet zones may reach into the padding, not to the cut


def _barcode_zone(canvas, text: str, box: Box, height: float) -> None:
    """The barcode across the bottom of the label."""
    symbol = barcodes.fit(text, box.width - 2 * EDGE, box.dpi)
    barcodes.draw(canvas, symbol, box.x + EDGE, box.y + box.padding, box.width - 2 * EDGE,
                  height, box.dpi)


def check_fits(codes: Iterable[str], layout: Layout, locations: bool = False) -> None:
    """Refuse, before a batch is rendered, the first code whose barcode cannot fit ``layout``
    (BarcodeTooWide says how wide it would be)."""
    for code in codes:
        barcodes.fit(LABEL_PREFIX + code if locations else code,
                     layout.label_width * mm - 2 * EDGE, layout.dpi)


# --- part labels -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PartLabel:
    part_no: str
    name: str = ""
    name_zh: str = ""
    bin: str = ""


def part_label(part, bin: str = "") -> PartLabel:
    """A label for a catalogue part (any object with part_no, name, name_zh)."""
    return PartLabel(part.part_no, getattr(part, "name", "") or "",
                     getattr(part, "name_zh", "") or "", bin or getattr(part, "bin", "") or "")


def draw_part_label(canvas, item, box: Box) -> None:
    """Part number big and as a barcode; English and Chinese name; the bin when known."""
    label = item if isinstance(item, PartLabel) else part_label(item)
    height_mm = box.height / mm
    x, width = box.x + box.padding, box.width - 2 * box.padding
    top = box.y + box.height - box.padding
    big = _clamp(height_mm * 0.40, 10, 22)
    small = _clamp(height_mm * 0.25, 6.5, 11)
    font = cjk_font()

    reserved = 0.0
    if label.bin:               # a framed badge at the right, so it does not read as the part
        size = _clamp(big * 0.62, 7, 13)
        pad = size * 0.3
        text, size = fit_text(label.bin, LATIN_BOLD, size, width * 0.4 - 2 * pad, 6)
        badge = text_width(text, LATIN_BOLD, size) + 2 * pad
        left, baseline = x + width - badge, top - big * CAP_HEIGHT
        canvas.setLineWidth(0.6)
        canvas.roundRect(left, baseline - pad, badge, size * CAP_HEIGHT + 2 * pad, pad)
        canvas.setFont(LATIN_BOLD, size)
        canvas.drawString(left + pad, baseline, text)
        reserved = badge + 1.5 * mm
    line = _text_line(canvas, label.part_no, LATIN_BOLD, big, x, top, width - reserved, 8)
    for text in (label.name, label.name_zh):
        if text:
            line = _text_line(canvas, text, font, small, x, line - small * 0.5, width,
                              small * 0.8)
    bars = max(7 * mm, min(line - small * 0.5 - (box.y + box.padding), box.height * 0.42))
    _barcode_zone(canvas, label.part_no, box, bars)


def render_part_labels(items: Iterable, layout: Layout | str, start: int = 1, copies: int = 1,
                       output=None, outlines: bool = False) -> bytes:
    """Part labels (PartLabel or Part objects), ``copies`` of each, as PDF bytes."""
    layout = get_layout(layout) if isinstance(layout, str) else layout
    return render(items, draw_part_label, layout, start, copies, title=tr("Part labels"),
                  output=output, outlines=outlines)



def receipt_label_items(number: str) -> list[tuple[PartLabel, object]]:
    """(label, pieces received) for each line of a receipt that has received anything, with
    the part's first bin printed on it."""
    from partsdesk.db.models import Part
    from partsdesk.services import receiving, stock
    items = []
    for line in receiving.lines(number):
        if line.received <= 0:
            continue
        part = Part.get(Part.part_no == line.part_no)
        bins = [loc.code for loc, _ in stock.locations_of(part) if loc.kind == "bin"]
        items.append((PartLabel(line.part_no, line.name, line.name_zh, bins[0] if bins else ""),
                      line.received))
    return items


def expand(items: list[tuple], per_piece: bool) -> list:
    """One label per line, or one per piece received (a part quantity of 2.5 L gets 3)."""
    if not per_piece:
        return [item for item, _ in items]
    return [item for item, pieces in items for _ in range(max(0, math.ceil(pieces)))]

# --- bin labels ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LocationLabel:
    code: str
    kind: str = ""


def draw_location_label(canvas, item, box: Box, lang: str | None = None) -> None:
    """The code big, its kind, and a barcode a scan recognises as a location (prefixed)."""
    code = item if isinstance(item, str) else item.code
    kind = "" if isinstance(item, str) else (getattr(item, "kind", "") or "")
    height_mm = box.height / mm
    x, width = box.x + box.padding, box.width - 2 * box.padding
    top = box.y + box.height - box.padding
    big = _clamp(height_mm * 0.75, 14, 48)
    small = _clamp(height_mm * 0.30, 7, 12)
    line = _text_line(canvas, code, LATIN_BOLD, big, x, top, width, 9, align="center")
    if kind:
        name = i18n.translate("Locations", KIND_NAMES.get(kind, kind), lang)
        line = _text_line(canvas, name, cjk_font(), small, x, line - small * 0.4, width, 6,
                          align="center")
    bars = max(7 * mm, min(line - small * 0.6 - (box.y + box.padding), box.height * 0.45))
    _barcode_zone(canvas, LABEL_PREFIX + code, box, bars)


def render_location_labels(codes: Iterable, layout: Layout | str, start: int = 1,
                           copies: int = 1, output=None, lang: str | None = None,
                           outlines: bool = False) -> bytes:
    """Bin labels for location codes (strings, or LocationLabel/Location objects with a kind)."""
    layout = get_layout(layout) if isinstance(layout, str) else layout
    return render(codes, lambda c, item, box: draw_location_label(c, item, box, lang), layout,
                  start, copies, title=tr("Location labels"), output=output, outlines=outlines)


def layout_title(layout: Layout) -> str:
    return tr(layout.title)


def page_count(layout: Layout, labels_count: int, start: int = 1) -> int:
    first = 1 if layout.is_roll else start
    return -(-(first - 1 + labels_count) // layout.per_page)
