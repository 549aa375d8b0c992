"""Defective-part tags on the label layouts of ``labels`` (A4 sheets and thermal rolls).

The tag travels with the failed part: its number as text and as a barcode (scanning it books the
part into the defective store, into a shipment, or receives it), and what the receiver needs to
know without a screen: claim, VIN, part, quantity, fault code and repair date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from reportlab.lib.units import mm

from partsdesk import i18n
from partsdesk.documents import labels
from partsdesk.documents.fonts import LATIN_BOLD, cjk_font
from partsdesk.documents.labels import Box, Layout, _barcode_zone, _clamp, _text_line
from partsdesk.i18n import Translator

tr = Translator("Tags")

DEFAULT_A4 = "a4-2x7"           # 99.1 × 38.1 mm: room for every line of the tag
DEFAULT_ROLL = "roll-100x50"


@dataclass(frozen=True)
class TagLabel:
    number: str
    claim: str
    vin: str
    part_no: str
    part_name: str
    quantity: str
    fault_code: str
    repair_date: str


def tag_label(tag, lang: str | None = None) -> TagLabel:
    """What a DefectTag prints, names in ``lang``."""
    from partsdesk.documents.flowables import qty
    lang = lang or i18n.language()
    claim, part = tag.claim, tag.part
    name = (part.name_zh or part.name) if lang == "zh_CN" else (part.name or part.name_zh)
    return TagLabel(tag.number, claim.number, claim.vehicle.vin, part.part_no, name or "",
                    qty(tag.quantity), claim.fault_code.code if claim.fault_code else "",
                    tag.repair_date.isoformat())


def draw_tag(canvas, item: TagLabel, box: Box, lang: str | None = None) -> None:
    """Title and tag number on top, the facts in small lines, the barcode across the bottom."""
    lang = lang or i18n.language()
    height_mm = box.height / mm
    x, width = box.x + box.padding, box.width - 2 * box.padding
    top = box.y + box.height - box.padding
    big = _clamp(height_mm * 0.30, 9, 16)
    small = _clamp(height_mm * 0.17, 5.5, 8.5)
    font = cjk_font()
    title = tr.lang(lang, "DEFECTIVE PART — return")
    title_width = min(width * 0.42, labels.text_width(title, font, small) + 2)
    _text_line(canvas, title, font, small, x + width - title_width, top, title_width, 5)
    line = _text_line(canvas, item.number, LATIN_BOLD, big, x, top, width - title_width - 2, 7)
    for text in (
            tr.lang(lang, "Claim {claim}   VIN {vin}", claim=item.claim, vin=item.vin),
            tr.lang(lang, "{part_no} × {qty}  {name}", part_no=item.part_no, qty=item.quantity,
                    name=item.part_name),
            tr.lang(lang, "Fault {fault}   Repaired {date}", fault=item.fault_code or "—",
                    date=item.repair_date)):
        line = _text_line(canvas, text, font, small, x, line - small * 0.45, width, 5)
    bars = max(7 * mm, min(line - small * 0.5 - (box.y + box.padding), box.height * 0.40))
    _barcode_zone(canvas, item.number, box, bars)


def render_tags(tags: Iterable, layout: Layout | str = DEFAULT_A4, start: int = 1,
                copies: int = 1, lang: str | None = None, output=None,
                outlines: bool = False) -> bytes:
    """Tags (DefectTag or TagLabel) as PDF bytes on a label layout."""
    lang = lang or i18n.language()
    layout = labels.get_layout(layout) if isinstance(layout, str) else layout
    items = [t if isinstance(t, TagLabel) else tag_label(t, lang) for t in tags]
    return labels.render(items, lambda c, item, box: draw_tag(c, item, box, lang), layout,
                         start, copies, title=tr.lang(lang, "Defective-part tags"),
                         output=output, outlines=outlines)


def draw_sheet(canvas, items: list[TagLabel], layout: Layout, lang: str) -> None:
    """Tags of one A4 sheet at their positions, outlined (for a claim package page)."""
    for slot, item in enumerate(items[:layout.per_page]):
        x, y = layout.origin(slot)
        box = Box(x, y, layout.label_width * mm, layout.label_height * mm, layout.dpi,
                  layout.padding * mm)
        canvas.setLineWidth(0.25)
        canvas.setStrokeGray(0.6)
        canvas.setDash(2, 2)
        canvas.rect(x, y, box.width, box.height)
        canvas.setDash()
        canvas.setFillGray(0)
        draw_tag(canvas, item, box, lang)
