"""Several PCs on one PostgreSQL server: the same schema as SQLite, and a dropped connection that
loses nothing and half-writes nothing."""

import pytest

from partsdesk.db.connection import (ConnectionLost, DatabaseUnavailable, close_database,
                                     database, open_database, transaction)
from partsdesk.db.migrations import LATEST, current_version
from partsdesk.db.models import AuditEvent, Location, Part, all_models
from partsdesk.services import catalog, users
from tests import pg
from tests.factories import make_part

BACKENDS = ("postgres",)


def _schema():
    return {table: sorted(c.name for c in database.get_columns(table))
            for table in database.get_tables()}


@pytest.mark.postgres
def test_postgresql_gets_the_same_tables_and_columns_as_sqlite(pg_url, db_path):
    open_database(db_path)
    sqlite = _schema()
    open_database(pg_url)
    assert _schema() == sqlite
    assert set(sqlite) == {m._meta.table_name for m in all_models()}
    assert current_version() == LATEST
    close_database()


def test_opening_again_changes_nothing_and_keeps_the_data(db_target, admin):
    make_part(admin, "P1")
    close_database()
    open_database(db_target)
    assert catalog.get_part("P1").name == "Oil filter"
    assert current_version() == LATEST


def test_a_server_that_cannot_be_reached_gives_a_clear_message():
    # Port 1 on this machine: nothing listens, the refusal is immediate.
    with pytest.raises(DatabaseUnavailable) as err:
        open_database("postgresql://postgres@127.0.0.1:1/partsdesk")
    message = str(err.value)
    assert message.startswith("Cannot reach the database server PostgreSQL postgres@127.0.0.1:1/")
    assert "Traceback" not in message and "psycopg2" not in message


def _cut_off(url: str) -> None:
    """What a pulled network cable does to this PC's session: the server ends it."""
    schema = url.rsplit("application_name=", 1)[1]
    pids = pg.backend_pids(pg.server_url(), schema)
    assert pids, "this test's connection should be visible on the server"
    conn = pg.admin_connection(pg.server_url())
    try:
        for pid in pids:
            conn.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
    finally:
        conn.close()


def test_a_connection_dropped_between_actions_reconnects_unnoticed(db_target, admin):
    make_part(admin, "P1")
    _cut_off(db_target)
    assert [r[1] for r in catalog.search_parts("P")] == ["P1"]     # a read: repeated at once
    _cut_off(db_target)
    make_part(admin, "P2")                                          # a write: new transaction
    assert Part.select().count() == 2


def test_a_connection_dropped_during_an_action_saves_none_of_it(db_target, admin):
    with pytest.raises(ConnectionLost) as err:
        with transaction():
            Part.create(part_no="HALF", name="half written")
            AuditEvent.create(user=admin, action="part.create", entity="part", record_id="HALF")
            _cut_off(db_target)
            Location.create(code="NEVER")
    assert "connection to the database server" in str(err.value)
    assert "was not saved" in str(err.value) and "input is kept" in str(err.value)
    # the next action reconnects, and finds nothing of the broken one
    assert not Part.select().where(Part.part_no == "HALF").exists()
    assert not AuditEvent.select().where(AuditEvent.record_id == "HALF").exists()
    make_part(admin, "WHOLE")
    assert catalog.get_part("WHOLE").name == "Oil filter"


def test_a_connection_dropped_at_commit_says_to_look_before_repeating(db_target, admin):
    with pytest.raises(ConnectionLost, match="look whether your last change arrived"):
        with transaction():
            Part.create(part_no="AT-COMMIT", name="x")
            _cut_off(db_target)
    assert not Part.select().where(Part.part_no == "AT-COMMIT").exists()
    assert users.get("admin").username == "admin"


def test_a_dropped_connection_inside_a_savepoint_still_rolls_back_everything(db_target, admin):
    with pytest.raises(ConnectionLost):
        with transaction():
            Part.create(part_no="OUTER", name="x")
            with transaction():             # a savepoint, as next_number() uses
                Part.create(part_no="INNER", name="x")
                _cut_off(db_target)
                Part.create(part_no="NEVER", name="x")
    assert Part.select().count() == 0
    assert database.transaction_depth() == 0


def test_the_server_gone_for_good_gives_a_clear_message_and_no_traceback(admin):
    make_part(admin, "P1")
    # Point this PC at a port where no server listens, as if the server had been switched off.
    database.obj.connect_params["port"] = 1
    database.obj.database = database.obj.database.replace(":5432", ":1")
    database.obj._drop()
    with pytest.raises(ConnectionLost, match="Cannot reach the database server"):
        make_part(admin, "P2")
