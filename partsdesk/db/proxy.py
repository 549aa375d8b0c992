"""The one database handle every model and query goes through, before any database is open.

:func:`partsdesk.db.connection.open_database` points it at a real database; the models, the
migrations and the services only ever see this proxy.
"""

from __future__ import annotations

from peewee import DatabaseProxy, SqliteDatabase

database = DatabaseProxy()


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message says why and what to do."""


class ConnectionLost(DatabaseUnavailable):
    """The server connection broke during an action; the action was not (or maybe not) saved."""


def is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


def transaction():
    """One unit of work: the data change and its audit event commit together or not at all."""
    return database.atomic()
