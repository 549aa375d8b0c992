"""Return shipments: the tags packed together and sent back with a carrier.

Scanning a tag packs it into an open shipment (series RS), booking its failed part into the
defective store on the way if it was not there yet; shipping the shipment with the carrier's
tracking number books its parts out of the store (``return_out``). The lists say what each
shipment holds and, at the receiving end, what still waits to arrive or to be inspected.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, Case, fn

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import Part, User
from partsdesk.db.models.claims import Claim, FaultCode, Vehicle
from partsdesk.db.models.returns import DefectTag, Inspection, ReturnShipment, standing
from partsdesk.i18n import Translator
from partsdesk.services import audit, claim_states, scanning, stock
from partsdesk.services.claim_states import PACKED, RECEIVED, SHIPPED, STORED, TAGGED
from partsdesk.services.errors import Conflict, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require
from partsdesk.services.returns import book_in, defective_store, get_tag, where_is

tr = Translator("Returns")

PAGE = 200
SHIPMENT_STATES = {"open": tr.mark("Open"), "shipped": tr.mark("Shipped")}


def shipment_state_name(state: str) -> str:
    return tr(SHIPMENT_STATES.get(state, state))


def _user(actor):
    return actor if isinstance(actor, User) else None


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
                     tr.message("Return shipment {number} opened", number=shipment.number))
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
            raise Conflict(where_is(tag))
        _refuse_cancelled(tag)
        if tag.state == TAGGED:
            book_in(actor, tag, defective_store())
        tag.state, tag.shipment = PACKED, shipment
        tag.save()
        audit.record(actor, "shipment.pack", "return_shipment", shipment.number,
                     tr.message("Tag {tag} ({part_no}, claim {number}) packed", tag=tag.number,
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
                     tr.message("Tag {tag} taken out", tag=tag.number), before={"tag": tag.number})
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
                     tr.message("Return shipment {number} shipped with {carrier}, tracking "
                                "{tracking}: {count} tag(s)", number=shipment.number,
                                carrier=carrier, tracking=tracking, count=len(tags)),
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
    rows = (query.select(DefectTag.number, Claim.number, Vehicle.vin, Part.part_no, Part.name,
                         Part.name_zh, DefectTag.quantity, DefectTag.repair_date, FaultCode.code,
                         DefectTag.state, Inspection.outcome)
            .join_from(DefectTag, Claim).join_from(Claim, Vehicle)
            .join_from(Claim, FaultCode, JOIN.LEFT_OUTER)
            .join_from(DefectTag, Part)
            .join_from(DefectTag, Inspection, JOIN.LEFT_OUTER,
                       on=(Inspection.tag == DefectTag.id) & standing()).tuples())
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


def _outstanding():
    """A shipment's tags shipped and not received yet (in a query grouped by shipment)."""
    return fn.SUM(Case(None, [(DefectTag.state == SHIPPED, 1)], 0))


def _shipment_rows():
    """The select of ShipmentRow's columns, grouped by shipment."""
    return ReturnShipment.select(
        ReturnShipment.id, ReturnShipment.number, ReturnShipment.state, ReturnShipment.created_at,
        ReturnShipment.shipped_at, ReturnShipment.carrier, ReturnShipment.tracking_number,
        fn.COUNT(DefectTag.id), _outstanding()
    ).join(DefectTag, JOIN.LEFT_OUTER).group_by(ReturnShipment.id)


def search_shipments(text: str = "", *, after: int | None = None,
                     limit: int = PAGE) -> list[ShipmentRow]:
    """Return shipments newest first (key column 0 = id), by number or tracking prefix."""
    query = _shipment_rows()
    text = str(text or "").strip().upper()
    if text:
        query = query.where(((ReturnShipment.number >= text)
                             & (ReturnShipment.number < text + "\uffff"))
                            | (ReturnShipment.tracking_number == text))
    if after is not None:
        query = query.where(ReturnShipment.id < after)
    return [ShipmentRow(*row[:8], int(row[8] or 0))
            for row in query.order_by(ReturnShipment.id.desc()).limit(limit).tuples()]


def shipments_on_the_way(limit: int = PAGE) -> list[ShipmentRow]:
    """Shipped return shipments with tags that have not arrived yet, shipped longest ago
    first: what the claim centre is waiting for."""
    query = (_shipment_rows().where(ReturnShipment.state == "shipped")
             .having(_outstanding() > 0))
    return [ShipmentRow(*row[:8], int(row[8] or 0)) for row in
            query.order_by(ReturnShipment.shipped_at, ReturnShipment.id).limit(limit).tuples()]


# a returned part is inspected the day it arrives: one received on an earlier day is overdue
INSPECTION_DAYS = 1


def _inspection_overdue(today: date):
    """Received tags not inspected yet that arrived INSPECTION_DAYS or more days before
    ``today`` (by the local calendar)."""
    start = datetime.combine(today - timedelta(days=INSPECTION_DAYS - 1), time()).astimezone()
    return DefectTag.select().where((DefectTag.state == RECEIVED)
                                    & (DefectTag.received_at < start))


def count_overdue_inspections(*, today: date | None = None) -> int:
    """How many received tags wait for their inspection longer than they should (a figure
    of the home page)."""
    return _inspection_overdue(today or date.today()).count()


def overdue_inspections(limit: int = PAGE, *, today: date | None = None) -> list[DefectTag]:
    """Those tags (with their part), received longest ago first."""
    return list(_inspection_overdue(today or date.today()).select(DefectTag, Part).join(Part)
                .order_by(DefectTag.received_at, DefectTag.id).limit(limit))
