"""``partsdesk db init|upgrade|check|backup|restore|connect``: setting up and looking after the
database.

On PostgreSQL ``db init --owner-role NAME --app-role NAME`` sets up least privilege (see
``db.roles``): the owner role owns the tables and runs the migrations, the PCs log in with the
application role, whose password comes from PARTSDESK_APP_PASSWORD or a prompt. ``db upgrade
--owner-role NAME`` migrates as the owner. ``db connect URL`` makes this PC use a PostgreSQL
database, its password kept in the credential store (``credentials``), not in settings.json.
"""

from __future__ import annotations

import os

from partsdesk.cli.common import CommandFailed, actor, open_db, password, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

ACTIONS = ["init", "upgrade", "check", "backup", "restore", "connect"]
ENV_APP_PASSWORD = "PARTSDESK_APP_PASSWORD"
ENV_DB_PASSWORD = "PARTSDESK_DB_PASSWORD"


def register(sub, parents) -> None:
    p = sub.add_parser("db", parents=parents,
                       help=tr("set up, upgrade, check, back up, restore, connect this PC"))
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("file", nargs="?", help=tr("backup file (backup, restore); PostgreSQL URL "
                                              "(connect)"))
    p.add_argument("--owner-role", metavar="NAME",
                   help=tr("PostgreSQL: the role that owns the tables and runs the migrations "
                           "(init, upgrade); created when missing"))
    p.add_argument("--app-role", metavar="NAME",
                   help=tr("PostgreSQL: the role the PCs log in with, with only the rights the "
                           "work needs (init); created when missing, its password from "
                           "PARTSDESK_APP_PASSWORD or a prompt"))
    p.set_defaults(func=cmd_db)


def cmd_db(args) -> int:
    from partsdesk.settings import resolve_database
    target = resolve_database(args.db)
    if args.action == "init":
        _init(args, target)
    elif args.action == "upgrade":
        _upgrade(args, target)
    elif args.action == "check":
        _check(args, target)
    elif args.action == "connect":
        _connect(args, args.file or target)
    else:
        _backup_or_restore(args, target)
    return 0


def _init(args, target) -> None:
    """A new database with its first administrator; a database already set up is left alone.
    With roles, they are set up first and the schema is made by the owner."""
    roles_done = _set_up_roles(args, target) if (args.owner_role or args.app_role) else None
    if roles_done is None:
        open_db(args)
    from partsdesk.services import users
    if users.needs_first_admin():
        users.create_first_admin(password(tr("New password for admin: "), confirm=True))
        data = {"database": target, "administrator_created": True}
        lines = [tr("Database ready at {path}; administrator account: admin", path=target)]
    else:
        data = {"database": target, "administrator_created": False}
        lines = [tr("Database at {path} is already set up.", path=target)]
    if roles_done is not None:
        data["roles"] = roles_done
        lines += _roles_lines(target, roles_done)
    result(args, data, *lines)


def _set_up_roles(args, target) -> dict:
    """Owner and application role made (or used), the schema migrated by the owner and the
    application role given its rights; the database is left open as the owner."""
    from partsdesk.db import roles
    from partsdesk.db.connection import close_database, database, is_postgres_url, open_database
    if not is_postgres_url(target):
        raise CommandFailed(tr("--owner-role and --app-role are for PostgreSQL; a single PC's "
                               "SQLite file has no roles."))
    open_database(target, migrate=False)
    app_password = None
    if args.app_role:
        exists = database.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                      (args.app_role,)).fetchone()
        if not exists or os.environ.get(ENV_APP_PASSWORD):
            app_password = password(tr("Password for the application role {role}: ",
                                       role=args.app_role), env=ENV_APP_PASSWORD, confirm=True)
    done = roles.prepare(database, args.owner_role, args.app_role, app_password)
    close_database()
    open_database(roles.as_role(target, done["owner"]) if args.owner_role else target)
    if args.app_role:
        roles.grant(database, args.app_role)
    return done


def _roles_lines(target, done: dict) -> list[str]:
    from urllib.parse import urlparse

    from partsdesk.credentials import split
    url = urlparse(split(target)[0])
    lines = [tr("Owner role {owner}{new}: owns the tables of schema {schema} and runs the "
                "migrations (partsdesk db upgrade --owner-role {owner}).", owner=done["owner"],
                schema=done["schema"], new=tr(" (created)") if done["owner_created"] else "")]
    if done["app_role"]:
        pc_url = url._replace(netloc=f"{done['app_role']}@{url.netloc.rpartition('@')[2]}"
                              ).geturl()
        lines += [tr("Application role {app}{new}: may read and write what the work needs, "
                     "never change the history nor the schema.", app=done["app_role"],
                     new=tr(" (created)") if done["app_created"] else ""),
                  tr("On each PC run: partsdesk db connect {url}", url=pc_url)]
    return lines


def _upgrade(args, target) -> None:
    """Opening the database migrates it (as the owner role, when named); say the version it is
    at now."""
    if args.owner_role:
        from partsdesk.db import roles
        from partsdesk.db.connection import open_database
        open_database(roles.as_role(target, args.owner_role))
    else:
        open_db(args)
    from partsdesk.db.migrations import current_version, restore_rules
    restored = restore_rules()          # triggers someone dropped are put back
    version = current_version()
    result(args, {"database": target, "schema_version": version, "rules_restored": restored},
           tr("Schema is at version {version}.", version=version))


def _check(args, target) -> None:
    """Every consistency check, OK or FAIL with its problems; any problem fails the command.
    Warnings (WARN) say what works but is unsafe, such as logging in as a superuser."""
    open_db(args)
    from partsdesk.services.checks import run_checks, run_warnings
    from partsdesk.settings import password_warnings
    checks, lines = [], []
    for name, problems in run_checks():
        checks.append({"name": name, "ok": not problems, "problems": problems})
        lines.append(f"{'OK  ' if not problems else 'FAIL'} {name}")
        lines.extend(f"     {problem}" for problem in problems)
    warnings = [*run_warnings(), (tr("Database password of this PC"),
                                  password_warnings(target))]
    for name, said in warnings:
        lines.extend([f"WARN {name}", *(f"     {warning}" for warning in said)] if said else [])
    failed = sum(len(check["problems"]) for check in checks)
    result(args, {"database": target, "checks": checks, "problems": failed,
                  "warnings": [{"name": name, "warnings": said} for name, said in warnings
                               if said]}, *lines)
    if failed:
        raise CommandFailed(tr("{n} problem(s) found.", n=failed))


def _connect(args, url) -> None:
    """This PC uses the PostgreSQL database at ``url``: the connection is tried, the password
    kept in the credential store and the URL without it saved in this PC's settings."""
    from urllib.parse import urlparse

    from partsdesk.credentials import STORE, account, split, with_password
    from partsdesk.db.connection import close_database, describe, is_postgres_url, open_database
    from partsdesk.db.roles import login_warnings
    from partsdesk.settings import LocalSettings, keep_database_password
    bare, typed = split(url)
    user = urlparse(bare).username if is_postgres_url(bare) else None
    if not user:
        raise CommandFailed(tr("Name the PostgreSQL database and its user: partsdesk db "
                               "connect postgresql://USER@SERVER/DATABASE"))
    if typed is None:
        typed = password(tr("Password of {user} on the database server: ", user=user),
                         env=ENV_DB_PASSWORD)
    open_database(with_password(bare, typed))
    warnings = login_warnings()
    close_database()
    where = keep_database_password(bare, typed)
    settings = LocalSettings.load()
    settings.database = bare
    settings.save()
    kept = (tr("The password of {account} is kept in the credential store of this PC.",
               account=account(bare)) if where == STORE else
            tr("This PC has no credential store: the password of {account} is kept in a file "
               "readable only by you.", account=account(bare)))
    result(args, {"database": bare, "password_kept_in": where, "warnings": warnings},
           tr("This PC now uses {name}.", name=describe(bare)), kept,
           *(f"WARN {warning}" for warning in warnings))



def _backup_or_restore(args, target) -> None:
    """Copy a SQLite database to a file, or replace it from one, for a user who may."""
    from partsdesk.db import backup
    from partsdesk.db.connection import is_postgres_url
    if is_postgres_url(target):
        raise CommandFailed(tr("For PostgreSQL use pg_dump and pg_restore on the server."))
    if not args.file:
        raise CommandFailed(tr("Name the backup file: partsdesk db {action} FILE",
                               action=args.action))
    from partsdesk.db.connection import DatabaseUnavailable, close_database
    from partsdesk.services.permissions import require
    try:
        open_db(args)
        require(actor(args), "db.backup" if args.action == "backup" else "db.restore")
    except DatabaseUnavailable:
        if args.action == "backup":
            raise
        # A damaged database cannot say who may restore it; whoever reaches its file can
        # replace it anyway. The restore goes ahead and keeps the damaged file beside it.
    close_database()
    if args.action == "backup":
        made = backup.backup_sqlite(target, args.file)
        result(args, {"database": target, "backup": made}, tr("Backed up to {path}", path=made))
    else:
        kept = backup.restore_sqlite(args.file, target)
        result(args, {"database": target, "restored_from": args.file, "kept": kept},
               tr("Restored {path} from {file}.", path=target, file=args.file),
               *([tr("The replaced database was kept as {kept}.", kept=kept)] if kept else []))
