"""Pulling the plug: a PC's process killed (SIGKILL) at random moments of its work. Afterwards the
database passes every check of ``partsdesk db check`` and holds every change that was committed;
a bulk import is there whole or not at all."""

import multiprocessing
import os
import random
import signal
import time

import pytest

from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import AuditEvent, Part, PartAlias
from partsdesk.services.checks import run_checks
from tests import workers

BACKENDS = ("sqlite", "postgres")

WRITE_KILLS = 8
IMPORT_KILLS = 6
IMPORT_ROWS = 2000


def _run_and_kill(target_fn, args, report, rng, pause=(0.05, 1.0)):
    """Start the worker, let it work for a random moment, kill it; return what it reported."""
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=target_fn, args=(*args, str(report)))
    proc.start()
    deadline = time.monotonic() + 60
    while not (report.exists() and report.read_text().startswith("ready")):
        assert proc.is_alive() and time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.02)
    time.sleep(rng.uniform(*pause))
    assert proc.is_alive(), "the worker stopped before it was killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.join(timeout=30)
    assert proc.exitcode == -signal.SIGKILL
    lines = report.read_text().splitlines()
    report.unlink()
    return [line for line in lines[1:] if line]


def _reopen_and_check(target):
    open_database(target)
    problems = [(name, p) for name, p in run_checks() if p]
    assert not problems, problems


@pytest.mark.slow
def test_single_writes_killed_at_random_keep_every_committed_part(db_target, admin, tmp_path):
    close_database()
    rng = random.Random(7)
    committed = []
    for kill in range(WRITE_KILLS):
        committed += _run_and_kill(workers.write_parts_forever, (db_target, f"K{kill}"),
                                   tmp_path / "report.txt", rng)
        _reopen_and_check(db_target)
        stored = {p for (p,) in Part.select(Part.part_no).tuples()}
        assert set(committed) <= stored, "a committed part is missing after the kill"
        # at most the one part whose commit the worker did not live to report
        assert len(stored) - len(committed) <= kill + 1
        assert PartAlias.select().count() == len(stored)
        assert (AuditEvent.select().where(AuditEvent.action == "part.create").count()
                == len(stored))
        close_database()
    assert len(committed) > WRITE_KILLS, "the kills came too early to prove anything"
    print(f"\n{WRITE_KILLS} kills during single writes survived; {len(committed)} parts kept")


@pytest.mark.slow
def test_bulk_imports_killed_at_random_are_whole_or_absent(db_target, admin, tmp_path):
    close_database()
    rng = random.Random(11)
    committed = []
    for kill in range(IMPORT_KILLS):
        committed += _run_and_kill(workers.import_batches_forever,
                                   (db_target, f"I{kill}", IMPORT_ROWS), tmp_path / "report.txt",
                                   rng)
        _reopen_and_check(db_target)
        counts = {}
        for (part_no,) in Part.select(Part.part_no).tuples():
            batch = part_no.rsplit("-", 1)[0]
            counts[batch] = counts.get(batch, 0) + 1
        assert all(counts.get(batch) == IMPORT_ROWS for batch in committed), \
            "a committed import is missing or incomplete"
        assert set(counts.values()) <= {IMPORT_ROWS}, f"a half-written import: {counts}"
        imports = AuditEvent.select().where(AuditEvent.action == "part.import").count()
        assert imports == len(counts), "every import that is there has its one audit event"
        close_database()
    print(f"\n{IMPORT_KILLS} kills during bulk imports survived; {len(committed)} imports of "
          f"{IMPORT_ROWS} rows kept")


# --- receiving: a scanner killed again and again on one receipt ----------------------------

RECEIVING_KILLS = 6
SCANNED_CODES = ["P-1", "P-2", "6900000000017", "UNKNOWN-9"]     # the third is P-1's box


def _scans_match_their_lines():
    from partsdesk.db.models.stock import ReceiptLine, ReceiptScan
    for line in ReceiptLine.select():
        scans = ReceiptScan.select().where(ReceiptScan.line == line.id)
        assert line.received == sum(s.quantity for s in scans if s.outcome != "damaged")
        assert line.damaged == sum(s.quantity for s in scans if s.outcome == "damaged")


@pytest.mark.slow
def test_a_scanner_killed_at_random_again_and_again_keeps_every_reported_scan(db_target, admin,
                                                                            tmp_path):
    """(tests/services/test_receiving_crash.py kills one scanner once on SQLite; here the same receipt
    survives several kills on each database, and then closes into stock.)"""
    from partsdesk.db.models.stock import ReceiptScan
    from partsdesk.services import receiving, stock
    from tests.factories import make_location, make_part, make_receipt, make_user
    make_user(admin, "clerk", "parts_clerk")
    make_part(admin, "P-1", aliases=["6900000000017"])
    make_part(admin, "P-2")
    make_location(admin, "QUARANTINE", "defective")
    number = make_receipt(admin, {"P-1": 100, "P-2": 100}).number
    close_database()
    rng = random.Random(13)
    reported: list[int] = []
    for kill in range(RECEIVING_KILLS):
        reported += [int(n) for n in _run_and_kill(
            workers.scan_forever, (db_target, number, SCANNED_CODES), tmp_path / "report.txt",
            rng)]
        _reopen_and_check(db_target)
        stored = {s.id for s in ReceiptScan.select(ReceiptScan.id)}
        assert set(reported) <= stored, "a scan reported as committed is missing"
        assert len(stored) - len(reported) <= kill + 1, "more than the scan in flight each time"
        _scans_match_their_lines()
        assert (AuditEvent.select().where(AuditEvent.action == "receipt.scan").count()
                == len(stored))
        close_database()
    assert len(reported) > RECEIVING_KILLS, "the kills came too early to prove anything"

    open_database(db_target)
    scans = list(ReceiptScan.select())
    receiving.close(admin, number)
    for part_no in ("P-1", "P-2"):
        good = sum(s.quantity for s in scans if s.part_id and s.part.part_no == part_no
                   and s.outcome != "damaged")
        assert stock.on_hand(part_no, "RECV") == good
    _reopen_and_check(db_target)
    print(f"\n{RECEIVING_KILLS} kills of a scanning loop survived; {len(reported)} scans kept")


# --- printing: a label batch killed while it renders and writes its PDF --------------------

PRINT_KILLS = 6
LABEL_PARTS = 60


def _whole_pdf(path) -> int:
    """The page count of a complete PDF; fails on a half-written one."""
    from pypdf import PdfReader
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "a half-written PDF"
    return len(PdfReader(path, strict=True).pages)


@pytest.mark.slow
def test_a_label_batch_killed_at_random_leaves_no_pdf_or_a_whole_one(db_target, admin,
                                                                     tmp_path):
    from partsdesk.documents import labels
    from partsdesk.services import catalog_import
    from partsdesk.services.catalog import PartData
    catalog_import.import_parts(admin, [PartData(f"LBL-{i:03d}", f"Label part {i}", f"标签配件 {i}")
                                 .cleaned() for i in range(LABEL_PARTS)], "labels.xlsx")
    events = AuditEvent.select().count()
    close_database()
    layout = labels.get_layout(labels.DEFAULT_LAYOUT)
    pages_of = {copies: labels.page_count(layout, LABEL_PARTS * copies) for copies in (1, 2, 3)}
    output = tmp_path / "out" / "labels.pdf"
    rng = random.Random(17)
    rounds = 0
    for kill in range(PRINT_KILLS):
        printed = [int(n) for n in _run_and_kill(workers.print_labels_forever,
                                                 (db_target, str(output)),
                                                 tmp_path / "report.txt", rng, (0.2, 3.0))]
        rounds += len(printed)
        if output.exists():
            pages = _whole_pdf(output)
            assert pages in pages_of.values()
            if printed:     # the last reported round, or the next one written but not reported
                assert pages in (printed[-1], pages_of[1 + len(printed) % 3])
        _reopen_and_check(db_target)
        assert Part.select().count() == LABEL_PARTS
        assert AuditEvent.select().count() == events, "printing changed data"
        close_database()
    assert rounds > 0 and output.exists(), "the kills came too early to prove anything"
    leftovers = [p.name for p in output.parent.iterdir() if p != output]
    print(f"\n{PRINT_KILLS} kills of a label batch survived; {rounds} batches printed; "
          f"{len(leftovers)} temporary files left behind")
