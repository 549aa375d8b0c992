"""The return inspection: a returned tag received at the far end, and what its inspection found.

The receiver scans the tag (received) and records the outcome: confirmed, no fault found, the
wrong part, or missing for a shipped tag that never arrived. Anything but confirmed charges the
claim back with a difference (by default the part line's full value); a tag written off as
missing that turns up after all reverses its charge-back. Each finding moves the claim along
the loop as far as the gate allows (``gate.advance``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from partsdesk.db.connection import transaction
from partsdesk.db.fields import CENT, utcnow
from partsdesk.db.models import User
from partsdesk.db.models.returns import DefectTag, Inspection, InspectionWithdrawal
from partsdesk.db.models.settlement import Difference, SettlementBatch, SettlementBatchClaim
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog, claim_states
from partsdesk.services.batches import REVERSAL, differences_of, inspection_code
from partsdesk.services.claim_states import (CONFIRMED, HERE, INSPECTED, MISSING, OUTCOMES,
                                             RECEIVED, SHIPPED, outcome_message, outcome_name,
                                             tag_state_name)
from partsdesk.services.errors import Conflict, ValidationError
from partsdesk.services.gate import advance
from partsdesk.services.permissions import require
from partsdesk.services.returns import get_tag, inspection_of

tr = Translator("Returns")


def _user(actor):
    return actor if isinstance(actor, User) else None


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
                     tr.message("Tag {tag} received from shipment {shipment}", tag=tag.number,
                                shipment=tag.shipment.number), after={"tag": tag.number})
    return tag


def _turned_up(actor, tag: DefectTag, written_off: Inspection) -> DefectTag:
    """A tag inspected as missing arrived after all; inside the caller's transaction.

    Its charge-back is reversed by a new difference (the first one stays, as every difference
    does), and the tag is received, waiting for an inspection of the part itself. A tag has one
    current finding, so the "missing" inspection is withdrawn (it stays as written, with a
    withdrawal row beside it); the audit event holds it whole too and the claim's differences
    show both the charge-back and its reversal. Once the claim is in a settlement batch or paid, nothing
    changes: the statement went out with that charge-back.
    """
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
        Difference.create(claim=claim, amount=-charged, source="reversal",
                          code=REVERSAL, tag=tag.number, reason="",
                          created_by=_user(actor))
    InspectionWithdrawal.create(inspection=written_off, reason="turned_up",
                                withdrawn_by=_user(actor))
    tag.state, tag.received_by, tag.received_at = RECEIVED, _user(actor), utcnow()
    tag.save()
    audit.record(actor, "tag.receive", "claim", claim.number,
                 tr.message("Tag {tag}, written off as missing, arrived after all; its charge-back "
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
    claim = tag.claim
    left = Decimal(claim.total_amount) - differences_of(claim)
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
        withdrawn = (InspectionWithdrawal.select().join(Inspection)
                     .where(Inspection.tag == tag.id).count())
        made = Inspection.create(tag=tag, outcome=outcome, comment=comment, charge_back=amount,
                                 charge_back_reason=reason if outcome != CONFIRMED else "",
                                 inspected_by=_user(actor), attempt=withdrawn)
        tag.state = INSPECTED
        tag.save()
        claim = tag.claim
        if outcome != CONFIRMED:
            Difference.create(claim=claim, amount=amount, source="inspection", tag=tag.number,
                              code=inspection_code(outcome), reason=comment[:300],
                              created_by=_user(actor))
        audit.record(actor, "tag.inspect", "claim", claim.number,
                     tr.message("Tag {tag} inspected: {outcome}", tag=tag.number,
                                outcome=outcome_message(outcome)),
                     after={"tag": tag.number, "outcome": outcome, "comment": comment,
                            "charge_back": str(amount), "charge_back_reason": reason})
        advance(actor, claim)
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
