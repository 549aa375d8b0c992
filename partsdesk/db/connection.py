"""Opening the one database: an SQLite file on a single PC, PostgreSQL for several PCs."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, urlparse

from peewee import InterfaceError, OperationalError, PostgresqlDatabase, SqliteDatabase

from partsdesk import credentials
from partsdesk.db.migrations import upgrade
# the handle, its errors and the unit of work are used from here by everyone who opens a database
from partsdesk.db.proxy import (ConnectionLost, DatabaseUnavailable, database, is_sqlite,
                                transaction)
from partsdesk.i18n import Translator
from partsdesk.settings import database_password

tr = Translator("Database")

log = logging.getLogger(__name__)

BUSY_TIMEOUT = 10.0             # seconds a writer waits for another PC's write to finish
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",      # a power cut loses no committed work
    "foreign_keys": 1,
    "cache_size": -32_000,
}
PG_CONNECT_TIMEOUT = 5          # seconds; a PC must not hang when the server is away


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe(target: str) -> str:
    """The database as shown in the status bar: a file path, or user@host/db without password."""
    if is_postgres_url(target):
        url = urlparse(target)
        user = f"{url.username}@" if url.username else ""
        return f"PostgreSQL {user}{url.hostname or 'localhost'}:{url.port or 5432}/{url.path.lstrip('/')}"
    return str(Path(target))


class PostgresDatabase(PostgresqlDatabase):
    """PostgreSQL that survives a dropped connection without ever half-writing or guessing.

    peewee's ReconnectMixin retries any failed statement outside a transaction, a lone write
    included, which may already have committed on the server: a duplicate waiting to happen.
    Here only what is known to be safe is repeated on a fresh connection: a BEGIN, and a SELECT
    outside a transaction. A break inside a transaction raises ConnectionLost (the server rolls
    the transaction back); the broken connection is dropped when the transaction has unwound,
    so the user's next action connects afresh.
    """

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open)
        except OperationalError as exc:
            raise ConnectionLost(tr(
                "Cannot reach the database server {server} ({detail}). Your input is kept; try "
                "again in a moment, or ask the administrator whether the server is running.",
                server=describe(self.database), detail=_first_line(exc))) from exc

    def begin(self, *args, **kwargs):
        try:
            return super().begin(*args, **kwargs)
        except (OperationalError, InterfaceError):
            if not self._broken():
                raise
            self._drop()                # nothing was done yet: start again on a new connection
            return super().begin(*args, **kwargs)

    def execute_sql(self, sql, params=None):
        if getattr(self._state, "lost", False) and self.in_transaction():
            raise ConnectionLost(self._lost_message(saving=False))
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if not self._broken():
                raise
            if self.in_transaction():
                self._state.lost = True
                raise ConnectionLost(self._lost_message(saving=False)) from exc
            self._drop()
            if sql.lstrip()[:6].upper() == "SELECT":
                return super().execute_sql(sql, params)     # a read is safe to repeat
            raise ConnectionLost(self._lost_message(saving=True)) from exc

    def commit(self):
        try:
            return super().commit()
        except (OperationalError, InterfaceError) as exc:
            if not self._broken():
                raise
            self._state.lost = True
            raise ConnectionLost(self._lost_message(saving=True)) from exc

    def rollback(self):
        if getattr(self._state, "lost", False) or self._broken():
            if self.transaction_depth() == 0:
                self._drop()            # the server has rolled back already
            return None
        return super().rollback()

    def _broken(self) -> bool:
        conn = self._state.conn
        return conn is not None and bool(getattr(conn, "closed", False))

    def _drop(self) -> None:
        conn = self._state.conn
        self._state.reset()
        self._state.lost = False
        try:
            if conn is not None:
                conn.close()
        except Exception:               # already dead; nothing left to release
            pass

    def _lost_message(self, saving: bool) -> str:
        if saving:
            return tr("The connection to the database server {server} was lost while saving. "
                      "Your input is kept; look whether your last change arrived before you "
                      "repeat it. PartsDesk reconnects on your next action.",
                      server=describe(self.database))
        return tr("The connection to the database server {server} was lost; your last action "
                  "was not saved and nothing was half-written. Your input is kept; PartsDesk "
                  "reconnects when you try again.", server=describe(self.database))


def make_database(target: str):
    if is_postgres_url(target):
        # The password is handed to the driver on its own, never kept in the URL the
        # database is named by (status bar, messages): the one in the URL, else the one this
        # PC keeps in its credential store (settings.database_password).
        target, password = credentials.split(target)
        url = urlparse(target)
        options = dict(parse_qsl(url.query))    # libpq options: sslmode, options, …
        options.setdefault("connect_timeout", PG_CONNECT_TIMEOUT)
        if password is None and url.username:
            password = database_password(target)
        if password is not None:
            options["password"] = password
        dsn = url._replace(scheme="postgresql", query="", path=url.path if url.path.strip("/")
                           else "/partsdesk").geturl()
        return PostgresDatabase(dsn, **options)
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the write lock at BEGIN, so two PCs never deadlock
    # on an upgrade from read to write; they queue behind busy_timeout instead.
    pragmas = SQLITE_PRAGMAS | {"busy_timeout": int(BUSY_TIMEOUT * 1000)}
    return SqliteDatabase(str(path), pragmas=pragmas, lock_type="IMMEDIATE",
                          check_same_thread=False, timeout=BUSY_TIMEOUT)


def for_update(query):
    """Lock the selected rows until the transaction ends (PostgreSQL: SELECT … FOR UPDATE).

    SQLite needs nothing: its IMMEDIATE transactions already let one writer in at a time.
    """
    return query if is_sqlite() else query.for_update()


def open_database(target: str, migrate: bool = True, backup: bool = True):
    """Open, check and (by default) upgrade the schema; raise DatabaseUnavailable with a way out.

    An SQLite file that passes the check is first copied to the day's automatic backup (once a
    day, before any upgrade), so there is always a recent good copy to go back to.
    """
    close_database()
    db = make_database(target)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if isinstance(db, SqliteDatabase):
            _check_sqlite(db, target)
            if backup and db.table_exists("schema_version"):    # a new file: nothing to keep
                _daily_backup(target)
        if migrate:
            upgrade()
    except DatabaseUnavailable:
        close_database()
        raise
    except (OperationalError, sqlite3.DatabaseError, Exception) as exc:  # driver errors vary
        close_database()
        raise DatabaseUnavailable(_explain(exc, target)) from exc
    return db


QUICK_CHECK_LIMIT = 64 * 1024 * 1024


def _check_sqlite(db, target: str) -> None:
    """Refuse a damaged file at start-up, without reading all of a large one.

    ``quick_check`` reads every page (1.5 s for a 600 MB database), so a large file gets the
    cheap checks only: a readable schema and a file as long as its header says. ``partsdesk db
    check`` still reads everything.
    """
    path = Path(target)
    size = path.stat().st_size if path.exists() else 0
    try:
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        if size <= QUICK_CHECK_LIMIT:
            result = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        else:
            result = _header_check(path, size)
    except (OperationalError, sqlite3.DatabaseError) as exc:
        raise DatabaseUnavailable(_explain(exc, target)) from exc
    if result != "ok":
        raise DatabaseUnavailable(tr(
            "The database file {path} is damaged ({detail}). {way_out}", path=target,
            detail=result, way_out=_way_out(target)))


def _header_check(path: Path, size: int) -> str:
    """'ok', or why the file is shorter than the page count its header records (a cut copy)."""
    with open(path, "rb") as file:
        header = file.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]     # the page count is current
    if header_valid and pages and size < pages * page_size:
        return f"file is {size} bytes, its header says {pages * page_size}"
    return "ok"


def _daily_backup(target: str) -> None:
    from partsdesk.db import backup
    try:
        backup.daily_backup(target, backup.backup_folder(target))
    except Exception as exc:    # a failed copy must not keep anyone from working
        log.warning("daily backup of %s failed: %s", target, exc)


def _way_out(target: str) -> str:
    """How to get going again: name the newest automatic backup when there is one."""
    from partsdesk.db import backup
    latest = backup.latest_backup(target, backup.backup_folder(target))
    if latest is None:
        return tr("Restore it from a backup: partsdesk db restore FILE")
    return tr("Restore the automatic backup of {date}: partsdesk db restore \"{backup}\"",
              date=backup.backup_date(latest), backup=latest)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _explain(exc: Exception, target: str) -> str:
    text = _first_line(exc)
    if "locked" in text or "busy" in text:
        return tr("The database {path} is locked by another program. Close the other program "
                  "(or wait for it to finish) and try again.", path=describe(target))
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return tr("The file {path} is not a readable PartsDesk database ({detail}). {way_out}",
                  path=target, detail=text, way_out=_way_out(target))
    return tr("Cannot open the database {path}: {detail}", path=describe(target), detail=text)


def close_database() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
