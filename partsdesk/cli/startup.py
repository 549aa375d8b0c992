"""What ``partsdesk`` does without a command: start the window (``--demo`` on the demo
database), or check the installation with ``--self-test``. Qt is imported only here, and only
when the window starts."""

from __future__ import annotations

import sys

from partsdesk.cli.common import FAILED
from partsdesk.i18n import Translator

tr = Translator("CLI")


def add_options(parser) -> None:
    """The main parser's options for starting without a command."""
    parser.add_argument("--demo", action="store_true",
                        help=tr("start the window on the demo database (built if missing)"))
    parser.add_argument("--self-test", action="store_true",
                        help=tr("check this installation headless; exit 0 when it works"))


def run_gui(args) -> int:
    from partsdesk import platform_libraries
    missing = platform_libraries.problem()
    if missing:                   # before Qt, whose own message would mislead
        print(missing, file=sys.stderr)
        return FAILED
    from partsdesk.ui.app import run
    return run(database=args.db, demo=args.demo, language=args.lang)


def run_self_test(args) -> int:
    from partsdesk.selftest import self_test
    return self_test()
