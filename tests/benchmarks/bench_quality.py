"""How fast the quality analysis groups the large demo, against the raw SQL GROUP BY.

    python tests/benchmarks/bench_quality.py [--db FILE] [--pg URL] [--runs 3]

Builds the large demo (``partsdesk demo --size large``: 200,000 claims, 500,000 part lines; about
five minutes) into a temporary folder, or reuses the demo database ``--db`` names (built there
if it is missing). With ``--pg`` the claims and what the analysis reads are copied into the
schema ``pdbench_quality`` of that server (kept there for the next run; about a minute).

Then, on each database, for each grouping the issue names (fault, part category, vehicle model,
repair month) and by part (177,787 groups), times ``quality.analyse`` and the raw SQL that gives
the same figures straight from the driver (sqlite3 or psycopg2: one GROUP BY over the claims,
one over their part lines, no labels), the two alternating in one run so the machine's noise
falls on both; by part also the page's reads: a top 20 with the rest summed and the first 200
of every group (``groups_slice``). Prints the medians in milliseconds and their ratio, after
checking that both give the same figures.
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
PG_MONTH = "to_char(c.repair_date, 'YYYY-MM')"
PG_SCHEMA = "pdbench_quality"
# what the analysis reads, copied to PostgreSQL
TABLES = ("user", "vehicle_model", "vehicle", "fault_code", "cause_code", "labor_operation",
          "part_category", "part", "claim", "claim_part_line", "claim_labor_line", "defect_tag",
          "inspection", "inspection_withdrawal", "settlement_batch", "settlement_batch_claim",
          "difference")


def raw_claim_grouping(connection, dimension: str, pg: bool = False) -> dict:
    key, join = CLAIM_KEYS[dimension]
    if pg and dimension == "month":
        key = PG_MONTH
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


def raw_line_grouping(connection, key: str = "NULLIF(p.category, '')") -> dict:
    """Part category (or part): a claim is in the group of each its lines have (once)."""
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


def raw(connection, dimension: str, pg: bool = False) -> dict:
    if dimension == "category":
        return raw_line_grouping(connection)
    if dimension == "part":
        return raw_line_grouping(connection, "p.part_no")
    return raw_claim_grouping(connection, dimension, pg)


class Cursor:
    """sqlite3's connection.execute for a psycopg2 connection."""
    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql):
        cursor = self.connection.cursor()
        cursor.execute(sql)
        return cursor.fetchall()


def pg_copy(source: str, url: str) -> str:
    """The schema PG_SCHEMA on ``url`` with the tables the analysis reads copied from the demo
    ``source`` (made once, then reused). Returns the URL that reaches it."""
    import csv
    import io
    import psycopg2
    from tests import pg
    target = pg.schema_url(url, PG_SCHEMA)
    admin = psycopg2.connect(url)
    admin.autocommit = True
    cursor = admin.cursor()
    cursor.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
                   "AND table_name = 'claim'", (PG_SCHEMA,))
    if cursor.fetchone():
        cursor.execute(f'SELECT COUNT(*) FROM "{PG_SCHEMA}".claim')
        if cursor.fetchone()[0] > 0:
            admin.close()
            return target
    start = time.perf_counter()
    cursor.execute(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE')
    cursor.execute(f'CREATE SCHEMA "{PG_SCHEMA}"')
    from partsdesk.db.connection import close_database, open_database
    open_database(target, backup=False)            # the tables, as PartsDesk makes them
    close_database()
    lite = sqlite3.connect(source)
    cursor.execute(f'SET search_path TO "{PG_SCHEMA}"')
    cursor.execute("SET session_replication_role = replica")   # no triggers while copying
    for table in TABLES:
        if not lite.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            continue
        columns = [row[1] for row in lite.execute(f'PRAGMA table_info("{table}")')]
        cursor.execute(f'TRUNCATE "{table}" CASCADE')
        rows = lite.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} '
                            f'FROM "{table}"')
        while True:
            chunk = rows.fetchmany(50_000)
            if not chunk:
                break
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            for row in chunk:
                writer.writerow(["\\N" if v is None else v for v in row])
            buffer.seek(0)
            cursor.copy_expert(f'COPY "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
                               f"FROM STDIN WITH (FORMAT csv, NULL '\\N')", buffer)
        cursor.execute(f'ANALYZE "{table}"')
    admin.close()
    print(f"copied to PostgreSQL schema {PG_SCHEMA} in {time.perf_counter() - start:.0f} s")
    return target


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


def measure(name: str, connection, runs: int, pg: bool) -> None:
    from partsdesk.services import quality
    print(f"{name:<10} {'grouping':<12} {'groups':>7} {'raw SQL':>10} {'PartsDesk':>10} "
          f"{'ratio':>7}")
    for dimension in ("fault", "category", "model", "month", "part"):
        times: dict[str, list[float]] = {"raw": [], "service": [], "top": [], "slice": []}
        for _ in range(runs):
            ms, groups = timed(lambda: quality.analyse(dimension))
            times["service"].append(ms)
            ms, figures = timed(lambda: raw(connection, dimension, pg))
            times["raw"].append(ms)
            if dimension == "part":
                times["top"].append(timed(lambda: quality.analyse(dimension, top=20))[0])
                times["slice"].append(timed(lambda: quality.groups_slice(
                    dimension, limit=200, largest=25))[0])
        if as_raw(groups) != {k: [int(v or 0) for v in values] for k, values in figures.items()}:
            raise SystemExit(f"{dimension}: the analysis and the raw SQL disagree")
        floor = statistics.median(times["raw"])
        for what, label in (("service", dimension), ("top", "part top 20"),
                            ("slice", "part 200")):
            if times[what]:
                ms = statistics.median(times[what])
                print(f"{name:<10} {label:<12} {len(groups):>7} {floor:>8.0f} ms {ms:>7.0f} ms "
                      f"{ms / floor:>6.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="the large demo database to use (built there if missing)")
    parser.add_argument("--pg", help="a PostgreSQL server to measure on too (postgresql://…)")
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
    open_database(target, backup=False)
    from partsdesk.db.models.claims import Claim, ClaimPartLine
    print(f"{Claim.select().count():,} claims, {ClaimPartLine.select().count():,} part lines")
    connection = sqlite3.connect(target)
    measure("SQLite", connection, args.runs, False)
    connection.close()
    close_database()
    if args.pg:
        import psycopg2
        url = pg_copy(target, args.pg)
        open_database(url, backup=False)
        connection = psycopg2.connect(url)
        measure("PostgreSQL", Cursor(connection), args.runs, True)
        connection.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
