"""How fast the stock workflows are at 200,000 parts and 2,000,000 moves.

    python tests/benchmarks/bench_stock.py [--parts 200000] [--moves 2000000] [--db FILE|URL]
                                           [--shuffled]

Builds a temporary SQLite database, or fills the empty PostgreSQL database of a URL, in bulk
(parts by executemany, the ledger by the demo's stock history), then times what the clerk and
the stock screens do: a receiving scan from call to commit, the on-hand view's first page,
filtered and deep pages, the by-location view and its filters, a part's ledger page, the
low-stock list, the stock value, and ``db check`` of levels against moves. Prints medians in
milliseconds. ``--shuffled`` stores the parts out of part-number order, as a catalogue grown
over the years lies on disk.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def timed(action, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(target: str, parts: int, moves: int, shuffled: bool = False) -> None:
    from partsdesk.db import bulk
    from partsdesk.db.connection import open_database, transaction
    from partsdesk.demo import stock as demo_stock
    from partsdesk.services import locations, users
    from partsdesk.services.locations import LocationData
    open_database(target)
    admin = users.create_first_admin("bench-pass")
    rng = random.Random(7)
    words = ["Oil filter", "Brake pad", "Spark plug", "Water pump", "Bolt", "Gasket", "Sensor"]
    numbers = list(range(parts))
    if shuffled:        # a catalogue grown over the years: number order is not disk order
        random.Random(11).shuffle(numbers)
    with transaction():
        bulk.executemany(
            "INSERT INTO part (part_no, name, name_zh, category, unit, unit_price, must_return, "
            "min_stock, active, created_at, updated_at) VALUES (?, ?, '', '', 'PCS', ?, ?, ?, ?, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            ((f"P{n:07d}", f"{rng.choice(words)} {n}", rng.randint(100, 500000), False,
              rng.choice((0, 0, 0, 2000, 5000)), True) for n in numbers))
    bins = [LocationData(f"{z}-{a:02d}-{l:02d}") for z in "ABCDEFGH" for a in range(1, 31)
            for l in range(1, 7)]
    locations.import_locations(admin, bins + [LocationData("RECV-01", "receiving"),
                                              LocationData("DEF-01", "defective")])
    demo_stock.MOVES["bench"] = moves
    demo_stock.add_stock_history("bench")
    demo_stock.analyze()


def built(target: str) -> bool:
    """An SQLite file that exists, or a PostgreSQL database that already has parts."""
    from partsdesk.db.connection import close_database, is_postgres_url, open_database
    from partsdesk.db.models import Part
    if not is_postgres_url(target):
        return Path(target).exists()
    open_database(target)
    try:
        return Part.select().exists()
    finally:
        close_database()


def measure(target: str) -> list[tuple[str, float]]:
    from partsdesk.db.connection import open_database
    from partsdesk.db.models import Location, Part
    from partsdesk.db.models.stock import StockLevel, StockMove
    from partsdesk.services import receiving, stock, stock_views, users
    from peewee import fn
    open_database(target)
    admin = users.authenticate("admin", "bench-pass")
    numbers = [row.part_no for row in stock_views.stock_by_part(limit=50)]
    receipt = receiving.create_receipt(admin, source="bench",
                                       lines=[(n, 1000) for n in numbers])
    codes = iter(numbers * 200)
    busiest = (StockMove.select(StockMove.part, fn.COUNT(StockMove.id).alias("n"))
               .group_by(StockMove.part).order_by(fn.COUNT(StockMove.id).desc()).first())
    part = busiest.part
    total = Part.select().count()
    middle = f"P{total // 2:07d}"
    last = f"P{total - 1:07d}"[:-2]     # the last hundred part numbers
    ledger = stock_views.part_ledger(part, limit=10)
    full = (StockLevel.select().join(Location).where((Location.kind == "bin")
                                                     & (Location.code != "A-01-01")
                                                     & (StockLevel.on_hand > 1)).first())
    results = [
        ("receiving.scan, call to commit", timed(
            lambda: receiving.scan(admin, receipt.number, next(codes)), runs=200)),
        ("stock.transfer between bins, call to commit", timed(
            lambda: stock.transfer(admin, full.part_id, "0.001", full.location_id, "A-01-01"),
            runs=50)),
        ("on hand by part: first page", timed(lambda: stock_views.stock_by_part())),
        ("on hand by part: first page, in stock only", timed(
            lambda: stock_views.stock_by_part(in_stock_only=True))),
        ("on hand by part: filter 'pump'", timed(lambda: stock_views.stock_by_part("pump"))),
        ("on hand by part: filter part-number prefix", timed(
            lambda: stock_views.stock_by_part("P01234"))),
        ("on hand by part: filter prefix of the last numbers", timed(
            lambda: stock_views.stock_by_part(last))),
        ("on hand by part: filter matching nothing", timed(
            lambda: stock_views.stock_by_part("XYZ"))),
        (f"on hand by part: page at row {total // 2:,}", timed(
            lambda: stock_views.stock_by_part(after=middle))),
        ("on hand by location: first page", timed(lambda: stock_views.stock_by_location())),
        ("on hand by location: one bin", timed(lambda: stock_views.stock_by_location(
            location="D-15-03"))),
        ("on hand by location: filter part-number prefix", timed(
            lambda: stock_views.stock_by_location("P01234"))),
        ("on hand by location: filter location prefix", timed(
            lambda: stock_views.stock_by_location("D-15"))),
        ("on hand by location: filter 'P0' (every part)", timed(
            lambda: stock_views.stock_by_location("P0"))),
        ("on hand by location: filter bin and part prefix", timed(
            lambda: stock_views.stock_by_location("A-01 P00"))),
        (f"ledger of busiest part ({busiest.n} moves): first page", timed(
            lambda: stock_views.part_ledger(part))),
        ("ledger: next page", timed(
            lambda: stock_views.part_ledger(part, after=ledger[-1].move_id))),
        ("low-stock list: first page", timed(lambda: stock_views.low_stock(), runs=3)),
        ("stock value (all usable stock)", timed(lambda: stock_views.stock_value(), runs=3)),
        ("db check: levels vs moves", timed(lambda: stock.check_levels(), runs=3)),
    ]
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", type=int, default=200_000)
    parser.add_argument("--moves", type=int, default=2_000_000)
    parser.add_argument("--db", help="reuse (or keep) this database file")
    parser.add_argument("--shuffled", action="store_true",
                        help="build with the parts inserted in random order of part number")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-stock-")
    target = args.db or str(Path(folder) / "bench.sqlite3")
    if not built(target):
        start = time.perf_counter()
        build(target, args.parts, args.moves, args.shuffled)
        print(f"built {args.parts:,} parts and {args.moves:,} moves in "
              f"{time.perf_counter() - start:.1f} s")
    for label, ms in measure(target):
        print(f"{label:<55} {ms:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
