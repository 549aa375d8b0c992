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
    from partsdesk.services import catalog
    from partsdesk.services.catalog import PartData
    _open(target)
    actor = _user("admin")
    _report(report, "ready")
    for batch in range(1_000_000):
        data = [PartData(f"{prefix}-{batch:04d}-{i:05d}", f"Imported {i}",
                         aliases=[f"{prefix}-{batch:04d}-{i:05d}-BOX"] if i % 4 == 0 else [])
                .cleaned() for i in range(rows)]
        catalog.import_parts(actor, data, source=f"{prefix}-{batch:04d}.xlsx")
        _report(report, f"{prefix}-{batch:04d}")
        time.sleep(0)
