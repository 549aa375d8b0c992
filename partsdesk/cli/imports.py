"""``partsdesk import parts|locations|codes FILE``: an Excel file into the database, all or
nothing (a rejected file lists its rows' problems and changes nothing)."""

from __future__ import annotations

from pathlib import Path

from partsdesk.cli.common import actor, open_db, progress_printer, result
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("import", parents=parents, help=tr("import an Excel file (all or nothing)"))
    p.add_argument("what", choices=["parts", "locations", "codes"])
    p.add_argument("file")
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    from partsdesk.spreadsheets import catalog as sheets
    open_db(args)
    acting = actor(args)
    path = Path(args.file)
    if args.what == "codes":
        from partsdesk.spreadsheets import codes as code_sheets
        counts = code_sheets.import_file(acting, path, progress=progress_printer(path.name))
    else:
        counts = sheets.import_file(acting, args.what, path,
                                    progress=progress_printer(path.name))
    result(args, {"what": args.what, "file": path, **counts},
           tr("{file}: {rows} rows imported ({created} new, {updated} updated).",
              file=path.name, **counts))
    return 0
