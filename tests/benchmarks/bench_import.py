"""How fast a manufacturer's catalogue workbook imports and exports.

    python tests/benchmarks/bench_import.py [--parts 200000]

Writes a workbook as manufacturers send them (merged title row, Chinese headers, prices and
part numbers partly stored as text, barcodes in one cell), then times ``import_file`` into a new
SQLite database: reading and checking the file, then writing it in one transaction. Then times a
re-import of the same file (every row an update) and an export of the whole catalogue.
Prints rows per second for each.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

NAMES = [("机油滤清器", "Oil filter"), ("空气滤清器", "Air filter"), ("刹车片", "Brake pad set"),
         ("制动盘", "Brake disc"), ("减振器", "Shock absorber"), ("火花塞", "Spark plug"),
         ("点火线圈", "Ignition coil"), ("水泵", "Water pump"), ("散热器", "Radiator"),
         ("雨刮片", "Wiper blade"), ("大灯总成", "Headlamp assembly"), ("正时皮带", "Timing belt")]
CATEGORIES = ["发动机", "制动", "悬挂", "电器", "车身", "冷却"]
HEADERS = ["序号", "配件编号", "配件名称", "英文名称", "类别", "单位", "单价(元)", "旧件返回",
           "条码", "最低库存"]


def write_catalogue(path: Path, parts: int) -> None:
    from openpyxl import Workbook
    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("配件目录")
    sheet.append(["2026 年配件价格目录"])
    sheet.append([])
    sheet.append(HEADERS)
    for i in range(parts):
        zh, en = NAMES[i % len(NAMES)]
        price = f"{rng.randint(100, 500_000) / 100:.2f}"
        sheet.append([i + 1, f"{10000 + i:05d}-{rng.choice('ABCDEFGH')}{i % 97:02d} ", zh, en,
                      CATEGORIES[i % len(CATEGORIES)], "个",
                      price if i % 3 else float(price), "是" if i % 5 == 0 else "否",
                      f"69{i:011d}" if i % 4 == 0 else None, str(i % 10)])
    book.save(path)


def _openpyxl_alone(path: Path) -> int:
    """The floor: what reading the file costs before PartsDesk looks at any cell."""
    from openpyxl import load_workbook
    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, default=200_000)
    args = parser.parse_args()
    from partsdesk.db.connection import close_database, open_database
    from partsdesk.services import users
    from partsdesk.spreadsheets import catalog as sheets

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "catalogue.xlsx"
        start = time.perf_counter()
        write_catalogue(source, args.parts)
        print(f"wrote the test workbook ({source.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - start:.1f} s")
        open_database(str(Path(folder) / "bench.sqlite3"))
        admin = users.create_first_admin("bench-pass")
        start = time.perf_counter()
        rows = _openpyxl_alone(source)
        took = time.perf_counter() - start
        print(f"openpyxl alone (read-only, values): {rows:,} rows in {took:.1f} s = "
              f"{rows / took:,.0f} rows/s")
        start = time.perf_counter()
        rows = len(sheets.read_file("parts", source))
        took = time.perf_counter() - start
        print(f"read and check only: {rows:,} rows in {took:.1f} s = {rows / took:,.0f} rows/s")
        for label in ("import, all new", "import again, all updates"):
            start = time.perf_counter()
            result = sheets.import_file(admin, "parts", source)
            took = time.perf_counter() - start
            print(f"{label}: {result['rows']:,} rows in {took:.1f} s = "
                  f"{result['rows'] / took:,.0f} rows/s (read, check, write)")
        target = Path(folder) / "export.xlsx"
        start = time.perf_counter()
        rows = sheets.export_file("parts", target)
        took = time.perf_counter() - start
        print(f"export: {rows:,} rows in {took:.1f} s = {rows / took:,.0f} rows/s")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
