"""Parts for approved claims: reserved at approval, issued by scanning, requested when short.

A claim's reservations and issues live in the stock ledger under the claim number as the
document; parts the warehouse lacks go on a parts request (series PR) and are reserved for the
claim as they arrive (``receive`` / ``allocate_receipt``, called by receiving).
"""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal

from partsdesk.db.connection import transaction
from partsdesk.db.models import Part
from partsdesk.db.models.claims import Claim, ClaimPartLine, PartsRequest, PartsRequestLine
from partsdesk.db.models.stock import Reservation
from partsdesk.i18n import Translator
from partsdesk.services import (audit, catalog, claim_states, gate, locations, returns, scanning,
                                stock)
from partsdesk.services.errors import ClaimStateError, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require

tr = Translator("ClaimParts")
tr_claims = Translator("Claims")    # the rule on whole pieces, as claim entry says it

ZERO = Decimal("0")
REQUEST_STATES = {"open": tr.mark("open"), "received": tr.mark("received"),
                  "cancelled": tr.mark("cancelled")}


def _qty(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def whole_pieces(part, quantity: Decimal, field_name: str = "parts") -> None:
    """Refuse a fraction of a part counted in pieces (PCS, SET, 个 …): 1.5 PCS is not a thing."""
    if catalog.counted_in_pieces(part.unit) and quantity != quantity.to_integral_value():
        raise ValidationError(tr_claims(
            "Part {part_no} is counted in whole pieces ({unit}); {qty} is not a whole number. "
            "Enter a whole quantity.", part_no=part.part_no, unit=part.unit,
            qty=_qty(quantity)), field=field_name)


def needed(claim: Claim) -> dict[int, Decimal]:
    """part id -> quantity the claim's lines call for."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for part_id, quantity in (ClaimPartLine.select(ClaimPartLine.part, ClaimPartLine.quantity)
                              .where(ClaimPartLine.claim == claim.id).tuples()):
        out[part_id] += quantity
    return dict(out)


def reserved(claim: Claim) -> dict[int, Decimal]:
    """part id -> quantity still reserved for the claim (reserved and not yet issued)."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for reservation in stock.reservations(claim.number):
        out[reservation.part_id] += Decimal(reservation.quantity)
    return dict(out)


def reserve_for(actor, claim: Claim) -> PartsRequest | None:
    """Reserve what stock has; put the rest on a parts request. Inside the approval."""
    wanted = needed(claim)
    if not wanted:
        return None
    short = {}
    for part_id, quantity in wanted.items():
        part = Part.get_by_id(part_id)
        take = min(quantity, max(Decimal(stock.available(part)), ZERO))
        if take > 0:
            try:
                with transaction():     # savepoint: a race lost to another PC leaves no trace
                    stock.reserve(actor, part, take, claim.number)
            except stock.InsufficientStock:
                take = ZERO
        if quantity > take:
            short[part] = quantity - take
    return raise_request(actor, claim, short) if short else None


def release_for(actor, claim: Claim) -> None:
    """Give back what the claim reserved and close its open parts requests (cancelling)."""
    if claim.part_lines.exists():
        stock.release(actor, claim.number)
    (PartsRequest.update(state="cancelled")
     .where((PartsRequest.claim == claim.id) & (PartsRequest.state == "open")).execute())


# --- issuing by scan ----------------------------------------------------------------------

def _resolve(code: str):
    """The part a scanned code means (document numbers are never parts)."""
    part = scanning.resolve_part(code)
    if part is None:
        raise NotFound(tr("\"{code}\" is not a part number or a barcode of a known part. Scan the "
                          "part's label or type its number.", code=str(code).strip()))
    return part


def issue_part(actor, number: str, code: str, location: str, quantity=Decimal("1")):
    """Issue a scanned part reserved for the claim from a bin; returns the stock move."""
    require(actor, "claims.issue_parts")
    quantity = Decimal(str(quantity))
    if quantity <= 0:
        raise ValidationError(tr("The quantity to issue must be above zero."), field="quantity")
    with transaction():
        claim = claim_states.get_claim(number)
        if claim.state != claim_states.APPROVED:
            raise ClaimStateError(tr("Claim {number} is {state}; parts are issued only to "
                                     "approved claims.", number=claim.number,
                                     state=claim_states.state_name(claim.state)))
        part = _resolve(code)
        whole_pieces(part, quantity, "quantity")
        lines = list(claim.part_lines.where(ClaimPartLine.part == part.id)
                     .order_by(ClaimPartLine.id))
        if not lines:
            raise ValidationError(tr("Part {part_no} is not on claim {number}. Check the part you "
                                     "scanned.", part_no=part.part_no, number=claim.number))
        open_qty = sum((line.quantity - line.issued_quantity for line in lines), ZERO)
        ready = min(open_qty, reserved(claim).get(part.id, ZERO))
        if quantity > ready:
            raise ClaimStateError(_too_many(claim, part, quantity, open_qty, ready))
        # from a bin only: the issue move refuses quarantine (stock.require_bin)
        move = stock.issue_reserved(actor, part, locations.get_location(location), quantity,
                                    claim.number)
        before = {line.id: line.issued_quantity for line in lines}
        _count_issued(lines, quantity)
        # the failed parts that must go back get their tags
        tags = returns.tag_issued(actor, claim, [(line, line.issued_quantity - before[line.id])
                                                 for line in lines])
        audit.record(actor, "claim.issue_part", "claim", claim.number,
                     tr.message("{qty} x {part_no} issued to claim {number} from {location}",
                                qty=_qty(quantity), part_no=part.part_no, number=claim.number,
                                location=str(location).strip().upper()),
                     after={"tags": [t.number for t in tags]} if tags else None)
        if all(line.issued_quantity >= line.quantity for line in claim.part_lines):
            gate.move_to(actor, claim, claim_states.PARTS_ISSUED, "claim.parts_issued",
                         tr.message("All parts of claim {number} issued", number=claim.number))
    return move


def _too_many(claim, part, quantity, open_qty, ready) -> str:
    if open_qty <= 0:
        return tr("Every {part_no} on claim {number} is already issued.",
                  part_no=part.part_no, number=claim.number)
    if ready <= 0:
        return tr("No {part_no} is reserved for claim {number} yet; it waits for its parts "
                  "request. Issue it when the parts have arrived.", part_no=part.part_no,
                  number=claim.number)
    return tr("Claim {number} has {ready} x {part_no} reserved and not yet issued; you asked for "
              "{qty}. Issue at most {ready}; the rest comes with its parts request.",
              number=claim.number, ready=_qty(ready), part_no=part.part_no, qty=_qty(quantity))


def _count_issued(lines: list[ClaimPartLine], quantity: Decimal) -> None:
    for line in lines:
        take = min(quantity, line.quantity - line.issued_quantity)
        if take > 0:
            line.issued_quantity += take
            line.save()
            quantity -= take


# --- parts requests ----------------------------------------------------------------------

def raise_request(actor, claim: Claim, short: dict) -> PartsRequest:
    """A parts request for ``short`` ({part: quantity}); inside the approval's transaction."""
    request = PartsRequest.create(number=next_number("PR"), claim=claim, created_by=actor)
    for part, quantity in short.items():
        PartsRequestLine.create(request=request, part=part, quantity=quantity)
    audit.record(actor, "parts_request.create", "parts_request", request.number,
                 tr.message("Parts request {request} for claim {number}: {parts}",
                            request=request.number, number=claim.number,
                            parts=", ".join(f"{_qty(q)} x {p.part_no}" for p, q in short.items())),
                 after={"claim": claim.number})
    audit.record(actor, "claim.parts_request", "claim", claim.number,
                 tr.message("Stock is short: parts request {request} raised",
                            request=request.number))
    return request


def get_request(number: str) -> PartsRequest:
    request = PartsRequest.get_or_none(PartsRequest.number == str(number).strip().upper())
    if request is None:
        raise NotFound(tr("There is no parts request {number}.", number=number))
    return request


def open_requests(part=None) -> list[PartsRequestLine]:
    """Lines still waiting for parts, oldest first (what receiving should look out for)."""
    query = (PartsRequestLine.select(PartsRequestLine, PartsRequest).join(PartsRequest)
             .where((PartsRequest.state == "open")
                    & (PartsRequestLine.received_quantity < PartsRequestLine.quantity)))
    if part is not None:
        part = part if isinstance(part, Part) else catalog.get_part(part)
        query = query.where(PartsRequestLine.part == part.id)
    return list(query.order_by(PartsRequest.id, PartsRequestLine.id))


def receive(actor, request_no: str, part_no: str, quantity) -> PartsRequest:
    """Parts for a request have arrived in stock: reserve them for its claim."""
    require(actor, "claims.issue_parts")
    quantity = Decimal(str(quantity))
    with transaction():
        request = get_request(request_no)
        part = catalog.get_part(part_no)
        if request.state != "open":
            raise ClaimStateError(tr("Parts request {request} is {state}; nothing more is "
                                     "received against it.", request=request.number,
                                     state=tr(REQUEST_STATES[request.state])))
        line = (request.lines.where(PartsRequestLine.part == part.id).first())
        if line is None:
            raise ValidationError(tr("Part {part_no} is not on parts request {request}.",
                                     part_no=part.part_no, request=request.number))
        _reserve_arrival(actor, line, quantity)
    return request


def allocate_receipt(actor, part, quantity, receipt: str | None = None) -> Decimal:
    """Reserve newly received ``part`` for open requests, oldest first; return what is left.

    Receiving calls this after putting the parts on hand, naming the ``receipt``: each line it
    serves is written to the receipt's history ("receipt.allocate"), so that a correction of the
    receipt knows whose reservations came from it (``unallocate_receipt``).
    """
    require(actor, "claims.issue_parts")
    left = Decimal(str(quantity))
    with transaction():
        for line in open_requests(part):
            if left <= 0:
                break
            take = min(left, line.quantity - line.received_quantity)
            _reserve_arrival(actor, line, take)
            left -= take
            if receipt:
                audit.record(actor, "receipt.allocate", "receipt", receipt,
                             tr.message("{qty} x {part_no} reserved for claim {number} "
                                        "(parts request {request})", qty=_qty(take),
                                        part_no=line.part.part_no,
                                        number=line.request.claim.number,
                                        request=line.request.number),
                             after={"line": line.id, "part": line.part.part_no,
                                    "quantity": str(take)})
    return left


def allocated_from(receipt: str, part) -> list[tuple[PartsRequestLine, Decimal]]:
    """Parts request lines that ``receipt`` served with ``part`` and how much of that still
    stands (allocated less unallocated), the most recently served first."""
    part = part if isinstance(part, Part) else catalog.get_part(part)
    standing: dict[int, Decimal] = defaultdict(lambda: ZERO)
    order: list[int] = []
    for event in audit.history("receipt", receipt):
        if event.action not in ("receipt.allocate", "receipt.unallocate") or not event.after:
            continue
        data = json.loads(event.after)
        if data.get("part") != part.part_no:
            continue
        sign = 1 if event.action == "receipt.allocate" else -1
        standing[data["line"]] += sign * Decimal(data["quantity"])
        if data["line"] in order:
            order.remove(data["line"])
        order.append(data["line"])
    lines = {line.id: line for line in PartsRequestLine.select()
             .where(PartsRequestLine.id.in_(order))} if order else {}
    return [(lines[i], standing[i]) for i in reversed(order)
            if i in lines and standing[i] > 0]


def give_back(actor, receipt: str, part: Part, quantity: Decimal) -> Decimal:
    """``receipt`` was corrected down and stock no longer covers ``quantity`` of the part's
    reservations: give back that much, and let the claims that lose it wait for a parts request.

    What the receipt itself reserved goes first (the most recently served line first); then the
    newest reservations of other approved claims, which wait on their parts request again or on
    a new one. Inside the correction's transaction; returns what was given back (less only when
    the rest is reserved for documents that are not approved claims).
    """
    left = Decimal(quantity)
    for line, standing in allocated_from(receipt, part):
        left -= unallocate_receipt(actor, receipt, line, min(left, standing))
        if left <= 0:
            return Decimal(quantity)
    for held in list(Reservation.select().where(Reservation.part == part.id)
                     .order_by(Reservation.id.desc())):
        claim = Claim.get_or_none(Claim.number == held.document)
        if claim is None or claim.state != claim_states.APPROVED:
            continue
        line = (PartsRequestLine.select().join(PartsRequest)
                .where((PartsRequest.claim == claim.id) & (PartsRequestLine.part == part.id)
                       & (PartsRequest.state != "cancelled")
                       & (PartsRequestLine.received_quantity > 0))
                .order_by(PartsRequestLine.id.desc()).first())
        if line is not None:
            left -= unallocate_receipt(actor, receipt, line, min(left, held.quantity))
        else:
            left -= _request_again(actor, receipt, claim, part, min(left, held.quantity))
        if left <= 0:
            return Decimal(quantity)
    return Decimal(quantity) - left


def _request_again(actor, receipt: str, claim: Claim, part: Part, quantity: Decimal) -> Decimal:
    """Release ``quantity`` of the claim's reservation and put it on a new parts request."""
    give = stock.reduce_reservation(actor, claim.number, part, quantity)
    if give <= 0:
        return ZERO
    request = raise_request(actor, claim, {part: give})
    audit.record(actor, "claim.parts_unreserved", "claim", claim.number,
                 tr.message("{qty} x {part_no} no longer reserved: receipt {receipt} brought "
                            "fewer; parts request {request} waits for it", qty=_qty(give),
                            part_no=part.part_no, receipt=receipt, request=request.number))
    audit.record(actor, "receipt.unallocate", "receipt", receipt,
                 tr.message("{qty} x {part_no} no longer reserved for claim {number}: receipt "
                            "{receipt} was corrected; parts request {request} waits for it again",
                            qty=_qty(give), part_no=part.part_no, number=claim.number,
                            receipt=receipt, request=request.number),
                 after={"part": part.part_no, "quantity": str(give),
                        "request": request.number})
    return give


def unallocate_receipt(actor, receipt: str, line: PartsRequestLine, quantity) -> Decimal:
    """``receipt`` brought fewer parts than it said: up to ``quantity`` of what it reserved for
    ``line``'s claim is released and the line waits for it again. Inside the correction's
    transaction; returns the quantity put back to waiting (at most what is still reserved)."""
    request, claim = line.request, line.request.claim
    held = reserved(claim).get(line.part_id, ZERO)
    give = min(Decimal(quantity), held, line.received_quantity)
    if give <= 0:
        return ZERO
    stock.reduce_reservation(actor, claim.number, line.part, give)
    line.received_quantity -= give
    line.save()
    if request.state == "received":
        request.state = "open"
        request.save()
    part_no = line.part.part_no
    audit.record(actor, "receipt.unallocate", "receipt", receipt,
                 tr.message("{qty} x {part_no} no longer reserved for claim {number}: receipt "
                            "{receipt} was corrected; parts request {request} waits for it again",
                            qty=_qty(give), part_no=part_no, number=claim.number,
                            receipt=receipt, request=request.number),
                 after={"line": line.id, "part": part_no, "quantity": str(give)})
    audit.record(actor, "parts_request.unreceive", "parts_request", request.number,
                 tr.message("{qty} x {part_no} waited for again: receipt {receipt} was corrected",
                            qty=_qty(give), part_no=part_no, receipt=receipt),
                 before={"received": str(line.received_quantity + give)},
                 after={"received": str(line.received_quantity)})
    audit.record(actor, "claim.parts_unreserved", "claim", claim.number,
                 tr.message("{qty} x {part_no} no longer reserved: receipt {receipt} brought "
                            "fewer; parts request {request} waits for it again", qty=_qty(give),
                            part_no=part_no, receipt=receipt, request=request.number))
    return give


def _reserve_arrival(actor, line: PartsRequestLine, quantity: Decimal) -> None:
    request, claim = line.request, line.request.claim
    outstanding = line.quantity - line.received_quantity
    if quantity <= 0 or quantity > outstanding:
        raise ValidationError(tr("Parts request {request} waits for {open} x {part_no}; {qty} "
                                 "cannot be received against it.", request=request.number,
                                 open=_qty(outstanding), part_no=line.part.part_no,
                                 qty=_qty(quantity)))
    if claim.state == claim_states.APPROVED:
        stock.reserve(actor, line.part, quantity, claim.number)
    line.received_quantity += quantity
    line.save()
    if not request.lines.where(PartsRequestLine.received_quantity
                               < PartsRequestLine.quantity).exists():
        request.state = "received"
        request.save()
    audit.record(actor, "parts_request.receive", "parts_request", request.number,
                 tr.message("{qty} x {part_no} received for parts request {request}, reserved for "
                            "claim {number}", qty=_qty(quantity), part_no=line.part.part_no,
                            request=request.number, number=claim.number))
