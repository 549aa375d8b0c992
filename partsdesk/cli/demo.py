"""``partsdesk demo``: build the demo database (a separate file unless ``--db`` names one)."""

from __future__ import annotations

from partsdesk.cli.common import progress_printer, result
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("demo", parents=parents, help=tr("build the demo database"))
    p.add_argument("--size", choices=["small", "large"], default="small",
                   help=tr("small: a few thousand parts; large: 200,000 parts"))
    p.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    from partsdesk import demo
    from partsdesk.settings import demo_database
    target = args.db or demo_database()
    summary = demo.build(target, size=args.size, progress=progress_printer("demo"))
    result(args, {"database": target, "summary": summary},
           tr("Demo database ready at {path}: {summary}", path=target, summary=summary))
    return 0
