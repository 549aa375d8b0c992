"""Least privilege on PostgreSQL: ``partsdesk db init --owner-role --app-role`` makes an owner
that owns the tables and an application role the PCs log in with, which does the whole claim
loop but cannot remove nor change the history, nor alter, drop or create a table; a table a
migration adds is granted too, and ``db check`` warns a PC that logs in as a superuser or the
owner.

Each test gets its own schema and its own pair of roles (roles belong to the whole server), and
drops them at its end."""

from datetime import date

import psycopg2
import pytest
from psycopg2 import errorcodes

from partsdesk.cli import main
from partsdesk.db import migrations, roles
from partsdesk.db.connection import DatabaseUnavailable, close_database, database, open_database
from tests import pg
from partsdesk.services.catalog import PartData
from partsdesk.services.claims import PartLineData
from tests.factories import (FILTER, PADS, PUMP, claim_data, loop_vin, make_claim,
                             make_issued_claim, make_loop_desk, ship_and_receive, sign)

pytestmark = pytest.mark.postgres


@pytest.fixture
def installation(monkeypatch, capsys):
    """A schema set up by ``db init`` with its owner and application role: their names, the
    administrator's URL and the URL a PC logs in with."""
    server = pg.require_server()
    schema = pg.new_schema(server)
    owner, app = pg.role_names()
    admin_url = pg.schema_url(server, schema)
    monkeypatch.setenv("PARTSDESK_PASSWORD", "admin-pass")
    monkeypatch.setenv("PARTSDESK_APP_PASSWORD", "app-secret-1")
    code = main(["--db", admin_url, "db", "init", "--owner-role", owner, "--app-role", app])
    out = capsys.readouterr().out
    assert code == 0, out
    yield {"owner": owner, "app": app, "admin_url": admin_url, "schema": schema, "out": out,
           "app_url": pg.schema_url(pg.as_user(server, app), schema)}
    close_database()
    pg.drop_schema(server, schema)
    pg.drop_roles(server, owner, app)


def refused(conn, sql: str) -> str:
    """The SQLSTATE name of the error ``sql`` gets (the transaction is rolled back)."""
    with pytest.raises(psycopg2.Error) as error:
        with conn.cursor() as cur:
            cur.execute(sql)
    conn.rollback()
    return errorcodes.lookup(error.value.pgcode)


@pytest.fixture
def app_connection(installation):
    conn = psycopg2.connect(installation["app_url"])
    yield conn
    conn.close()


def test_db_init_says_who_owns_the_tables_and_how_each_pc_connects(installation):
    out = installation["out"]
    assert f"Owner role {installation['owner']} (created)" in out
    assert f"Application role {installation['app']} (created)" in out
    assert f"partsdesk db connect postgresql://{installation['app']}@" in out
    conn = pg.admin_connection(pg.server_url())
    cur = conn.cursor()
    cur.execute("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = %s",
                (installation["schema"],))
    assert cur.fetchall() == [(installation["owner"],)]
    cur.execute("SELECT rolsuper, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles "
                "WHERE rolname = %s", (installation["app"],))
    assert cur.fetchone() == (False, False, False, True)
    conn.close()


def test_the_application_role_cannot_remove_or_change_history_nor_alter_drop_or_create_tables(
        app_connection):
    for sql in ("DELETE FROM audit_event", "UPDATE audit_event SET summary = ''",
                "DELETE FROM stock_move", "UPDATE stock_move SET quantity = 0",
                "TRUNCATE audit_event", "DELETE FROM claim", "DELETE FROM defect_tag",
                "UPDATE schema_version SET version = 1",
                "ALTER TABLE claim ADD COLUMN paid_twice integer",
                "ALTER TABLE stock_move DISABLE TRIGGER ALL",
                "DROP TABLE audit_event", "COMMENT ON TABLE claim IS 'x'",
                "CREATE TABLE notes (id integer)"):
        assert refused(app_connection, sql) == "INSUFFICIENT_PRIVILEGE", sql


def test_the_application_role_does_the_claim_loop(installation):
    """Receipt to a closed batch, with a draft saved again (its lines written anew), a part's
    aliases and models replaced and a claim taken out of a batch and put back: every insert,
    update and delete of these workflows works with the application role's rights."""
    from partsdesk.services import batches, catalog, claims, users
    open_database(installation["app_url"])
    admin = users.authenticate("admin", "admin-pass")
    desk = make_loop_desk(admin)
    catalog.update_part(desk["clerk"], FILTER, PartData(
        FILTER, "Oil filter", unit_price="38.50", must_return=True, aliases=["ALIAS-1"],
        models=["SED20"]))
    catalog.update_part(desk["clerk"], FILTER, PartData(
        FILTER, "Oil filter", unit_price="38.50", must_return=True, aliases=["ALIAS-2"],
        models=[]))
    draft = make_claim(desk["wa"], vin=loop_vin(2), parts=[PartLineData(PADS)])
    claims.update_claim(desk["wa"], draft.number, claim_data(loop_vin(2),
                                                             parts=[PartLineData(PUMP)]))
    claim = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(1))
    sign(desk, claim)
    ship_and_receive(desk, claim)
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.remove_claim(desk["sc"], batch.number, claim.number, "wrong period")
    batches.add_claim(desk["sc"], batch.number, claim.number)
    batches.submit_batch(desk["sc"], batch.number)
    batches.record_payment(desk["sc"], batch.number,
                           batches.get_batch(batch.number).expected_total, date.today(), "PAY-1")
    assert batches.close_batch(desk["sc"], batch.number).state == "closed"


def test_a_pc_with_the_application_role_does_not_upgrade_and_says_who_can(
        installation, monkeypatch):
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    with pytest.raises(DatabaseUnavailable) as refusal:
        open_database(installation["app_url"])
    assert str(refusal.value).endswith(
        f"may not change the schema. Ask the administrator to run: partsdesk db upgrade "
        f"--owner-role {installation['owner']}")
    assert f"{installation['app']}, the role this PC logs in with" in str(refusal.value)


def test_a_table_a_migration_adds_is_granted_to_the_application_role(installation,
                                                                       app_connection):
    open_database(roles.as_role(installation["admin_url"], installation["owner"]))
    database.execute_sql("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
    close_database()
    assert refused(app_connection, "SELECT * FROM later_table") == "INSUFFICIENT_PRIVILEGE"

    open_database(roles.as_role(installation["admin_url"], installation["owner"]))  # upgrades
    close_database()
    with app_connection.cursor() as cur:
        cur.execute("INSERT INTO later_table (note) VALUES ('x') RETURNING id")
        cur.execute("UPDATE later_table SET note = 'y'")
    app_connection.commit()
    assert refused(app_connection, "DELETE FROM later_table") == "INSUFFICIENT_PRIVILEGE"


def test_db_check_warns_a_pc_that_logs_in_as_a_superuser_or_the_owner(installation, capsys):
    def check(url):
        assert main(["--db", url, "db", "check"]) == 0
        return capsys.readouterr().out

    as_superuser = check(installation["admin_url"])
    assert "WARN PCs log in with only the rights the work needs" in as_superuser
    assert "a superuser" in as_superuser
    as_owner = check(roles.as_role(installation["admin_url"], installation["owner"]))
    assert f"as {installation['owner']}, the owner of the tables" in as_owner
    assert "WARN PCs log in" not in check(installation["app_url"])


def test_the_application_role_may_not_be_the_owner_nor_a_superuser(installation, capsys,
                                                                    monkeypatch):
    code = main(["--db", installation["admin_url"], "db", "init", "--owner-role",
                 installation["owner"], "--app-role", "postgres"])
    assert code == 1
    assert "The role postgres is a superuser or a member of the owner" in capsys.readouterr().err
