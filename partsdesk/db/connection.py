"""Opening the one database: an SQLite file on a single PC, PostgreSQL for several PCs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import DatabaseProxy, OperationalError, PostgresqlDatabase, SqliteDatabase

from partsdesk.i18n import Translator

tr = Translator("Database")

database = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",      # a power cut loses no committed work
    "foreign_keys": 1,
    "busy_timeout": 10_000,     # several processes may write; wait rather than fail
    "cache_size": -32_000,
}


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message says why and what to do."""


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe(target: str) -> str:
    """The database as shown in the status bar: a file path, or user@host/db without password."""
    if is_postgres_url(target):
        url = urlparse(target)
        user = f"{url.username}@" if url.username else ""
        return f"PostgreSQL {user}{url.hostname or 'localhost'}:{url.port or 5432}/{url.path.lstrip('/')}"
    return str(Path(target))


def make_database(target: str):
    if is_postgres_url(target):
        url = urlparse(target)
        return PostgresqlDatabase(
            unquote(url.path.lstrip("/")) or "partsdesk",
            user=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            host=url.hostname or "localhost",
            port=url.port or 5432,
            autorollback=True,
            connect_timeout=5,
        )
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the write lock at BEGIN, so two PCs never deadlock
    # on an upgrade from read to write; they queue behind busy_timeout instead.
    return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                          check_same_thread=False, timeout=10)


def open_database(target: str, migrate: bool = True):
    """Open, check and (by default) upgrade the schema; raise DatabaseUnavailable with a way out."""
    close_database()
    db = make_database(target)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, SqliteDatabase):
            _check_sqlite(db, target)
        if migrate:
            from partsdesk.db.migrations import upgrade
            upgrade()
    except DatabaseUnavailable:
        close_database()
        raise
    except (OperationalError, sqlite3.DatabaseError, Exception) as exc:  # driver errors vary
        close_database()
        raise DatabaseUnavailable(_explain(exc, target)) from exc
    return db


def _check_sqlite(db, target: str) -> None:
    try:
        result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailable(_explain(exc, target)) from exc
    if result != "ok":
        raise DatabaseUnavailable(tr(
            "The database file {path} is damaged ({detail}). Restore it from a backup "
            "(partsdesk db restore FILE).", path=target, detail=result))


def _explain(exc: Exception, target: str) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "locked" in text or "busy" in text:
        return tr("The database {path} is locked by another program. Close the other program "
                  "and try again.", path=describe(target))
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return tr("The file {path} is not a readable PartsDesk database ({detail}). Restore it "
                  "from a backup (partsdesk db restore FILE).", path=target, detail=text)
    return tr("Cannot open the database {path}: {detail}", path=describe(target), detail=text)


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def is_sqlite() -> bool:
    return isinstance(database.obj, SqliteDatabase)


def transaction():
    """One unit of work: the data change and its audit event commit together or not at all."""
    return database.atomic()
