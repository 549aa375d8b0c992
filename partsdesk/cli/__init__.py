"""The command line: ``partsdesk`` with no arguments starts the window; subcommands for
administrators and scripts. Every failure is one line on stderr and a non-zero exit code."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from partsdesk import __version__
from partsdesk.i18n import Translator

tr = Translator("CLI")

ENV_PASSWORD = "PARTSDESK_PASSWORD"
ENV_NEW_PASSWORD = "PARTSDESK_NEW_PASSWORD"


class CommandFailed(Exception):
    """A one-line reason for the user; exit code 1."""


# --- helpers ---------------------------------------------------------------------------------

def _open(args, migrate: bool = True):
    from partsdesk.db.connection import open_database
    from partsdesk.settings import resolve_database
    target = resolve_database(args.db)
    open_database(target, migrate=migrate)
    return target


def _password(prompt: str, env: str = ENV_PASSWORD, confirm: bool = False) -> str:
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(tr("No password: set {env} or run this command in a terminal.",
                               env=env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("Repeat the password: ")) != first:
        raise CommandFailed(tr("The two passwords differ; nothing was changed."))
    return first


def _actor(args):
    from partsdesk.services import users
    return users.authenticate(args.user, _password(tr("Password for {user}: ", user=args.user)))


def _progress_printer(label: str):
    last = [-1]

    def report(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty():
            last[0] = pct // 10
            # the last one ends its line, so the result is not printed after "100%"
            print(f"\r{label} {pct}%", end="\n" if pct >= 100 else "", file=sys.stderr,
                  flush=True)
    return report


# --- commands --------------------------------------------------------------------------------

def cmd_db(args) -> int:
    from partsdesk.db import backup
    from partsdesk.db.connection import is_postgres_url
    from partsdesk.settings import resolve_database
    target = resolve_database(args.db)
    if args.action == "init":
        _open(args)
        from partsdesk.services import users
        if users.needs_first_admin():
            users.create_first_admin(_password(tr("New password for admin: "), confirm=True))
            print(tr("Database ready at {path}; administrator account: admin", path=target))
        else:
            print(tr("Database at {path} is already set up.", path=target))
    elif args.action == "upgrade":
        _open(args)
        from partsdesk.db.migrations import current_version
        print(tr("Schema is at version {version}.", version=current_version()))
    elif args.action == "check":
        _open(args)
        from partsdesk.services.checks import run_checks
        failed = 0
        for name, problems in run_checks():
            print(f"{'OK  ' if not problems else 'FAIL'} {name}")
            for problem in problems:
                print(f"     {problem}")
            failed += len(problems)
        if failed:
            raise CommandFailed(tr("{n} problem(s) found.", n=failed))
    elif args.action in ("backup", "restore"):
        if is_postgres_url(target):
            raise CommandFailed(tr("For PostgreSQL use pg_dump and pg_restore on the server."))
        if not args.file:
            raise CommandFailed(tr("Name the backup file: partsdesk db {action} FILE",
                                   action=args.action))
        from partsdesk.db.connection import DatabaseUnavailable, close_database
        from partsdesk.services.permissions import require
        try:
            _open(args)
            require(_actor(args), "db.backup" if args.action == "backup" else "db.restore")
        except DatabaseUnavailable:
            if args.action == "backup":
                raise
            # A damaged database cannot say who may restore it; whoever reaches its file can
            # replace it anyway. The restore goes ahead and keeps the damaged file beside it.
        close_database()
        if args.action == "backup":
            print(tr("Backed up to {path}", path=backup.backup_sqlite(target, args.file)))
        else:
            kept = backup.restore_sqlite(args.file, target)
            print(tr("Restored {path} from {file}.", path=target, file=args.file))
            if kept:
                print(tr("The replaced database was kept as {kept}.", kept=kept))
    return 0


def cmd_user(args) -> int:
    from partsdesk.services import users
    from partsdesk.services.permissions import role_name
    _open(args)
    if args.action == "list":
        for user in users.list_users():
            state = "" if user.active else tr(" (deactivated)")
            print(f"{user.username:<20} {role_name(user.role):<24} {user.full_name}{state}")
        return 0
    actor = _actor(args)
    if args.action == "add":
        if not args.name or not args.role:
            raise CommandFailed(tr("Usage: partsdesk user add NAME --role ROLE [--full-name TEXT]"))
        new = _password(tr("Password for the new user {name}: ", name=args.name),
                        env=ENV_NEW_PASSWORD, confirm=True)
        users.create_user(actor, args.name, new, args.role, args.full_name or "")
        print(tr("User {name} added as {role}.", name=args.name, role=role_name(args.role)))
    elif args.action == "passwd":
        name = args.name or actor.username
        new = _password(tr("New password for {name}: ", name=name), env=ENV_NEW_PASSWORD,
                        confirm=True)
        users.set_password(actor, name, new, old_password=os.environ.get(ENV_PASSWORD))
        print(tr("Password of {name} changed.", name=name))
    elif args.action == "unlock":
        if not args.name:
            raise CommandFailed(tr("Usage: partsdesk user unlock NAME"))
        users.unlock(actor, args.name)
        print(tr("User {name} unlocked; they can log in again.", name=args.name))
    return 0


def cmd_import(args) -> int:
    from partsdesk.spreadsheets import catalog as sheets
    _open(args)
    actor = _actor(args)
    path = Path(args.file)
    if args.what == "codes":
        from partsdesk.spreadsheets import codes as code_sheets
        result = code_sheets.import_file(actor, path, progress=_progress_printer(path.name))
    else:
        result = sheets.import_file(actor, args.what, path,
                                    progress=_progress_printer(path.name))
    print(tr("{file}: {rows} rows imported ({created} new, {updated} updated).", file=path.name,
             **result))
    return 0


def cmd_export(args) -> int:
    from partsdesk.spreadsheets import catalog as sheets
    _open(args)
    path = Path(args.file)
    if args.what in ("codes", "claims"):
        return _export_claim_sheets(args, path)
    if args.what == "quality":
        return _export_quality(args, path)
    if args.template:
        sheets.write_template(args.what, path)
        print(tr("Template written to {path}.", path=path))
    else:
        rows = sheets.export_file(args.what, path, progress=_progress_printer(path.name))
        print(tr("{rows} rows exported to {path}.", rows=rows, path=path))
    return 0


def _export_claim_sheets(args, path: Path) -> int:
    if args.what == "codes":
        from partsdesk.spreadsheets import codes as code_sheets
        rows = code_sheets.export_file(path, template=args.template)
    else:
        # customers' names, phones and VINs leave the database: only for a user who may read
        # claims, checked before anything is written
        from partsdesk.spreadsheets import claims_export
        rows = claims_export.export_file(_actor(args), path,
                                         progress=_progress_printer(path.name))
    print(tr("{rows} rows exported to {path}.", rows=rows, path=path))
    return 0


def _export_quality(args, path: Path) -> int:
    """The quality analysis grouped by --by (and --then), for a user who may read it."""
    from partsdesk.services.quality import QualityFilters
    from partsdesk.spreadsheets import quality as quality_sheets
    if not args.by:
        raise CommandFailed(tr("Say how to group the claims with --by (fault, part, model…)."))
    filters = QualityFilters(date_from=args.date_from, date_to=args.date_to,
                             model=args.model or "")
    rows = quality_sheets.export_file(_actor(args), path, args.by, filters, then=args.then,
                                      top=args.top)
    print(tr("{rows} rows exported to {path}.", rows=rows, path=path))
    return 0


def cmd_demo(args) -> int:
    from partsdesk import demo
    from partsdesk.settings import demo_database
    target = args.db or demo_database()
    summary = demo.build(target, size=args.size, progress=_progress_printer("demo"))
    print(tr("Demo database ready at {path}: {summary}", path=target, summary=summary))
    return 0


def cmd_print(args) -> int:
    from partsdesk.documents import labels
    if args.what == "layouts":
        for layout in labels.LAYOUTS.values():
            print(f"{layout.name:<14} {labels.layout_title(layout)}")
        return 0
    if args.what in ("voucher", "package"):
        return _print_claim_documents(args)
    if sum(bool(x) for x in (args.parts, args.locations, args.receipt)) != 1:
        raise CommandFailed(tr("Name one of --parts, --locations (separated by commas) or "
                               "--receipt."))
    if not args.output:
        raise CommandFailed(tr("Name the PDF file to write: -o FILE.pdf"))
    from partsdesk.settings import LocalSettings
    layout = labels.get_layout(args.layout or LocalSettings.load().label_layout
                               or labels.DEFAULT_LAYOUT)
    _open(args)
    if args.receipt:
        items = labels.expand(labels.receipt_label_items(args.receipt), not args.per_line)
        if not items:
            raise CommandFailed(tr("Receipt {number} has received nothing yet; no labels.",
                                   number=args.receipt))
        labels.render_part_labels(items, layout, args.start, args.copies, output=args.output)
    elif args.parts:
        from partsdesk.services.catalog import get_part
        items = [get_part(c.strip()) for c in args.parts.split(",") if c.strip()]
        labels.render_part_labels(items, layout, args.start, args.copies, output=args.output)
    else:
        from partsdesk.services.locations import get_location
        items = [get_location(c.strip()) for c in args.locations.split(",") if c.strip()]
        labels.render_location_labels(items, layout, args.start, args.copies,
                                      output=args.output)
    count = len(items) * args.copies
    print(tr("{count} labels on {pages} page(s) written to {path}.", count=count,
             pages=labels.page_count(layout, count, args.start), path=args.output))
    return 0


def _print_claim_documents(args) -> int:
    """``print voucher CLAIM`` (original or next copy) and ``print package CLAIM…``."""
    if not args.claims or (args.what == "voucher" and len(args.claims) != 1):
        raise CommandFailed(tr("Name the claim: partsdesk print voucher CLAIM -o FILE.pdf") if
                            args.what == "voucher" else
                            tr("Name the claims: partsdesk print package CLAIM… -o FILE.pdf"))
    if not args.output:
        raise CommandFailed(tr("Name the PDF file to write: -o FILE.pdf"))
    from partsdesk import i18n
    _open(args)
    actor = _actor(args)
    lang = args.doc_lang or args.lang or i18n.language()
    if args.what == "voucher":
        from partsdesk.documents import voucher
        _, made = voucher.print_voucher(actor, args.claims[0], lang, output=args.output)
        print(tr("Voucher of {claim} ({kind}) written to {path}; archived as {archive}.",
                 claim=args.claims[0].upper(), path=args.output, archive=made.path,
                 kind=tr("original") if made.copy_number == 0 else
                 tr("copy {n}", n=made.copy_number)))
    else:
        from partsdesk.documents import claim_package
        claim_package.build(actor, args.claims, lang, output=args.output,
                            progress=_progress_printer("package"))
        print(tr("Claim package of {count} claim(s) written to {path}.",
                 count=len(args.claims), path=args.output))
    return 0


def run_gui(args) -> int:
    from partsdesk import platform_libraries
    missing = platform_libraries.problem()
    if missing:                   # before Qt, whose own message would mislead
        print(missing, file=sys.stderr)
        return 1
    from partsdesk.ui.app import run
    return run(database=args.db, demo=args.demo, language=args.lang)


def run_self_test(args) -> int:
    from partsdesk.selftest import self_test
    return self_test()


# --- parser --------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    # Every command takes these before or after its name. Only the main parser has defaults: a
    # sub-command's own default would overwrite "partsdesk --db X db init" (argparse does that).
    def options(defaults: bool) -> argparse.ArgumentParser:
        options = argparse.ArgumentParser(add_help=False)
        options.add_argument("--db", default=None if defaults else argparse.SUPPRESS,
                             help=tr("SQLite file path or postgresql://user@host/db URL "
                                     "(default: PARTSDESK_DB, then this PC's setting)"))
        options.add_argument("--user", default="admin" if defaults else argparse.SUPPRESS,
                             help=tr("act as this user (password from PARTSDESK_PASSWORD or a "
                                     "prompt)"))
        return options
    common = options(defaults=False)

    parser = argparse.ArgumentParser(
        prog="partsdesk", parents=[options(defaults=True)],
        description=tr("PartsDesk: parts warehouse and warranty claims. Without a command, "
                       "starts the application window."))
    parser.add_argument("--version", action="version", version=f"PartsDesk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help=tr("start the window on the demo database (built if missing)"))
    parser.add_argument("--self-test", action="store_true",
                        help=tr("check this installation headless; exit 0 when it works"))
    parser.add_argument("--lang", choices=["en", "zh_CN"], help=tr("language of the window"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("db", parents=[common], help=tr("set up, upgrade, check, back up, restore"))
    p.add_argument("action", choices=["init", "upgrade", "check", "backup", "restore"])
    p.add_argument("file", nargs="?", help=tr("backup file (backup, restore)"))
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("user", parents=[common],
                       help=tr("add users, change passwords, unlock users, list users"))
    p.add_argument("action", choices=["add", "passwd", "unlock", "list"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", help=tr("parts_clerk, warranty_admin, supervisor, manager, "
                                     "settlement_clerk, return_inspector or admin"))
    p.add_argument("--full-name")
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("import", parents=[common], help=tr("import an Excel file (all or nothing)"))
    p.add_argument("what", choices=["parts", "locations", "codes"])
    p.add_argument("file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help=tr("export to an Excel file"))
    p.add_argument("what", choices=["parts", "locations", "codes", "claims", "quality"])
    p.add_argument("file")
    p.add_argument("--template", action="store_true",
                   help=tr("write an empty import template instead"))
    dimensions = ["category", "part", "fault", "cause", "operation", "batch", "model", "month",
                  "mileage", "months_in_service", "outcome", "entered_by"]
    p.add_argument("--by", choices=dimensions, help=tr("quality: group the claims by this"))
    p.add_argument("--then", choices=dimensions, help=tr("quality: and by this (a cross table)"))
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="DATE",
                   help=tr("quality: repair date from (YYYY-MM-DD)"))
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="DATE",
                   help=tr("quality: repair date to (YYYY-MM-DD)"))
    p.add_argument("--model", help=tr("quality: only this vehicle model"))
    p.add_argument("--top", type=int, metavar="N",
                   help=tr("quality: the N largest groups, the rest summed into one"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", parents=[common], help=tr("build the demo database"))
    p.add_argument("--size", choices=["small", "large"], default="small",
                   help=tr("small: a few thousand parts; large: 200,000 parts"))
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("print", parents=[common],
                       help=tr("print labels, settlement vouchers or claim packages to a PDF "
                               "file; list label layouts"))
    p.add_argument("what", choices=["labels", "layouts", "voucher", "package"])
    p.add_argument("claims", nargs="*", metavar="CLAIM",
                   help=tr("claim numbers (voucher, package)"))
    p.add_argument("--lang", dest="doc_lang", choices=["en", "zh_CN"],
                   help=tr("language of the voucher or package (default: the program's)"))
    p.add_argument("--parts", help=tr("part numbers, separated by commas"))
    p.add_argument("--locations", help=tr("location codes, separated by commas"))
    p.add_argument("--receipt", help=tr("labels for what a receipt received (RC-…)"))
    p.add_argument("--per-line", action="store_true",
                   help=tr("with --receipt: one label per line instead of one per piece"))
    p.add_argument("--layout", help=tr("label layout (list them: partsdesk print layouts)"))
    p.add_argument("--start", type=int, default=1,
                   help=tr("first free position on a partly used sheet (default 1)"))
    p.add_argument("--copies", type=int, default=1, help=tr("labels for each part or location"))
    p.add_argument("-o", "--output", help=tr("the PDF file to write"))
    p.set_defaults(func=cmd_print)
    return parser


def main(argv: list[str] | None = None) -> int:
    from partsdesk import i18n
    from partsdesk.settings import LocalSettings
    argv = sys.argv[1:] if argv is None else argv
    i18n.set_language(LocalSettings.load().language or i18n.system_language())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if args.self_test:
        return run_self_test(args)
    if not args.command:
        return run_gui(args)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print(tr("Interrupted; nothing more was changed."), file=sys.stderr)
        return 130
    except Exception as exc:       # the one place that turns any failure into one line
        return _fail(exc)


def _fail(exc: Exception) -> int:
    from partsdesk.db.connection import DatabaseUnavailable
    from partsdesk.services.errors import ImportRejected, PartsDeskError
    if isinstance(exc, ImportRejected):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if isinstance(exc, (CommandFailed, PartsDeskError, DatabaseUnavailable, OSError)):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        return 1
    from partsdesk.db.backup import BackupError
    if isinstance(exc, BackupError):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        return 1
    print(tr("error: unexpected {kind}: {detail}. Please report this.",
             kind=type(exc).__name__, detail=str(exc).splitlines()[0] if str(exc) else ""),
          file=sys.stderr)
    return 2
