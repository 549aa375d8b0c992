"""One search box for claims, the claim list's pages, a claim's history and where its parts are.

Each kind of term (claim number, VIN tail, customer, part number …) is a matcher that returns the
ids of matching claims straight off one index; the newest ``limit`` of each are merged. That keeps
every kind of search to a few index lookups at 200,000 claims, where one big OR made SQLite scan.
Later workflows add matchers to MATCHERS (a defective-part tag number finds its claim).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN, fn

from partsdesk.db.models import AuditEvent, Part, User
from partsdesk.db.models.claims import (Claim, ClaimComment, ClaimPartLine, FaultCode,
                                        PartsRequest, PartsRequestLine, Vehicle, VehicleModel)
from partsdesk.services import catalog, vehicles
from partsdesk.services.claim_states import get_claim
from partsdesk.services.claim_states import INSPECTED as TAG_INSPECTED

PAGE = 200
DOCUMENT_RE = re.compile(r"^[A-Z]{2}-")


def _prefix(column, text: str):
    return (column >= text) & (column < text + "\uffff")


def match_number(text: str):
    upper = text.strip().upper()
    return Claim.select(Claim.id).where(_prefix(Claim.number, upper)) if upper else None


def match_vin(text: str):
    """A whole VIN or its last 6 to 17 characters."""
    vin = vehicles.normalise_vin(text)
    if not (6 <= len(vin) <= 17 and vin.isalnum()):
        return None
    found = Vehicle.select(Vehicle.id).where(_prefix(Vehicle.vin_reversed, vin[::-1]))
    return Claim.select(Claim.id).where(Claim.vehicle.in_(found))


def match_customer(text: str):
    name = " ".join(text.split())
    return Claim.select(Claim.id).where(_prefix(Claim.customer_name, name)) if name else None


def match_phone(text: str):
    digits = re.sub(r"[\s\-+()]", "", text)
    if len(digits) < 3 or not digits.isdigit():
        return None
    return Claim.select(Claim.id).where(_prefix(Claim.customer_phone, digits))


def match_part(text: str):
    part_no = catalog.normalise_part_no(text)
    if len(part_no) < 3 or DOCUMENT_RE.match(part_no):
        return None
    parts = Part.select(Part.id).where(_prefix(Part.part_no, part_no))
    return (Claim.select(Claim.id).join(ClaimPartLine)
            .where(ClaimPartLine.part.in_(parts)))


def match_tag(text: str):
    """A defective-part tag (DT-…) or return shipment (RS-…) finds the claims of its parts;
    a settlement batch (SB-…) finds the claims in it."""
    upper = text.strip().upper()
    if upper.startswith("DT-"):
        from partsdesk.db.models.returns import DefectTag
        return Claim.select(Claim.id).where(Claim.id.in_(
            DefectTag.select(DefectTag.claim).where(_prefix(DefectTag.number, upper))))
    if upper.startswith("RS-"):
        from partsdesk.db.models.returns import DefectTag, ReturnShipment
        shipments = ReturnShipment.select(ReturnShipment.id).where(
            _prefix(ReturnShipment.number, upper))
        return Claim.select(Claim.id).where(Claim.id.in_(
            DefectTag.select(DefectTag.claim).where(DefectTag.shipment.in_(shipments))))
    if upper.startswith("SB-"):
        from partsdesk.db.models.settlement import SettlementBatch, SettlementBatchClaim
        batches = SettlementBatch.select(SettlementBatch.id).where(
            _prefix(SettlementBatch.number, upper))
        return Claim.select(Claim.id).where(Claim.id.in_(
            SettlementBatchClaim.select(SettlementBatchClaim.claim)
            .where(SettlementBatchClaim.batch.in_(batches))))
    return None


# term -> query of Claim ids (or None when the term cannot be of that kind)
MATCHERS = [match_number, match_vin, match_customer, match_phone, match_part, match_tag]


@dataclass(frozen=True)
class Filters:
    states: tuple[str, ...] = ()
    date_from: date | None = None        # repair date
    date_to: date | None = None
    approver: str | None = None          # username of who approved
    # claims once returned for information (with the draft state: those still waiting for the
    # administrator's answer)
    returned_for_information: bool = False
    # claims with a defective-part tag whose part is not back and inspected yet
    parts_not_back: bool = False
    # only these claim numbers (the claims behind a figure of the quality analysis); None: any
    numbers: tuple[str, ...] | None = None


def _filtered(query, filters: Filters, after: int | None):
    if filters.numbers is not None:
        query = query.where(Claim.number.in_(list(filters.numbers)))
    if filters.states:
        query = query.where(Claim.state.in_(list(filters.states)))
    if filters.returned_for_information:
        query = query.where(Claim.id.in_(ClaimComment.select(ClaimComment.claim)
                                         .where(ClaimComment.kind == "returned")))
    if filters.parts_not_back:
        from partsdesk.db.models.returns import DefectTag
        query = query.where(Claim.id.in_(DefectTag.select(DefectTag.claim)
                                         .where(DefectTag.state != TAG_INSPECTED)))
    if filters.date_from:
        query = query.where(Claim.repair_date >= filters.date_from)
    if filters.date_to:
        query = query.where(Claim.repair_date <= filters.date_to)
    if filters.approver:
        query = query.where(Claim.approved_by == User.select(User.id).where(
            User.username == filters.approver))
    if after is not None:
        query = query.where(Claim.id < after)
    return query


class ClaimRow(NamedTuple):
    id: int
    number: str
    state: str
    repair_date: date
    vin: str
    model: str
    customer_name: str
    customer_phone: str
    fault_code: str
    total_amount: Decimal
    approved_by: str


def search_claims(text: str = "", filters: Filters = Filters(), *, after: int | None = None,
                  limit: int = PAGE) -> list[tuple]:
    """One page of claims, newest first, as ClaimRow tuples; key column 0 (the id).

    Keyset paging: pass the id of the last row of the previous page as ``after``.
    """
    text = str(text or "").strip()
    if not text:
        ids = [i for (i,) in _filtered(Claim.select(Claim.id), filters, after)
               .order_by(Claim.id.desc()).limit(limit).tuples()]
    else:
        found: set[int] = set()
        for matcher in MATCHERS:
            query = matcher(text)
            if query is not None:
                found.update(i for (i,) in _filtered(query, filters, after)
                             .order_by(Claim.id.desc()).limit(limit).tuples())
        ids = sorted(found, reverse=True)[:limit]
    return _rows(ids)


def claim_model_join():
    """Join condition for the model a claim was made with (its own; a row written without one
    shows its vehicle's), for queries that join Claim, Vehicle and VehicleModel."""
    return VehicleModel.id == fn.COALESCE(Claim.vehicle_model, Vehicle.model)


def _rows(ids: list[int]) -> list[tuple]:
    if not ids:
        return []
    Approver = User.alias()
    query = (Claim.select(Claim.id, Claim.number, Claim.state, Claim.repair_date, Vehicle.vin,
                          VehicleModel.code, Claim.customer_name, Claim.customer_phone,
                          FaultCode.code, Claim.total_amount, Approver.username)
             .join(Vehicle).join(VehicleModel, JOIN.LEFT_OUTER, on=claim_model_join())
             .switch(Claim).join(FaultCode, JOIN.LEFT_OUTER)
             .switch(Claim).join(Approver, JOIN.LEFT_OUTER, on=(Claim.approved_by == Approver.id))
             .where(Claim.id.in_(ids)).order_by(Claim.id.desc()))
    return [ClaimRow(*(v if v is not None else "" for v in row[:9]), row[9], row[10] or "")
            for row in query.tuples()]


def count_claims(filters: Filters = Filters()) -> int:
    return _filtered(Claim.select(), filters, None).count()


def oldest_claims(filters: Filters = Filters(), limit: int = 3) -> list[ClaimRow]:
    """The claims ``filters`` select that were repaired longest ago, oldest first: what has
    waited longest (the home page lists them under their count)."""
    ids = [i for (i,) in _filtered(Claim.select(Claim.id), filters, None)
           .order_by(Claim.repair_date, Claim.id).limit(limit).tuples()]
    rows = {row.id: row for row in _rows(ids)}
    return [rows[i] for i in ids]


# --- one claim ---------------------------------------------------------------------------

def history(number: str) -> list[AuditEvent]:
    """Everything that happened to the claim: its own events, its reservations, its requests,
    and the changes of its vehicle's master data (the claim keeps its own facts)."""
    claim = get_claim(number)
    requests = [n for (n,) in PartsRequest.select(PartsRequest.number)
                .where(PartsRequest.claim == claim.id).tuples()]
    keys = ((AuditEvent.entity == "claim") & (AuditEvent.record_id == claim.number)) | (
        (AuditEvent.entity == "reservation") & (AuditEvent.record_id == claim.number))
    if requests:
        keys |= (AuditEvent.entity == "parts_request") & AuditEvent.record_id.in_(requests)
    keys |= ((AuditEvent.entity == "vehicle") & (AuditEvent.record_id == claim.vehicle.vin)
             & (AuditEvent.action == "vehicle.change"))
    return list(AuditEvent.select(AuditEvent, User).join(User, JOIN.LEFT_OUTER)
                .where(keys).order_by(AuditEvent.time, AuditEvent.id))


@dataclass(frozen=True)
class PartWhereabouts:
    part_no: str
    name: str
    quantity: Decimal
    reserved: Decimal          # waiting on a shelf for the claim
    issued: Decimal            # taken out of stock for the repair
    requested: Decimal         # on a parts request, not yet arrived
    requests: str              # the parts request numbers
    must_return: bool


def where_are_the_parts(number: str) -> list[PartWhereabouts]:
    """For each part of the claim: how much is reserved, issued, and still on request."""
    from partsdesk.services import stock
    claim = get_claim(number)
    held: dict[int, Decimal] = {}
    for reservation in stock.reservations(claim.number):
        held[reservation.part_id] = held.get(reservation.part_id, Decimal(0)) + \
            reservation.quantity
    waiting: dict[int, tuple[Decimal, list[str]]] = {}
    for line in (PartsRequestLine.select(PartsRequestLine, PartsRequest).join(PartsRequest)
                 .where((PartsRequest.claim == claim.id) & (PartsRequest.state == "open"))):
        qty, numbers = waiting.get(line.part_id, (Decimal(0), []))
        waiting[line.part_id] = (qty + line.quantity - line.received_quantity,
                                 numbers + [line.request.number])
    out = []
    for line in claim.part_lines.join(Part).order_by(ClaimPartLine.id):
        requested, numbers = waiting.pop(line.part_id, (Decimal(0), []))
        out.append(PartWhereabouts(line.part.part_no, line.part.name, line.quantity,
                                   held.pop(line.part_id, Decimal(0)), line.issued_quantity,
                                   requested, ", ".join(numbers), line.must_return))
    return out
