"""The PostgreSQL server the tests may use: named by PARTSDESK_TEST_PG, one schema per test run.

Every run gets its own schema (``pdtest_<pid>_<random>``) on the server, so several people and CI
can test against one server at once. The tables are created once per run and emptied before each
test (see ``empty_tables``; a new schema with its tables per test measured 46 ms for 8 tables).
A process reaches the run's schema through the URL alone (``options=-c search_path=…``), so the
child processes of the concurrency and crash tests see the same tables.

With PARTSDESK_TEST_PG_ROLE=app the run's schema is set up as ``partsdesk db init --owner-role
--app-role`` sets one up: its tables are owned by an owner role of the run, and the tests
connect with an application role of the run (``db.roles``), as the PCs of a least-privilege
installation do. Roles belong to the whole server: each run names its own (``pdtest_<pid>_…``)
and drops them at its end; those of killed runs are dropped with their schemas.
"""

from __future__ import annotations

import os
import re
import uuid
from urllib.parse import quote, urlparse

import pytest

ENV = "PARTSDESK_TEST_PG"
ENV_ROLE = "PARTSDESK_TEST_PG_ROLE"
SCHEMA_PREFIX = "pdtest_"


def server_url() -> str | None:
    return os.environ.get(ENV) or None


def as_app_role() -> bool:
    """Do the tests connect with the application role (PARTSDESK_TEST_PG_ROLE=app)?"""
    return os.environ.get(ENV_ROLE, "").strip().lower() == "app"


def require_server() -> str:
    """The server URL; skip when none is named, fail when the named one cannot be reached."""
    url = server_url()
    if url is None:
        pytest.skip(f"{ENV} is not set: no PostgreSQL server to test against")
    try:
        admin_connection(url).close()
    except Exception as exc:       # any driver error: the server named is not usable
        pytest.fail(f"{ENV}={url} is set but the server cannot be reached: {exc}", pytrace=False)
    return url


def admin_connection(url: str):
    import psycopg2
    conn = psycopg2.connect(url, connect_timeout=5)
    conn.autocommit = True
    return conn


def schema_url(url: str, schema: str) -> str:
    """The same server and database, with every table looked up in ``schema``."""
    joiner = "&" if "?" in url else "?"
    return (f"{url}{joiner}options={quote(f'-c search_path={schema}')}"
            f"&application_name={schema}")


def as_user(url: str, user: str) -> str:
    """The same URL logging in as ``user`` (the test server trusts its logins)."""
    parsed = urlparse(url)
    return parsed._replace(netloc=f"{user}@{parsed.netloc.rpartition('@')[2]}").geturl()


def role_names(tag: str = "") -> tuple[str, str]:
    """An owner and an application role name of this run, unique on the server."""
    stem = f"{SCHEMA_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:6]}{tag}"
    return f"{stem}_owner", f"{stem}_app"


def drop_roles(url: str, *names: str) -> None:
    """The roles and every right they hold on this database (their objects are gone with the
    schema first)."""
    conn = admin_connection(url)
    try:
        cur = conn.cursor()
        for name in names:
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
            if cur.fetchone():
                cur.execute(f'DROP OWNED BY "{name}"; DROP ROLE "{name}"')
    finally:
        conn.close()


def new_schema(url: str) -> str:
    schema = f"{SCHEMA_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}"
    conn = admin_connection(url)
    try:
        _drop_abandoned(conn)
        conn.cursor().execute(f'CREATE SCHEMA "{schema}"')
    finally:
        conn.close()
    return schema


def drop_schema(url: str, schema: str) -> None:
    conn = admin_connection(url)
    try:
        conn.cursor().execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        conn.close()


def _drop_abandoned(conn) -> None:
    """Schemas left by test runs that were killed: their process no longer exists here."""
    cur = conn.cursor()
    cur.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
                (SCHEMA_PREFIX + "%",))
    for (name,) in cur.fetchall():
        match = re.match(rf"{SCHEMA_PREFIX}(\d+)_", name)
        if match and not _alive(int(match.group(1))):
            cur.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
    cur.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (SCHEMA_PREFIX + "%",))
    for (name,) in cur.fetchall():
        match = re.match(rf"{SCHEMA_PREFIX}(\d+)_", name)
        if match and not _alive(int(match.group(1))):
            try:
                cur.execute(f'DROP OWNED BY "{name}"; DROP ROLE "{name}"')
            except Exception:       # still holding rights on another database: left for later
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def empty_tables(url: str, schema: str) -> None:
    """Every table empty and every id counter back at 1; the schema version stays.

    DELETE with foreign-key triggers off, in one round trip: the tables of a test hold a few
    rows, and TRUNCATE, which recreates each table's files, measured 70-580 ms for 21 tables
    against a few ms for this.
    """
    conn = admin_connection(url)
    try:
        cur = conn.cursor()
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s "
                    "AND tablename <> 'schema_version'", (schema,))
        tables = [name for (name,) in cur.fetchall()]
        cur.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = %s", (schema,))
        sequences = [name for (name,) in cur.fetchall()]
        statements = ["SET lock_timeout = '10s'", "SET session_replication_role = replica"]
        statements += [f'DELETE FROM "{schema}"."{name}"' for name in tables]
        statements += [f"SELECT setval('\"{schema}\".\"{name}\"', 1, false)"
                       for name in sequences]
        cur.execute("BEGIN; " + "; ".join(statements) + "; COMMIT")
    finally:
        conn.close()


def backend_pids(url: str, schema: str) -> list[int]:
    """Server processes of the connections that use ``schema`` (to cut them off in tests)."""
    conn = admin_connection(url)
    try:
        cur = conn.cursor()
        cur.execute("SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                    "AND datname = current_database() AND application_name = %s", (schema,))
        return [pid for (pid,) in cur.fetchall()]
    finally:
        conn.close()
