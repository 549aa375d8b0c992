"""Several PCs at once: separate processes (spawned, as on Windows) on one database, SQLite file
or PostgreSQL server, all released at the same moment by a barrier."""

import json
import multiprocessing
import queue

import pytest

from partsdesk.db.connection import close_database, open_database
from partsdesk.db.models import AuditEvent, Part, PartAlias, SchemaVersion
from partsdesk.services import numbering
from partsdesk.services.checks import run_checks
from tests import workers
from tests.factories import make_user

BACKENDS = ("sqlite", "postgres")

PCS = 4
NUMBERS_PER_PC = 150        # 2 of 3 kept, 1 abandoned: 100 committed numbers per PC
PARTS = 30


def _run(target_fn, args_per_pc):
    """Start one process per argument tuple, wait for all, return what each reported."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(args_per_pc))
    results = ctx.Queue()
    procs = [ctx.Process(target=target_fn, args=(*args, barrier, results))
             for args in args_per_pc]
    for p in procs:
        p.start()
    got = []
    try:
        for _ in procs:
            got.append(results.get(timeout=240))
    except queue.Empty:
        pytest.fail(f"only {len(got)} of {len(procs)} processes reported back")
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    return got


def test_pcs_starting_at_once_on_a_new_database_all_get_the_schema(db_backend, request,
                                                                     db_path):
    if db_backend == "postgres":
        target = request.getfixturevalue("pg_url")
        from tests import pg
        schema = target.rsplit("application_name=", 1)[1]
        pg.drop_schema(pg.server_url(), schema)       # as empty as a new server database
        pg.admin_connection(pg.server_url()).cursor().execute(f'CREATE SCHEMA "{schema}"')
    else:
        target = db_path
    reports = _run(workers.start_up, [(target,)] * PCS)
    assert [r[0] for r in reports] == ["ok"] * PCS, reports
    open_database(target)
    assert SchemaVersion.select().count() == 1
    close_database()


def test_numbers_taken_at_once_by_several_pcs_never_repeat_and_leave_no_gap(db_target, db):
    close_database()
    reports = _run(workers.allocate_numbers, [(db_target, "WC", NUMBERS_PER_PC)] * PCS)
    errors = [e for _, errs in reports for e in errs]
    assert not errors, errors[0]
    numbers = [n for got, _ in reports for n in got]
    assert len(numbers) == PCS * NUMBERS_PER_PC * 2 // 3
    assert len(set(numbers)) == len(numbers), "a number was given out twice"
    year = numbers[0].split("-")[1]
    assert sorted(numbers) == [numbering.format_number("WC", int(year), n)
                               for n in range(1, len(numbers) + 1)], "a number is missing"
    open_database(db_target)
    assert all(not problems for _, problems in run_checks())


def _assert_history_is_a_chain(part_no):
    """Each change saw the one before it: its "before" is the previous change's "after"."""
    events = list(AuditEvent.select().where((AuditEvent.entity == "part")
                                            & (AuditEvent.record_id == part_no))
                  .order_by(AuditEvent.id))
    previous = json.loads(events[0].after)["aliases"]
    for event in events[1:]:
        before, after = json.loads(event.before), json.loads(event.after)
        assert before["aliases"] == previous, f"{part_no}: a change overwrote one it never saw"
        previous = after["aliases"]


def test_several_pcs_creating_and_changing_the_same_parts_lose_nothing(db_target, admin):
    for i in range(PCS):
        make_user(admin, f"pc{i}", "parts_clerk")
    close_database()
    part_nos = [f"SHARED-{i:03d}" for i in range(PARTS)]
    reports = _run(workers.edit_parts, [(db_target, i, part_nos) for i in range(PCS)])
    errors = [e for *_, errs in reports for e in errs]
    assert not errors, errors[0]

    created = [p for got, *_ in reports for p in got]
    assert sorted(created) == part_nos, "each part must be created by exactly one PC"
    assert sum(r[1] for r in reports) == PARTS * (PCS - 1), "the others were told: duplicate"

    open_database(db_target)
    assert Part.select().count() == PARTS
    for part in Part.select():
        # The part carries the name and both barcodes of one and the same change, never a mix.
        writer = part.name.rsplit(" ", 1)[1]
        codes = sorted(a.code for a in part.aliases)
        assert len(codes) == 2 and all(f"-PC{writer}-" in code for code in codes), (part, codes)
    assert PartAlias.select().count() == 2 * PARTS
    assert AuditEvent.select().where(AuditEvent.action == "part.create").count() == PARTS
    assert (AuditEvent.select().where(AuditEvent.action == "part.update").count()
            == sum(r[2] for r in reports) == PCS * PARTS * 2)
    for part_no in part_nos:
        _assert_history_is_a_chain(part_no)
    assert all(not problems for _, problems in run_checks())


# --- stock: the same part in the same bin, from every PC at once ---------------------------

STOCK_OPERATIONS = 60       # per PC: moves out and in, reserve-and-issue, receiving scans
START_STOCK = 20
LAST_UNITS = 5
RESERVE_ATTEMPTS = 4        # per PC, one unit each: more than the last units


def _stock_world(admin):
    from tests.factories import make_location, make_part, make_stock
    for i in range(PCS):
        make_user(admin, f"pc{i}", "parts_clerk")
    part = make_part(admin, "HOT-1", "Oil filter")
    bin_ = make_location(admin, "A-01-01")
    make_location(admin, "RECV", "receiving")
    make_stock(admin, part, bin_, START_STOCK)
    return part, bin_


def _bin_never_went_below_zero(part, bin_):
    """In commit order (SQLite writes one transaction at a time, so ids are that order)."""
    from partsdesk.db.models.stock import StockMove
    balance = 0
    for move in StockMove.select().where(StockMove.part == part.id).order_by(StockMove.id):
        balance += move.quantity if move.to_location_id == bin_.id else 0
        balance -= move.quantity if move.from_location_id == bin_.id else 0
        assert balance >= 0, f"the bin went to {balance} at move #{move.id}"


def test_several_pcs_issuing_and_receiving_one_part_in_one_bin_lose_nothing(db_target, admin,
                                                                          db_backend):
    from partsdesk.services import stock
    part, bin_ = _stock_world(admin)
    close_database()
    reports = _run(workers.trade_stock, [(db_target, i, "HOT-1", "A-01-01", STOCK_OPERATIONS)
                                         for i in range(PCS)])
    errors = [e for _, errs in reports for e in errs]
    assert not errors, errors[0]
    done = {key: sum(r[key] for r, _ in reports) for key in reports[0][0]}
    assert done["operations"] == PCS * STOCK_OPERATIONS

    open_database(db_target)
    assert all(not problems for _, problems in run_checks()), run_checks()
    received = done["in"] + done["put_away"]
    issued = done["out"] + done["issued"]
    assert stock.on_hand(part, bin_) == START_STOCK + received - issued
    assert stock.on_hand(part, "RECV") == 0
    assert stock.reserved(part) == 0, "every reservation was issued or given back"
    if db_backend == "sqlite":
        _bin_never_went_below_zero(part, bin_)
    assert done["refused"] > 0 and issued > 0 and received > 0, done
    print(f"\n{PCS} processes x {STOCK_OPERATIONS} stock operations: {done}")


def test_several_pcs_reserving_the_last_units_never_promise_more_than_there_is(db_target,
                                                                             admin):
    from partsdesk.db.models.stock import Reservation
    from partsdesk.services import stock
    from tests.factories import make_location, make_part, make_stock
    for i in range(PCS):
        make_user(admin, f"pc{i}", "warranty_admin")
    part = make_part(admin, "LAST-1", "Last filters")
    make_stock(admin, part, make_location(admin, "A-01-01"), LAST_UNITS)
    close_database()
    reports = _run(workers.reserve_the_last, [(db_target, i, "LAST-1", RESERVE_ATTEMPTS)
                                              for i in range(PCS)])
    errors = [e for *_, errs in reports for e in errs]
    assert not errors, errors[0]
    granted = [doc for got, *_ in reports for doc in got]
    assert len(granted) == LAST_UNITS, "exactly the last units were promised, once each"
    assert sum(refused for _, refused, _ in reports) == PCS * RESERVE_ATTEMPTS - LAST_UNITS

    open_database(db_target)
    assert sorted(r.document for r in Reservation.select()) == sorted(granted)
    assert stock.reserved(part) == LAST_UNITS and stock.available(part) == 0
    assert (AuditEvent.select().where(AuditEvent.action == "stock.reserve").count()
            == LAST_UNITS)
