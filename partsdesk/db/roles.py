"""Least privilege on PostgreSQL: an owner role that changes the schema, an application role
that PCs log in with.

The **owner** role owns the schema's tables, sequences and functions and runs the migrations;
nobody works as it day to day (by default it cannot log in: an administrator's login that is a
member of it, or a superuser, acts as it with ``-c role=…``, see ``as_role``). The
**application** role may only do what the workflows do:

- SELECT and INSERT on the append-only tables (``append_only.TABLES``): a correction is a new row;
- SELECT, INSERT and UPDATE on every other table;
- DELETE only on the working tables of ``DELETES``, where a workflow removes rows today;
- SELECT on ``schema_version``: only the owner moves the schema on;
- USAGE on the schema and its sequences; no CREATE on the schema, owns nothing: no DDL.

An application role is a role the owner has let write the audit (INSERT on ``audit_event``):
``regrant`` gives every such role its rights again on every table, so a table added by a
migration is covered (``migrations.upgrade`` calls it after each change of the schema).
Only the owner or a superuser can grant, so the application role cannot name itself or
another role one.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlparse
from urllib.parse import quote as url_quote

from peewee import SqliteDatabase

from partsdesk.db import append_only
from partsdesk.db.proxy import DatabaseUnavailable
from partsdesk.db.proxy import database as proxy
from partsdesk.i18n import Translator

tr = Translator("Database")

# the working tables where a workflow deletes rows, and why (README lists them too)
DELETES: dict[str, str] = {
    "reservation": "a reservation is released when its parts are issued or its request is "
                   "cancelled",
    "claim_labor_line": "a draft claim's lines are written anew each time it is saved",
    "claim_part_line": "a draft claim's lines are written anew each time it is saved",
    "part_alias": "a part's barcode aliases are replaced when the part is edited or imported",
    "part_vehicle_model": "the models a part fits are replaced when the part is edited",
    "labor_operation_model": "the models a labour operation applies to are replaced when it is "
                             "edited",
    "settlement_batch_claim": "a claim is taken out of an open settlement batch",
}
READ_ONLY = ("schema_version",)
MARKER = "audit_event"      # an application role is one that may INSERT here


def _db(database):
    return getattr(database, "obj", None) or database


def is_postgres(database) -> bool:
    return not isinstance(_db(database), SqliteDatabase)


def quote(name: str) -> str:
    """A role, table or schema name as an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def privileges(table: str) -> tuple[str, ...]:
    """What the application role may do with ``table``."""
    if table in READ_ONLY:
        return ("SELECT",)
    if table in append_only.TABLES:
        return ("SELECT", "INSERT")
    if table in DELETES:
        return ("SELECT", "INSERT", "UPDATE", "DELETE")
    return ("SELECT", "INSERT", "UPDATE")


def as_role(url: str, role: str) -> str:
    """``url`` acting as ``role`` from its first statement (libpq ``options=-c role=…``): the
    login must be a member of the role, or a superuser."""
    parsed = urlparse(url)
    query = dict(parse_qsl(parsed.query))
    query["options"] = (query.get("options", "") + f" -c role={role}").strip()
    return parsed._replace(query=urlencode(query, quote_via=url_quote)).geturl()


def _one(db, sql: str, params=()):
    return db.execute_sql(sql, params).fetchone()


def _role_exists(db, name: str) -> bool:
    return _one(db, "SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)) is not None


def _tables(db) -> list[str]:
    return [name for (name,) in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename").fetchall()]


def owner_of_tables(db) -> str | None:
    """The role that owns the schema's tables (schema_version's owner), None before any."""
    row = _one(db, "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                   "AND tablename = 'schema_version'")
    return row[0] if row else None


def may_change_schema(database) -> bool:
    """May the connected role create tables and alter the existing ones (as the owner)?"""
    db = _db(database)
    if not is_postgres(db):
        return True
    owner = owner_of_tables(db)
    create, superuser = _one(db, "SELECT has_schema_privilege(current_schema(), 'CREATE'), "
                                 "rolsuper FROM pg_roles WHERE rolname = current_user")
    if superuser:
        return True
    if owner is None:                   # a new schema: whoever may create in it
        return bool(create)
    return bool(_one(db, "SELECT pg_has_role(current_user, %s, 'USAGE')", (owner,))[0])


def refuse_upgrade(database, version: int, latest: int,
                   missing: list[str]) -> DatabaseUnavailable:
    """Why a PC logged in with the application role cannot bring the schema up to date."""
    db = _db(database)
    return DatabaseUnavailable(tr(
        "The database is at schema version {version} (this PartsDesk needs {latest}{tables}), "
        "and {user}, the role this PC logs in with, may not change the schema. Ask the "
        "administrator to run: partsdesk db upgrade --owner-role {owner}", version=version,
        latest=latest, user=_one(db, "SELECT current_user")[0],
        owner=owner_of_tables(db) or "OWNER",
        tables=tr("; missing tables: {names}", names=", ".join(missing)) if missing else ""))


def app_roles(database) -> list[str]:
    """The application roles of this schema: the roles besides its owner that may write the
    audit."""
    db = _db(database)
    if not is_postgres(db):
        return []
    rows = db.execute_sql(
        "SELECT DISTINCT g.grantee::regrole::text FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) g "
        "WHERE n.nspname = current_schema() AND c.relname = %s AND g.privilege_type = 'INSERT' "
        "AND g.grantee <> c.relowner AND g.grantee <> 0 ORDER BY 1", (MARKER,)).fetchall()
    return [name.strip('"') for (name,) in rows]


def grant(database, role: str) -> None:
    """Give ``role`` exactly the application's rights on every table of the schema, in one
    round trip. Run as the owner (or a superuser)."""
    db = _db(database)
    schema = _one(db, "SELECT current_schema()")[0]
    who = quote(role)
    statements = []             # the schema's USAGE is given by prepare, its owner's to give
    for table in _tables(db):
        statements += [f"REVOKE ALL ON TABLE {quote(table)} FROM {who}",
                       f"GRANT {', '.join(privileges(table))} ON TABLE {quote(table)} TO {who}"]
    statements += [f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {quote(schema)} FROM {who}",
                   f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {who}"]
    db.execute_sql("; ".join(statements))


def regrant(database) -> list[str]:
    """Every application role's rights again, on every table there is now; the roles."""
    if not is_postgres(database):
        return []
    roles = app_roles(database)
    for role in roles:
        grant(database, role)
    return roles


def prepare(database, owner: str | None, app: str, password: str | None) -> dict:
    """Create (or use) the owner and the application role, before the schema is migrated.

    Run by an administrator's connection (a superuser, or a role with CREATEROLE that is a
    member of the owner). The owner may create in the schema and is given what the schema
    already holds (tables created before it existed); PUBLIC may no longer create there. The
    application role logs in with ``password`` (a new role needs one, unless the server
    trusts it; an existing role keeps its password when none is given). Returns what was done.
    """
    db = _db(database)
    schema, me = _one(db, "SELECT current_schema(), current_user")
    owner = owner or me
    done = {"owner": owner, "owner_created": False, "app_role": app, "app_created": False,
            "schema": schema}
    if app == owner:
        raise DatabaseUnavailable(tr("The application role must not be the owner role {owner}; "
                                     "choose another name.", owner=owner))
    if not _role_exists(db, owner):
        db.execute_sql(f"CREATE ROLE {quote(owner)} NOLOGIN")
        done["owner_created"] = True
    if _role_exists(db, app):
        super_, member = _one(db, "SELECT rolsuper, pg_has_role(%s, %s, 'USAGE') FROM pg_roles "
                                  "WHERE rolname = %s", (app, owner, app))
        if super_ or member:
            raise DatabaseUnavailable(tr(
                "The role {role} is a superuser or a member of the owner {owner}: PCs logging "
                "in with it could change anything. Choose another application role.",
                role=app, owner=owner))
        if password:
            db.execute_sql(f"ALTER ROLE {quote(app)} LOGIN PASSWORD %s", (password,))
    else:
        if password:
            db.execute_sql(f"CREATE ROLE {quote(app)} LOGIN PASSWORD %s", (password,))
        else:
            db.execute_sql(f"CREATE ROLE {quote(app)} LOGIN")
        done["app_created"] = True
    database_name = _one(db, "SELECT current_database()")[0]
    statements = [f"GRANT USAGE, CREATE ON SCHEMA {quote(schema)} TO {quote(owner)}",
                  f"REVOKE CREATE ON SCHEMA {quote(schema)} FROM PUBLIC",
                  f"GRANT USAGE ON SCHEMA {quote(schema)} TO {quote(app)}",
                  f"GRANT CONNECT ON DATABASE {quote(database_name)} TO {quote(app)}"]
    if owner != me and not _one(db, "SELECT pg_has_role(current_user, %s, 'USAGE')",
                                (owner,))[0]:
        statements.append(f"GRANT {quote(owner)} TO {quote(me)}")
    statements += _hand_over(db, owner)
    db.execute_sql("; ".join(statements))
    return done


def _hand_over(db, owner: str) -> list[str]:
    """ALTER … OWNER statements for the tables and functions of the schema someone else owns."""
    tables = db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tableowner <> %s", (owner,)).fetchall()
    functions = db.execute_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
        "AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = %s)", (owner,)).fetchall()
    return ([f"ALTER TABLE {quote(name)} OWNER TO {quote(owner)}" for (name,) in tables]
            + [f"ALTER FUNCTION {signature} OWNER TO {quote(owner)}"
               for (signature,) in functions])


def login_warnings(database=None) -> list[str]:
    """What ``db check`` says when this PC logs in with more rights than the application's:
    as a superuser, as the owner of the tables, or with the right to create in the schema."""
    db = _db(database if database is not None else proxy)
    if not is_postgres(db):
        return []
    user, superuser = _one(db, "SELECT current_user, rolsuper FROM pg_roles "
                               "WHERE rolname = current_user")
    owner = owner_of_tables(db)
    how = tr("Let the PCs log in with the application role made by partsdesk db init "
             "--app-role NAME.")
    if superuser:
        return [tr("This PC logs in to PostgreSQL as {user}, a superuser: anyone with its "
                   "password can change or remove any record. {how}", user=user, how=how)]
    if owner and _one(db, "SELECT pg_has_role(current_user, %s, 'USAGE')", (owner,))[0]:
        return [tr("This PC logs in to PostgreSQL as {user}, the owner of the tables: anyone "
                   "with its password can alter or drop them. {how}", user=user, how=how)]
    if _one(db, "SELECT has_schema_privilege(current_schema(), 'CREATE')")[0]:
        return [tr("This PC logs in to PostgreSQL as {user}, who may create tables in the "
                   "schema. {how}", user=user, how=how)]
    return []
