"""The count sheet: what to count, location by location, with room to write the count.

A blind sheet (the default) leaves out the expected quantities so the counters count what is
there rather than confirm the books. The count number is a barcode: scanning it opens the count.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from partsdesk import i18n
from partsdesk.documents import numbered_page
from partsdesk.documents.pdf import escape, styles, write_atomic
from partsdesk.i18n import Translator
from partsdesk.services import counting
from partsdesk.services.stock import qty_text

tr = Translator("CountSheet")


def render(count_no: str, lang: str | None = None, show_expected: bool = False) -> bytes:
    lang = lang or i18n.language()
    count = counting.get_count(count_no)
    style = styles()
    by_location: dict[str, list] = {code: [] for code in counting.count_locations(count.number)}
    for line in counting.lines(count.number):
        by_location.setdefault(line.location, []).append(line)
    title = tr.lang(lang, "Stock count {number}", number=count.number)
    started = tr.lang(lang, "Started {time} by {user}. {note}",
                      time=count.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                      user=count.created_by.username if count.created_by else "",
                      note=count.note)
    story = [Paragraph(escape(title), style["title"]), Paragraph(escape(started), style["body"]),
             Spacer(1, 4 * mm)]
    for code, rows in by_location.items():
        story += [CondPageBreak(30 * mm),
                  Paragraph(escape(tr.lang(lang, "Location {code}", code=code)), style["heading"]),
                  _table(rows, lang, style, show_expected), Spacer(1, 3 * mm)]
    story += [Spacer(1, 10 * mm), Paragraph(escape(tr.lang(
        lang, "Counted by: ____________________    Checked by: ____________________    "
        "Date: ____________")), style["body"])]
    footer = tr.lang(lang, "Stock count {number} — printed {time} — page", number=count.number,
                     time=datetime.now().strftime("%Y-%m-%d %H:%M"))
    return numbered_page.build(story, title, count.number, footer)


def write(count_no: str, path, lang: str | None = None, show_expected: bool = False):
    return write_atomic(path, render(count_no, lang, show_expected))


def _table(rows, lang, style, show_expected: bool) -> Table:
    head = [tr.lang(lang, "Part No."), tr.lang(lang, "Name"), tr.lang(lang, "Unit")]
    widths = [42 * mm, 78 * mm, 14 * mm]
    if show_expected:
        head.append(tr.lang(lang, "Expected"))
        widths.append(20 * mm)
    head.append(tr.lang(lang, "Counted"))
    widths.append(180 * mm - sum(widths))
    cells = [[Paragraph(escape(h), style["small"]) for h in head]]
    for line in rows:
        name = f"{line.name} {line.name_zh}".strip()
        row = [Paragraph(escape(line.part_no), style["body"]),
               Paragraph(escape(name), style["body"]), line.unit]
        if show_expected:
            row.append(qty_text(line.expected))
        row.append("")
        cells.append(row)
    if len(cells) == 1:
        empty = tr.lang(lang, "Nothing on the books here: write down what you find.")
        cells.append([Paragraph(escape(empty), style["small"])] + [""] * (len(head) - 1))
    return numbered_page.ruled_table(cells, widths, right_from=(3, 1),
                                     rowHeights=[None] + [9 * mm] * (len(cells) - 1))
