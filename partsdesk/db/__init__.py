"""Database layer: one peewee proxy, models, migrations. No Qt here."""

from partsdesk.db.connection import database, open_database, close_database, transaction

__all__ = ["database", "open_database", "close_database", "transaction"]
