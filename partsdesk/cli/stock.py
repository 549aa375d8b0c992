"""``partsdesk putaway|move|adjust|stock show|stock export``: the stock as the put-away page and
the stock page keep and show it, through the same services: received parts put away into a bin,
stock moved between locations, stock found or lost booked with its reason, where a part is and
how much of it, and the stock to Excel."""

from __future__ import annotations

from pathlib import Path

from partsdesk.cli.common import CommandFailed, actor, open_db, progress_printer, result
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    def command(actions, name: str, text: str, func):
        made = actions.add_parser(name, parents=parents, help=text, description=text)
        if func is not None:
            made.set_defaults(func=func)
        return made

    putaway = command(sub, "putaway", tr("put received parts away from the receiving area into "
                                         "a bin, one piece per code"), cmd_putaway)
    putaway.add_argument("bin", metavar="BIN", help=tr("the bin's code or its label"))
    putaway.add_argument("codes", nargs="+", metavar="CODE",
                         help=tr("a part number or barcode, once per piece (a bin's label "
                                 "here puts the codes after it into that bin)"))
    putaway.add_argument("--qty", default="1", metavar="N",
                         help=tr("pieces per code (default 1)"))
    putaway.add_argument("--from", dest="source", metavar="LOCATION",
                         help=tr("the receiving location they come from (default: the one "
                                 "holding most of the part)"))

    move = command(sub, "move", tr("move stock from one location to another"), cmd_move)
    move.add_argument("part", metavar="PART", help=tr("part number or barcode"))
    move.add_argument("source", metavar="FROM", help=tr("the location it is taken from"))
    move.add_argument("target", metavar="TO", help=tr("the location it goes to"))
    move.add_argument("quantity", metavar="QTY", help=tr("how many"))
    move.add_argument("--note", default="", metavar="TEXT", help=tr("why it is moved"))

    adjust = command(sub, "adjust", tr("book stock found (+QTY) or lost (-QTY) at a location, "
                                       "with its reason (supervisor)"), cmd_adjust)
    adjust.add_argument("part", metavar="PART", help=tr("part number or barcode"))
    adjust.add_argument("location", metavar="LOCATION", help=tr("where it was found or lost"))
    adjust.add_argument("change", metavar="QTY",
                        help=tr("the change: 3 (or +3) found, -2 missing"))
    adjust.add_argument("--reason", required=True, metavar="CODE",
                        help=tr("why: found, lost, damaged, wrong_booking, sample or other"))
    adjust.add_argument("--note", default="", metavar="TEXT",
                        help=tr("more about it (required for the reason \"other\")"))

    stock = command(sub, "stock", tr("show where a part is, or export the stock to Excel"),
                    None)
    actions = stock.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = command(actions, "show", tr("where a part is: on hand, reserved and available, and "
                                       "how many in each location"), cmd_show)
    show.add_argument("part", metavar="PART", help=tr("part number or barcode"))
    export = command(actions, "export", tr("export the stock to an Excel file, as the stock "
                                           "page does"), cmd_export)
    export.add_argument("file", metavar="FILE.xlsx")
    export.add_argument("--by", choices=["part", "location"], default="part",
                        help=tr("one row per part (default) or per part and location"))
    export.add_argument("--all", action="store_true",
                        help=tr("by part: also the parts not in stock"))


def part_code(code):
    """A part number or a scanned barcode, as the stock pages take it."""
    from partsdesk.services import scanning
    return scanning.resolve_part(code) or code


def location_code(code):
    """A location code or a scanned label ("L:A-01-02"), as the stock pages take it."""
    from partsdesk.services import scanning
    found = scanning.resolve_location(code)
    return found if found is not None else str(code).strip().upper()


def _move_data(made) -> dict:
    from partsdesk.services.stock import qty_text
    return {"move": made.id, "kind": made.kind, "part_no": made.part.part_no,
            "quantity": qty_text(made.quantity),
            "from": made.from_location.code if made.from_location else None,
            "to": made.to_location.code if made.to_location else None}


# --- put-away, move, adjust ----------------------------------------------------------------

def cmd_putaway(args) -> int:
    """The put-away page's scanning: the bin first, then each part into it, one move per scan."""
    from partsdesk.services import locations, putaway, stock
    from partsdesk.services.errors import PartsDeskError
    from partsdesk.services.permissions import require
    open_db(args)
    acting = actor(args)
    require(acting, "stock.move")
    session = putaway.PutAway(acting, location_code(args.source) if args.source else None)
    target = location_code(args.bin)
    target = target if not isinstance(target, str) else locations.get_location(target)
    session.scan(locations.LABEL_PREFIX + target.code)
    moved = []
    for code in args.codes:
        try:
            outcome = session.scan(code, args.qty)
        except PartsDeskError as exc:
            if not moved:
                raise
            raise CommandFailed(tr("{reason} The {n} put-aways before it were booked.",
                                   reason=exc, n=len(moved))) from exc
        if outcome.kind == "moved":
            moved.append(outcome)
    result(args, {"moves": [_move_data(done.move) | {"on_hand": stock.qty_text(
        stock.on_hand(done.move.part, done.move.to_location))} for done in moved]},
        *(done.message for done in moved))
    return 0


def cmd_move(args) -> int:
    from partsdesk.services import stock
    open_db(args)
    made = stock.transfer(actor(args), part_code(args.part), args.quantity,
                          location_code(args.source), location_code(args.target),
                          reason=args.note)
    qty = stock.qty_text(made.quantity)
    result(args, _move_data(made),
           tr("{qty} x {part_no} moved from {source} to {target}.", qty=qty,
              part_no=made.part.part_no, source=made.from_location.code,
              target=made.to_location.code))
    return 0


def cmd_adjust(args) -> int:
    from partsdesk.services import stock
    open_db(args)
    made = stock.adjust(actor(args), part_code(args.part), location_code(args.location),
                        args.change, args.reason, args.note)
    place = made.to_location or made.from_location
    sign = "+" if made.to_location else "-"
    data = _move_data(made) | {"change": sign + stock.qty_text(made.quantity),
                               "location": place.code, "reason": args.reason,
                               "on_hand": stock.qty_text(stock.on_hand(made.part, place))}
    result(args, data, tr("Adjustment booked: {sign}{qty} x {part_no} in {location} ({on_hand} "
                          "there now).", sign=sign, qty=stock.qty_text(made.quantity),
                          part_no=made.part.part_no, location=place.code,
                          on_hand=data["on_hand"]))
    return 0


# --- stock show, stock export --------------------------------------------------------------

def cmd_show(args) -> int:
    """The stock page's heading for a part, and each location holding it."""
    from partsdesk.services import stock, stock_views
    from partsdesk.services.locations import kind_name
    from partsdesk.services.permissions import require
    open_db(args)
    require(actor(args), "stock.reserve")       # who sees the stock page
    part = stock.as_part(part_code(args.part))
    now = stock_views.part_stock(part)
    held = stock.locations_of(part, usable_only=False)
    q = stock.qty_text
    lines = [tr("{part_no} {name}: on hand {on_hand}, reserved {reserved}, available "
                "{available}, defective {defective}", part_no=part.part_no, name=part.name,
                on_hand=q(now.on_hand), reserved=q(now.reserved), available=q(now.available),
                defective=q(now.defective))]
    lines += [f"  {location.code:<14} {kind_name(location.kind):<16} {q(quantity)}"
              for location, quantity in held]
    if not held:
        lines.append("  " + tr("Not in any location."))
    result(args, {"part_no": part.part_no, "name": part.name, "unit": part.unit,
                  "on_hand": q(now.on_hand), "reserved": q(now.reserved),
                  "available": q(now.available), "defective": q(now.defective),
                  "locations": [{"location": location.code, "kind": location.kind,
                                 "on_hand": q(quantity)} for location, quantity in held]},
           *lines)
    return 0


def cmd_export(args) -> int:
    from partsdesk.services.permissions import require
    from partsdesk.spreadsheets import stock_export
    open_db(args)
    require(actor(args), "stock.reserve")       # who sees the stock page and exports from it
    path = Path(args.file)
    if args.by == "location":
        rows = stock_export.write_stock_by_location(path, progress=progress_printer(path.name))
    else:
        rows = stock_export.write_stock_by_part(path, in_stock_only=not args.all,
                                                progress=progress_printer(path.name))
    result(args, {"what": "stock", "by": args.by, "file": path, "rows": rows},
           tr("{rows} rows exported to {path}.", rows=rows, path=path))
    return 0
