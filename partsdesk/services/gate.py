"""The settlement gate, and the one door every move of a claim goes through.

The seed document's rule lives here: a claim is paid only when it is approved, its voucher came
back signed by the customer, and every failed part it had to return was received and inspected
(or it had none). ``blockers`` says what is still missing, in words; ``advance`` moves the claim
along the loop (repaired → signed / defective parts returned → settleable) as the facts arrive.
Every move goes through ``move_to``, which asks the table of moves (``claim_states``) and holds
a move into settleable or into a batch until the gate names nothing missing, so no call can put
an unsettleable claim into settlement.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from peewee import JOIN

from partsdesk.db.fields import utcnow
from partsdesk.db.models import Part
from partsdesk.db.models.claims import Claim, ClaimPartLine
from partsdesk.db.models.returns import DefectTag, ReturnShipment
from partsdesk.db.models.settlement import (SettlementBatch, SettlementBatchClaim, SignedCopy,
                                            VoucherPrint)
from partsdesk.i18n import Message, Translator
from partsdesk.services import audit
from partsdesk.services.claim_states import (APPROVED, CANCELLED, CLOSED, IN_BATCH, LOOP_STATES,
                                             PACKED, PAID, PARTS_RETURNED, RECEIVED, REJECTED,
                                             REPAIRED, SETTLEABLE, SHIPPED, SIGNED, STORED,
                                             TAGGED, check_move, get_claim, state_name)
from partsdesk.services.errors import ClaimNotSettleable

tr = Translator("Settlement")

PAGE = 200
FACT_CHUNK = 500        # claim ids in one IN (...) list


def _claim(claim) -> Claim:
    return claim if isinstance(claim, Claim) else get_claim(claim)


# --- the door ------------------------------------------------------------------------------------

def move_to(actor, claim: Claim, state: str, action: str, summary: Message,
            extra: dict | None = None) -> Claim:
    """Move ``claim`` to ``state`` with its history event; inside the caller's transaction.

    The one door for every state change, private to the services: it refuses moves that the
    table of moves does not list or ``actor`` may not make (``claim_states.check_move``), and a
    move into settleable or into a batch while the gate still names something missing
    (``check_clear``), each with a message naming the claim.
    """
    check_move(actor, claim, state)
    if state in (SETTLEABLE, IN_BATCH):
        check_clear(claim)
    before = {"state": claim.state}
    claim.state, claim.updated_at = state, utcnow()
    claim.save()
    audit.record(actor, action, "claim", claim.number, summary, before=before,
                 after={"state": state} | (extra or {}))
    return claim


# --- what still blocks settlement ----------------------------------------------------------------

def blockers(claim) -> list[str]:
    """What still keeps the claim out of settlement, one sentence each; empty when settleable."""
    claim = _claim(claim)
    return blockers_of([claim])[claim.id]


def blockers_of(chosen: list[Claim]) -> dict[int, list[str]]:
    """``blockers`` of many claims by id, in a few queries for all of them (the overview's
    page of 200 asked several per claim)."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(chosen), FACT_CHUNK):
        part = chosen[start:start + FACT_CHUNK]
        facts = _GateFacts([c.id for c in part])
        found.update((c.id, _blockers(c, facts)) for c in part)
    return found


class _GateFacts:
    """What the gate reads about a set of claims, fetched once for all of them (only their
    tags and lines to return when ``returns_only``)."""

    def __init__(self, ids: list[int], returns_only: bool = False):
        self._read_returns(ids)
        if returns_only:
            return

        def claims_with(model) -> set[int]:
            return {i for (i,) in model.select(model.claim).where(model.claim.in_(ids))
                    .distinct().tuples()}
        self.with_lines = claims_with(ClaimPartLine)
        self.printed = claims_with(VoucherPrint)
        self.signed = claims_with(SignedCopy)
        self.batch_of = dict(SettlementBatchClaim.select(SettlementBatchClaim.claim,
                                                         SettlementBatch.number)
                             .join(SettlementBatch).where(SettlementBatchClaim.claim.in_(ids))
                             .tuples())

    def _read_returns(self, ids: list[int]) -> None:
        self.tags: dict[int, list[tuple]] = {}
        for row in (DefectTag.select(DefectTag.claim, DefectTag.number, DefectTag.state,
                                     DefectTag.part_line, DefectTag.quantity, Part.part_no,
                                     ReturnShipment.number)
                    .join_from(DefectTag, Part)
                    .join_from(DefectTag, ReturnShipment, JOIN.LEFT_OUTER)
                    .where(DefectTag.claim.in_(ids)).order_by(DefectTag.id).tuples()):
            self.tags.setdefault(row[0], []).append(row[1:])
        self.returned_lines: dict[int, list[tuple]] = {}
        for row in (ClaimPartLine.select(ClaimPartLine.claim, ClaimPartLine.id,
                                         ClaimPartLine.issued_quantity, Part.part_no)
                    .join(Part)
                    .where(ClaimPartLine.claim.in_(ids)
                           & (ClaimPartLine.must_return == True))  # noqa: E712
                    .order_by(ClaimPartLine.id).tuples()):
            self.returned_lines.setdefault(row[0], []).append(row[1:])


def _blockers(claim: Claim, facts: _GateFacts) -> list[str]:
    if claim.state in (CANCELLED, REJECTED):
        return [tr("The claim is {state}: {reason}.", state=state_name(claim.state),
                   reason=claim.closing_reason or "—")]
    if claim.state in (IN_BATCH, PAID, CLOSED):
        return [tr("The claim is already {state} ({batch}).", state=state_name(claim.state),
                   batch=facts.batch_of.get(claim.id, "—"))]
    return _facts_missing(claim, facts)


def loop_blockers(claim) -> list[str]:
    """What the loop still misses for the claim (approval, issue, signed print, returned and
    inspected parts), whatever state it is in: the condition of every move into settleable or
    into a batch (``move_to`` asks it)."""
    claim = _claim(claim)
    return _facts_missing(claim, _GateFacts([claim.id]))


def check_clear(claim) -> None:
    """Raise ClaimNotSettleable naming the claim and what the loop still misses for it."""
    claim = _claim(claim)
    _refuse_if(claim, loop_blockers(claim))


def _refuse_if(claim: Claim, found: list[str]) -> None:
    """ClaimNotSettleable naming the claim and each thing in ``found``, when there is any."""
    if found:
        raise ClaimNotSettleable(tr("Claim {number} cannot be settled yet: {missing}",
                                    number=claim.number, missing=" ".join(found)),
                                 {claim.number: found})


def _facts_missing(claim: Claim, facts: _GateFacts) -> list[str]:
    found = []
    if claim.approved_at is None:
        found.append(tr("The claim is not approved."))
    elif claim.state == APPROVED and claim.id in facts.with_lines:
        found.append(tr("Its parts have not been issued."))
    if claim.id not in facts.printed:
        found.append(tr("The settlement voucher has not been printed."))
    elif claim.id not in facts.signed:
        found.append(tr("The voucher signed by the customer has not been recorded."))
    return found + _returns_missing(claim.id, facts)


def _return_blockers(claim: Claim) -> list[str]:
    return _returns_missing(claim.id, _GateFacts([claim.id], returns_only=True))


def _returns_missing(claim_id: int, facts: _GateFacts) -> list[str]:
    found = []
    tagged: dict[int, Decimal] = {}
    for number, state, line_id, quantity, part_no, shipment in facts.tags.get(claim_id, []):
        tagged[line_id] = tagged.get(line_id, Decimal(0)) + quantity
        if state in (TAGGED, STORED):
            found.append(tr("Tag {tag} ({part_no}) has not been shipped.", tag=number,
                            part_no=part_no))
        elif state == PACKED:
            found.append(tr("Tag {tag} ({part_no}) is packed in {shipment} but not shipped.",
                            tag=number, part_no=part_no, shipment=shipment))
        elif state == SHIPPED:
            found.append(tr("Tag {tag} ({part_no}) has not been received yet.", tag=number,
                            part_no=part_no))
        elif state == RECEIVED:
            found.append(tr("Tag {tag} ({part_no}) has not been inspected.", tag=number,
                            part_no=part_no))
    for line_id, issued, part_no in facts.returned_lines.get(claim_id, []):
        if issued > tagged.get(line_id, Decimal(0)):
            found.append(tr("Part {part_no} must be returned but has no defective-part tag.",
                            part_no=part_no))
    return found


def _parts_back(claim: Claim) -> bool:
    return not _return_blockers(claim)


def check_settleable(claim) -> Claim:
    """Raise ClaimNotSettleable naming the claim and what is missing."""
    claim = _claim(claim)
    found = blockers(claim)
    if not found and claim.state != SETTLEABLE:
        found = [tr("The claim is {state}, not settleable.", state=state_name(claim.state))]
    _refuse_if(claim, found)
    return claim


def advance(actor, claim) -> Claim:
    """Move the claim as far along the loop as its facts allow; inside the caller's
    transaction. Repaired → signed and/or defective parts returned → settleable."""
    claim = _claim(claim)
    while True:
        signed = SignedCopy.select().where(SignedCopy.claim == claim.id).exists()
        back = _parts_back(claim)
        has_tags = DefectTag.select().where(DefectTag.claim == claim.id).exists()
        target = None
        if claim.state == REPAIRED and signed:
            target = (SIGNED, "claim.signed",
                      tr.message("Claim {number}: the customer's signed voucher is in",
                                 number=claim.number))
        elif claim.state == REPAIRED and back and has_tags:
            target = (PARTS_RETURNED, "claim.parts_returned",
                      tr.message("Claim {number}: every defective part is back and inspected",
                                 number=claim.number))
        elif claim.state in (SIGNED, PARTS_RETURNED) and signed and back \
                and not blockers(claim):
            target = (SETTLEABLE, "claim.settleable",
                      tr.message("Claim {number} is settleable", number=claim.number))
        if target is None:
            return claim
        move_to(actor, claim, *target)


# --- the settlement overview ----------------------------------------------------------------------

class OverviewRow(NamedTuple):
    id: int
    number: str
    state: str
    repair_date: date
    customer_name: str
    total_amount: Decimal
    blockers: str           # "" when settleable


def overview(states: tuple[str, ...] = LOOP_STATES, *, after: int | None = None,
             limit: int = PAGE) -> list[OverviewRow]:
    """Per claim of the loop's second half, what still blocks settlement; newest first
    (key column 0 = id). The blockers of the whole page are read at once."""
    query = Claim.select().where(Claim.state.in_(list(states)))
    if after is not None:
        query = query.where(Claim.id < after)
    page = list(query.order_by(Claim.id.desc()).limit(limit))
    found = blockers_of(page)
    return [OverviewRow(c.id, c.number, c.state, c.repair_date, c.customer_name,
                        c.total_amount, " ".join(found[c.id])) for c in page]
