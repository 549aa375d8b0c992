"""Upgrading a database written by an earlier PartsDesk: every numbered step, on both databases."""

from datetime import date

import pytest
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator, migrate

from partsdesk.db import migrations
from partsdesk.db.connection import close_database, database, is_sqlite, open_database
from partsdesk.db.models import SchemaVersion
from tests import pg

# Columns that step 2 adds, by table: a version-1 database has none of them.
STEP_2 = {
    "user": ["failed_logins", "locked_until"],
    "claim": ["vehicle_model_id", "production_date", "warranty_start", "figures_changed_by_id",
              "figures_changed_at"],
    "claim_part_line": ["catalogue_price", "price_reason"],
    "inspection": ["charge_back_reason"],
    "voucher_print": ["after_signing"],
    "signed_copy": ["voucher_print_id"],
    "difference": ["code"],
}


def _columns(table: str) -> set[str]:
    return {c.name for c in database.get_columns(table)}


def _make_version_1(target: str) -> None:
    """A database as version 1 left it: today's tables less step 2's columns, with a claim."""
    from partsdesk.services import users
    from tests.factories import make_claim, make_codes, make_user
    open_database(target)
    admin = users.create_first_admin("admin-pass")
    make_codes(admin)
    make_claim(make_user(admin, "wa", "warranty_admin"))
    migrator = SqliteMigrator(database.obj) if is_sqlite() else PostgresqlMigrator(database.obj)
    if is_sqlite():
        database.execute_sql("PRAGMA foreign_keys = OFF")   # the tables are rebuilt below
    with database.atomic():
        for table, names in STEP_2.items():
            # SQLite's own DROP COLUMN refuses a foreign key: peewee rebuilds the table instead
            extra = {"legacy": True} if is_sqlite() else {}
            migrate(*(migrator.drop_column(table, name, **extra) for name in names))
        SchemaVersion.delete().execute()
        SchemaVersion.create(version=1)
    close_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def old_database(request, db_path):
    """The target of a version-1 database: an SQLite file, or a schema of its own."""
    if request.param == "sqlite":
        _make_version_1(db_path)
        yield db_path
        return
    url = pg.require_server()
    schema = pg.new_schema(url)
    try:
        _make_version_1(pg.schema_url(url, schema))
        yield pg.schema_url(url, schema)
    finally:
        close_database()
        pg.drop_schema(url, schema)


def test_a_version_1_database_upgrades_to_the_latest_and_keeps_its_claims(old_database):
    open_database(old_database)
    try:
        assert migrations.current_version() == migrations.LATEST >= 2
        for table, names in STEP_2.items():
            assert set(names) <= _columns(table), table
        from partsdesk.db.models.claims import Claim
        claim = Claim.get()
        # the claim keeps the facts its vehicle had when the upgrade ran
        assert claim.vehicle_model.code == "SED20"
        assert claim.warranty_start == claim.vehicle.warranty_start
        assert isinstance(claim.production_date, date)
        assert claim.figures_changed_by is None
    finally:
        close_database()


def test_an_upgraded_database_opens_again_without_running_a_step_twice(old_database):
    open_database(old_database)
    close_database()
    open_database(old_database)
    try:
        versions = [v for (v,) in SchemaVersion.select(SchemaVersion.version).tuples()]
        assert sorted(versions) == list(range(1, migrations.LATEST + 1))
    finally:
        close_database()
