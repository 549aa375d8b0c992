"""What every command shares: the ``--db``/``--user``/``--json`` options, opening the database,
the password and the acting user, the progress printer, how a result is printed, and the one path
from a failure to its exit code. A command module imports these; it never prints an error or
picks an exit code itself."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from partsdesk.i18n import Translator

tr = Translator("CLI")

ENV_PASSWORD = "PARTSDESK_PASSWORD"
ENV_NEW_PASSWORD = "PARTSDESK_NEW_PASSWORD"

# The exit codes, the same for every command (the package docstring explains them).
OK = 0
FAILED = 1
USAGE = 2           # argparse's own code for a command line it cannot read
UNEXPECTED = 2      # a bug: nothing a script should retry, like a usage error
INTERRUPTED = 130   # Ctrl+C, as shells report it


class CommandFailed(Exception):
    """A one-line reason for the user; exit code 1."""


# --- options ---------------------------------------------------------------------------------

def options(defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name.

    Only the main parser has defaults: a sub-command's own default would overwrite
    "partsdesk --db X db init" (argparse does that), so the sub-commands' copy suppresses them.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", default=None if defaults else argparse.SUPPRESS,
                        help=tr("SQLite file path or postgresql://user@host/db URL "
                                "(default: PARTSDESK_DB, then this PC's setting)"))
    parser.add_argument("--user", default="admin" if defaults else argparse.SUPPRESS,
                        help=tr("act as this user (password from PARTSDESK_PASSWORD or a "
                                "prompt)"))
    parser.add_argument("--json", action="store_true",
                        default=False if defaults else argparse.SUPPRESS,
                        help=tr("print the result as one JSON object, for scripts"))
    return parser


# --- what commands use -----------------------------------------------------------------------

def open_db(args, migrate: bool = True):
    """Open the database ``--db`` names (or the default one); returns its path or URL."""
    from partsdesk.db.connection import open_database
    from partsdesk.settings import resolve_database
    target = resolve_database(args.db)
    open_database(target, migrate=migrate)
    return target


def password(prompt: str, env: str = ENV_PASSWORD, confirm: bool = False) -> str:
    """The password from ``env``, else typed at a terminal (twice with ``confirm``)."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(tr("No password: set {env} or run this command in a terminal.",
                               env=env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(tr("Repeat the password: ")) != first:
        raise CommandFailed(tr("The two passwords differ; nothing was changed."))
    return first


def actor(args):
    """The ``--user`` the command acts as, logged in with their password."""
    from partsdesk.services import users
    return users.authenticate(args.user, password(tr("Password for {user}: ", user=args.user)))


def progress_printer(label: str):
    """A progress callback that shows "label 40%" on a terminal's stderr, in steps of 10%."""
    last = [-1]

    def report(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct // 10 != last[0] and sys.stderr.isatty():
            last[0] = pct // 10
            # the last one ends its line, so the result is not printed after "100%"
            print(f"\r{label} {pct}%", end="\n" if pct >= 100 else "", file=sys.stderr,
                  flush=True)
    return report


def result(args, data: dict, *lines: str) -> None:
    """A command's result: its lines for a person, or with ``--json`` ``data`` as one JSON
    object on one line. ASCII-only JSON, so a script reads it whatever the console's code page."""
    if args.json:
        print(json.dumps(data, default=str))
    else:
        for line in lines:
            print(line)


# --- the one error path ----------------------------------------------------------------------

def run(command, args) -> int:
    """Run a command function; any failure becomes one line on stderr and its exit code."""
    try:
        return command(args)
    except KeyboardInterrupt:
        print(tr("Interrupted; nothing more was changed."), file=sys.stderr)
        return INTERRUPTED
    except Exception as exc:       # the one place that turns any failure into one line
        return fail(exc)


def fail(exc: Exception) -> int:
    """Print why ``exc`` stopped the command and return the exit code for it."""
    from partsdesk.db.connection import DatabaseUnavailable
    from partsdesk.services.errors import ImportRejected, PartsDeskError
    if isinstance(exc, ImportRejected):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return FAILED
    if isinstance(exc, (CommandFailed, PartsDeskError, DatabaseUnavailable, OSError)):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        return FAILED
    from partsdesk.db.backup import BackupError
    if isinstance(exc, BackupError):
        print(f"{tr('error')}: {exc}", file=sys.stderr)
        return FAILED
    print(tr("error: unexpected {kind}: {detail}. Please report this.",
             kind=type(exc).__name__, detail=str(exc).splitlines()[0] if str(exc) else ""),
          file=sys.stderr)
    return UNEXPECTED
