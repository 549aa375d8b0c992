"""Stock views to Excel: on hand by part and by location, a part's ledger, low stock, a receipt's
discrepancies and a count sheet. Each streams page by page through the same service views the
screens use, so 200,000 parts export in constant memory.
"""

from __future__ import annotations

from typing import Callable, Iterable

from partsdesk.i18n import Translator, language, translate
from partsdesk.services import counting, receiving, stock, stock_views
from partsdesk.spreadsheets.reader import CONTEXT
from partsdesk.spreadsheets.writer import StreamedSheet

tr = Translator("Spreadsheet")      # the reader's context: one Chinese word per header

QTY = "#,##0.###"
MONEY = "#,##0.00"
PAGE = 2000


def _sheet(title: str, columns: list[tuple[str, int, str | None]], lang: str) -> StreamedSheet:
    headers = [translate(CONTEXT, head, lang) for head, _, _ in columns]
    formats = {i: fmt for i, (_, _, fmt) in enumerate(columns) if fmt}
    return StreamedSheet(translate(CONTEXT, title, lang), headers, [w for _, w, _ in columns],
                         formats)


def _pages(fetch: Callable, key: Callable, **filters) -> Iterable:
    after = None
    while True:
        rows = fetch(after=after, limit=PAGE, **filters)
        yield from rows
        if len(rows) < PAGE:
            return
        after = key(rows[-1])


def _write(path, title, columns, rows, lang, progress=None) -> int:
    sheet = _sheet(title, columns, lang or language())
    for row in rows:
        sheet.append(list(row))
        if progress and sheet.rows % PAGE == 0:
            progress(sheet.rows, 0)
    sheet.save(path)
    return sheet.rows


BY_PART = [(tr.mark("Part No."), 20, None), (tr.mark("Name"), 32, None),
           (tr.mark("Chinese name"), 24, None), (tr.mark("Unit"), 8, None),
           (tr.mark("On hand"), 11, QTY), (tr.mark("Reserved"), 11, QTY),
           (tr.mark("Available"), 11, QTY), (tr.mark("Defective"), 11, QTY),
           (tr.mark("Unit price"), 12, MONEY), (tr.mark("Value"), 14, MONEY),
           (tr.mark("Min stock"), 10, QTY)]


def write_stock_by_part(path, text: str = "", *, in_stock_only: bool = True,
                        lang: str | None = None, progress=None) -> int:
    rows = (r[:11] for r in _pages(lambda **kw: stock_views.stock_by_part(text, **kw),
                                   lambda r: r.part_no, in_stock_only=in_stock_only))
    return _write(path, tr.mark("Stock by part"), BY_PART, rows, lang, progress)


BY_LOCATION = [(tr.mark("Location"), 14, None), (tr.mark("Kind"), 12, None),
               (tr.mark("Part No."), 20, None), (tr.mark("Name"), 32, None),
               (tr.mark("Chinese name"), 24, None), (tr.mark("Unit"), 8, None),
               (tr.mark("On hand"), 11, QTY), (tr.mark("Unit price"), 12, MONEY),
               (tr.mark("Value"), 14, MONEY)]


def write_stock_by_location(path, text: str = "", *, location=None, lang: str | None = None,
                            progress=None) -> int:
    from partsdesk.services.locations import KIND_NAMES
    lang = lang or language()
    rows = ((r.location, translate("Locations", KIND_NAMES.get(r.kind, r.kind), lang),
             *r[3:]) for r in _pages(lambda **kw: stock_views.stock_by_location(text, **kw),
                                     lambda r: r.key, location=location))
    return _write(path, tr.mark("Stock by location"), BY_LOCATION, rows, lang, progress)


LEDGER = [(tr.mark("Move"), 10, None), (tr.mark("Time"), 18, None), (tr.mark("Kind"), 16, None),
          (tr.mark("Document"), 18, None), (tr.mark("Reason"), 24, None),
          (tr.mark("From"), 12, None), (tr.mark("To"), 12, None), (tr.mark("Change"), 10, QTY),
          (tr.mark("Balance"), 10, QTY), (tr.mark("User"), 12, None)]


def write_ledger(path, part, location=None, lang: str | None = None, progress=None) -> int:
    lang = lang or language()
    rows = ((r.move_id, r.time.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
             translate("Stock", stock.KIND_NAMES.get(r.kind, r.kind), lang), r.document,
             r.reason, r.from_location, r.to_location, r.change, r.balance, r.user)
            for r in _pages(lambda **kw: stock_views.part_ledger(part, location, **kw),
                            lambda r: r.move_id))
    return _write(path, tr.mark("Stock ledger"), LEDGER, rows, lang, progress)


LOW = [(tr.mark("Part No."), 20, None), (tr.mark("Name"), 32, None),
       (tr.mark("Chinese name"), 24, None), (tr.mark("Unit"), 8, None),
       (tr.mark("Min stock"), 10, QTY), (tr.mark("On hand"), 11, QTY),
       (tr.mark("Shortfall"), 11, QTY)]


def write_low_stock(path, text: str = "", lang: str | None = None, progress=None) -> int:
    rows = (r[:7] for r in _pages(lambda **kw: stock_views.low_stock(text, **kw),
                                  lambda r: r.part_no))
    return _write(path, tr.mark("Low stock"), LOW, rows, lang, progress)


DISCREPANCIES = [(tr.mark("Discrepancy"), 14, None), (tr.mark("Part No. / code"), 22, None),
                 (tr.mark("Name"), 32, None), (tr.mark("Expected"), 10, QTY),
                 (tr.mark("Arrived"), 10, QTY), (tr.mark("Quantity"), 10, QTY)]


def write_discrepancies(receipt_no: str, path, lang: str | None = None) -> int:
    lang = lang or language()
    rows = ((translate("Receiving", receiving.DISCREPANCY_NAMES[d.kind], lang), d.code, d.name,
             d.expected, d.received, d.quantity) for d in receiving.discrepancies(receipt_no))
    return _write(path, tr.mark("Discrepancies"), DISCREPANCIES, rows, lang)


COUNT_SHEET = [(tr.mark("Location"), 14, None), (tr.mark("Part No."), 20, None),
               (tr.mark("Name"), 32, None), (tr.mark("Chinese name"), 24, None),
               (tr.mark("Unit"), 8, None), (tr.mark("Expected"), 10, QTY),
               (tr.mark("Counted"), 10, QTY)]


def write_count_sheet(count_no: str, path, show_expected: bool = False,
                      lang: str | None = None) -> int:
    """The count's lines with an empty Counted column (expected left out unless asked)."""
    columns = COUNT_SHEET if show_expected else COUNT_SHEET[:5] + COUNT_SHEET[6:]
    rows = ((line.location, line.part_no, line.name, line.name_zh, line.unit,
             *((line.expected,) if show_expected else ()), line.counted)
            for line in counting.lines(count_no))
    return _write(path, tr.mark("Stock count"), columns, rows, lang)
