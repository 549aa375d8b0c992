"""The records that are never changed, refused by the database itself: from a raw connection
(sqlite3 or psycopg2, not through PartsDesk) every append-only table refuses UPDATE and DELETE
with its name and its rule, and ``db check`` names a trigger someone dropped."""

import pytest

from partsdesk.cli import main
from partsdesk.db import append_only
from partsdesk.db.connection import close_database, database, open_database
from partsdesk.db.migrations import missing_rules, restore_rules
from partsdesk.services import (checks, claim_states, receiving, return_inspection,
                                return_shipments, returns)
from partsdesk.services.claims import PartLineData
from tests.factories import FILTER, PADS, make_issued_claim, make_receipt, sign
from tests.unprotected import drop_trigger

BACKENDS = ("sqlite", "postgres")

TABLES = sorted(append_only.TABLES)


def raw_connection(target: str):
    """A connection of an ordinary database tool to the test's database."""
    if target.startswith("postgresql://"):
        import psycopg2
        return psycopg2.connect(target)
    import sqlite3
    return sqlite3.connect(target)


def refusal(target: str, sql: str) -> str:
    """What the database answers ``sql`` with (the statement rolled back), or "" if it ran."""
    conn = raw_connection(target)
    try:
        cur = conn.cursor()
        try:
            cur.execute(sql)
        except Exception as exc:        # sqlite3 and psycopg2 raise their own IntegrityError
            kinds = {kind.__name__ for kind in type(exc).__mro__}
            return f"{'IntegrityError' if 'IntegrityError' in kinds else type(exc).__name__}: {exc}"
        return ""
    finally:
        conn.rollback()
        conn.close()


@pytest.fixture
def full_loop(db, desk):
    """Every append-only table holds rows, each written by the services: a receipt with a scan
    and its void, claims through issue, a signed voucher, tags inspected (one written off as
    missing that turned up, its inspection withdrawn and the charge-back reversed)."""
    receipt = make_receipt(desk["clerk"], {PADS: 2})
    made = receiving.scan(desk["clerk"], receipt.number, PADS)
    receiving.void_scan(desk["clerk"], receipt.number, made.scan_id)
    claim = make_issued_claim(desk, PartLineData(FILTER))
    sign(desk, claim)
    shipment = return_shipments.create_shipment(desk["clerk"])
    tag = returns.tags_of(claim)[0]
    returns.store(desk["clerk"], tag.number)
    return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF100")
    return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "not in the box")
    return_inspection.receive(desk["ri"], tag.number)           # it turned up after all
    return_inspection.inspect(desk["ri"], tag.number, claim_states.CONFIRMED)
    return {"claim": claim, "tag": tag}


def test_every_append_only_table_has_rows_from_the_services(full_loop):
    for table in TABLES:
        if not database.table_exists(table):
            continue
        count = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        assert count > 0 or table == "stored_document", table


@pytest.mark.parametrize("table", TABLES)
def test_a_raw_update_of_an_append_only_table_is_refused_with_its_rule(full_loop, db_target,
                                                                        table):
    if not database.table_exists(table):
        pytest.skip(f"{table} is not in this schema")
    said = refusal(db_target, f'UPDATE "{table}" SET id = id')
    assert "IntegrityError" in said
    assert append_only.message(table, append_only.TABLES[table]) in said


@pytest.mark.parametrize("table", TABLES)
def test_a_raw_delete_from_an_append_only_table_is_refused_with_its_rule(full_loop, db_target,
                                                                          table):
    if not database.table_exists(table):
        pytest.skip(f"{table} is not in this schema")
    count = database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    said = refusal(db_target, f'DELETE FROM "{table}"')
    if count:                       # a DELETE of no row has nothing to refuse on SQLite
        assert "IntegrityError" in said
        assert append_only.message(table, append_only.TABLES[table]) in said
    assert database.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == count


def test_a_raw_truncate_is_refused_on_postgresql(full_loop, db_target, db_backend):
    if db_backend != "postgres":
        pytest.skip("SQLite has no TRUNCATE")
    said = refusal(db_target, 'TRUNCATE "stock_move" CASCADE')
    assert append_only.message("stock_move", append_only.TABLES["stock_move"]) in said


def test_the_app_sees_the_refusal_as_an_integrity_error_with_the_rule(full_loop):
    from peewee import IntegrityError

    from partsdesk.db.models.stock import StockMove
    with pytest.raises(IntegrityError, match="stock moves are never changed; post a reversing"):
        with database.atomic():
            StockMove.update(reason="edited").execute()


def test_a_tag_that_turned_up_keeps_its_missing_inspection_beside_its_withdrawal(full_loop):
    from partsdesk.db.models.returns import Inspection, InspectionWithdrawal
    from partsdesk.db.models.settlement import Difference
    tag = full_loop["tag"]
    found = list(Inspection.select().where(Inspection.tag == tag.id).order_by(Inspection.id))
    assert [(i.outcome, i.attempt) for i in found] == [(claim_states.MISSING, 0),
                                                      (claim_states.CONFIRMED, 1)]
    assert [w.inspection_id for w in InspectionWithdrawal.select()] == [found[0].id]
    assert returns.inspection_of(tag).outcome == claim_states.CONFIRMED
    sources = [d.source for d in Difference.select().where(Difference.tag == tag.number)
               .order_by(Difference.id)]
    assert sources == ["inspection", "reversal"]


def test_a_tag_is_not_inspected_twice_in_one_attempt(full_loop, desk):
    from peewee import IntegrityError

    from partsdesk.db.models.returns import Inspection
    tag = full_loop["tag"]
    with pytest.raises(IntegrityError):
        with database.atomic():
            Inspection.create(tag=tag.id, outcome=claim_states.CONFIRMED, attempt=1)


@pytest.fixture
def rules_put_back(db_target):
    """Whatever a test drops, the database has every rule again after it (on PostgreSQL the
    run's schema is shared by the tests that follow)."""
    yield
    open_database(db_target)
    restore_rules()
    close_database()


def test_db_check_names_a_dropped_trigger_and_upgrade_puts_it_back(db, db_target, capsys,
                                                                   rules_put_back):
    assert missing_rules() == []
    assert dict(checks.run_checks())[
        "The database refuses changes to records that are never changed"] == []
    drop_trigger("stock_move_no_delete", "stock_move")
    drop_trigger("claim_state_moves", "claim")
    problems = dict(checks.run_checks())[
        "The database refuses changes to records that are never changed"]
    assert len(problems) == 2
    assert problems[0].startswith("Trigger stock_move_no_delete is missing: table stock_move "
                                  "no longer refuses what it must (stock moves are never "
                                  "changed; post a reversing move).")
    assert problems[1].startswith("Trigger claim_state_moves is missing: table claim")
    close_database()
    capsys.readouterr()
    code = main(["--db", db_target, "db", "check"])
    out = capsys.readouterr().out
    assert code != 0
    assert "FAIL The database refuses changes to records that are never changed" in out
    assert "Trigger stock_move_no_delete is missing" in out
    assert "Trigger claim_state_moves is missing" in out
    assert main(["--db", db_target, "db", "upgrade"]) == 0
    close_database()
    open_database(db_target)
    assert missing_rules() == []
    assert {"stock_move_no_delete", "claim_state_moves"} <= append_only.present(database)
    capsys.readouterr()
    assert main(["--db", db_target, "db", "check"]) == 0


def test_a_new_database_has_every_rule(db):
    assert missing_rules() == []
    found = append_only.present(database)
    for table in append_only.TABLES:
        if database.table_exists(table):
            assert {append_only.trigger_name(table, "update"),
                    append_only.trigger_name(table, "delete")} <= found
