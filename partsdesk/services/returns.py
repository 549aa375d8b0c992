"""Defective-part returns: tags, the defective store, return shipments, receipt and inspection.

A failed part that must be returned gets a tag (series DT) when its replacement is issued to the
claim. Scanning the tag books the failed part into the defective store (a ``defective_in`` move
from outside); packing it into a return shipment (series RS) and shipping it with a carrier books
it out again (``return_out``). The receiver scans the tag (received) and records what the
inspection found; anything but "confirmed" puts a difference (charge-back) on the claim.
Each scan is its own transaction, so a busy scanner loses nothing already committed.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from peewee import JOIN

from partsdesk.db.connection import transaction
from partsdesk.db.fields import CENT, utcnow
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.claims import Claim, ClaimPartLine, Vehicle
from partsdesk.db.models.returns import DefectTag, Inspection, ReturnShipment
from partsdesk.db.models.settlement import Difference
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog, claim_states, scanning, setting_values, stock
from partsdesk.services.claim_states import (CONFIRMED, HERE, INSPECTED, MISSING, OUTCOMES,
                                             PACKED, RECEIVED, SHIPPED, STORED, TAGGED,
                                             outcome_name, tag_state_name)
from partsdesk.services.errors import Conflict, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require

tr = Translator("Returns")

PAGE = 200

SHIPMENT_STATES = {"open": tr.mark("Open"), "shipped": tr.mark("Shipped")}

SETTING_DEFAULTS = {"returns.retention_days": 30}


def shipment_state_name(state: str) -> str:
    return tr(SHIPMENT_STATES.get(state, state))


def _qty(value) -> str:
    return stock.qty_text(value)


# --- settings --------------------------------------------------------------------------------

def retention_days() -> int:
    """How many days after the repair a failed part may stay here before it is overdue."""
    return int(setting_values.read("returns.retention_days",
                                   SETTING_DEFAULTS["returns.retention_days"]))


def configure(actor, *, days: int) -> None:
    """Set the retention time (days after the repair) shared by every PC."""
    require(actor, "settings.edit")
    days = int(days)
    if not 1 <= days <= 3650:
        raise ValidationError(tr("The retention time must be between 1 and 3650 days."),
                              field="retention_days")
    with transaction():
        before = {"returns.retention_days": retention_days()}
        setting_values.write("returns.retention_days", days)
        audit.record(actor, "settings.returns", "setting", "returns",
                     tr("Retention time of defective parts set to {days} days", days=days),
                     before=before, after={"returns.retention_days": days})


# --- tags ------------------------------------------------------------------------------------

def tag_issued(actor, claim: Claim, issued: list[tuple[ClaimPartLine, Decimal]]) -> list:
    """Tag the failed parts of what was just issued; inside ``claim_parts.issue_part``.

    One tag per part line and issue: the failed part that the issued one replaces. The issue's
    own history event names the tags (one event per change).
    """
    made = []
    for line, quantity in issued:
        if not line.must_return or quantity <= 0:
            continue
        tag = DefectTag.create(number=next_number("DT"), claim=claim, part_line=line,
                               part=line.part_id, quantity=quantity,
                               repair_date=claim.repair_date, created_by=_user(actor))
        made.append(tag)
    return made


def _user(actor):
    return actor if isinstance(actor, User) else None


def get_tag(code) -> DefectTag:
    """The tag a scanned or typed code means; NotFound says what was scanned instead."""
    found = scanning.resolve(code)
    if found.kind == "tag" and found.record is not None:
        return found.record
    if found.kind == "unknown" or found.record is None:
        raise NotFound(tr("\"{code}\" is not a defective-part tag. Scan the barcode on the "
                          "tag.", code=found.code))
    raise NotFound(tr("{what} is not a defective-part tag. Scan the barcode on the tag.",
                      what=found.describe()))


def tags_of(claim) -> list[DefectTag]:
    claim = claim if isinstance(claim, Claim) else claim_states.get_claim(claim)
    return list(DefectTag.select(DefectTag, Part).join(Part)
                .where(DefectTag.claim == claim.id).order_by(DefectTag.id))


def inspection_of(tag: DefectTag) -> Inspection | None:
    return Inspection.get_or_none(Inspection.tag == tag.id)


def defective_store() -> Location:
    """The first active defective location: where scanned tags go unless told otherwise."""
    location = (Location.select().where((Location.kind == "defective")
                                        & (Location.active == True))  # noqa: E712
                .order_by(Location.code).first())
    if location is None:
        raise NotFound(tr("There is no defective-store location. Create a location of kind "
                          "\"defective\" first."))
    return location


def _store_location(location) -> Location:
    if location is None:
        return defective_store()
    location = stock.as_location(location)
    if location.kind != "defective":
        raise ValidationError(tr("Location {location} is not a defective store; failed parts "
                                 "go into a location of kind \"defective\".",
                                 location=location.code), field="location")
    return location


def _book_in(actor, tag: DefectTag, location: Location) -> None:
    stock.book(actor, tag.part, tag.quantity, None, location, "defective_in", tag.number,
               tr("Failed part of claim {number}", number=tag.claim.number))
    tag.state, tag.location, tag.stored_at = STORED, location, utcnow()
    tag.save()


def store(actor, code, location=None) -> DefectTag:
    """Scan a tag: its failed part is booked into the defective store (quarantine)."""
    require(actor, "returns.tag")
    with transaction():
        tag = get_tag(code)
        if tag.state != TAGGED:
            raise Conflict(_where(tag))
        place = _store_location(location)
        _book_in(actor, tag, place)
        audit.record(actor, "tag.store", "claim", tag.claim.number,
                     tr("Tag {tag}: {qty} x {part_no} booked into the defective store {location}",
                        tag=tag.number, qty=_qty(tag.quantity), part_no=tag.part.part_no,
                        location=place.code), after={"tag": tag.number, "state": STORED})
    return tag


def _where(tag: DefectTag) -> str:
    """Why a tag cannot be scanned here: where it is now."""
    if tag.state == STORED:
        return tr("Tag {tag} is already in the defective store {location}.", tag=tag.number,
                  location=tag.location.code)
    if tag.state in (PACKED, SHIPPED):
        return tr("Tag {tag} is already in return shipment {shipment} ({state}).",
                  tag=tag.number, shipment=tag.shipment.number, state=tag_state_name(tag.state))
    return tr("Tag {tag} is already {state}.", tag=tag.number, state=tag_state_name(tag.state))


# --- the retention clock -----------------------------------------------------------------------

def days_held(tag: DefectTag, today: date | None = None) -> int:
    return ((today or date.today()) - tag.repair_date).days


class TagRow(NamedTuple):
    id: int
    number: str
    claim: str
    vin: str
    part_no: str
    part_name: str
    quantity: Decimal
    repair_date: date
    days: int
    state: str
    location: str
    shipment: str
    part_name_zh: str       # last, so the positions of the fields before it stay


def _tag_rows(query, today: date) -> list[TagRow]:
    Shipment = ReturnShipment.alias()
    rows = (query.select(DefectTag.id, DefectTag.number, Claim.number, Vehicle.vin, Part.part_no,
                         Part.name, DefectTag.quantity, DefectTag.repair_date, DefectTag.state,
                         Location.code, Shipment.number, Part.name_zh)
            .join_from(DefectTag, Claim).join_from(Claim, Vehicle)
            .join_from(DefectTag, Part)
            .join_from(DefectTag, Location, JOIN.LEFT_OUTER,
                       on=(DefectTag.location == Location.id))
            .join_from(DefectTag, Shipment, JOIN.LEFT_OUTER,
                       on=(DefectTag.shipment == Shipment.id)).tuples())
    return [TagRow(i, n, c, v, p, name, q, d, (today - d).days, s, loc or "", ship or "", zh)
            for i, n, c, v, p, name, q, d, s, loc, ship, zh in rows]


def overdue(*, after: tuple | None = None, limit: int = PAGE,
            today: date | None = None) -> list[TagRow]:
    """Failed parts still here past the retention time, oldest repair first.

    Keyset paging: ``after`` is (repair_date, id) of the last row of the previous page.
    """
    today = today or date.today()
    limit_date = today - timedelta(days=retention_days())
    query = (DefectTag.select().join(Claim)
             .where(DefectTag.state.in_(HERE) & (DefectTag.repair_date < limit_date)
                    & (Claim.state != claim_states.CANCELLED)))
    if after is not None:
        query = query.where((DefectTag.repair_date > after[0])
                            | ((DefectTag.repair_date == after[0]) & (DefectTag.id > after[1])))
    ids = [i for (i,) in query.select(DefectTag.id)
           .order_by(DefectTag.repair_date, DefectTag.id).limit(limit).tuples()]
    rows = _tag_rows(DefectTag.select().where(DefectTag.id.in_(ids)), today) if ids else []
    return sorted(rows, key=lambda r: (r.repair_date, r.id))


def search_tags(text: str = "", states: tuple[str, ...] = (), *, after: int | None = None,
                limit: int = PAGE, today: date | None = None) -> list[TagRow]:
    """Tags newest first (key column 0 = id), by tag, claim or shipment number prefix."""
    query = DefectTag.select(DefectTag.id)
    if states:
        query = query.where(DefectTag.state.in_(list(states)))
    text = str(text or "").strip().upper()
    if text:
        upper = text + "\uffff"
        claim_ids = Claim.select(Claim.id).where((Claim.number >= text) & (Claim.number < upper))
        ship_ids = ReturnShipment.select(ReturnShipment.id).where(
            (ReturnShipment.number >= text) & (ReturnShipment.number < upper))
        query = query.where(((DefectTag.number >= text) & (DefectTag.number < upper))
                            | DefectTag.claim.in_(claim_ids) | DefectTag.shipment.in_(ship_ids))
    if after is not None:
        query = query.where(DefectTag.id < after)
    ids = [i for (i,) in query.order_by(DefectTag.id.desc()).limit(limit).tuples()]
    rows = _tag_rows(DefectTag.select().where(DefectTag.id.in_(ids)),
                     today or date.today()) if ids else []
    return sorted(rows, key=lambda r: -r.id)


# --- return shipments --------------------------------------------------------------------------

def get_shipment(number) -> ReturnShipment:
    number = scanning.clean(number).upper()
    shipment = ReturnShipment.get_or_none(ReturnShipment.number == number)
    if shipment is None:
        raise NotFound(tr("There is no return shipment {number}.", number=number))
    return shipment


def create_shipment(actor, note: str = "") -> ReturnShipment:
    require(actor, "returns.ship")
    with transaction():
        shipment = ReturnShipment.create(number=next_number("RS"), note=str(note or "").strip(),
                                         created_by=_user(actor))
        audit.record(actor, "shipment.create", "return_shipment", shipment.number,
                     tr("Return shipment {number} opened", number=shipment.number))
    return shipment


def _open_shipment(number) -> ReturnShipment:
    shipment = get_shipment(number)
    if shipment.state != "open":
        raise Conflict(tr("Return shipment {number} has been shipped; open a new shipment for "
                          "more tags.", number=shipment.number))
    return shipment


def _refuse_cancelled(tag: DefectTag) -> None:
    claim = tag.claim
    if claim.state == claim_states.CANCELLED:
        raise Conflict(tr("Tag {tag} belongs to claim {number}, which was cancelled ({reason}). "
                          "Its failed part is not sent back; keep it aside for scrapping.",
                          tag=tag.number, number=claim.number,
                          reason=claim.closing_reason or "—"))


def pack(actor, shipment_no, code) -> DefectTag:
    """Scan a tag into an open return shipment; a tag goes into one shipment only.

    A tag not yet booked into the defective store is booked in on the way (the clerk has the
    part in hand).
    """
    require(actor, "returns.ship")
    with transaction():
        shipment = _open_shipment(shipment_no)
        tag = get_tag(code)
        if tag.shipment_id == shipment.id:
            raise Conflict(tr("Tag {tag} is already in this shipment.", tag=tag.number))
        if tag.state not in (TAGGED, STORED):
            raise Conflict(_where(tag))
        _refuse_cancelled(tag)
        if tag.state == TAGGED:
            _book_in(actor, tag, defective_store())
        tag.state, tag.shipment = PACKED, shipment
        tag.save()
        audit.record(actor, "shipment.pack", "return_shipment", shipment.number,
                     tr("Tag {tag} ({part_no}, claim {number}) packed", tag=tag.number,
                        part_no=tag.part.part_no, number=tag.claim.number),
                     after={"tag": tag.number})
    return tag


def unpack(actor, shipment_no, code) -> DefectTag:
    """Take a tag out of an open shipment; its part stays in the defective store."""
    require(actor, "returns.ship")
    with transaction():
        shipment = _open_shipment(shipment_no)
        tag = get_tag(code)
        if tag.shipment_id != shipment.id:
            raise Conflict(tr("Tag {tag} is not in return shipment {number}.", tag=tag.number,
                              number=shipment.number))
        tag.state, tag.shipment = STORED, None
        tag.save()
        audit.record(actor, "shipment.unpack", "return_shipment", shipment.number,
                     tr("Tag {tag} taken out", tag=tag.number), before={"tag": tag.number})
    return tag


def ship(actor, shipment_no, carrier: str, tracking_number: str) -> ReturnShipment:
    """Hand the shipment to the carrier: its parts leave the defective store."""
    require(actor, "returns.ship")
    carrier = " ".join(str(carrier or "").split())[:60]
    tracking = " ".join(str(tracking_number or "").split())[:60]
    if not carrier:
        raise ValidationError(tr("Name the carrier."), field="carrier")
    if not tracking:
        raise ValidationError(tr("Enter the carrier's tracking number."), field="tracking_number")
    with transaction():
        shipment = _open_shipment(shipment_no)
        tags = list(shipment.tags.order_by(DefectTag.id))
        if not tags:
            raise ValidationError(tr("Return shipment {number} is empty; scan its tags first.",
                                     number=shipment.number))
        for tag in tags:
            _refuse_cancelled(tag)
            stock.book(actor, tag.part, tag.quantity, tag.location, None, "return_out",
                       shipment.number, tag.number)
            tag.state = SHIPPED
            tag.save()
        shipment.state, shipment.carrier, shipment.tracking_number = "shipped", carrier, tracking
        shipment.shipped_by, shipment.shipped_at = _user(actor), utcnow()
        shipment.save()
        audit.record(actor, "shipment.ship", "return_shipment", shipment.number,
                     tr("Return shipment {number} shipped with {carrier}, tracking {tracking}: "
                        "{count} tag(s)", number=shipment.number, carrier=carrier,
                        tracking=tracking, count=len(tags)),
                     after={"carrier": carrier, "tracking_number": tracking,
                            "tags": [t.number for t in tags]})
    return shipment


class ShipmentLine(NamedTuple):
    tag: str
    claim: str
    vin: str
    part_no: str
    part_name: str
    part_name_zh: str
    quantity: Decimal
    repair_date: date
    fault_code: str
    state: str
    outcome: str            # "" until inspected


def _lines(query) -> list[ShipmentLine]:
    """ShipmentLines of the tags ``query`` (a DefectTag select, filtered and ordered) picks."""
    from partsdesk.db.models.claims import FaultCode
    rows = (query.select(DefectTag.number, Claim.number, Vehicle.vin, Part.part_no, Part.name,
                         Part.name_zh, DefectTag.quantity, DefectTag.repair_date, FaultCode.code,
                         DefectTag.state, Inspection.outcome)
            .join_from(DefectTag, Claim).join_from(Claim, Vehicle)
            .join_from(Claim, FaultCode, JOIN.LEFT_OUTER)
            .join_from(DefectTag, Part)
            .join_from(DefectTag, Inspection, JOIN.LEFT_OUTER,
                       on=(Inspection.tag == DefectTag.id)).tuples())
    return [ShipmentLine(*row[:8], row[8] or "", row[9], row[10] or "") for row in rows]


def shipment_lines(shipment_no) -> list[ShipmentLine]:
    shipment = get_shipment(shipment_no)
    return _lines(DefectTag.select().where(DefectTag.shipment == shipment.id)
                  .order_by(DefectTag.id))


def waiting_for_inspection(shipment_no=None, *, after: str | None = None,
                           limit: int = PAGE) -> list[ShipmentLine]:
    """Received tags whose inspection is not recorded yet, of one shipment or of all, by tag
    number (key column 0 = tag): what the receiver still has to inspect.

    Keyset paging: ``after`` is the last tag number of the previous page.
    """
    query = DefectTag.select().where(DefectTag.state == RECEIVED)
    if shipment_no is not None:
        query = query.where(DefectTag.shipment == get_shipment(shipment_no).id)
    if after is not None:
        query = query.where(DefectTag.number > after)
    return _lines(query.order_by(DefectTag.number).limit(limit))


def missing(shipment_no) -> list[ShipmentLine]:
    """Tags of a shipped shipment that have not arrived (nor been written off as missing)."""
    return [line for line in shipment_lines(shipment_no) if line.state == SHIPPED]


class ShipmentRow(NamedTuple):
    id: int
    number: str
    state: str
    created_at: object
    shipped_at: object
    carrier: str
    tracking_number: str
    tags: int
    outstanding: int        # shipped, not yet received


def search_shipments(text: str = "", *, after: int | None = None,
                     limit: int = PAGE) -> list[ShipmentRow]:
    """Return shipments newest first (key column 0 = id), by number or tracking prefix."""
    from peewee import Case, fn
    query = ReturnShipment.select(
        ReturnShipment.id, ReturnShipment.number, ReturnShipment.state, ReturnShipment.created_at,
        ReturnShipment.shipped_at, ReturnShipment.carrier, ReturnShipment.tracking_number,
        fn.COUNT(DefectTag.id), fn.SUM(Case(None, [(DefectTag.state == SHIPPED, 1)], 0))
    ).join(DefectTag, JOIN.LEFT_OUTER).group_by(ReturnShipment.id)
    text = str(text or "").strip().upper()
    if text:
        query = query.where(((ReturnShipment.number >= text)
                             & (ReturnShipment.number < text + "\uffff"))
                            | (ReturnShipment.tracking_number == text))
    if after is not None:
        query = query.where(ReturnShipment.id < after)
    return [ShipmentRow(*row[:8], int(row[8] or 0))
            for row in query.order_by(ReturnShipment.id.desc()).limit(limit).tuples()]


# --- receipt and inspection ----------------------------------------------------------------------

def receive(actor, code) -> DefectTag:
    """Scan a returned tag at the receiving end: the failed part has arrived.

    A tag written off as missing that turns up after all is received too: its charge-back is
    reversed and it waits for its inspection like any other (``_turned_up``).
    """
    require(actor, "returns.inspect")
    with transaction():
        tag = get_tag(code)
        written_off = inspection_of(tag) if tag.state == INSPECTED else None
        if written_off is not None and written_off.outcome == MISSING:
            return _turned_up(actor, tag, written_off)
        if tag.state != SHIPPED:
            if tag.state in (RECEIVED, INSPECTED):
                raise Conflict(tr("Tag {tag} was already received.", tag=tag.number))
            raise Conflict(tr("Tag {tag} has not been shipped yet ({state}); only shipped tags "
                              "are received.", tag=tag.number, state=tag_state_name(tag.state)))
        tag.state, tag.received_by, tag.received_at = RECEIVED, _user(actor), utcnow()
        tag.save()
        audit.record(actor, "tag.receive", "claim", tag.claim.number,
                     tr("Tag {tag} received from shipment {shipment}", tag=tag.number,
                        shipment=tag.shipment.number), after={"tag": tag.number})
    return tag


def _turned_up(actor, tag: DefectTag, written_off: Inspection) -> DefectTag:
    """A tag inspected as missing arrived after all; inside the caller's transaction.

    Its charge-back is reversed by a new difference (the first one stays, as every difference
    does), and the tag is received, waiting for an inspection of the part itself. A tag has one
    inspection (the current finding), so the "missing" finding is taken off the tag; the history
    keeps it: the audit event holds it whole and the claim's differences show both the
    charge-back and its reversal. Once the claim is in a settlement batch or paid, nothing
    changes: the statement went out with that charge-back.
    """
    from partsdesk.db.models.settlement import SettlementBatch, SettlementBatchClaim
    claim = tag.claim
    member = (SettlementBatchClaim.select(SettlementBatchClaim, SettlementBatch)
              .join(SettlementBatch).where(SettlementBatchClaim.claim == claim.id).first())
    if claim.state in (claim_states.PAID, claim_states.CLOSED):
        raise Conflict(tr("Tag {tag} was written off as missing and claim {number} has been "
                          "paid with its charge-back{batch}; the charge-back stands. Keep the "
                          "part aside and tell the settlement clerk.", tag=tag.number,
                          number=claim.number,
                          batch=f" ({member.batch.number})" if member else ""))
    if member is not None or claim.state == claim_states.IN_BATCH:
        raise Conflict(tr("Tag {tag} was written off as missing and claim {number} is in "
                          "settlement batch {batch} with that charge-back. Take the claim out "
                          "of the batch first (a submitted batch is withdrawn first), then "
                          "receive the tag.", tag=tag.number, number=claim.number,
                          batch=member.batch.number if member else "—"))
    finding = {"outcome": written_off.outcome, "comment": written_off.comment,
               "charge_back": str(written_off.charge_back),
               "charge_back_reason": written_off.charge_back_reason,
               "inspected_by": written_off.inspected_by_id,
               "inspected_at": str(written_off.inspected_at)}
    charged = Decimal(written_off.charge_back)
    if charged:
        from partsdesk.services import batches
        Difference.create(claim=claim, amount=-charged, source="reversal",
                          code=batches.REVERSAL, tag=tag.number, reason="",
                          created_by=_user(actor))
    written_off.delete_instance()
    tag.state, tag.received_by, tag.received_at = RECEIVED, _user(actor), utcnow()
    tag.save()
    audit.record(actor, "tag.receive", "claim", claim.number,
                 tr("Tag {tag}, written off as missing, arrived after all; its charge-back "
                    "{amount} is reversed and the part waits for its inspection",
                    tag=tag.number, amount=charged),
                 before={"tag": tag.number, "inspection": finding},
                 after={"tag": tag.number, "state": RECEIVED, "reversed": str(charged)})
    return tag


def _part_value(tag: DefectTag) -> Decimal:
    """The parts amount of the tag's quantity (the whole line when it has one tag)."""
    line = tag.part_line
    if Decimal(tag.quantity) == Decimal(line.quantity):
        return Decimal(line.amount)
    return (Decimal(tag.quantity) * Decimal(line.unit_price)).quantize(CENT, ROUND_HALF_UP)


def full_value(tag: DefectTag) -> Decimal:
    """What the tag's part line is worth on its claim: the parts amount for the tag's quantity
    plus its share of the claim's labour (in proportion to the parts amount, to the cent)."""
    claim = tag.claim
    parts = _part_value(tag)
    share = Decimal("0.00")
    if Decimal(claim.parts_amount) > 0:
        share = (parts / Decimal(claim.parts_amount) * Decimal(claim.labour_amount)).quantize(
            CENT, ROUND_HALF_UP)
    return parts + share


def charge_back_limit(tag: DefectTag) -> Decimal:
    """The most a charge-back on the tag may be: what its claim still has unsettled (its total
    less the differences already on it)."""
    from partsdesk.services import batches
    claim = tag.claim
    left = Decimal(claim.total_amount) - batches.differences_of(claim)
    return max(left, Decimal("0.00"))


def default_charge_back(tag: DefectTag) -> Decimal:
    """The charge-back of every outcome but confirmed, unless the inspector says less: the part
    line's full value (``full_value``), at most ``charge_back_limit``."""
    return min(full_value(tag), charge_back_limit(tag))


def _charge_back(value) -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().replace("−", "-")
    if text.startswith("-"):
        raise ValidationError(tr("A charge-back is never negative ({value}); enter 0 or more.",
                                 value=value), field="charge_back")
    return catalog.parse_money(text, "charge_back")


def inspect(actor, code, outcome: str, comment: str = "", charge_back=None,
            charge_back_reason: str = "") -> Inspection:
    """Record what the inspection found. A received tag is confirmed, no fault found or the
    wrong part; a shipped tag that never arrived is missing. Anything but confirmed charges the
    claim back: by default the part line's full value (``default_charge_back``); a smaller
    amount needs ``charge_back_reason``; never negative, never more than the claim still has
    unsettled."""
    from partsdesk.services import batches, gate
    require(actor, "returns.inspect")
    if outcome not in OUTCOMES:
        raise ValidationError(tr("Choose the inspection outcome: {outcomes}.",
                                 outcomes=", ".join(tr(v) for v in OUTCOMES.values())),
                              field="outcome")
    comment = str(comment or "").strip()
    reason = " ".join(str(charge_back_reason or "").split())[:300]
    if outcome != CONFIRMED and not comment:
        raise ValidationError(tr("Say why the inspection found \"{outcome}\"; the comment "
                                 "explains the charge-back.", outcome=outcome_name(outcome)),
                              field="comment")
    typed = _charge_back(charge_back) if outcome != CONFIRMED else None
    with transaction():
        tag = get_tag(code)
        _check_inspectable(tag, outcome)
        amount = Decimal("0.00")
        if outcome != CONFIRMED:
            amount = _checked_charge_back(tag, typed, reason)
        made = Inspection.create(tag=tag, outcome=outcome, comment=comment, charge_back=amount,
                                 charge_back_reason=reason if outcome != CONFIRMED else "",
                                 inspected_by=_user(actor))
        tag.state = INSPECTED
        tag.save()
        claim = tag.claim
        if outcome != CONFIRMED:
            Difference.create(claim=claim, amount=amount, source="inspection", tag=tag.number,
                              code=batches.inspection_code(outcome), reason=comment[:300],
                              created_by=_user(actor))
        audit.record(actor, "tag.inspect", "claim", claim.number,
                     tr("Tag {tag} inspected: {outcome}", tag=tag.number,
                        outcome=outcome_name(outcome)),
                     after={"tag": tag.number, "outcome": outcome, "comment": comment,
                            "charge_back": str(amount), "charge_back_reason": reason})
        gate.advance(actor, claim)
    return made


def _checked_charge_back(tag: DefectTag, typed: Decimal | None, reason: str) -> Decimal:
    """The charge-back of a tag not confirmed: the default, or what the inspector typed within
    the bounds."""
    default, limit = default_charge_back(tag), charge_back_limit(tag)
    amount = default if typed is None else typed
    if amount > limit:
        raise ValidationError(tr(
            "The charge-back {amount} on tag {tag} is more than claim {number} still has "
            "unsettled: at most {limit} (its total {total} less the differences already on "
            "it).", amount=amount, tag=tag.number, number=tag.claim.number, limit=limit,
            total=tag.claim.total_amount), field="charge_back")
    if amount < default and not reason:
        raise ValidationError(tr(
            "The charge-back {amount} on tag {tag} is less than the part line's value "
            "{default}; say why it is less.", amount=amount, tag=tag.number, default=default),
            field="charge_back_reason")
    return amount


def _check_inspectable(tag: DefectTag, outcome: str) -> None:
    if tag.state == INSPECTED:
        found = inspection_of(tag)
        raise Conflict(tr("Tag {tag} was already inspected: {outcome}.", tag=tag.number,
                          outcome=outcome_name(found.outcome) if found else "—"))
    if outcome == MISSING:
        if tag.state in HERE:
            raise Conflict(tr("Tag {tag} has not been shipped; ship it or cancel the claim "
                              "line.", tag=tag.number))
        if tag.state != SHIPPED:
            raise Conflict(tr("Tag {tag} is {state}, so it is not missing.", tag=tag.number,
                              state=tag_state_name(tag.state)))
    elif tag.state != RECEIVED:
        raise Conflict(tr("Tag {tag} is {state}; receive it before recording the inspection "
                          "(or record it as missing).", tag=tag.number,
                          state=tag_state_name(tag.state)))
