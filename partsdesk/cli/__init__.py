"""The command line: ``partsdesk`` with no arguments starts the window; subcommands for
administrators and scripts.

One module per workflow, as in ``services/``: ``database`` (db …), ``users`` (user …),
``imports`` (import …), ``exports`` (export …), ``printing`` (print …), ``demo``, the stock's
``receipts`` (receipt …), ``stock`` (putaway, move, adjust, stock …) and ``counts`` (count …),
the claim loop's ``claims`` (claim …), ``returns`` (tag …, shipment …), ``settlement``
(voucher …, batch …) and ``search``; ``startup`` starts the window or the self-test. Each
registers its sub-commands with ``register(sub, parents)``; ``common`` holds the options every
command takes and the one error path.

Exit codes, the same for every command:

    0    done
    1    refused or failed: one line on stderr says why (an import's rejected rows follow it)
    2    the command line could not be read (argparse prints the usage), or an unexpected
         error, a bug to report
    130  interrupted (Ctrl+C); nothing more was changed

Never a traceback. With ``--json`` a command prints its result as one JSON object on stdout for
scripts; a failure is still its one line on stderr.

Heavy modules (Qt, the services, reportlab, openpyxl) are imported inside the command that needs
them, so ``partsdesk`` starts the window as fast as it can.
"""

from __future__ import annotations

import argparse
import sys

from partsdesk import __version__
from partsdesk.cli import claims, common, counts, database, demo, exports, imports, printing, \
    receipts, returns, search, settlement, startup, stock, users
from partsdesk.i18n import Translator

tr = Translator("CLI")

# the sub-commands in the order "partsdesk --help" lists them
WORKFLOWS = (database, users, imports, exports, demo, printing, receipts, stock, counts, claims,
             returns, settlement, search)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="partsdesk", parents=[common.options(defaults=True)],
        description=tr("PartsDesk: parts warehouse and warranty claims. Without a command, "
                       "starts the application window."))
    parser.add_argument("--version", action="version", version=f"PartsDesk {__version__}")
    startup.add_options(parser)
    parser.add_argument("--lang", choices=["en", "zh_CN"], help=tr("language of the window"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = [common.options(defaults=False)]
    for workflow in WORKFLOWS:
        workflow.register(sub, parents)
    return parser


def main(argv: list[str] | None = None) -> int:
    from partsdesk import i18n
    from partsdesk.settings import LocalSettings
    argv = sys.argv[1:] if argv is None else argv
    i18n.set_language(LocalSettings.load().language or i18n.system_language())
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if args.self_test:
        return startup.run_self_test(args)
    if not args.command:
        return startup.run_gui(args)
    return common.run(args.func, args)
