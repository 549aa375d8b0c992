"""A receiving PC killed in the middle of a scan loop loses at most the scan in flight."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import AuditEvent
from partsdesk.db.models.stock import ReceiptLine, ReceiptScan
from partsdesk.services import receiving
from tests.factories import make_part, make_receipt

ROOT = Path(__file__).resolve().parents[2]
SCANNER = """
import os, sys
from partsdesk.db.connection import open_database
from partsdesk.db.models import User
from partsdesk.services import receiving
target, number, report = sys.argv[1:4]
open_database(target, migrate=False)
clerk = User.get(User.username == "clerk")
codes = ["P-1", "P-2", "UNKNOWN-9", "P-1"]
with open(report, "a") as out:
    for n in range(100000):
        made = receiving.scan(clerk, number, codes[n % len(codes)])
        out.write(f"{made.scan_id}\\n")
        out.flush()
        os.fsync(out.fileno())
"""


def test_killing_the_scanner_keeps_every_committed_scan_and_a_consistent_receipt(
        clerk, db_path, tmp_path):
    make_part(clerk, "P-1")
    make_part(clerk, "P-2")
    number = make_receipt(clerk, {"P-1": 50, "P-2": 50}).number
    close_database()
    report = tmp_path / "committed.txt"
    report.touch()
    child = subprocess.Popen([sys.executable, "-c", SCANNER, db_path, number, str(report)],
                             cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while len(report.read_text().split()) < 40 and time.monotonic() < deadline:
            assert child.poll() is None, "the scanner stopped by itself"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    committed = {int(n) for n in report.read_text().split()}
    assert len(committed) >= 40

    open_database(db_path)
    stored = {row.id for row in ReceiptScan.select(ReceiptScan.id)}
    assert committed <= stored                       # nothing reported as done is missing
    assert len(stored - committed) <= 1              # at most the scan in flight
    for line in ReceiptLine.select():
        scanned = sum(s.quantity for s in ReceiptScan.select().where(ReceiptScan.line == line.id))
        assert line.received == scanned              # the line and its scans agree
    assert AuditEvent.select().where(AuditEvent.action == "receipt.scan").count() == len(stored)
    found = {d.kind for d in receiving.discrepancies(number)}
    assert "unknown" in found
