"""``partsdesk count create|enter|post|show``: stock counts as the stock count page keeps them,
through the same service: locations chosen and their stock frozen as expected, what was counted
entered part by part, the variances posted (those worth more than the threshold by a
supervisor)."""

from __future__ import annotations

from partsdesk.cli.common import CommandFailed, actor, open_db, result
from partsdesk.cli.stock import location_code, part_code
from partsdesk.i18n import Translator

tr = Translator("CLI")


def register(sub, parents) -> None:
    p = sub.add_parser("count", parents=parents,
                       help=tr("count stock: start a count of locations, enter what was "
                               "counted, post the variances, show a count"),
                       description=tr("Count stock as the stock count page does: what the "
                                      "books expect is frozen when the count starts; posting "
                                      "books each variance, counted less expected."))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, text: str, func):
        made = actions.add_parser(name, parents=parents, help=text, description=text)
        made.set_defaults(func=func)
        return made

    create = action("create", tr("start counting these locations; prints the count's number"),
                    cmd_create)
    create.add_argument("locations", nargs="+", metavar="LOCATION",
                        help=tr("a location's code or label"))
    create.add_argument("--note", default="", metavar="TEXT", help=tr("a note on the count"))

    enter = action("enter", tr("enter how many of a part were counted (again: the new "
                               "figure replaces the old)"), cmd_enter)
    enter.add_argument("count", metavar="COUNT", help=tr("stock count number (SC-…)"))
    enter.add_argument("part", metavar="PART", help=tr("part number or barcode"))
    enter.add_argument("quantity", metavar="QTY", help=tr("how many were counted (0 or more)"))
    enter.add_argument("--location", metavar="LOCATION",
                       help=tr("where it was counted (needed when the count has several "
                               "locations the part could be in)"))

    post = action("post", tr("post a count: each variance is booked and the count is closed"),
                  cmd_post)
    post.add_argument("count", metavar="COUNT", help=tr("stock count number (SC-…)"))
    post.add_argument("--uncounted-as-zero", action="store_true",
                      help=tr("post the lines nobody counted as counted zero"))

    show = action("show", tr("show a count: its lines, what was counted and the variances"),
                  cmd_show)
    show.add_argument("count", metavar="COUNT", help=tr("stock count number (SC-…)"))


def cmd_create(args) -> int:
    from partsdesk.services import counting
    open_db(args)
    count = counting.create_count(actor(args), [location_code(c) for c in args.locations],
                                  args.note)
    places = counting.count_locations(count.number)
    result(args, {"count": count.number, "locations": places,
                  "lines": len(counting.lines(count.number))}, count.number)
    return 0


def where_counted(number: str, part, location) -> object:
    """The location a part was counted in: the one given, the count's only location, or the
    only one of its locations where the books expect the part."""
    from partsdesk.services import counting
    if location:
        return location_code(location)
    places = counting.count_locations(number)
    if len(places) == 1:
        return places[0]
    expected = sorted({line.location for line in counting.lines(number)
                       if line.part_no == part.part_no})
    if len(expected) == 1:
        return expected[0]
    raise CommandFailed(tr("Stock count {number} has {n} locations ({codes}); say with "
                           "--location where {part_no} was counted.", number=number,
                           n=len(places), codes=", ".join(places), part_no=part.part_no))


def cmd_enter(args) -> int:
    from partsdesk.services import counting, stock
    from partsdesk.services.permissions import require
    open_db(args)
    acting = actor(args)
    require(acting, "stock.count")
    number = counting.get_count(args.count).number
    part = stock.as_part(part_code(args.part))
    outcome = counting.record_count(acting, number, where_counted(number, part, args.location),
                                    part, args.quantity)
    result(args, {"count": number, "location": outcome.location, "part_no": outcome.part_no,
                  "counted": stock.qty_text(outcome.counted),
                  "expected_on_sheet": outcome.expected_on_sheet}, outcome.message)
    return 0


def cmd_post(args) -> int:
    from partsdesk.services import counting
    open_db(args)
    number = counting.get_count(args.count).number
    moves = counting.post(actor(args), number, uncounted_as_zero=args.uncounted_as_zero)
    variances = counting.lines(number, only_variances=True)
    lines = [tr.plural(len(moves), "Stock count {number} posted: 1 variance booked.",
                       "Stock count {number} posted: {n} variances booked.", number=number)]
    lines += ["  " + _variance_text(line) for line in variances]
    result(args, {"count": number, "status": "posted",
                  "variances": [_line_data(line) for line in variances],
                  "moves": [made.id for made in moves]}, *lines)
    return 0


def _variance_text(line) -> str:
    from partsdesk.services.stock import qty_text
    sign = "+" if line.variance > 0 else "-"
    return tr("{location}: {part_no} {sign}{qty} (expected {expected}, counted {counted}; "
              "{value})", location=line.location, part_no=line.part_no, sign=sign,
              qty=qty_text(abs(line.variance)), expected=qty_text(line.expected),
              counted=qty_text(line.counted), value=line.value)


def _line_data(line) -> dict:
    from partsdesk.services.stock import qty_text

    def q(value):
        return None if value is None else qty_text(value)
    return {"location": line.location, "part_no": line.part_no, "name": line.name,
            "expected": q(line.expected), "counted": q(line.counted),
            "variance": q(line.variance), "value": None if line.value is None else str(line.value)}


def cmd_show(args) -> int:
    from partsdesk.services import counting
    from partsdesk.services.permissions import require
    from partsdesk.services.stock import qty_text
    open_db(args)
    require(actor(args), "stock.count")
    count = counting.get_count(args.count)
    rows = counting.lines(count.number)
    text = [tr("Stock count {number}: {status}; locations {locations}", number=count.number,
               status=counting.status_name(count.status),
               locations=", ".join(counting.count_locations(count.number)))]
    for line in rows:
        counted = "-" if line.counted is None else qty_text(line.counted)
        text.append("  " + tr("{location}: {part_no} {name}: expected {expected}, counted "
                              "{counted}", location=line.location, part_no=line.part_no,
                              name=line.name, expected=qty_text(line.expected),
                              counted=counted))
    missing = sum(1 for line in rows if line.counted is None)
    if missing:
        text.append(tr.plural(missing, "1 line not counted yet.", "{n} lines not counted yet."))
    result(args, {"count": count.number, "status": count.status,
                  "locations": counting.count_locations(count.number),
                  "lines": [_line_data(line) for line in rows], "uncounted": missing}, *text)
    return 0
