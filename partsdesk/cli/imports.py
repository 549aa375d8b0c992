"""``partsdesk import parts|locations|codes FILE [--dry-run]``: an Excel file into the database,
all or nothing (a rejected file lists its rows' problems and changes nothing). A parts file first
says what it would change: new, changed (with the fields) and unchanged parts."""

from __future__ import annotations

from pathlib import Path

from partsdesk.cli.common import actor, open_db, progress_printer, result
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("import", parents=parents, help=tr("import an Excel file (all or nothing)"))
    p.add_argument("what", choices=["parts", "locations", "codes"])
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true",
                   help=tr("check the file and say what it would change; write nothing"))
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    from partsdesk.spreadsheets import catalog as sheets
    open_db(args)
    acting = actor(args)
    path = Path(args.file)
    if args.what == "codes":
        from partsdesk.spreadsheets import codes as code_sheets
        counts = code_sheets.import_file(acting, path, progress=progress_printer(path.name))
        _imported(args, path, counts)
        return 0
    checked = sheets.check_file(acting, args.what, path, progress=progress_printer(path.name))
    if checked.plan is not None:
        _say_plan(args, path, checked.plan)
    if args.dry_run:
        return 0
    _imported(args, path, sheets.write_checked(acting, checked,
                                               progress=progress_printer(path.name)))
    return 0


def _say_plan(args, path: Path, plan) -> None:
    """What the file would change, before it is written: the summary, then (with --dry-run)
    every change; with --json only on a dry run, as its result."""
    from partsdesk.services.catalog_import import shown
    changes = [change for changes in plan.changes.values() for change in changes]
    if args.json:
        if args.dry_run:
            result(args, {"what": args.what, "file": path, "dry_run": True, **plan.counts(),
                          "changes": [{"part_no": c.part_no, "field": c.field,
                                       "before": shown(c.before),
                                       "after": shown(c.after)} for c in changes]})
        return
    print(tr("{file}: {summary}.", file=path.name, summary=plan.summary()))
    if args.dry_run:
        for c in changes:
            print(f"  {c.part_no:<20} {c.label}: {shown(c.before)} → {shown(c.after)}")
        print(tr("Nothing was written (--dry-run)."))


def _imported(args, path: Path, counts: dict) -> None:
    result(args, {"what": args.what, "file": path, **counts},
           tr("{file}: {rows} rows imported ({created} new, {updated} updated).",
              file=path.name, **{k: counts[k] for k in ("rows", "created", "updated")}))
