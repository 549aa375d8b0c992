"""A claim's life: its states, the moves between them and who may make each, and where its failed
parts are on their way back (the tags' states and what their inspection found).

A claim is entered (draft), submitted, approved, its parts issued and the repair done; then, as
the facts arrive, it is signed (the customer's signed voucher is back) and its defective parts
returned (each one received and inspected), settleable, in a settlement batch, paid and closed —
or rejected or cancelled on the way. TRANSITIONS lists every move the loop allows and
MOVE_PERMISSIONS who may make it; ``check_move`` refuses any other. Every move goes through the
one door that asks it, ``gate.move_to``.
"""

from __future__ import annotations

# The states and TRANSITIONS, every move the loop allows, live with the database, whose triggers
# hold the same moves.
from partsdesk.db import claim_moves
from partsdesk.db.claim_moves import (APPROVED, CANCELLED, CLOSED, DRAFT, IN_BATCH, PAID,
                                      PARTS_ISSUED, PARTS_RETURNED, REJECTED, REPAIRED,
                                      SETTLEABLE, SIGNED, SUBMITTED, TRANSITIONS)
from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Message, Translator
from partsdesk.services import permissions
from partsdesk.services.errors import ClaimStateError, NotFound
from partsdesk.services.permissions import require

tr = Translator("Claims")
tr_returns = Translator("Returns")

# --- the claim's states: the whole loop ---------------------------------------------------

STATES = {
    DRAFT: tr.mark("Draft"),
    SUBMITTED: tr.mark("Submitted"),
    APPROVED: tr.mark("Approved"),
    PARTS_ISSUED: tr.mark("Parts issued"),
    REPAIRED: tr.mark("Repaired"),
    SIGNED: tr.mark("Signed"),
    PARTS_RETURNED: tr.mark("Defective parts returned"),
    SETTLEABLE: tr.mark("Settleable"),
    IN_BATCH: tr.mark("In settlement batch"),
    PAID: tr.mark("Paid"),
    CLOSED: tr.mark("Closed"),
    REJECTED: tr.mark("Rejected"),
    CANCELLED: tr.mark("Cancelled"),
}

# Open states may be cancelled; once settlement starts a claim can no longer be.
OPEN_STATES = claim_moves.OPEN_STATES
# The loop's second half, where something can still block settlement.
LOOP_STATES = (APPROVED, PARTS_ISSUED, REPAIRED, SIGNED, PARTS_RETURNED, SETTLEABLE)

# Who may make a move: any of these actions, by the state the claim moves to. The loop's own
# moves (signed, parts returned, settleable) follow the fact that was just recorded.
_LOOP_FACTS = ("vouchers.print", "vouchers.record_signed", "returns.inspect")
MOVE_PERMISSIONS = {
    SUBMITTED: ("claims.submit",),
    APPROVED: ("claims.approve",), REJECTED: ("claims.approve",), DRAFT: ("claims.approve",),
    CANCELLED: ("claims.cancel",),
    PARTS_ISSUED: ("claims.issue_parts",),
    REPAIRED: ("claims.edit", "vouchers.print"),
    SIGNED: _LOOP_FACTS, PARTS_RETURNED: _LOOP_FACTS,
    SETTLEABLE: _LOOP_FACTS + ("settlement.batch",),     # or taken out of a batch
    IN_BATCH: ("settlement.batch",),
    PAID: ("settlement.payment",), CLOSED: ("settlement.payment",),
}


def state_name(state: str) -> str:
    return tr(STATES.get(state, state))


def get_claim(number: str) -> Claim:
    claim = Claim.get_or_none(Claim.number == str(number or "").strip().upper())
    if claim is None:
        raise NotFound(tr("There is no claim {number}. Check the number or search by VIN.",
                          number=str(number or "").strip().upper()))
    return claim


def check_move(actor, claim: Claim, state: str) -> None:
    """Refuse moving ``claim`` to ``state`` when TRANSITIONS does not list the move or ``actor``
    may not make it, with a message naming the claim."""
    if state not in TRANSITIONS.get(claim.state, set()):
        raise ClaimStateError(tr("Claim {number} is {state}; it cannot become {target}.",
                                 number=claim.number, state=state_name(claim.state),
                                 target=state_name(state)))
    allowed = MOVE_PERMISSIONS[state]
    if not any(permissions.can(actor, name) for name in allowed):
        require(actor, allowed[0])


# --- where a failed part is: at the workshop, in our defective store, packed, on its way, back --

TAGGED, STORED, PACKED, SHIPPED, RECEIVED, INSPECTED = (
    "tagged", "stored", "packed", "shipped", "received", claim_moves.TAG_INSPECTED)
TAG_STATES = {
    TAGGED: tr_returns.mark("Tagged"),
    STORED: tr_returns.mark("In the defective store"),
    PACKED: tr_returns.mark("Packed"),
    SHIPPED: tr_returns.mark("Shipped"),
    RECEIVED: tr_returns.mark("Received"),
    INSPECTED: tr_returns.mark("Inspected"),
}
HERE = (TAGGED, STORED, PACKED)          # still with us: the retention clock runs
# its failed part lies in one of our defective stores (stored, or packed into a shipment not sent)
IN_DEFECTIVE_STORE = (STORED, PACKED)

# what the inspection found; anything but confirmed charges the claim back
CONFIRMED, NO_FAULT, WRONG_PART, MISSING = "confirmed", "no_fault_found", "wrong_part", "missing"
OUTCOMES = {
    CONFIRMED: tr_returns.mark("Confirmed"),
    NO_FAULT: tr_returns.mark("No fault found"),
    WRONG_PART: tr_returns.mark("Wrong part"),
    MISSING: tr_returns.mark("Missing"),
}


def tag_state_name(state: str) -> str:
    return tr_returns(TAG_STATES.get(state, state))


def outcome_name(outcome: str) -> str:
    return tr_returns(OUTCOMES.get(outcome, outcome))


def outcome_message(outcome: str) -> Message:
    """The outcome's name as a message (a history event says it in its reader's language)."""
    return tr_returns.message(OUTCOMES.get(outcome, outcome))
