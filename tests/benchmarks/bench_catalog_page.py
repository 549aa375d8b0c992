"""How fast the parts catalogue page is with 200,000 parts.

    python tests/benchmarks/bench_catalog_page.py [--parts 200000]

Fills a temporary SQLite database through ``catalog.import_parts`` (the bulk path), then opens
the real page offscreen and times what a clerk does: open the page, filter by a name word, a
part-number prefix and a Chinese word, scan an exact number, and scroll to row 10,000. Prints
the median of several runs of each, in milliseconds.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

WORDS = [  # English, Chinese
    ("Oil filter", "机油滤清器"), ("Air filter", "空气滤清器"), ("Brake pad set", "刹车片"),
    ("Brake disc", "制动盘"), ("Shock absorber", "减振器"), ("Spark plug", "火花塞"),
    ("Ignition coil", "点火线圈"), ("Water pump", "水泵"), ("Radiator", "散热器"),
    ("Starter motor", "起动机"), ("Alternator", "发电机"), ("Wiper blade", "雨刮片"),
    ("Headlamp", "大灯"), ("Timing belt", "正时皮带"), ("Gasket", "密封垫"),
    ("Bracket", "支架"), ("Bolt", "螺栓"), ("Hose", "软管"), ("Sensor", "传感器"),
    ("Bearing", "轴承"), ("Clutch disc", "离合器片"), ("Fuel pump", "燃油泵"),
    ("Control arm", "控制臂"), ("Tie rod end", "横拉杆球头"), ("Door handle", "门把手"),
]
SIDES = [("", ""), ("front", "前"), ("rear", "后"), ("left", "左"), ("right", "右"),
         ("front left", "左前"), ("front right", "右前")]
CATEGORIES = ["Filters", "Brakes", "Suspension", "Ignition", "Cooling", "Electrical", "Body",
              "Engine", "Lighting", "Fluids"]


def catalogue(count: int):
    from partsdesk.services.catalog import PartData
    rng = random.Random(20261128)
    seen = set()
    while len(seen) < count:
        number = f"{rng.randint(10000, 99999)}-{rng.choice('0ABCEKTY')}{rng.randint(1000, 9999)}"
        if number in seen:
            continue
        seen.add(number)
        (name, zh), (side, side_zh) = rng.choice(WORDS), rng.choice(SIDES)
        aliases = [f"69{rng.randint(10 ** 10, 10 ** 11 - 1)}"] if rng.random() < 0.1 else []
        yield PartData(number, f"{name}, {side}" if side else name, side_zh + zh,
                       rng.choice(CATEGORIES), "PCS", f"{rng.randint(100, 500000) / 100:.2f}",
                       rng.random() < 0.3, aliases=aliases)


def timed(action, runs: int = 5) -> float:
    """Median milliseconds of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, default=200_000)
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="partsdesk-bench-")
    os.environ["PARTSDESK_HOME"] = folder

    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from partsdesk.db.connection import open_database
    from partsdesk.services import catalog, catalog_import, users
    from partsdesk.ui import messages
    from partsdesk.ui.pages.catalog import CatalogPage
    messages.headless = True

    open_database(str(Path(folder) / "bench.sqlite3"))
    admin = users.create_first_admin("bench-pass")
    rows = list(catalogue(args.parts))
    start = time.perf_counter()
    catalog_import.import_parts(admin, rows, source="bench")
    seconds = time.perf_counter() - start
    print(f"import {len(rows):,} parts: {seconds:.1f} s ({len(rows) / seconds:,.0f} rows/s)")
    sample = rows[len(rows) // 2]
    prefix = sample.part_no[:5]

    opened = []

    def open_page():
        while opened:               # the previous run's page, closed outside the timing
            old = opened.pop()
            old.close()
            old.deleteLater()
        page = CatalogPage(admin)
        page.resize(1200, 700)
        page.show()
        page.repaint()          # the first page of rows is painted: what the clerk sees
        opened.append(page)

    page = CatalogPage(admin)
    page.resize(1200, 700)
    page.show()

    def filter_by(text: str):
        def run():
            page.search.setText(text)
            page.apply_filter()
            app.processEvents()
        return run

    def scroll_to_10000():
        filter_by("")()
        while page.model.rowCount() < 10_000 and page.model.canFetchMore():
            page.model.fetchMore()
        page.table.scrollTo(page.model.index(9_999, 0))
        app.processEvents()

    def last_fetch():
        page.model.fetchMore()

    figures = [
        ("open the page (first page painted)", timed(open_page)),
        ("filter by a name word 'bracket'", timed(filter_by("bracket"))),
        ("filter by two words 'brake front'", timed(filter_by("brake front"))),
        (f"filter by a part-number prefix '{prefix}'", timed(filter_by(prefix))),
        ("filter by a Chinese word '刹车'", timed(filter_by("刹车"))),
        ("filter that matches nothing 'zzzz' (full scan)", timed(filter_by("zzzz"))),
        (f"scan an exact part number {sample.part_no}",
         timed(lambda: page.on_scanned(sample.part_no))),
        ("scroll to row 10,000 (50 fetches)", timed(scroll_to_10000, runs=3)),
        ("one fetchMore at row 10,000", timed(last_fetch)),
        ("count_parts (the count label, after the first paint)", timed(catalog.count_parts)),
    ]
    for label, ms in figures:
        print(f"{label:<52} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
