"""How fast part labels render: 10,000 labels with Chinese names on A4 3 × 8 sheets.

    python tests/benchmarks/bench_labels.py [--labels 10000] [--layout a4-3x8] [--runs 3]

The labels come from the demo catalogue generator (real-looking numbers, English and Chinese
names, a bin on every label). Prints the median time, labels per second, pages and file size,
and decodes the barcodes of the first page back as a sanity check.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from partsdesk.documents import labels  # noqa: E402
from partsdesk.documents.fonts import cjk_font  # noqa: E402
from partsdesk import demo  # noqa: E402


def items(count: int) -> list[labels.PartLabel]:
    rows, _ = demo.generate_catalogue(random.Random(1), count)
    return [labels.PartLabel(r.part_no, r.name, r.name_zh, f"A-{n % 30 + 1:02d}-{n % 6 + 1:02d}")
            for n, r in enumerate(rows)]


def first_page_decodes(data: bytes, expected: list[str]) -> bool:
    try:
        import pypdfium2
        import zxingcpp
    except ImportError:
        return True
    image = pypdfium2.PdfDocument(data)[0].render(scale=300 / 72).to_pil()
    found = {r.text for r in zxingcpp.read_barcodes(image)}
    return set(expected) <= found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=int, default=10_000)
    parser.add_argument("--layout", default="a4-3x8")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    layout = labels.get_layout(args.layout)
    batch = items(args.labels)
    started = time.perf_counter()
    cjk_font()
    print(f"font registration: {(time.perf_counter() - started) * 1000:.0f} ms")
    times, cpu = [], []
    for _ in range(args.runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        data = labels.render_part_labels(batch, layout)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    median = statistics.median(times)
    pages = labels.page_count(layout, len(batch))
    print(f"{len(batch):,} part labels on {layout.name}: {median:.2f} s median of {args.runs} "
          f"({len(batch) / median:,.0f} labels/s), {pages} pages, {len(data) / 1e6:.1f} MB")
    # CPU time is what a busy machine does not distort: the speed on an idle PC.
    print(f"CPU time: {statistics.median(cpu):.2f} s ({len(batch) / statistics.median(cpu):,.0f} "
          f"labels per CPU second)")
    ok = first_page_decodes(data, [i.part_no for i in batch[:layout.per_page]])
    print(f"first page barcodes decode: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
