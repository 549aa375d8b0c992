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


def _run_and_kill(target_fn, args, report, rng):
    """Start the worker, let it work for a random moment, kill it; return what it reported."""
    ctx = multiprocessing.get_context("spawn")
    proc = ctx.Process(target=target_fn, args=(*args, str(report)))
    proc.start()
    deadline = time.monotonic() + 60
    while not (report.exists() and report.read_text().startswith("ready")):
        assert proc.is_alive() and time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.02)
    time.sleep(rng.uniform(0.05, 1.0))
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
