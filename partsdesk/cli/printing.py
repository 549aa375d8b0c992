"""``partsdesk print labels|layouts|voucher|package|quality|statement``: labels, settlement
vouchers (or the stored bytes of an earlier print), claim packages, the quality analysis report
and settlement statements (PDF or Excel) as files, and the label layouts there are."""

from __future__ import annotations

from partsdesk.cli.common import CommandFailed, actor, open_db, progress_printer, result
from partsdesk.cli.exports import quality_filters, quality_options
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("print", parents=parents,
                       help=tr("print labels, settlement vouchers, claim packages, the "
                               "quality analysis or a settlement statement to a file; list "
                               "label layouts"))
    p.add_argument("what", choices=["labels", "layouts", "voucher", "package", "quality",
                                    "statement"])
    p.add_argument("claims", nargs="*", metavar="CLAIM",
                   help=tr("claim numbers (voucher, package); the settlement batch number "
                           "(statement)"))
    p.add_argument("--archived", type=int, metavar="N",
                   help=tr("voucher: the stored bytes of print N as printed (0 the original, "
                           "1, 2 … a copy) instead of a new print"))
    p.add_argument("--lang", dest="doc_lang", choices=["en", "zh_CN"],
                   help=tr("language of the voucher, package or report (default: the "
                           "program's)"))
    p.add_argument("--parts", help=tr("part numbers, separated by commas"))
    p.add_argument("--locations", help=tr("location codes, separated by commas"))
    p.add_argument("--receipt", help=tr("labels for what a receipt received (RC-…)"))
    p.add_argument("--per-line", action="store_true",
                   help=tr("with --receipt: one label per line instead of one per piece"))
    p.add_argument("--layout", help=tr("label layout (list them: partsdesk print layouts)"))
    p.add_argument("--start", type=int, default=1,
                   help=tr("first free position on a partly used sheet (default 1)"))
    p.add_argument("--copies", type=int, default=1, help=tr("labels for each part or location"))
    p.add_argument("-o", "--output", help=tr("the PDF file to write (a statement: .pdf or "
                                             ".xlsx)"))
    quality_options(p)
    p.set_defaults(func=cmd_print)


def cmd_print(args) -> int:
    if args.what == "layouts":
        return _print_layouts(args)
    if args.what in ("voucher", "package"):
        return _print_claim_documents(args)
    if args.what == "quality":
        return _print_quality(args)
    if args.what == "statement":
        return _print_statement(args)
    return _print_labels(args)


def _print_layouts(args) -> int:
    """The label sheet layouts there are, by name and title."""
    from partsdesk.documents import labels
    titles = [(layout.name, labels.layout_title(layout)) for layout in labels.LAYOUTS.values()]
    result(args, {"layouts": [{"name": name, "title": title} for name, title in titles]},
           *(f"{name:<14} {title}" for name, title in titles))
    return 0


def _print_labels(args) -> int:
    """Labels for parts, locations or what a receipt received, on the chosen sheet layout."""
    from partsdesk.documents import labels
    if sum(bool(x) for x in (args.parts, args.locations, args.receipt)) != 1:
        raise CommandFailed(tr("Name one of --parts, --locations (separated by commas) or "
                               "--receipt."))
    if not args.output:
        raise CommandFailed(tr("Name the PDF file to write: -o FILE.pdf"))
    from partsdesk.settings import LocalSettings
    layout = labels.get_layout(args.layout or LocalSettings.load().label_layout
                               or labels.DEFAULT_LAYOUT)
    open_db(args)
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
    pages = labels.page_count(layout, count, args.start)
    result(args, {"file": args.output, "labels": count, "pages": pages},
           tr("{count} labels on {pages} page(s) written to {path}.", count=count,
              pages=pages, path=args.output))
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
    open_db(args)
    acting = actor(args)
    lang = args.doc_lang or args.lang or i18n.language()
    if args.what == "voucher" and args.archived is not None:
        return _print_archived(args, acting)
    if args.what == "voucher":
        from partsdesk.documents import voucher
        _, made = voucher.print_voucher(acting, args.claims[0], lang, output=args.output)
        claim = args.claims[0].upper()
        result(args, {"claim": claim, "file": args.output, "copy": made.copy_number,
                      "archive": made.path},
               tr("Voucher of {claim} ({kind}) written to {path}; archived as {archive}.",
                  claim=claim, path=args.output, archive=made.path,
                  kind=tr("original") if made.copy_number == 0 else
                  tr("copy {n}", n=made.copy_number)))
    else:
        from partsdesk.documents import claim_package
        claim_package.build(acting, args.claims, lang, output=args.output,
                            progress=progress_printer("package"))
        result(args, {"claims": [claim.upper() for claim in args.claims],
                      "file": args.output},
               tr("Claim package of {count} claim(s) written to {path}.",
                  count=len(args.claims), path=args.output))
    return 0


def _print_quality(args) -> int:
    """The quality analysis grouped by --by (and --then) as a PDF report, for a user who may
    read it (checked before the file is written)."""
    from partsdesk import i18n
    from partsdesk.documents import quality_report
    filters = quality_filters(args)
    if not args.output:
        raise CommandFailed(tr("Name the PDF file to write: -o FILE.pdf"))
    open_db(args)
    quality_report.write(actor(args), args.output, args.by, filters, then=args.then,
                         top=args.top, lang=args.doc_lang or args.lang or i18n.language())
    result(args, {"file": args.output, "by": args.by, "then": args.then},
           tr("Quality analysis by {by} written to {path}.", by=args.by, path=args.output))
    return 0


def _print_archived(args, acting) -> int:
    """``print voucher CLAIM --archived N``: exactly the bytes of print N as it was printed
    (its SHA-256 checked), for a user who may see the claim's vouchers."""
    from partsdesk.cli.settlement import may_see_settlement
    from partsdesk.documents.pdf import write_atomic
    from partsdesk.services import vouchers
    may_see_settlement(acting)
    claim = args.claims[0].upper()
    made = {p.copy_number: p for p in vouchers.prints(claim)}
    if args.archived not in made:
        raise CommandFailed(tr("Claim {claim} has no voucher print {n}; its prints are {prints}.",
                               claim=claim, n=args.archived,
                               prints=", ".join(str(n) for n in made) or "—"))
    data = vouchers.archived_voucher(made[args.archived].id)
    write_atomic(args.output, data)
    result(args, {"claim": claim, "file": args.output, "copy": args.archived,
                  "sha256": made[args.archived].sha256, "bytes": len(data)},
           tr("Voucher of {claim}, print {n} as printed on {date}, written to {path}.",
              claim=claim, n=args.archived, date=vouchers.print_day(made[args.archived]),
              path=args.output))
    return 0


def _print_statement(args) -> int:
    """``print statement SB -o FILE.pdf|.xlsx``: the batch's statement, the same figures as the
    settlement page, for a user of the settlement page."""
    from partsdesk import i18n
    if len(args.claims) != 1:
        raise CommandFailed(tr("Name the batch: partsdesk print statement SB -o FILE.pdf"))
    if not args.output or not args.output.lower().endswith((".pdf", ".xlsx")):
        raise CommandFailed(tr("Name the file to write: -o FILE.pdf or -o FILE.xlsx"))
    from partsdesk.cli.settlement import may_see_settlement
    open_db(args)
    may_see_settlement(actor(args))
    lang = args.doc_lang or args.lang or i18n.language()
    number = args.claims[0].strip().upper()
    if args.output.lower().endswith(".xlsx"):
        from partsdesk.spreadsheets import statement as sheet
        sheet.write(number, args.output, lang)
    else:
        from partsdesk.documents import statement
        statement.write(number, args.output, lang)
    result(args, {"batch": number, "file": args.output},
           tr("Statement of settlement batch {batch} written to {path}.", batch=number,
              path=args.output))
    return 0
