"""``partsdesk export parts|locations|codes|claims|quality FILE``: the database to Excel files
(``--template``: an empty import template instead); claims and the quality analysis (grouped, or
its months-in-service matrix with ``--by mis``) only for a user who may read them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partsdesk.cli.common import CommandFailed, actor, open_db, progress_printer, result
from partsdesk.i18n import Translator

tr = Translator("CLI")

# what the quality analysis may group the claims by (services.quality's dimensions); an export
# may also be the months-in-service matrix
DIMENSIONS = ["category", "part", "fault", "cause", "operation", "batch", "model", "month",
              "mileage", "months_in_service", "outcome", "entered_by"]
MATRIX = "mis"


def register(sub, parents) -> None:
    p = sub.add_parser("export", parents=parents, help=tr("export to an Excel file"))
    p.add_argument("what", choices=["parts", "locations", "codes", "claims", "quality"])
    p.add_argument("file")
    p.add_argument("--template", action="store_true",
                   help=tr("write an empty import template instead"))
    quality_options(p, DIMENSIONS + [MATRIX],
                    tr("quality: group the claims by this (mis: the months-in-service matrix)"))
    p.set_defaults(func=cmd_export)


def quality_options(p, by=DIMENSIONS, by_help: str | None = None) -> None:
    """The options that choose the claims of a quality analysis and how they are grouped
    (``export quality`` and ``print quality``)."""
    p.add_argument("--by", choices=by, help=by_help or tr("quality: group the claims by this"))
    p.add_argument("--then", choices=DIMENSIONS, help=tr("quality: and by this (a cross table)"))
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="DATE",
                   help=tr("quality: repair date from (YYYY-MM-DD)"))
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="DATE",
                   help=tr("quality: repair date to (YYYY-MM-DD)"))
    p.add_argument("--model", help=tr("quality: only this vehicle model"))
    p.add_argument("--top", type=int, metavar="N",
                   help=tr("quality: the N largest groups, the rest summed into one"))


def cmd_export(args) -> int:
    open_db(args)
    path = Path(args.file)
    if args.what in ("codes", "claims"):
        return _export_claim_sheets(args, path)
    if args.what == "quality":
        return _export_quality(args, path)
    return _export_catalog(args, path)


def _export_catalog(args, path: Path) -> int:
    """Parts or locations, or the empty template to import them from."""
    from partsdesk.spreadsheets import catalog as sheets
    if args.template:
        sheets.write_template(args.what, path)
        result(args, {"what": args.what, "file": path, "template": True},
               tr("Template written to {path}.", path=path))
        return 0
    rows = sheets.export_file(args.what, path, progress=progress_printer(path.name))
    return _exported(args, path, rows)


def _export_claim_sheets(args, path: Path) -> int:
    if args.what == "codes":
        from partsdesk.spreadsheets import codes as code_sheets
        rows = code_sheets.export_file(path, template=args.template)
    else:
        # customers' names, phones and VINs leave the database: only for a user who may read
        # claims, checked before anything is written
        from partsdesk.spreadsheets import claims_export
        rows = claims_export.export_file(actor(args), path,
                                         progress=progress_printer(path.name))
    return _exported(args, path, rows)


def quality_filters(args):
    """The claims the quality options select; --by must say how to group them."""
    from partsdesk.services.quality import QualityFilters
    if not args.by:
        raise CommandFailed(tr("Say how to group the claims with --by (fault, part, model…)."))
    return QualityFilters(date_from=args.date_from, date_to=args.date_to,
                          model=args.model or "")


def _export_quality(args, path: Path) -> int:
    """The quality analysis grouped by --by (and --then), or the months-in-service matrix
    (--by mis), for a user who may read it."""
    from partsdesk.spreadsheets import quality as quality_sheets
    filters = quality_filters(args)
    if args.by == MATRIX:
        if args.then or args.top:
            raise CommandFailed(tr("The months-in-service matrix takes no --then or --top."))
        rows = quality_sheets.export_matrix(actor(args), path, filters)
    else:
        rows = quality_sheets.export_file(actor(args), path, args.by, filters, then=args.then,
                                          top=args.top)
    return _exported(args, path, rows)


def _exported(args, path: Path, rows: int) -> int:
    """What every export says when its file is written."""
    result(args, {"what": args.what, "file": path, "rows": rows},
           tr("{rows} rows exported to {path}.", rows=rows, path=path))
    return 0
