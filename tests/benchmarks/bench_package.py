"""How fast claim packages build: one claim, and a batch of 500 claims in one PDF.

    python tests/benchmarks/bench_package.py [--claims 500] [--runs 3] [--lang zh_CN]

Builds a database of claims walked through the services (approved, two parts issued, one of them
to be returned, so each package is voucher + tag sheet + issue slip = 3 pages, Chinese text),
then times ``claim_package.build`` for one claim and for all of them. Every build records and
archives a voucher print per claim, as printing does. Prints the median, the time per claim, pages
and file size.
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

os.environ["PARTSDESK_HOME"] = tempfile.mkdtemp(prefix="bench-package-")

from partsdesk.db.connection import open_database  # noqa: E402
from partsdesk.documents import claim_package  # noqa: E402
from partsdesk.documents.fonts import cjk_font  # noqa: E402
from partsdesk.services import users, vouchers  # noqa: E402
from partsdesk.services.claims import PartLineData  # noqa: E402
from tests.factories import (FILTER, PADS, loop_vin, make_issued_claim,  # noqa: E402
                             make_loop_desk, make_stock)


def world(count: int):
    open_database(os.path.join(os.environ["PARTSDESK_HOME"], "bench.sqlite3"))
    admin = users.create_first_admin("admin-pass", full_name="Ada Admin")
    desk = make_loop_desk(admin)
    vouchers.configure_documents(admin, organisation="华南区客户服务信息中心",
                                 dealer_name="广州白云汽车销售服务有限公司", dealer_code="GZ-0421",
                                 dealer_address="广东省广州市白云区机场路1234号汽车城A区7栋")
    for part in (FILTER, PADS):
        make_stock(desk["clerk"], part, "A-01-01", 2 * count)
    numbers = []
    for n in range(count):
        claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PADS),
                                  vin=loop_vin(n + 1), customer_name=f"欧阳娜娜{n}号")
        numbers.append(claim.number)
    return desk, numbers


def timed(work, runs: int) -> tuple[float, bytes]:
    times, data = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        data = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), data


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lang", default="zh_CN")
    args = parser.parse_args()
    start = time.perf_counter()
    desk, numbers = world(args.claims)
    print(f"world: {args.claims} claims through the services in "
          f"{time.perf_counter() - start:.1f} s")
    cjk_font()
    actor = desk["wa"]
    one, data = timed(lambda: claim_package.build(actor, numbers[:1], args.lang), max(5, args.runs))
    print(f"one claim: {one * 1000:.0f} ms, {len(data) / 1024:.0f} KiB")
    many, data = timed(lambda: claim_package.build(actor, numbers, args.lang), args.runs)
    from pypdf import PdfReader
    import io
    pages = len(PdfReader(io.BytesIO(data)).pages)
    print(f"{len(numbers)} claims: {many:.1f} s ({many / len(numbers) * 1000:.0f} ms per claim), "
          f"{pages} pages, {len(data) / 1024 / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
