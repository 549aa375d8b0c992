"""Rows the database keeps append-only, changed anyway, as someone with a database tool could:
the table's triggers dropped for a moment and put back (on PostgreSQL they belong to the test
run's schema, which every test of the run shares)."""

from __future__ import annotations

from contextlib import contextmanager

from partsdesk.db import append_only
from partsdesk.db.connection import database, is_sqlite


def drop_trigger(name: str, table: str) -> None:
    database.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"' if is_sqlite()
                         else f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')


@contextmanager
def unprotected(table: str):
    """Inside, ``table`` takes UPDATE and DELETE; after, it refuses them again."""
    for kind in append_only.kinds(database):
        drop_trigger(append_only.trigger_name(table, kind), table)
    try:
        yield
    finally:
        append_only.protect(database, table, append_only.TABLES[table])
