"""What the child processes of the concurrency and crash tests do: each one is a separate PC.

Every worker opens the database itself (``target`` is a SQLite path or a PostgreSQL URL), acts
through the services as a named user, and tells the parent what it committed. Workers are plain
module-level functions so that ``multiprocessing`` with ``spawn`` (a fresh interpreter, as on
Windows) can start them.
"""

from __future__ import annotations

import os
import random
import time
import traceback

from partsdesk.db.connection import open_database, transaction
from partsdesk.db.models import User


def _open(target: str) -> None:
    open_database(target, migrate=False, backup=False)


def _user(username: str) -> User:
    return User.get(User.username == username)


def _wait(barrier) -> None:
    if barrier is not None:
        barrier.wait(timeout=60)


def start_up(target: str, barrier, results) -> None:
    """A PC starting PartsDesk: open and upgrade the schema, at the same moment as the others."""
    try:
        _wait(barrier)
        open_database(target, backup=False)
        results.put(("ok", os.getpid()))
    except BaseException as exc:
        results.put(("error", f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"))


def allocate_numbers(target: str, series: str, count: int, barrier, results) -> None:
    """Take ``count`` numbers; every third document is abandoned and gives its number back."""
    from partsdesk.services import numbering

    class Abandoned(Exception):
        pass

    got, errors = [], []
    try:
        _open(target)
        _wait(barrier)
        for i in range(count):
            try:
                with transaction():
                    number = numbering.next_number(series)
                    if i % 3 == 2:
                        raise Abandoned
            except Abandoned:
                continue
            got.append(number)          # reported only once committed
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    results.put((got, errors))


def edit_parts(target: str, worker: int, part_nos: list[str], barrier, results) -> None:
    """Create the shared parts (only one PC may succeed per part), then change each of them.

    Each change sets a name and a barcode that carry the worker's number, so the parent can see
    whether any part ended up with the name of one PC and the barcode of another.
    """
    from partsdesk.services import catalog
    from partsdesk.services.catalog import PartData
    from partsdesk.services.errors import Duplicate

    created, duplicates, updates, errors = [], 0, 0, []
    try:
        _open(target)
        actor = _user(f"pc{worker}")
        _wait(barrier)
        for part_no in part_nos:
            try:
                catalog.create_part(actor, PartData(part_no, f"created by {worker}"))
                created.append(part_no)
            except Duplicate:
                duplicates += 1
        for round_ in range(2):
            for part_no in part_nos:
                catalog.update_part(actor, part_no, PartData(
                    part_no, f"changed by {worker}", aliases=[f"{part_no}-PC{worker}-{round_}",
                                                               f"{part_no}-PC{worker}-X{round_}"]))
                updates += 1
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    results.put((created, duplicates, updates, errors))


# --- crash tests: the parent kills these with SIGKILL --------------------------------------

def _report(path: str, line: str) -> None:
    # One small O_APPEND write: the kernel keeps it whole even when the process dies next.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        os.write(fd, (line + "\n").encode())
    finally:
        os.close(fd)


def write_parts_forever(target: str, prefix: str, report: str) -> None:
    """Single writes, one part per transaction, until killed; report each one once committed."""
    from partsdesk.services import catalog
    from partsdesk.services.catalog import PartData
    _open(target)
    actor = _user("admin")
    _report(report, "ready")
    for i in range(1_000_000):
        part_no = f"{prefix}-{i:06d}"
        catalog.create_part(actor, PartData(part_no, f"Part {i}", aliases=[f"{part_no}-BOX"],
                                            unit_price=f"{random.randint(0, 99999)}.{i % 100:02d}"))
        _report(report, part_no)


def import_batches_forever(target: str, prefix: str, rows: int, report: str) -> None:
    """Bulk catalogue imports of ``rows`` parts each until killed; report each committed batch."""
    from partsdesk.services import catalog_import
    from partsdesk.services.catalog import PartData
    _open(target)
    actor = _user("admin")
    _report(report, "ready")
    for batch in range(1_000_000):
        data = [PartData(f"{prefix}-{batch:04d}-{i:05d}", f"Imported {i}",
                         aliases=[f"{prefix}-{batch:04d}-{i:05d}-BOX"] if i % 4 == 0 else [])
                .cleaned() for i in range(rows)]
        catalog_import.import_parts(actor, data, source=f"{prefix}-{batch:04d}.xlsx")
        _report(report, f"{prefix}-{batch:04d}")
        time.sleep(0)


# --- stock: several PCs issuing, receiving and reserving the same part in the same bin -----

def trade_stock(target: str, worker: int, part_no: str, bin_code: str, operations: int,
                barrier, results) -> None:
    """Issue and receive ``part_no`` at ``bin_code`` in a random mix, as a counter, a receiving
    PC and a warranty office would; report only what was committed.

    Operations: out (a move out of the bin), in (a move into it), reserve+issue (reserve for a
    document, then issue against it from the bin), scan (one scan on this PC's own receipt,
    which is closed into the receiving area and put away into the bin at the end).
    """
    from partsdesk.services import putaway, receiving, stock
    from partsdesk.services.errors import InsufficientStock

    done = {"in": 0, "out": 0, "issued": 0, "scanned": 0, "put_away": 0, "refused": 0,
            "operations": 0}
    errors = []
    rng = random.Random(worker)
    try:
        _open(target)
        actor = _user(f"pc{worker}")
        receipt = receiving.create_receipt(actor, source=f"PC {worker}", location="RECV",
                                           lines=[(part_no, operations)]).number
        _wait(barrier)
        for i in range(operations):
            kind = rng.choice(("out", "out", "in", "reserve+issue", "scan"))
            quantity = rng.randint(1, 3)
            done["operations"] += 1
            try:
                if kind == "out":
                    stock.move(actor, part_no, quantity, bin_code, None, "issue",
                               document=f"COUNTER-{worker}")
                    done["out"] += quantity
                elif kind == "in":
                    stock.move(actor, part_no, quantity, None, bin_code, "receipt",
                               document=f"DELIVERY-{worker}")
                    done["in"] += quantity
                elif kind == "scan":
                    receiving.scan(actor, receipt, part_no)
                    done["scanned"] += 1
                else:
                    _reserve_and_issue(actor, part_no, bin_code, quantity, f"WO-{worker}-{i}",
                                       done)
            except InsufficientStock:
                done["refused"] += 1
        receiving.close(actor, receipt)
        if done["scanned"]:
            putaway.put_away(actor, part_no, done["scanned"], bin_code, "RECV")
            done["put_away"] = done["scanned"]
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    results.put((done, errors))


def _reserve_and_issue(actor, part_no, bin_code, quantity, document, done) -> None:
    from partsdesk.services import stock
    from partsdesk.services.errors import InsufficientStock
    stock.reserve(actor, part_no, quantity, document)
    try:
        stock.issue_reserved(actor, part_no, bin_code, quantity, document)
    except InsufficientStock:
        stock.release(actor, document)      # free elsewhere, not in this bin: give it back
        raise
    done["issued"] += quantity


def reserve_the_last(target: str, worker: int, part_no: str, attempts: int, barrier,
                     results) -> None:
    """Reserve one more unit for a new document, ``attempts`` times; report what was granted."""
    from partsdesk.services import stock
    from partsdesk.services.errors import InsufficientStock

    granted, refused, errors = [], 0, []
    try:
        _open(target)
        actor = _user(f"pc{worker}")
        _wait(barrier)
        for i in range(attempts):
            try:
                stock.reserve(actor, part_no, 1, f"WC-{worker}-{i}")
                granted.append(f"WC-{worker}-{i}")
            except InsufficientStock:
                refused += 1
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}")
    results.put((granted, refused, errors))


def scan_forever(target: str, receipt_no: str, codes: list[str], report: str) -> None:
    """A receiving PC scanning until killed; each scan reported (by its id) once committed."""
    from partsdesk.services import receiving
    _open(target)
    actor = _user("clerk")
    _report(report, "ready")
    for n in range(1_000_000):
        made = receiving.scan(actor, receipt_no, codes[n % len(codes)],
                              quantity=1 + n % 3, damaged=n % 11 == 10)
        _report(report, str(made.scan_id))


def print_labels_forever(target: str, output: str, report: str) -> None:
    """Print the whole catalogue's labels to ``output`` again and again until killed; each
    round's copies (and so its page count) differ, and a round is reported once written."""
    from partsdesk.db.models import Part
    from partsdesk.documents import labels
    _open(target)
    layout = labels.get_layout(labels.DEFAULT_LAYOUT)
    _report(report, "ready")
    for n in range(1_000_000):
        copies = 1 + n % 3
        parts = Part.select().order_by(Part.part_no)        # read while rendering
        labels.render_part_labels(parts, layout, copies=copies, output=output)
        _report(report, str(labels.page_count(layout, Part.select().count() * copies)))
