"""Defective-part returns: the tag on each failed part, the defective store, the retention clock.

A failed part that must be returned gets a tag (series DT) when its replacement is issued to the
claim. Scanning the tag books the failed part into the defective store (a ``defective_in`` move
from outside), where it waits to be packed into a return shipment (``return_shipments``) and
sent back to be received and inspected (``return_inspection``). Tags still here past the
retention time are overdue. Each scan is its own transaction, so a busy scanner loses nothing
already committed.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Location, Part, User
from partsdesk.db.models.claims import Claim, ClaimPartLine, Vehicle
from partsdesk.db.models.returns import DefectTag, Inspection, ReturnShipment, standing
from partsdesk.i18n import Translator
from partsdesk.services import audit, claim_states, scanning, setting_values, stock
from partsdesk.services.claim_states import HERE, PACKED, SHIPPED, STORED, TAGGED, tag_state_name
from partsdesk.services.errors import Conflict, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require

tr = Translator("Returns")

PAGE = 200

SETTING_DEFAULTS = {"returns.retention_days": 30}


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
                     tr.message("Retention time of defective parts set to {days} days", days=days),
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
    """The tag's finding that stands (none once one written off as missing turned up)."""
    return (Inspection.select().where((Inspection.tag == tag.id) & standing())
            .order_by(Inspection.attempt.desc()).first())


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


def book_in(actor, tag: DefectTag, location: Location) -> None:
    """Book the tag's failed part into ``location``; inside the caller's transaction."""
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
            raise Conflict(where_is(tag))
        place = _store_location(location)
        book_in(actor, tag, place)
        audit.record(actor, "tag.store", "claim", tag.claim.number,
                     tr.message("Tag {tag}: {qty} x {part_no} booked into the defective store "
                                "{location}", tag=tag.number, qty=_qty(tag.quantity),
                                part_no=tag.part.part_no,
                                location=place.code), after={"tag": tag.number, "state": STORED})
    return tag


def where_is(tag: DefectTag) -> str:
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


def _overdue(today: date):
    """The tags whose failed part is still here past the retention time on ``today``."""
    limit_date = today - timedelta(days=retention_days())
    return (DefectTag.select().join(Claim)
            .where(DefectTag.state.in_(HERE) & (DefectTag.repair_date < limit_date)
                   & (Claim.state != claim_states.CANCELLED)))


def overdue(*, after: tuple | None = None, limit: int = PAGE,
            today: date | None = None) -> list[TagRow]:
    """Failed parts still here past the retention time, oldest repair first.

    Keyset paging: ``after`` is (repair_date, id) of the last row of the previous page.
    """
    today = today or date.today()
    query = _overdue(today)
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


def count_overdue(*, today: date | None = None) -> int:
    """How many tags ``overdue`` lists: a figure of the home page."""
    return _overdue(today or date.today()).count()


def count_tags(states: tuple[str, ...] = ()) -> int:
    """How many tags there are (in ``states``): the tags on their way is a home page figure."""
    query = DefectTag.select()
    return (query.where(DefectTag.state.in_(list(states))) if states else query).count()
