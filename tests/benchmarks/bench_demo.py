"""How long ``partsdesk demo --size large`` takes: 200,000 parts, bins, users.

    python tests/benchmarks/bench_demo.py [--size large] [--runs 1]

Builds into a temporary folder and prints the total and the time of each demo step (the steps
are timed by wrapping ``demo.STEPS``; catalogue generation is timed on its own too).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from partsdesk.db.connection import close_database  # noqa: E402
from partsdesk import demo  # noqa: E402


def timed_steps(spent: dict):
    def wrap(step):
        def run(world):
            started = time.perf_counter()
            step(world)
            spent[step.__name__] = spent.get(step.__name__, 0) + time.perf_counter() - started
        run.__name__ = step.__name__
        return run
    return [(share, wrap(step)) for share, step in demo.STEPS]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(demo.SIZES), default="large")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    demo.generate_catalogue(random.Random(demo.SEED), demo.SIZES[args.size])
    print(f"generating {demo.SIZES[args.size]:,} catalogue rows alone: "
          f"{time.perf_counter() - started:.2f} s")
    spent: dict[str, float] = {}
    demo.STEPS[:] = timed_steps(spent)
    totals = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["PARTSDESK_HOME"] = folder
        target = str(Path(folder) / "demo.sqlite3")
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            summary = demo.build(target, args.size)
            totals.append(time.perf_counter() - started)
            cpu = time.process_time() - started_cpu
            close_database()
        size = Path(target).stat().st_size
    print(f"demo --size {args.size}: {statistics.median(totals):.2f} s median of {args.runs} "
          f"({summary}; {size / 1e6:.0f} MB); CPU time of the last run {cpu:.2f} s")
    for name, seconds in spent.items():
        print(f"  {name:<16} {seconds / args.runs:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
