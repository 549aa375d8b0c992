"""How fast the quality analysis groups the large demo, against the raw SQL GROUP BY.

    python tests/benchmarks/bench_quality.py [--db FILE] [--runs 3]

Builds the large demo (``partsdesk demo --size large``: 200,000 claims, 500,000 part lines; a
few minutes) into a temporary folder, or reuses the demo database ``--db`` names (built there
if it is missing). Then, for each grouping the issue names (fault, part category, vehicle model,
repair month), times ``quality.analyse`` and the raw SQL that gives the same figures straight
from sqlite3 (one GROUP BY over the claims, one over their part lines, no labels), the two
alternating in one run so the machine's noise falls on both. Prints the medians in milliseconds
and their ratio, after checking that both give the same figures.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

STATES = ("approved", "parts_issued", "repaired", "signed", "parts_returned", "settleable",
          "in_batch", "paid", "closed")           # the analysis's default: approved or later
IN_STATES = ", ".join(f"'{state}'" for state in STATES)
MONEY = ("SUM(c.labour_amount), SUM(c.other_amount), SUM(c.total_amount), "
         "SUM(COALESCE(cb.amount, 0)), SUM(COALESCE(sbc.paid_amount, 0))")
CHARGE_BACKS = ("LEFT JOIN (SELECT claim_id, SUM(amount) AS amount FROM difference "
                "WHERE source IN ('inspection', 'reversal') GROUP BY claim_id) cb "
                "ON cb.claim_id = c.id "
                "LEFT JOIN settlement_batch_claim sbc ON sbc.claim_id = c.id")
MODEL = ("JOIN vehicle v ON v.id = c.vehicle_id "
         "LEFT JOIN vehicle_model m ON m.id = COALESCE(c.vehicle_model_id, v.model_id)")

# a grouping of whole claims: the key is the claim's own, each claim in one group
CLAIM_KEYS = {
    "fault": ("f.code", "LEFT JOIN fault_code f ON f.id = c.fault_code_id"),
    "model": ("m.code", MODEL),
    "month": ("substr(c.repair_date, 1, 7)", ""),
}


def raw_claim_grouping(connection, dimension: str) -> dict:
    key, join = CLAIM_KEYS[dimension]
    found = {}
    for row in connection.execute(
            f"SELECT {key}, COUNT(*), {MONEY} FROM claim c {join} {CHARGE_BACKS} "
            f"WHERE c.state IN ({IN_STATES}) GROUP BY 1"):
        found[row[0]] = [row[1], 0, 0, 0, *row[2:]]
    for key_value, lines, quantity, amount in connection.execute(
            f"SELECT {key}, COUNT(*), SUM(pl.quantity), SUM(pl.amount) FROM claim_part_line pl "
            f"JOIN claim c ON c.id = pl.claim_id {join} "
            f"WHERE c.state IN ({IN_STATES}) GROUP BY 1"):
        found.setdefault(key_value, [0] * 9)[1:4] = [lines, quantity, amount]
    return found


def raw_category_grouping(connection) -> dict:
    """Part category: a claim is in the group of each category its lines have (once)."""
    key = "NULLIF(p.category, '')"
    found = {}
    for row in connection.execute(
            f"SELECT x.k, COUNT(*), {MONEY} FROM (SELECT DISTINCT {key} AS k, c.id AS claim_id "
            f"FROM claim c LEFT JOIN claim_part_line pl ON pl.claim_id = c.id "
            f"LEFT JOIN part p ON p.id = pl.part_id WHERE c.state IN ({IN_STATES})) x "
            f"JOIN claim c ON c.id = x.claim_id {CHARGE_BACKS} GROUP BY 1"):
        found[row[0]] = [row[1], 0, 0, 0, *row[2:]]
    for key_value, lines, quantity, amount in connection.execute(
            f"SELECT {key}, COUNT(*), SUM(pl.quantity), SUM(pl.amount) FROM claim_part_line pl "
            f"JOIN claim c ON c.id = pl.claim_id LEFT JOIN part p ON p.id = pl.part_id "
            f"WHERE c.state IN ({IN_STATES}) GROUP BY 1"):
        found.setdefault(key_value, [0] * 9)[1:4] = [lines, quantity, amount]
    return found


def raw(connection, dimension: str) -> dict:
    return raw_category_grouping(connection) if dimension == "category" else \
        raw_claim_grouping(connection, dimension)


def as_raw(groups) -> dict:
    """The service's groups in the raw query's units (cents, thousandths)."""
    def cents(value: Decimal) -> int:
        return int(value * 100)
    return {g.key: [g.measures.claims, g.measures.part_lines, int(g.measures.quantity * 1000),
                    cents(g.measures.parts_cost), cents(g.measures.labour_cost),
                    cents(g.measures.other), cents(g.measures.total_claimed),
                    cents(g.measures.charge_backs), cents(g.measures.settled)]
            for g in groups}


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return (time.perf_counter() - start) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="the large demo database to use (built there if missing)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each, alternating")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-quality-")
    os.environ.setdefault("PARTSDESK_HOME", folder)
    target = args.db or str(Path(folder) / "large.sqlite3")
    from partsdesk import demo
    from partsdesk.db.connection import close_database, open_database
    if not Path(target).exists():
        start = time.perf_counter()
        print(demo.build(target, size="large"))
        print(f"large demo built in {time.perf_counter() - start:.0f} s")
        close_database()
    open_database(target)
    from partsdesk.db.models.claims import Claim, ClaimPartLine
    from partsdesk.services import quality
    print(f"{Claim.select().count():,} claims, {ClaimPartLine.select().count():,} part lines")
    connection = sqlite3.connect(target)
    print(f"{'grouping':<10} {'groups':>7} {'raw SQL':>10} {'analyse':>10} {'ratio':>7}")
    for dimension in ("fault", "category", "model", "month"):
        times: dict[str, list[float]] = {"raw": [], "service": []}
        for _ in range(args.runs):
            ms, groups = timed(lambda: quality.analyse(dimension))
            times["service"].append(ms)
            ms, figures = timed(lambda: raw(connection, dimension))
            times["raw"].append(ms)
        if as_raw(groups) != {k: [int(v or 0) for v in values] for k, values in figures.items()}:
            raise SystemExit(f"{dimension}: the analysis and the raw SQL disagree")
        floor, service = (statistics.median(times[k]) for k in ("raw", "service"))
        print(f"{dimension:<10} {len(groups):>7} {floor:>8.0f} ms {service:>7.0f} ms "
              f"{service / floor:>6.2f}x")
    connection.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
