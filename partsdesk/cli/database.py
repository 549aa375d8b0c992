"""``partsdesk db init|upgrade|check|backup|restore``: setting up and looking after the database."""

from __future__ import annotations

from partsdesk.cli.common import CommandFailed, actor, open_db, password, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

ACTIONS = ["init", "upgrade", "check", "backup", "restore"]


def register(sub, parents) -> None:
    p = sub.add_parser("db", parents=parents, help=tr("set up, upgrade, check, back up, restore"))
    p.add_argument("action", choices=ACTIONS)
    p.add_argument("file", nargs="?", help=tr("backup file (backup, restore)"))
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
    else:
        _backup_or_restore(args, target)
    return 0


def _init(args, target) -> None:
    """A new database with its first administrator; a database already set up is left alone."""
    open_db(args)
    from partsdesk.services import users
    if users.needs_first_admin():
        users.create_first_admin(password(tr("New password for admin: "), confirm=True))
        result(args, {"database": target, "administrator_created": True},
               tr("Database ready at {path}; administrator account: admin", path=target))
    else:
        result(args, {"database": target, "administrator_created": False},
               tr("Database at {path} is already set up.", path=target))


def _upgrade(args, target) -> None:
    """Opening the database migrates it; say the version it is at now."""
    open_db(args)
    from partsdesk.db.migrations import current_version, restore_rules
    restored = restore_rules()          # triggers someone dropped are put back
    version = current_version()
    result(args, {"database": target, "schema_version": version, "rules_restored": restored},
           tr("Schema is at version {version}.", version=version))


def _check(args, target) -> None:
    """Every consistency check, OK or FAIL with its problems; any problem fails the command."""
    open_db(args)
    from partsdesk.services.checks import run_checks
    checks, lines = [], []
    for name, problems in run_checks():
        checks.append({"name": name, "ok": not problems, "problems": problems})
        lines.append(f"{'OK  ' if not problems else 'FAIL'} {name}")
        lines.extend(f"     {problem}" for problem in problems)
    failed = sum(len(check["problems"]) for check in checks)
    result(args, {"database": target, "checks": checks, "problems": failed}, *lines)
    if failed:
        raise CommandFailed(tr("{n} problem(s) found.", n=failed))


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
