"""How fast the claim desk page answers with 200,000 claims and 500,000 part lines.

    python tests/benchmarks/bench_claims_page.py [--claims 200000] [--lines 500000]

Builds the same database as ``bench_claim_search.py``, then times what a warranty administrator
sees: opening the claims page (first page of the list and the count), typing a VIN tail into the
search box, filtering by state, selecting a claim (its details, lines, history and where its
parts are), and the approval queue of a supervisor. Prints the median of several runs, in ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.bench_claim_search import build, median_ms  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--lines", type=int, default=500_000)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    from partsdesk.ui import app as shell_app
    shell_app.prepare(app)
    folder = tempfile.mkdtemp(prefix="partsdesk-bench-")
    os.environ["PARTSDESK_HOME"] = folder
    build(str(Path(folder) / "bench.sqlite3"), args.claims, args.lines)

    from partsdesk.db.models import User
    from partsdesk.db.models.claims import Claim
    from partsdesk.services import claim_states
    from partsdesk.ui.pages.approvals import ApprovalsPage
    from partsdesk.ui.pages.claims import ClaimsPage
    office = User.select().where(User.role == "warranty_admin").first()
    supervisor = User.select().where(User.role == "supervisor").first()
    newest = Claim.select().order_by(Claim.id.desc()).first()
    tail = newest.vehicle.vin[-6:]
    pages = []

    def open_page():
        page = ClaimsPage(office)
        page._count_all()
        pages.append(page)
    results = {"open the claims page (first page + count)": median_ms(open_page, 5)}
    page = pages[-1]

    def search_tail():
        page.search.setText(tail)
        page.apply_filter()
    results[f"search the VIN tail {tail}"] = median_ms(search_tail)
    page.search.clear()

    def filter_submitted():
        page.state_filter.setCurrentIndex(page.state_filter.findData(claim_states.SUBMITTED))
        page.state_filter.setCurrentIndex(0)
    results["filter by state and back (two list loads)"] = median_ms(filter_submitted)
    results["select a claim (details, lines, history, parts)"] = median_ms(
        lambda: page.view.show_claim(newest.number))
    results["open a supervisor's approval queue"] = median_ms(
        lambda: ApprovalsPage(supervisor), 5)
    print(f"{Claim.select().count():,} claims")
    for what, ms in results.items():
        print(f"{what:55s} {ms:8.1f} ms")
    from partsdesk.db.connection import close_database
    close_database()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
