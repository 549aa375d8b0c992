"""Tables whose rows are never changed nor removed, held so by the database itself.

Each table of TABLES gets a trigger before UPDATE and one before DELETE (PostgreSQL: also before
TRUNCATE) that refuse the statement with the table's name and its rule, whoever runs it: the
services, which never need to (a correction is a new row), or anyone with an ordinary database
tool. On SQLite the refusal is ``RAISE(ABORT, …)`` (sqlite3.IntegrityError); on PostgreSQL one
plpgsql function raises it (SQLSTATE 23001, restrict_violation: psycopg2's IntegrityError).

``protect(database, table, rule)`` creates the triggers of one table (a module adding an
append-only table calls it from its migration step); ``missing(database)`` lists the triggers
``partsdesk db check`` finds dropped.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# table -> the rule its refusal states: what the table keeps, and how a correction is made
TABLES: dict[str, str] = {
    "stock_move": "stock moves are never changed; post a reversing move",
    "audit_event": "audit events are never changed or removed; the history is kept as written",
    "receipt_scan": "receipt scans are never changed; void a scan with a voiding scan",
    "voucher_print": "voucher prints are never changed; print another copy",
    "signed_copy": "signed copies are never changed; the voucher was signed as recorded",
    "inspection": "inspections are never changed; a correction is a new inspection",
    "inspection_withdrawal": "withdrawn inspections stay withdrawn; inspect the tag again",
    "difference": "differences are never changed; record a reversing difference",
}

FUNCTION = "partsdesk_append_only"
KINDS = ("update", "delete")          # PostgreSQL adds "truncate"


def _db(database):
    """The real database behind a proxy (or the database itself)."""
    return getattr(database, "obj", None) or database


def _is_sqlite(database) -> bool:
    return isinstance(_db(database), SqliteDatabase)


def trigger_name(table: str, kind: str) -> str:
    return f"{table}_no_{kind}"


def message(table: str, rule: str) -> str:
    """What the refusal says: the table and its rule."""
    return f"{table} is append-only: {rule}"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def kinds(database) -> tuple[str, ...]:
    return KINDS if _is_sqlite(database) else (*KINDS, "truncate")


def protect(database, table: str, rule: str) -> None:
    """Create (or re-create) the triggers that refuse UPDATE and DELETE on ``table``."""
    db = _db(database)
    if _is_sqlite(db):
        text = _quote(message(table, rule))
        for kind in KINDS:
            name = trigger_name(table, kind)
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
            db.execute_sql(f'CREATE TRIGGER "{name}" BEFORE {kind.upper()} ON "{table}" '
                           f"BEGIN SELECT RAISE(ABORT, {text}); END")
        return
    _create_function(db)
    text = message(table, rule)         # psycopg2 quotes it
    for kind in (*KINDS, "truncate"):
        name = trigger_name(table, kind)
        level = "STATEMENT" if kind == "truncate" else "ROW"
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
        db.execute_sql(f'CREATE TRIGGER "{name}" BEFORE {kind.upper()} ON "{table}" '
                       f"FOR EACH {level} EXECUTE FUNCTION {FUNCTION}(%s)", (text,))


def _create_function(db) -> None:
    db.execute_sql(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION '%%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$")


def protect_all(database, tables: dict[str, str] | None = None) -> None:
    """The triggers of every table of ``tables`` (default TABLES) that exists."""
    db = _db(database)
    for table, rule in (TABLES if tables is None else tables).items():
        if db.table_exists(table):
            protect(db, table, rule)


def present(database) -> set[str]:
    """Names of the triggers on this database's tables (PostgreSQL: the current schema's)."""
    db = _db(database)
    if _is_sqlite(db):
        rows = db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    else:
        rows = db.execute_sql(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled <> 'D'")
    return {name for (name,) in rows.fetchall()}


def missing(database, tables: dict[str, str] | None = None) -> list[str]:
    """The append-only triggers absent (dropped or disabled) from tables that exist, by name."""
    db = _db(database)
    found = present(db)
    gone = []
    for table in (TABLES if tables is None else tables):
        if not db.table_exists(table):
            continue
        gone += [name for kind in kinds(db)
                 if (name := trigger_name(table, kind)) not in found]
    return gone
