"""How fast the warehouse pages answer at 200,000 parts and 2,000,000 stock moves.

    python tests/benchmarks/bench_warehouse_ui.py [--parts 200000] [--moves 2000000] [--db FILE]

Builds the database with ``bench_stock.build`` (or reuses ``--db``), then drives the real pages
offscreen and prints medians in milliseconds: the stock page opening with its first page, each
filter, a scroll to more rows, a part's ledger, and scan-to-feedback on the receiving page (the
Enter key of a scan until the banner, the lines and the scan list show it, committed), early in a
receipt and after 500 scans.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


# PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a Qt method that
# returns nothing (it counts on None being immortal, as it is from 3.12); a few thousand scans
# then abort the process with "deallocating None". Five million references held here keep this
# long run alive on 3.11; on 3.12 and later it costs nothing.
NONE_REFERENCES = [None] * 5_000_000


def timed(action, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def stock_page(admin) -> list[tuple[str, float]]:
    from partsdesk.ui.pages.stock import StockPage
    pages = []

    def open_page():
        page = StockPage(admin)
        page.resize(1250, 760)
        page.show()
        page.activated()
        page.by_part.table.viewport().repaint()
        pages.append(page)

    results = [("stock page: open, first page on screen", timed(open_page, runs=5))]
    page = pages[-1]

    def filtered(view, text: str):
        def run():
            view.search.setText(text)
            view.refresh()
            view.table.viewport().repaint()
        return run

    by_part, by_location = page.by_part, page.by_location
    results += [("on hand by part: scroll, next page of 200", timed(
        lambda: by_part.model.fetchMore(), runs=9))]
    results += [
        ("on hand by part: filter by a name word (bolt)", timed(filtered(by_part, "bolt"))),
        ("on hand by part: filter by a part number prefix", timed(filtered(by_part, "P00123"))),
        ("on hand by part: all parts, not only in stock", timed(
            lambda: by_part.in_stock.setChecked(not by_part.in_stock.isChecked()))),
    ]
    page.tabs.setCurrentWidget(by_location)
    results += [
        ("by location: filter by location prefix", timed(filtered(by_location, "C-12"))),
        ("by location: filter by part prefix", timed(filtered(by_location, "P0019"))),
    ]
    from partsdesk.db.models.stock import StockMove
    from peewee import fn
    busiest = (StockMove.select(StockMove.part, fn.COUNT(StockMove.id).alias("n"))
               .group_by(StockMove.part).order_by(fn.COUNT(StockMove.id).desc()).first())
    part_no = busiest.part.part_no
    results += [
        (f"ledger of the busiest part ({busiest.n} moves), first page", timed(
            lambda: page.show_ledger(part_no))),
    ]
    page.tabs.setCurrentWidget(page.low)
    results += [("low stock: first page", timed(page.low.refresh))]
    from partsdesk.services import stock_views
    results += [("stock value (off the GUI thread)", timed(stock_views.stock_value, runs=3))]
    for made in pages:
        made.close()
    return results


def scanning(admin) -> list[tuple[str, float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from partsdesk.services import receiving, stock_views
    from partsdesk.ui import sounds
    from partsdesk.ui.pages.receiving import ReceivingPage
    sounds.enabled = False
    numbers = [row.part_no for row in stock_views.stock_by_part(limit=40)]
    receipt = receiving.create_receipt(admin, source="bench", lines=[(n, 1000) for n in numbers])
    page = ReceivingPage(admin)
    page.resize(1250, 760)
    page.show()
    page.open_receipt(receipt.number)
    field = page.view.scan
    codes = iter(numbers * 1000)

    def one_scan():
        field.setText(next(codes))
        QTest.keyClick(field, Qt.Key_Return)
        page.view.banner.repaint()

    early = timed(one_scan, runs=21)
    for _ in range(480):
        one_scan()
    late = timed(one_scan, runs=21)
    page.close()
    return [("scan to feedback (Enter → banner, lines, scans), receipt start", early),
            ("scan to feedback after 500 scans on the receipt", late)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, default=200_000)
    parser.add_argument("--moves", type=int, default=2_000_000)
    parser.add_argument("--db", help="reuse a database built by an earlier run")
    args = parser.parse_args()
    os.environ["PARTSDESK_HOME"] = tempfile.mkdtemp(prefix="partsdesk-bench-")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from partsdesk.ui import app as shell_app, messages
    shell_app.prepare(app)
    messages.headless = True
    from tests.benchmarks import bench_stock
    from partsdesk.db.connection import close_database, open_database
    from partsdesk.services import users
    target = args.db or str(Path(tempfile.mkdtemp(prefix="partsdesk-bench-")) / "bench.sqlite3")
    if not (args.db and Path(args.db).exists()):
        start = time.perf_counter()
        bench_stock.build(target, args.parts, args.moves)
        close_database()
        print(f"built {args.parts:,} parts and {args.moves:,} moves in "
              f"{time.perf_counter() - start:.0f} s: {target}")
    open_database(target)
    admin = users.authenticate("admin", "bench-pass")
    results = stock_page(admin) + scanning(admin)
    width = max(len(name) for name, _ in results)
    for name, ms in results:
        print(f"{name:<{width}}  {ms:8.1f} ms")
    sys.stdout.flush()
    os._exit(0)         # see NONE_REFERENCES: a normal shutdown would free them too late


if __name__ == "__main__":
    sys.exit(main())
