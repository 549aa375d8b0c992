"""How fast the settlement overview says what blocks each claim.

    python tests/benchmarks/bench_settlement_overview.py [--scale 12] [--db FILE|URL]

Walks the demo's claim loop ``--scale`` times over through the real services (claims in every
state of the loop's second half, their tags in every state, vouchers printed and signed or not,
batches), then times the overview's first page of the loop states and of every state, and the
gate of one claim. Prints medians in milliseconds.
"""

from __future__ import annotations

import argparse
import os
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


def build(target: str, scale: int) -> None:
    from partsdesk.db.connection import open_database
    from partsdesk.db.models import Part
    from partsdesk.demo import loop as demo_loop
    from partsdesk.services import stock, users
    from tests.factories import make_loop_desk
    open_database(target)
    desk = make_loop_desk(users.create_first_admin("bench-pass"))
    for part in Part.select():          # enough for every claim of the scaled walk
        stock.move(desk["clerk"], part, 1000 * scale, None, "A-01-01", "receipt", "BENCH")
    demo_loop.PLAN = [(stage, count * scale) for stage, count in demo_loop.PLAN]
    demo_loop.add_loop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=12)
    parser.add_argument("--db", help="reuse (or keep) this database file, or a PostgreSQL URL")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="bench-overview-")
    os.environ.setdefault("PARTSDESK_HOME", folder)
    target = args.db or str(Path(folder) / "bench.sqlite3")
    from partsdesk.db.connection import open_database
    from partsdesk.db.models.claims import Claim
    open_database(target)
    if not Claim.select().exists():
        start = time.perf_counter()
        build(target, args.scale)
        print(f"built {Claim.select().count()} claims in {time.perf_counter() - start:.1f} s")
    from partsdesk.services import claim_states, gate
    every = tuple(claim_states.STATES)
    loop_page = gate.overview()
    some = Claim.get(Claim.number == loop_page[len(loop_page) // 2].number)
    results = [
        (f"overview: first page of the loop states ({len(loop_page)} claims)",
         timed(lambda: gate.overview())),
        (f"overview: first page of every state ({len(gate.overview(every))} claims)",
         timed(lambda: gate.overview(every))),
        ("gate of one claim (blockers)", timed(lambda: gate.blockers(some), runs=50)),
    ]
    for label, ms in results:
        print(f"{label:<60} {ms:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
