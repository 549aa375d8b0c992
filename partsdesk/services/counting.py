"""Stock counts: pick locations, freeze what the books expect, count, review, post variances.

The expected quantity is frozen when the count starts, and a posted variance is counted −
expected: stock moved in or out while the count sheets were out is kept, as long as the
counters counted before those moves. Variances worth more than a threshold (a shared setting,
``stock.count_approval_threshold``, default 500.00) may only be posted by a supervisor.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from peewee import JOIN

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.stock import (CycleCount, CycleCountLine, CycleCountLocation,
                                       StockLevel)
from partsdesk.i18n import Translator
from partsdesk.services import audit, scanning, setting_values, stock
from partsdesk.services.errors import (Conflict, NotFound, PermissionDenied,
                                       ValidationError)
from partsdesk.services.permissions import can, require
from partsdesk.services.stock import ZERO, as_location, as_part, as_quantity, qty_text

tr = Translator("Counting")

PAGE = 200
THRESHOLD_KEY = "stock.count_approval_threshold"
DEFAULT_THRESHOLD = Decimal("500.00")
STATUS_NAMES = {"open": tr.mark("Being counted"), "posted": tr.mark("Posted"),
                "cancelled": tr.mark("Cancelled")}


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))


def approval_threshold() -> Decimal:
    return Decimal(str(setting_values.read(THRESHOLD_KEY, DEFAULT_THRESHOLD)))


def set_approval_threshold(actor, amount) -> None:
    require(actor, "settings.edit")
    value = setting_values.money(amount, "threshold")
    with transaction():
        before = approval_threshold()
        setting_values.write(THRESHOLD_KEY, str(value))
        audit.record(actor, "settings.stock_count", "setting", THRESHOLD_KEY,
                     tr.message("Count approval threshold set to {amount}", amount=value),
                     before={"threshold": str(before)}, after={"threshold": str(value)})


def get_count(number: str) -> CycleCount:
    number = str(number or "").strip().upper()
    count = CycleCount.get_or_none(CycleCount.number == number)
    if count is None:
        raise NotFound(tr("Stock count {number} does not exist.", number=number))
    return count


def _open_count(number: str) -> CycleCount:
    count = get_count(number)
    if count.status != "open":
        raise Conflict(tr("Stock count {number} cannot be changed: its status is {status}.",
                          number=count.number, status=status_name(count.status)))
    return count


def _user(actor):
    return actor if isinstance(actor, User) else None


# --- starting a count ----------------------------------------------------------------------

def create_count(actor, places, note: str = "") -> CycleCount:
    """Start counting ``places`` (codes or records): their levels are frozen as expected."""
    require(actor, "stock.count")
    chosen = {}
    for place in places:
        location = as_location(place)
        chosen[location.id] = location
    if not chosen:
        raise ValidationError(tr("Choose at least one location to count."), field="locations")
    with transaction():
        busy = (CycleCountLocation.select(CycleCountLocation, CycleCount, Location)
                .join(CycleCount).switch(CycleCountLocation).join(Location)
                .where(CycleCountLocation.location.in_(list(chosen))
                       & (CycleCount.status == "open")).first())
        if busy is not None:
            raise Conflict(tr("Location {code} is already being counted in {number}. Post or "
                              "cancel that count first.", code=busy.location.code,
                              number=busy.count.number))
        from partsdesk.services.numbering import next_number
        count = CycleCount.create(number=next_number("SC"), note=str(note or "").strip(),
                                  created_by=_user(actor))
        CycleCountLocation.insert_many(
            [{"count": count.id, "location": lid} for lid in chosen]).execute()
        levels = (StockLevel.select(StockLevel.location, StockLevel.part, StockLevel.on_hand)
                  .where(StockLevel.location.in_(list(chosen)) & (StockLevel.on_hand != 0))
                  .tuples())
        rows = [{"count": count.id, "location": lid, "part": pid, "expected": qty}
                for lid, pid, qty in levels]
        for start in range(0, len(rows), 500):
            CycleCountLine.insert_many(rows[start:start + 500]).execute()
        audit.record(actor, "count.create", "stock_count", count.number,
                     tr.message("Stock count {number} started for {locations}", number=count.number,
                                locations=", ".join(sorted(loc.code for loc in chosen.values()))),
                     after={"locations": sorted(loc.code for loc in chosen.values()),
                            "lines": len(rows)})
    return count


# --- counting ------------------------------------------------------------------------------

class CountOutcome(NamedTuple):
    location: str
    part_no: str
    name: str
    counted: Decimal
    expected_on_sheet: bool     # False: the part was not expected in this location
    message: str

    @property
    def feedback(self) -> str:
        return "ok" if self.expected_on_sheet else "warning"


def _counted_location(count: CycleCount, location) -> Location:
    location = as_location(location)
    if not CycleCountLocation.select().where((CycleCountLocation.count == count.id)
                                             & (CycleCountLocation.location == location.id)
                                             ).exists():
        raise ValidationError(tr("Location {code} is not part of stock count {number}.",
                                 code=location.code, number=count.number), field="location")
    return location


def _line(count: CycleCount, location: Location, part: Part) -> tuple[CycleCountLine, bool]:
    line = CycleCountLine.get_or_none((CycleCountLine.count == count.id)
                                      & (CycleCountLine.location == location.id)
                                      & (CycleCountLine.part == part.id))
    if line is not None:
        return line, line.expected != 0
    return CycleCountLine.create(count=count, location=location, part=part, expected=0), False


def record_count(actor, number: str, location, part, quantity, add: bool = False
                 ) -> CountOutcome:
    """Set (or with ``add`` increase) the counted quantity of a part in a location."""
    require(actor, "stock.count")
    quantity = as_quantity(quantity) if add else _counted(quantity)
    with transaction():
        count = _open_count(number)
        location = _counted_location(count, location)
        part = as_part(part)
        line, on_sheet = _line(count, location, part)
        line.counted = (line.counted or ZERO) + quantity if add else quantity
        line.counted_by, line.counted_at = _user(actor), utcnow()
        line.save()
        audit.record(actor, "count.record", "stock_count", count.number,
                     tr.message("{location}: {part_no} counted {qty}", location=location.code,
                                part_no=part.part_no, qty=qty_text(line.counted)),
                     after={"location": location.code, "part": part.part_no,
                            "counted": str(line.counted)})
    message = tr("{location}: {part_no} counted {qty}.", location=location.code,
                 part_no=part.part_no, qty=qty_text(line.counted))
    if not on_sheet:
        message = tr("{part_no} was not expected in {location}; counted {qty}.",
                     part_no=part.part_no, location=location.code, qty=qty_text(line.counted))
    return CountOutcome(location.code, part.part_no, part.name, line.counted, on_sheet, message)


def count_scan(actor, number: str, location, code, quantity=1) -> CountOutcome:
    """One scanned piece (or ``quantity`` pieces) of a part found in ``location``."""
    part = scanning.resolve_part(code)
    if part is None:
        raise NotFound(tr("\"{code}\" is not a part number or a barcode of a known part.",
                          code=scanning.clean(code)))
    return record_count(actor, number, location, part, quantity, add=True)


def _counted(value) -> Decimal:
    try:
        quantity = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(tr("\"{value}\" is not a quantity.", value=value),
                              field="counted") from None
    if not quantity.is_finite() or quantity < 0 or quantity != quantity.quantize(
            Decimal("0.001")):
        raise ValidationError(tr("The counted quantity must be zero or more, with at most three "
                                 "decimals (got {value}).", value=value), field="counted")
    return quantity


# --- reviewing -----------------------------------------------------------------------------

class CountLine(NamedTuple):
    line_id: int
    location: str
    part_no: str
    name: str
    name_zh: str
    unit: str
    expected: Decimal
    counted: Decimal | None
    variance: Decimal | None
    unit_price: Decimal
    value: Decimal | None       # variance × unit price


def lines(number: str, *, only_variances: bool = False, location=None) -> list[CountLine]:
    """The count's lines by location and part number."""
    count = get_count(number)
    query = (CycleCountLine.select(CycleCountLine.id, Location.code, Part.part_no, Part.name,
                                   Part.name_zh, Part.unit, CycleCountLine.expected,
                                   CycleCountLine.counted, Part.unit_price)
             .join(Location).switch(CycleCountLine).join(Part)
             .where(CycleCountLine.count == count.id))
    if location is not None:
        query = query.where(CycleCountLine.location == as_location(location).id)
    out = []
    for lid, code, part_no, name, name_zh, unit, expected, counted, price in (
            query.order_by(Location.code, Part.part_no).tuples()):
        variance = None if counted is None else counted - expected
        value = None if variance is None else (variance * price).quantize(Decimal("0.01"))
        if only_variances and not variance:
            continue
        out.append(CountLine(lid, code, part_no, name, name_zh, unit, expected, counted,
                             variance, price, value))
    return out


def count_locations(number: str) -> list[str]:
    count = get_count(number)
    return [code for (code,) in CycleCountLocation.select(Location.code).join(Location)
            .where(CycleCountLocation.count == count.id).order_by(Location.code).tuples()]


def needing_approval(number: str) -> list[CountLine]:
    """Variances whose value is above the threshold: only a supervisor may post them."""
    limit = approval_threshold()
    return [line for line in lines(number, only_variances=True) if abs(line.value) > limit]


def uncounted(number: str) -> list[CountLine]:
    return [line for line in lines(number) if line.counted is None]


# --- posting -------------------------------------------------------------------------------

def post(actor, number: str, *, uncounted_as_zero: bool = False) -> list:
    """Book every variance as a count move and close the count; returns the moves."""
    require(actor, "stock.count")
    with transaction():
        count = _open_count(number)
        missing = uncounted(count.number)
        if missing and not uncounted_as_zero:
            raise Conflict(tr("{n} lines of stock count {number} are not counted yet (first: "
                              "{part_no} in {location}). Count them, or post them as zero.",
                              n=len(missing), number=count.number, part_no=missing[0].part_no,
                              location=missing[0].location))
        big = needing_approval(count.number)
        if big and not can(actor, "stock.count.approve"):
            raise PermissionDenied(tr(
                "{n} variances of stock count {number} are worth more than {limit} (first: "
                "{part_no} in {location}, {value}). A supervisor must post this count.",
                n=len(big), number=count.number, limit=approval_threshold(),
                part_no=big[0].part_no, location=big[0].location, value=big[0].value))
        if missing:
            (CycleCountLine.update(counted=0, counted_by=_user(actor), counted_at=utcnow())
             .where((CycleCountLine.count == count.id) & CycleCountLine.counted.is_null())
             .execute())
        moves = []
        for line in lines(count.number, only_variances=True):
            source, target = (None, line.location) if line.variance > 0 else (line.location, None)
            moves.append(stock.book(actor, line.part_no, abs(line.variance), source, target,
                                    "count", count.number))
        count.status, count.posted_by, count.posted_at = "posted", _user(actor), utcnow()
        count.approved_by = _user(actor) if big else None
        count.save()
        audit.record(actor, "count.post", "stock_count", count.number,
                     tr.message("Stock count {number} posted: {n} variances", number=count.number,
                                n=len(moves)), before={"status": "open"},
                     after={"status": "posted", "variances": len(moves),
                            "approved": bool(big)})
    return moves


def cancel(actor, number: str, reason: str) -> CycleCount:
    require(actor, "stock.count")
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError(tr("Say why the count is cancelled."), field="reason")
    with transaction():
        count = _open_count(number)
        count.status = "cancelled"
        count.save()
        audit.record(actor, "count.cancel", "stock_count", count.number,
                     tr.message("Stock count {number} cancelled: {reason}", number=count.number,
                                reason=reason),
                     before={"status": "open"}, after={"status": "cancelled"})
    return count


class CountRow(NamedTuple):
    number: str
    status: str
    created_at: object
    created_by: str
    posted_at: object
    note: str


def _count_rows():
    """The select of CountRow's columns, for lists of counts."""
    return (CycleCount.select(CycleCount.number, CycleCount.status, CycleCount.created_at,
                              User.username, CycleCount.posted_at, CycleCount.note)
            .join(User, JOIN.LEFT_OUTER, on=(CycleCount.created_by == User.id)))


def search_counts(text: str = "", *, after: str | None = None, limit: int = PAGE,
                  status: str | None = None) -> list[CountRow]:
    """Counts, newest number first (key column 0)."""
    query = _count_rows()
    for term in text.split():
        query = query.where(CycleCount.number.contains(term.upper())
                            | CycleCount.note.contains(term))
    if status:
        query = query.where(CycleCount.status == status)
    if after is not None:
        query = query.where(CycleCount.number < after)
    return [CountRow(n, s, c, u or "", p, note) for n, s, c, u, p, note in
            query.order_by(CycleCount.number.desc()).limit(limit).tuples()]


def count_counts(status: str | None = None) -> int:
    """How many counts there are (of ``status``): a figure of the home page."""
    query = CycleCount.select()
    return (query.where(CycleCount.status == status) if status else query).count()


def oldest_counts(status: str = "open", limit: int = PAGE) -> list[CountRow]:
    """The counts of ``status`` started longest ago, oldest first: what has waited longest."""
    return [CountRow(n, s, c, u or "", p, note) for n, s, c, u, p, note in
            _count_rows().where(CycleCount.status == status)
            .order_by(CycleCount.number).limit(limit).tuples()]
