"""Stock history for the demo database: receipts, put-aways, issues, transfers, returns of failed
parts and count corrections over the last two years, written in bulk.

The ledger is generated in time order and the levels are computed from it, so
``partsdesk db check`` finds every level equal to the sum of its moves. The large demo gets
2,000,000 moves over 200,000 parts, the size the stock views are designed for.
"""

from __future__ import annotations

import random
from datetime import timedelta

from partsdesk.db import bulk
from partsdesk.db.connection import database, transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, NumberSeries, Part, User
from partsdesk.db.models.stock import Receipt, StockLevel, StockMove
from partsdesk.i18n import Translator
from partsdesk.services import audit

tr = Translator("DemoStock")

MOVES = {"small": 30_000, "large": 2_000_000}
SEED = 20261128
SUPPLIERS = ["FAW-VW Parts Centre 一汽大众配件中心", "Toyota Parts Hub 丰田配件中心",
             "Bosch Aftermarket 博世", "Regional warehouse 区域中心库"]
DAYS = 730
LINES_PER_RECEIPT = 25


class _History:
    """The ledger being generated, with the levels it leads to."""

    def __init__(self, rng: random.Random, parts, bins, receiving, defective, user_id):
        self.rng, self.parts, self.bins = rng, parts, bins
        self.receiving, self.defective, self.user = receiving, defective, user_id
        self.moves: list[tuple] = []
        self.levels: dict[tuple[int, int], int] = {}
        self.receipts: list[tuple] = []          # (number, time, source, year)
        self.serial: dict[int, int] = {}
        self.home = {pid: bins[(pid * 7919) % len(bins)] for pid, _ in parts}
        self.stocked: list[int] = []             # part ids put away at least once

    def add(self, part, source, target, qty, kind, document, time, reason=""):
        self.moves.append((part, source, target, qty, kind, document, reason, self.user, time))
        if source is not None:
            self.levels[(part, source)] = self.levels.get((part, source), 0) - qty
        if target is not None:
            self.levels[(part, target)] = self.levels.get((part, target), 0) + qty

    def level(self, part, location) -> int:
        return self.levels.get((part, location), 0)

    def receipt(self, time) -> None:
        year = time.year
        self.serial[year] = self.serial.get(year, 0) + 1
        number = f"RC-{year}-{self.serial[year]:06d}"
        self.receipts.append((number, time, self.rng.choice(SUPPLIERS)))
        for pid, _ in self.rng.sample(self.parts, min(LINES_PER_RECEIPT, len(self.parts))):
            qty = self.rng.choice((1, 2, 4, 5, 10, 20)) * 1000
            self.add(pid, None, self.receiving, qty, "receipt", number, time)
            self.add(pid, self.receiving, self.home[pid], qty, "put_away", "",
                     time + timedelta(hours=2))
            self.stocked.append(pid)

    def other(self, time, n: int) -> None:
        if not self.stocked:
            return
        pid = self.rng.choice(self.stocked)
        home = self.home[pid]
        have = self.level(pid, home)
        roll = self.rng.random()
        if have <= 0:
            return
        if roll < 0.70:
            qty = min(have, self.rng.choice((1, 1, 1, 2, 4)) * 1000)
            document = f"WC-{time.year}-{n:06d}" if self.rng.random() < 0.3 else f"WO-{n}"
            self.add(pid, home, None, qty, "issue", document, time)
        elif roll < 0.82:
            target = self.rng.choice(self.bins)
            if target != home:
                self.add(pid, home, target, min(have, 1000), "transfer", "", time)
        elif roll < 0.92:
            self.add(pid, None, self.defective, 1000, "defective_in", f"DT-{time.year}-{n:06d}",
                     time)
        else:
            sign = self.rng.choice((-1, 1))
            qty = 1000 if sign > 0 or have >= 1000 else have
            source, target = (home, None) if sign < 0 else (None, home)
            self.add(pid, source, target, qty, "count", f"SC-{time.year}-{n:06d}", time)


def add_stock_history(size: str = "small", progress=None) -> dict:
    """Append stock history to the open demo database; returns counts of what was written.

    ``progress(fraction)`` is called with 0..1 as the work goes.
    """
    report = progress or (lambda fraction: None)
    rng = random.Random(SEED)
    total = MOVES[size]
    parts = list(Part.select(Part.id, Part.unit_price).where(Part.active == True)  # noqa: E712
                 .tuples())
    bins = [lid for (lid,) in Location.select(Location.id).where(Location.kind == "bin")
            .order_by(Location.code).tuples()]
    receiving = _first("receiving")
    defective = _first("defective")
    if not parts or not bins or receiving is None or defective is None:
        return {"moves": 0, "receipts": 0}
    admin = User.select(User.id).order_by(User.id).scalar()
    history = _History(rng, parts, bins, receiving, defective, admin)
    start = utcnow() - timedelta(days=DAYS)
    step = timedelta(seconds=DAYS * 86400 / total)
    n = 0
    while len(history.moves) < total:
        time = start + step * len(history.moves)
        if not history.stocked or rng.random() < 0.04:
            history.receipt(time)
        else:
            n += 1
            history.other(time, n)
        if n % 50_000 == 0:
            report(0.4 * len(history.moves) / total)
    _write(history, report)
    return {"moves": len(history.moves), "receipts": len(history.receipts)}


def _first(kind: str):
    return (Location.select(Location.id).where(Location.kind == kind)
            .order_by(Location.code).scalar())


def _write(history: _History, report) -> None:
    stamp = StockMove.time.db_value
    moves = history.moves
    with transaction():
        bulk.executemany(
            "INSERT INTO stock_move (part_id, from_location_id, to_location_id, quantity, kind, "
            "document, reason, user_id, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((p, s, t, q, k, d, r, u, stamp(time)) for p, s, t, q, k, d, r, u, time in moves),
            batch=20_000, progress=lambda done: report(0.4 + 0.5 * done / len(moves)))
        bulk.executemany(
            "INSERT INTO stock_level (part_id, location_id, on_hand) VALUES (?, ?, ?) "
            "ON CONFLICT (part_id, location_id) DO UPDATE SET "
            "on_hand = stock_level.on_hand + excluded.on_hand",
            ((p, loc, qty) for (p, loc), qty in history.levels.items()), batch=20_000)
        _write_receipts(history)
        audit.record(None, "stock.demo", "stock_move", "demo",
                     tr.message("{moves} demo stock moves and {receipts} receipts added",
                                moves=len(moves), receipts=len(history.receipts)),
                     after={"moves": len(moves), "receipts": len(history.receipts)})
    report(1.0)


def _write_receipts(history: _History) -> None:
    """Closed receipt headers for the receipt numbers in the ledger, and their number series."""
    stamp = Receipt.created_at.db_value
    bulk.executemany(
        "INSERT INTO receipt (number, source, reference, location_id, status, note, "
        "created_by_id, created_at, closed_by_id, closed_at, times_reopened) "
        "VALUES (?, ?, ?, ?, 'closed', '', ?, ?, ?, ?, 0)",
        ((number, source, "", history.receiving, history.user, stamp(time), history.user,
          stamp(time + timedelta(hours=1))) for number, time, source in history.receipts))
    for year, last in history.serial.items():
        updated = (NumberSeries.update(last=last).where((NumberSeries.series == "RC")
                                                        & (NumberSeries.year == year)
                                                        & (NumberSeries.last < last)).execute())
        if not updated and not NumberSeries.select().where(
                (NumberSeries.series == "RC") & (NumberSeries.year == year)).exists():
            NumberSeries.create(series="RC", year=year, last=last)


def demo_step(world) -> None:
    """The step for ``partsdesk.demo.STEPS``."""
    counts = add_stock_history(world.size, progress=world.report)
    world.counts["moves"] = counts["moves"]


def level_count() -> int:
    return StockLevel.select().count()


def analyze() -> None:
    """Refresh the planner's statistics after a bulk load (SQLite)."""
    database.execute_sql("ANALYZE")
