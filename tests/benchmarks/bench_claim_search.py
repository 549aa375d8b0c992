"""How fast the claim search is with 200,000 claims and 500,000 part lines.

    python tests/benchmarks/bench_claim_search.py [--claims 200000] [--lines 500000]

Fills a temporary SQLite database with a 20,000-part catalogue and the demo claim desk's bulk
claims (``demo_claims.add_bulk_claims``), then times what the warranty office types into the one
search box: a claim number, the last 6 and 8 characters of a VIN, a customer's name, a phone
number, a part number, and the claim list's first page filtered by state (also the 50th page by
key). Prints the median of several runs of each, in milliseconds.
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


def median_ms(work, runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(path: str, n_claims: int, n_lines: int) -> None:
    from partsdesk.db.connection import open_database
    from partsdesk.demo import claims as demo_claims
    from partsdesk.services import catalog_import, users
    from partsdesk.services.catalog import PartData
    open_database(path)
    admin = users.create_first_admin("bench-pass")
    rows = [PartData(f"{i:05d}-{i % 97:02d}A{i % 7}", f"Part {i}", unit_price=str(20 + i % 900))
            .cleaned() for i in range(20_000)]
    catalog_import.import_parts(admin, rows, "bench")
    demo_claims.add_code_tables(admin)
    start = time.perf_counter()
    demo_claims.add_bulk_claims(random.Random(7), demo_claims._actors(), n_claims, n_lines)
    print(f"bulk insert of {n_claims:,} claims, {n_lines:,} part lines: "
          f"{time.perf_counter() - start:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--lines", type=int, default=500_000)
    args = parser.parse_args()
    from partsdesk.db.models import Part
    from partsdesk.db.models.claims import Claim
    from partsdesk.services import claim_search, claim_states
    from partsdesk.services.claim_search import Filters
    with tempfile.TemporaryDirectory() as folder:
        build(str(Path(folder) / "bench.sqlite3"), args.claims, args.lines)
        middle = Claim.get_by_id(args.claims // 2)
        vin = middle.vehicle.vin
        part_no = Part.select().order_by(Part.id).offset(1234).first().part_no
        cases = {
            "claim number": middle.number,
            "VIN, last 6": vin[-6:],
            "VIN, last 8": vin[-8:],
            "whole VIN": vin,
            "customer name": middle.customer_name,
            "phone number": middle.customer_phone,
            "part number": part_no,
        }
        for label, text in cases.items():
            hits = len(claim_search.search_claims(text))
            ms = median_ms(lambda: claim_search.search_claims(text))
            print(f"{label:<28} {text!r:<22} {ms:7.2f} ms  ({hits} on the first page)")
        for state in (claim_states.SUBMITTED, claim_states.REPAIRED):
            page = Filters(states=(state,))
            ms = median_ms(lambda: claim_search.search_claims("", page))
            print(f"first page, state {state:<15} {'':<22} {ms:7.2f} ms")
        after = None
        for _ in range(49):
            after = claim_search.search_claims("", Filters(states=(claim_states.REPAIRED,)),
                                               after=after)[-1][0]
        ms = median_ms(lambda: claim_search.search_claims(
            "", Filters(states=(claim_states.REPAIRED,)), after=after))
        print(f"50th page, state repaired      {'':<22} {ms:7.2f} ms")
        ms = median_ms(lambda: claim_search.search_claims(
            "", Filters(date_from=middle.repair_date, date_to=middle.repair_date)))
        print(f"one repair date                {'':<22} {ms:7.2f} ms")
        ms = median_ms(lambda: claim_search.search_claims(
            "张", Filters(states=(claim_states.DRAFT,))))
        print(f"surname + state draft          {'张':<22} {ms:7.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
