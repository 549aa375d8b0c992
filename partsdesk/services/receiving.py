"""Receiving a shipment by scanning and closing it into stock.

Each scan is its own transaction: a crash or a power cut loses at most the scan in flight.
Scans only count; closing the receipt posts the stock into its receiving location (damaged
pieces into the defective store) as receipt moves under the receipt number. A reopened and
closed-again receipt posts only the difference to what it posted before, so the ledger always
holds exactly what the receipt says; a correction down takes the pieces back out of receiving or
the bins they were put away into, and gives back reservations they no longer cover (see
``_take_back``). Put-away (receiving area -> bin) is ``services.putaway``.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import NamedTuple

from peewee import fn

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.stock import Receipt, ReceiptLine, ReceiptScan, Reservation, StockMove
from partsdesk.i18n import Translator
from partsdesk.services import audit, scanning, stock
from partsdesk.services.errors import Conflict, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import can, require
from partsdesk.services.stock import ZERO, as_location, as_part, as_quantity, qty_text

tr = Translator("Receiving")

PAGE = 200
STATUS_NAMES = {"open": tr.mark("Open"), "closed": tr.mark("Closed")}
OUTCOME_NAMES = {
    "ok": tr.mark("OK"),
    "over": tr.mark("Over-receipt"),
    "unknown": tr.mark("Unknown code"),
    "damaged": tr.mark("Damaged"),
    "voided": tr.mark("Voided"),
    "not_a_part": tr.mark("Not a part"),
}
# the scan field's colour and sound for each outcome
FEEDBACK = {"ok": "ok", "over": "warning", "damaged": "warning", "unknown": "error",
            "not_a_part": "error", "voided": "ok"}


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))


def outcome_name(outcome: str) -> str:
    return tr(OUTCOME_NAMES.get(outcome, outcome))


class ExpectedLine(NamedTuple):
    part_no: str
    quantity: Decimal
    description: str = ""


# --- receipts ------------------------------------------------------------------------------

def get_receipt(number: str) -> Receipt:
    number = str(number or "").strip().upper()
    receipt = Receipt.get_or_none(Receipt.number == number)
    if receipt is None:
        raise NotFound(tr("Receipt {number} does not exist.", number=number))
    return receipt


def default_receiving_location() -> Location:
    location = (Location.select().where((Location.kind == "receiving")
                                        & (Location.active == True))  # noqa: E712
                .order_by(Location.code).first())
    if location is None:
        raise Conflict(tr("There is no receiving location. Create a location of kind "
                          "\"Receiving\" first."))
    return location


def create_receipt(actor, *, source: str = "", reference: str = "", location=None,
                   lines=(), note: str = "") -> Receipt:
    """A new open receipt (number RC-…) expecting ``lines``: (part, quantity[, description])."""
    require(actor, "stock.receive")
    with transaction():
        place = as_location(location) if location is not None else default_receiving_location()
        if place.kind != "receiving":
            raise ValidationError(tr("Location {code} is not a receiving location; goods are "
                                     "received into the receiving area.", code=place.code),
                                  field="location")
        expected = _merge(lines)
        receipt = Receipt.create(number=next_number("RC"), source=_text(source, 100),
                                 reference=_text(reference, 60), location=place,
                                 note=str(note or "").strip(), created_by=_user(actor))
        for line_no, (part, (quantity, description)) in enumerate(expected.items(), start=1):
            ReceiptLine.create(receipt=receipt, line_no=line_no, part=part, expected=quantity,
                               description=description)
        audit.record(actor, "receipt.create", "receipt", receipt.number,
                     tr.message("Receipt {number} created with {lines} lines",
                                number=receipt.number, lines=len(expected)),
                     after={"source": receipt.source, "reference": receipt.reference,
                            "location": place.code,
                            "lines": {p.part_no: str(q) for p, (q, _) in expected.items()}})
    return receipt


def _merge(lines) -> dict[Part, tuple[Decimal, str]]:
    """Several rows of one part (one per carton) become one expected line."""
    merged: dict[int, list] = {}
    for entry in lines:
        part_no, quantity, description = (tuple(entry) + ("",))[:3]
        part = as_part(part_no)
        quantity = as_quantity(quantity)
        if part.id in merged:
            merged[part.id][1] += quantity
        else:
            merged[part.id] = [part, quantity, str(description or "")[:200]]
    return {part: (quantity, description) for part, quantity, description in merged.values()}


def _text(value, size: int) -> str:
    return " ".join(str(value or "").split())[:size]


def _user(actor):
    return actor if isinstance(actor, User) else None


def _open_receipt(number: str) -> Receipt:
    receipt = get_receipt(number)
    if receipt.status != "open":
        raise Conflict(tr("Receipt {number} is closed. A supervisor can reopen it.",
                          number=receipt.number))
    return receipt


# --- scanning ------------------------------------------------------------------------------

class ScanOutcome(NamedTuple):
    """What one scan did, for the scan field and the receipt page."""
    outcome: str            # ok, over, damaged, unknown, not_a_part
    receipt: str
    code: str
    part_no: str = ""
    name: str = ""
    line_no: int | None = None
    received: Decimal = ZERO
    expected: Decimal = ZERO
    damaged: Decimal = ZERO
    scan_id: int | None = None
    message: str = ""

    @property
    def feedback(self) -> str:
        return FEEDBACK[self.outcome]

    @property
    def recorded(self) -> bool:
        return self.scan_id is not None


def scan(actor, receipt_no: str, code, quantity=1, damaged: bool = False) -> ScanOutcome:
    """Record one scan on an open receipt and commit it at once."""
    require(actor, "stock.receive")
    quantity = as_quantity(quantity)
    found = scanning.resolve(code)
    with transaction():
        receipt = _open_receipt(receipt_no)
        if found.kind not in ("part", "unknown"):
            return ScanOutcome("not_a_part", receipt.number, found.code, message=tr(
                "{what} is not a part; scan the part's label or the box barcode.",
                what=found.describe()))
        if found.kind == "unknown":
            made = ReceiptScan.create(receipt=receipt, code=found.code[:80], quantity=quantity,
                                      outcome="unknown", user=_user(actor))
            _audit_scan(actor, receipt, made, found.code)
            return ScanOutcome("unknown", receipt.number, found.code, scan_id=made.id,
                               message=tr("Unknown code {code}: recorded on receipt {number} "
                                          "as an unknown item.", code=found.code,
                                          number=receipt.number))
        line = _line_for(receipt, found.record)
        column = ReceiptLine.damaged if damaged else ReceiptLine.received
        ReceiptLine.update({column: column + quantity}).where(ReceiptLine.id == line.id).execute()
        line = ReceiptLine.get_by_id(line.id)
        line.part = found.record            # saves a query for the outcome's text
        over = line_discrepancies(line.expected, line.received, line.damaged)["over"] > 0
        outcome = "damaged" if damaged else ("over" if over else "ok")
        made = ReceiptScan.create(receipt=receipt, line=line, code=found.code[:80],
                                  part=found.record, quantity=quantity, outcome=outcome,
                                  user=_user(actor))
        _audit_scan(actor, receipt, made, found.code)
    return _outcome(receipt, line, made)


def _line_for(receipt: Receipt, part: Part) -> ReceiptLine:
    line = ReceiptLine.get_or_none((ReceiptLine.receipt == receipt.id)
                                   & (ReceiptLine.part == part.id))
    if line is None:        # not on the packing list: an over-receipt line expecting nothing
        last = (ReceiptLine.select(fn.MAX(ReceiptLine.line_no))
                .where(ReceiptLine.receipt == receipt.id).scalar()) or 0
        line = ReceiptLine.create(receipt=receipt, line_no=last + 1, part=part, expected=0)
    return line


def _outcome(receipt: Receipt, line: ReceiptLine, made: ReceiptScan) -> ScanOutcome:
    part = line.part
    counts = dict(received=qty_text(line.received), expected=qty_text(line.expected),
                  part_no=part.part_no, line=line.line_no)
    messages = {
        "ok": tr("Line {line}: {part_no} — {received} of {expected} received.", **counts),
        "over": tr("Over-receipt! Line {line}: {part_no} — {received} received, only {expected} "
                   "expected.", **counts),
        "damaged": tr("Damaged: {qty} x {part_no} recorded on line {line} ({damaged} damaged "
                      "in all).", qty=qty_text(made.quantity), damaged=qty_text(line.damaged),
                      **counts),
    }
    return ScanOutcome(made.outcome, receipt.number, made.code, part.part_no, part.name,
                       line.line_no, line.received, line.expected, line.damaged, made.id,
                       messages[made.outcome])


def _audit_scan(actor, receipt: Receipt, made: ReceiptScan, code: str) -> None:
    audit.record(actor, "receipt.scan", "receipt", receipt.number,
                 tr.message("{outcome}: {qty} x {code}",
                            outcome=tr.message(OUTCOME_NAMES.get(made.outcome, made.outcome)),
                            qty=qty_text(made.quantity), code=code),
                 after={"scan": made.id, "code": code, "quantity": str(made.quantity),
                        "outcome": made.outcome})


def void_scan(actor, receipt_no: str, scan_id: int) -> ReceiptScan:
    """Take back a wrong scan: a voiding scan row, the original stays as evidence."""
    require(actor, "stock.receive")
    with transaction():
        receipt = _open_receipt(receipt_no)
        original = ReceiptScan.get_or_none((ReceiptScan.id == scan_id)
                                           & (ReceiptScan.receipt == receipt.id))
        if original is None or original.outcome == "voided":
            raise NotFound(tr("Receipt {number} has no scan #{id} to take back.",
                              number=receipt.number, id=scan_id))
        if ReceiptScan.select().where(ReceiptScan.voids == original.id).exists():
            raise Conflict(tr("Scan #{id} was already taken back.", id=scan_id))
        if original.line_id is not None:
            column = ReceiptLine.damaged if original.outcome == "damaged" else ReceiptLine.received
            ReceiptLine.update({column: column - original.quantity}).where(
                ReceiptLine.id == original.line_id).execute()
        made = ReceiptScan.create(receipt=receipt, line=original.line_id, code=original.code,
                                  part=original.part_id, quantity=-original.quantity,
                                  outcome="voided", voids=original, user=_user(actor))
        audit.record(actor, "receipt.void_scan", "receipt", receipt.number,
                     tr.message("Scan #{id} taken back ({qty} x {code})", id=scan_id,
                                qty=qty_text(original.quantity), code=original.code))
    return made


# --- discrepancies, closing, reopening ------------------------------------------------------

class Discrepancy(NamedTuple):
    kind: str               # short, over, damaged, unknown
    code: str               # part number, or the unknown code as scanned
    name: str
    expected: Decimal
    received: Decimal
    quantity: Decimal       # how many pieces the discrepancy is about


DISCREPANCY_NAMES = {"short": tr.mark("Short"), "over": tr.mark("Over"),
                     "damaged": tr.mark("Damaged"), "unknown": tr.mark("Unknown item")}


def discrepancy_name(kind: str) -> str:
    return tr(DISCREPANCY_NAMES.get(kind, kind))


def line_discrepancies(expected, received, damaged) -> dict[str, Decimal]:
    """How far one receipt line is off: {"short": n, "over": n, "damaged": n}.

    The one rule for the receipt screen (line colours, what is still to come), the scan outcomes
    and the discrepancy report. A damaged piece stands in for an expected one (the sender owes
    its replacement) and is reported once, as damaged: only good pieces beyond what was expected
    are over. Expected 2, 2 good and 1 damaged: 1 damaged, nothing short, nothing over.
    """
    return {"short": max(expected - received - damaged, ZERO),
            "over": max(received - expected, ZERO), "damaged": damaged}


def discrepancies(receipt_no: str) -> list[Discrepancy]:
    """Short, over, damaged and unknown items of a receipt, by line then code."""
    receipt = get_receipt(receipt_no)
    out = []
    for line in lines(receipt.number):
        arrived = line.received + line.damaged
        off = line_discrepancies(line.expected, line.received, line.damaged)
        for kind in ("short", "over", "damaged"):
            if off[kind]:
                out.append(Discrepancy(kind, line.part_no, line.name, line.expected, arrived,
                                       off[kind]))
    for code, quantity in sorted(_unknown_codes(receipt).items()):
        out.append(Discrepancy("unknown", code, "", ZERO, quantity, quantity))
    return out


def _unknown_codes(receipt: Receipt) -> dict[str, Decimal]:
    voided = {row.voids_id for row in ReceiptScan.select(ReceiptScan.voids)
              .where((ReceiptScan.receipt == receipt.id) & (ReceiptScan.outcome == "voided"))}
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for row in ReceiptScan.select().where((ReceiptScan.receipt == receipt.id)
                                          & (ReceiptScan.outcome == "unknown")):
        if row.id not in voided:
            totals[row.code] += row.quantity
    return dict(totals)


def close(actor, receipt_no: str) -> list[Discrepancy]:
    """Post what was received into stock and close the receipt; returns its discrepancies."""
    require(actor, "stock.receive")
    with transaction():
        receipt = _open_receipt(receipt_no)
        found = discrepancies(receipt.number)
        arrived = _post(actor, receipt)
        receipt.status, receipt.closed_by, receipt.closed_at = "closed", _user(actor), utcnow()
        receipt.save()
        audit.record(actor, "receipt.close", "receipt", receipt.number,
                     tr.message("Receipt {number} closed with {count} discrepancies",
                                number=receipt.number, count=len(found)),
                     before={"status": "open"},
                     after={"status": "closed", "discrepancies": [
                         [d.kind, d.code, str(d.quantity)] for d in found]})
        _allocate_to_requests(actor, receipt, arrived)
    return found


def _post(actor, receipt: Receipt) -> dict[Part, Decimal]:
    """Book the difference between what the lines say and what was posted before."""
    target: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    quarantine = None
    for line in ReceiptLine.select().where(ReceiptLine.receipt == receipt.id):
        if line.received:
            target[(line.part_id, receipt.location_id)] += line.received
        if line.damaged:
            quarantine = quarantine or _quarantine(receipt)
            target[(line.part_id, quarantine.id)] += line.damaged
    posted: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for made in StockMove.select().where((StockMove.document == receipt.number)
                                         & (StockMove.kind == "receipt")):
        if made.to_location_id is not None:
            posted[(made.part_id, made.to_location_id)] += made.quantity
        if made.from_location_id is not None:
            posted[(made.part_id, made.from_location_id)] -= made.quantity
    arrived: dict[Part, Decimal] = {}
    for key in sorted(set(target) | set(posted)):
        part_id, location_id = key
        delta = target[key] - posted[key]
        if delta > 0:
            made = stock.book(actor, part_id, delta, None, location_id, "receipt", receipt.number)
            if location_id == receipt.location_id:
                arrived[made.part] = delta
        elif delta < 0:
            _take_back(actor, receipt, Part.get_by_id(part_id), Location.get_by_id(location_id),
                       -delta, posted[key])
    return arrived


# --- correcting a reopened receipt -----------------------------------------------------------
#
# A receipt corrected down after closing takes the pieces it no longer brought out of stock:
# from its receiving location first, then from the bins they were put away into. If what is
# left no longer covers the reservations, the reservations this receipt made for parts requests
# are given back (newest first) and those requests wait again, then the newest reservations of
# other claims (claim_parts.give_back). What cannot be done so is
# refused with the reason; the receipt stays open and closes again once its lines are back to
# what it posted.

def _take_back(actor, receipt: Receipt, part: Part, location: Location, quantity: Decimal,
               posted: Decimal) -> None:
    stock._lock_part(part)
    reason = tr("Receipt {number} corrected after reopening", number=receipt.number)
    if location.id != receipt.location_id:          # damaged pieces in the defective store
        try:
            stock.book(actor, part, quantity, location, None, "receipt", receipt.number, reason)
        except Conflict as exc:
            raise Conflict(_refusal(receipt, part, quantity, posted, str(exc))) from None
        return
    plan, left = [], quantity
    for place, held in [(location, stock.on_hand(part, location))] + _put_away_into(receipt,
                                                                                     part):
        take = min(left, held)
        if take > 0:
            plan.append((place, take))
            left -= take
    if left > 0:
        where = ", ".join(f"{loc.code} {qty_text(q)}" for loc, q in stock.locations_of(part)
                          if loc.kind == "bin") or "—"
        raise Conflict(_refusal(receipt, part, quantity, posted, tr(
            "only {found} of it is still in {location} or the bins it was put away into; the "
            "rest was issued or moved on (bins holding it now: {bins}). Count the part, or move "
            "the pieces back into {location} first", found=qty_text(quantity - left),
            location=location.code, bins=where)))
    for place, take in plan:
        stock.book(actor, part, take, place, None, "receipt", receipt.number, reason)
    audit.record(actor, "receipt.take_back", "receipt", receipt.number,
                 tr.message("{qty} x {part_no} taken back out of stock: {places}",
                            qty=qty_text(quantity), part_no=part.part_no, places=", ".join(
                                f"{place.code} {qty_text(take)}" for place, take in plan)),
                 after={"part": part.part_no, "quantity": str(quantity),
                        "from": {place.code: str(take) for place, take in plan}})
    _cover_reservations(actor, receipt, part, quantity, posted)


def _put_away_into(receipt: Receipt, part: Part) -> list[tuple[Location, Decimal]]:
    """Bins that received ``part`` from the receipt's location since the receipt first posted
    it, the latest first, with what each still holds (at most what was put away there)."""
    first = (StockMove.select(fn.MIN(StockMove.id))
             .where((StockMove.document == receipt.number) & (StockMove.kind == "receipt")
                    & (StockMove.part == part.id)).scalar())
    if first is None:
        return []
    put: dict[int, Decimal] = defaultdict(lambda: ZERO)
    latest: dict[int, int] = {}
    for made in (StockMove.select().where(
            (StockMove.part == part.id) & (StockMove.kind == "put_away") & (StockMove.id > first)
            & ((StockMove.from_location == receipt.location_id)
               | (StockMove.to_location == receipt.location_id)))
            .order_by(StockMove.id)):
        if made.from_location_id == receipt.location_id and made.to_location_id is not None:
            put[made.to_location_id] += made.quantity
            latest[made.to_location_id] = made.id
        elif made.from_location_id is not None:         # a put-away reversed back
            put[made.from_location_id] -= made.quantity
    out = []
    for location_id in sorted(latest, key=latest.get, reverse=True):
        place = Location.get_by_id(location_id)
        held = min(put[location_id], stock.on_hand(part, place))
        if place.kind == "bin" and held > 0:
            out.append((place, held))
    return out


def _cover_reservations(actor, receipt: Receipt, part: Part, quantity: Decimal,
                        posted: Decimal) -> None:
    """Available stock may not go below zero: give back what this receipt reserved, if need be."""
    short = min(stock.reserved(part) - stock.on_hand(part), quantity)    # what this caused
    if short <= 0:
        return
    from partsdesk.services import claim_parts
    short -= claim_parts.give_back(actor, receipt.number, part, short)
    if short <= 0:
        return
    holders = [r.document for r in Reservation.select(Reservation.document)
               .where(Reservation.part == part.id).order_by(Reservation.document).limit(5)]
    raise Conflict(_refusal(receipt, part, quantity, posted, tr(
        "the stock left would be {short} short of what is reserved ({documents}), and those "
        "reservations are not for approved claims. Release them first",
        short=qty_text(short), documents=", ".join(holders))))


def _refusal(receipt: Receipt, part: Part, quantity: Decimal, posted: Decimal,
             why: str) -> str:
    return tr("Receipt {number} cannot be corrected by {qty} x {part_no}: {why}. Or scan the "
              "receipt back to the {posted} it posted and close it as it was.",
              number=receipt.number, qty=qty_text(quantity), part_no=part.part_no,
              why=why.rstrip("."), posted=qty_text(posted))


def _quarantine(receipt: Receipt) -> Location:
    location = (Location.select().where((Location.kind == "defective")
                                        & (Location.active == True))  # noqa: E712
                .order_by(Location.code).first())
    if location is None:
        raise Conflict(tr("Receipt {number} has damaged pieces but there is no defective store. "
                          "Create a location of kind \"Defective store\" first.",
                          number=receipt.number))
    return location


def _allocate_to_requests(actor, receipt: Receipt, arrived: dict[Part, Decimal]) -> None:
    """Parts that claims are waiting for are reserved for them as they arrive."""
    try:
        from partsdesk.services import claim_parts
    except ImportError:
        return
    if not arrived or not can(actor, "claims.issue_parts"):
        return
    for part, quantity in arrived.items():
        if hasattr(claim_parts, "open_requests") and not claim_parts.open_requests(part):
            continue
        claim_parts.allocate_receipt(actor, part, quantity, receipt=receipt.number)


def reopen(actor, receipt_no: str, reason: str) -> Receipt:
    """A supervisor reopens a closed receipt to scan more or take scans back."""
    require(actor, "receipt.reopen")
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise ValidationError(tr("Say why the receipt is reopened."), field="reason")
    with transaction():
        receipt = get_receipt(receipt_no)
        if receipt.status != "closed":
            raise Conflict(tr("Receipt {number} is already open.", number=receipt.number))
        receipt.status, receipt.times_reopened = "open", receipt.times_reopened + 1
        receipt.save()
        audit.record(actor, "receipt.reopen", "receipt", receipt.number,
                     tr.message("Receipt {number} reopened: {reason}", number=receipt.number,
                                reason=reason), before={"status": "closed"},
                     after={"status": "open", "reason": reason})
    return receipt


def history(receipt_no: str):
    return audit.history("receipt", get_receipt(receipt_no).number)


# --- views ---------------------------------------------------------------------------------

class LineView(NamedTuple):
    line_no: int
    part_no: str
    name: str
    name_zh: str
    unit: str
    expected: Decimal
    received: Decimal
    damaged: Decimal
    description: str


def lines(receipt_no: str) -> list[LineView]:
    receipt = get_receipt(receipt_no)
    query = (ReceiptLine.select(ReceiptLine.line_no, Part.part_no, Part.name, Part.name_zh,
                                Part.unit, ReceiptLine.expected, ReceiptLine.received,
                                ReceiptLine.damaged, ReceiptLine.description)
             .join(Part).where(ReceiptLine.receipt == receipt.id)
             .order_by(ReceiptLine.line_no))
    return [LineView(*row) for row in query.tuples()]


def scans(receipt_no: str) -> list[ReceiptScan]:
    receipt = get_receipt(receipt_no)
    return list(ReceiptScan.select().where(ReceiptScan.receipt == receipt.id)
                .order_by(ReceiptScan.id))


class ReceiptRow(NamedTuple):
    number: str
    status: str
    source: str
    reference: str
    location: str
    created_at: object
    closed_at: object


def _receipt_rows():
    """The select of ReceiptRow's columns, for lists of receipts."""
    return (Receipt.select(Receipt.number, Receipt.status, Receipt.source, Receipt.reference,
                           Location.code, Receipt.created_at, Receipt.closed_at)
            .join(Location))


def search_receipts(text: str = "", *, after: str | None = None, limit: int = PAGE,
                    status: str | None = None) -> list[ReceiptRow]:
    """Receipts, newest number first (key column 0)."""
    query = _receipt_rows()
    for term in text.split():
        query = query.where(Receipt.number.contains(term.upper()) | Receipt.source.contains(term)
                            | Receipt.reference.contains(term))
    if status:
        query = query.where(Receipt.status == status)
    if after is not None:
        query = query.where(Receipt.number < after)
    return [ReceiptRow(*row) for row in
            query.order_by(Receipt.number.desc()).limit(limit).tuples()]


def count_receipts(status: str | None = None) -> int:
    """How many receipts there are (of ``status``): a figure of the home page."""
    query = Receipt.select()
    return (query.where(Receipt.status == status) if status else query).count()


def oldest_receipts(status: str = "open", limit: int = PAGE) -> list[ReceiptRow]:
    """The receipts of ``status`` made longest ago, oldest first: what has waited longest."""
    return [ReceiptRow(*row) for row in _receipt_rows().where(Receipt.status == status)
            .order_by(Receipt.number).limit(limit).tuples()]
