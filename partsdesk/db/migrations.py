"""Schema version and numbered upgrade steps.

A new database gets every table of ``models`` at once and the latest version. An existing one runs
each missing step in its own transaction, together with its version bump, so a crash mid-upgrade
leaves the last good version, then gains any table added since (new tables need no step). A step
is a function ``step(migrator)`` listed in STEPS under its version; add one whenever a column is
added to or changed in an existing table.
"""

from __future__ import annotations

from playhouse.migrate import PostgresqlMigrator, SqliteMigrator

from partsdesk.db.connection import DatabaseUnavailable, database, is_sqlite
from partsdesk.i18n import Translator
from partsdesk.db.models import SchemaVersion, all_models

tr = Translator("Database")

# version -> step; version 1 is the first schema and has no step.
STEPS: dict[int, callable] = {}
LATEST = max(STEPS, default=1)
SCHEMA_LOCK = 0x5041_5254   # "PART": the advisory lock key that guards schema changes


class SchemaTooNew(DatabaseUnavailable):
    pass


def current_version() -> int:
    if not database.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def _lock_schema() -> None:
    """Let one PC at a time change the schema; the others wait, then find it done.

    SQLite's IMMEDIATE transactions already queue writers; PostgreSQL needs an explicit lock
    (held until the transaction ends), else two PCs starting at once both create the tables.
    """
    if not is_sqlite():
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))


def upgrade() -> int:
    """Bring the schema to LATEST; return the version now in force."""
    with database.atomic():
        _lock_schema()
        version = current_version()
        if version > LATEST:
            raise SchemaTooNew(tr(
                "This database was written by a newer PartsDesk (schema {version}; this program "
                "knows {latest}). Install the newer PartsDesk on this PC.", version=version,
                latest=LATEST))
        if version == 0:
            database.create_tables(all_models())
            SchemaVersion.create(version=LATEST)
            return LATEST
    migrator = SqliteMigrator(database.obj) if is_sqlite() else PostgresqlMigrator(database.obj)
    for step in range(version + 1, LATEST + 1):
        with database.atomic():
            _lock_schema()
            if current_version() >= step:
                continue                # another PC ran this step while we waited
            STEPS[step](migrator)
            SchemaVersion.create(version=step)
    with database.atomic():
        _lock_schema()
        database.create_tables(all_models(), safe=True)
    return LATEST
