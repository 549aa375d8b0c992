"""``partsdesk receipt create|scan|undo|close|reopen|show``: receiving a shipment as the receiving
page does, through the same services: a receipt from the sender's packing list (or none), each
scan committed on its own, the receipt closed into stock with its discrepancy report."""

from __future__ import annotations

from pathlib import Path

from partsdesk.cli.common import CommandFailed, actor, open_db, result
from partsdesk.cli.stock import location_code
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser(
        "receipt", parents=parents,
        help=tr("receive a shipment: create a receipt, scan what arrived, take a scan back, "
                "close it into stock, show it"),
        description=tr("Receive a shipment as the receiving page does. Each scan is committed "
                       "at once; closing the receipt books what arrived into its receiving "
                       "location."))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, text: str, func):
        made = actions.add_parser(name, parents=parents, help=text, description=text)
        made.set_defaults(func=func)
        return made

    create = action("create", tr("create a receipt, from the sender's packing list or empty; "
                                 "prints its number"), cmd_create)
    create.add_argument("--packing-list", metavar="FILE.xlsx",
                        help=tr("the sender's packing list (Excel): its lines become what the "
                                "receipt expects; a bad row rejects the whole file"))
    create.add_argument("--map", nargs="+", action="extend", default=[], metavar="COLUMN=FIELD",
                        help=tr("read the packing list's column COLUMN (its header as written) "
                                "as FIELD: part_no, quantity, description or carton"))
    create.add_argument("--source", default="", metavar="TEXT",
                        help=tr("who sent the shipment"))
    create.add_argument("--reference", default="", metavar="TEXT",
                        help=tr("the delivery note number (default: the packing list's file "
                                "name)"))
    create.add_argument("--location", metavar="LOCATION",
                        help=tr("the receiving location (default: the first one)"))

    scan = action("scan", tr("scan parts onto an open receipt, one piece per code"), cmd_scan)
    scan.add_argument("receipt", metavar="RC", help=tr("receipt number (RC-…)"))
    scan.add_argument("codes", nargs="+", metavar="CODE",
                      help=tr("a part number or barcode, once per piece"))
    scan.add_argument("--damaged", action="store_true",
                      help=tr("the pieces arrived damaged (they go to the defective store)"))

    undo = action("undo", tr("take back your last scan on a receipt that still counts"),
                  cmd_undo)
    undo.add_argument("receipt", metavar="RC", help=tr("receipt number (RC-…)"))

    close = action("close", tr("close a receipt: what arrived is booked into stock, and its "
                               "discrepancies are reported"), cmd_close)
    close.add_argument("receipt", metavar="RC", help=tr("receipt number (RC-…)"))
    close.add_argument("-o", "--output", metavar="report.pdf",
                       help=tr("write the discrepancy report (PDF) to this file"))

    reopen = action("reopen", tr("reopen a closed receipt to scan more or take scans back "
                                 "(supervisor)"), cmd_reopen)
    reopen.add_argument("receipt", metavar="RC", help=tr("receipt number (RC-…)"))
    reopen.add_argument("--reason", required=True, metavar="TEXT",
                        help=tr("why it is reopened"))

    show = action("show", tr("show a receipt: its lines, what arrived and its discrepancies"),
                  cmd_show)
    show.add_argument("receipt", metavar="RC", help=tr("receipt number (RC-…)"))
    show.add_argument("-o", "--output", metavar="report.pdf",
                      help=tr("write its discrepancy report (PDF) to this file"))


# --- create --------------------------------------------------------------------------------

def mapping(pairs: list[str]) -> dict[str, str]:
    """``--map COLUMN=FIELD …`` as the packing list reader takes it: {field: column}."""
    found = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise CommandFailed(tr(
                "\"{pair}\" is not COLUMN=FIELD, e.g. --map \"Teil-Nr.=part_no\".", pair=pair))
        found[field.strip().lower()] = column.strip()
    return found


def cmd_create(args) -> int:
    from partsdesk.services import receiving
    open_db(args)
    if args.map and not args.packing_list:
        raise CommandFailed(tr("--map names the columns of a packing list; give the file with "
                               "--packing-list."))
    acting = actor(args)
    place = location_code(args.location) if args.location else None
    if args.packing_list:
        from partsdesk.spreadsheets import packing_list
        receipt = packing_list.import_packing_list(
            acting, Path(args.packing_list), source=args.source, reference=args.reference,
            location=place, mapping=mapping(args.map))
    else:
        receipt = receiving.create_receipt(acting, source=args.source, reference=args.reference,
                                           location=place)
    expected = receiving.lines(receipt.number)
    result(args, {"receipt": receipt.number, "location": receipt.location.code,
                  "lines": len(expected)},
           receipt.number)
    return 0


# --- scan, undo ----------------------------------------------------------------------------

def cmd_scan(args) -> int:
    """Each code is one scan, committed on its own; a code that is not a part stops here."""
    from partsdesk.services import receiving
    from partsdesk.services.stock import qty_text
    open_db(args)
    acting = actor(args)
    made = []
    for code in args.codes:
        outcome = receiving.scan(acting, args.receipt, code, damaged=args.damaged)
        if not outcome.recorded:
            if made:
                raise CommandFailed(tr("{reason} The {n} scans before it were recorded.",
                                       reason=outcome.message, n=len(made)))
            raise CommandFailed(outcome.message)
        made.append(outcome)
    result(args, {"receipt": made[0].receipt, "scans": [
        {"scan": o.scan_id, "code": o.code, "outcome": o.outcome, "part_no": o.part_no,
         "line": o.line_no, "received": qty_text(o.received), "expected": qty_text(o.expected),
         "damaged": qty_text(o.damaged)} for o in made]},
        *(o.message for o in made))
    return 0


def cmd_undo(args) -> int:
    """The receiving page takes back only the user's own last scan; so does this."""
    from partsdesk.db.models.stock import ReceiptScan
    from partsdesk.services import receiving
    from partsdesk.services.permissions import require
    from partsdesk.services.stock import qty_text
    open_db(args)
    acting = actor(args)
    require(acting, "stock.receive")
    receipt = receiving.get_receipt(args.receipt)
    if receipt.status != "open":
        raise CommandFailed(tr("Receipt {number} is closed; no scan can be taken back. A "
                               "supervisor can reopen it.", number=receipt.number))
    taken_back = ReceiptScan.select(ReceiptScan.voids).where(
        (ReceiptScan.receipt == receipt.id) & ReceiptScan.voids.is_null(False))
    last = (ReceiptScan.select().where(
        (ReceiptScan.receipt == receipt.id) & (ReceiptScan.user == acting.id)
        & (ReceiptScan.outcome != "voided") & ReceiptScan.id.not_in(taken_back))
        .order_by(ReceiptScan.id.desc()).first())
    if last is None:
        raise CommandFailed(tr("{user} has no scan on receipt {number} left to take back.",
                               user=acting.username, number=receipt.number))
    made = receiving.void_scan(acting, receipt.number, last.id)
    qty = qty_text(-made.quantity)
    result(args, {"receipt": receipt.number, "scan": last.id, "code": made.code,
                  "quantity": qty},
           tr("Scan #{id} taken back: {qty} x {code} no longer counts on receipt {number}.",
              id=last.id, qty=qty, code=made.code, number=receipt.number))
    return 0


# --- close, reopen -------------------------------------------------------------------------

def cmd_close(args) -> int:
    from partsdesk.services import receiving
    open_db(args)
    found = receiving.close(actor(args), args.receipt)
    number = receiving.get_receipt(args.receipt).number
    if args.output:
        try:
            _write_report(number, Path(args.output))
        except OSError as exc:      # the receipt stays closed: say how to get its report
            raise CommandFailed(tr(
                "Receipt {number} is closed, but its discrepancy report could not be written to "
                "{path}: {reason}. Write it with: partsdesk receipt show {number} -o FILE.pdf",
                number=number, path=args.output, reason=exc.strerror or exc)) from exc
    lines = [tr.plural(len(found), "Receipt {number} closed into stock with 1 discrepancy.",
                       "Receipt {number} closed into stock with {n} discrepancies.",
                       number=number) if found else
             tr("Receipt {number} closed into stock; everything arrived as expected.",
                number=number)]
    lines += [f"  {discrepancy_line(d)}" for d in found]
    if args.output:
        lines.append(tr("Discrepancy report written to {path}.", path=args.output))
    result(args, {"receipt": number, "status": "closed",
                  "discrepancies": [discrepancy_data(d) for d in found],
                  "report": args.output}, *lines)
    return 0


def _write_report(number: str, path: Path) -> None:
    from partsdesk.documents import discrepancy_report
    discrepancy_report.write(number, path)


def cmd_reopen(args) -> int:
    from partsdesk.services import receiving
    open_db(args)
    receipt = receiving.reopen(actor(args), args.receipt, args.reason)
    result(args, {"receipt": receipt.number, "status": receipt.status},
           tr("Receipt {number} reopened.", number=receipt.number))
    return 0


# --- show ----------------------------------------------------------------------------------

def discrepancy_line(d) -> str:
    from partsdesk.services import receiving
    from partsdesk.services.stock import qty_text
    return tr("{kind}: {qty} x {code} {name} (expected {expected}, arrived {arrived})",
              kind=receiving.discrepancy_name(d.kind), qty=qty_text(d.quantity), code=d.code,
              name=d.name, expected=qty_text(d.expected), arrived=qty_text(d.received))


def discrepancy_data(d) -> dict:
    from partsdesk.services.stock import qty_text
    return {"kind": d.kind, "code": d.code, "name": d.name, "expected": qty_text(d.expected),
            "arrived": qty_text(d.received), "quantity": qty_text(d.quantity)}


def cmd_show(args) -> int:
    from partsdesk.services import receiving
    from partsdesk.services.permissions import require
    from partsdesk.services.stock import qty_text
    open_db(args)
    require(actor(args), "stock.receive")
    receipt = receiving.get_receipt(args.receipt)
    rows = receiving.lines(receipt.number)
    found = receiving.discrepancies(receipt.number)
    text = [tr("Receipt {number}: {status}, into {location}; sender {source}, delivery note "
               "{reference}", number=receipt.number, status=receiving.status_name(receipt.status),
               location=receipt.location.code, source=receipt.source or "-",
               reference=receipt.reference or "-")]
    text += ["  " + tr("{line}. {part_no} {name}: expected {expected}, received {received}, "
                       "damaged {damaged}", line=row.line_no, part_no=row.part_no,
                       name=row.name, expected=qty_text(row.expected),
                       received=qty_text(row.received), damaged=qty_text(row.damaged))
             for row in rows]
    text.append(tr.plural(len(found), "1 discrepancy:", "{n} discrepancies:") if found
                else tr("No discrepancies."))
    text += [f"  {discrepancy_line(d)}" for d in found]
    if args.output:
        _write_report(receipt.number, Path(args.output))
        text.append(tr("Discrepancy report written to {path}.", path=args.output))
    result(args, {"receipt": receipt.number, "status": receipt.status, "report": args.output,
                  "source": receipt.source, "reference": receipt.reference,
                  "location": receipt.location.code,
                  "lines": [{"line": row.line_no, "part_no": row.part_no, "name": row.name,
                             "expected": qty_text(row.expected),
                             "received": qty_text(row.received),
                             "damaged": qty_text(row.damaged)} for row in rows],
                  "discrepancies": [discrepancy_data(d) for d in found]}, *text)
    return 0
