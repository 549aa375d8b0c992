"""Approving warranty claims: each claim goes to the approval level its total sets, and an
approver decides it (approve, reject, or return it for information).

A claim submitted for approval keeps the level its total needs under the shared limits
(``claims.approval_limits``); the decision needs that level or higher, and never the person who
entered, submitted or changed the claim's figures (four eyes). Approving reserves the claim's
parts (``claim_parts.reserve_for``); returning it for information sends it back to draft.
"""

from __future__ import annotations

import json
from decimal import Decimal

from partsdesk.db.connection import transaction
from partsdesk.db.fields import utcnow
from partsdesk.db.models import AuditEvent
from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Message, Translator
from partsdesk.services import claim_parts
from partsdesk.services.claim_states import (APPROVED, DRAFT, REJECTED, SUBMITTED, get_claim,
                                             state_name)
from partsdesk.services.claim_warnings import warnings
from partsdesk.services.claims import (FIGURES_ACTION, approval_limits, clean_text, money_text,
                                       problems, record_comment)
from partsdesk.services.errors import ClaimStateError, PermissionDenied, ValidationError
from partsdesk.services.gate import move_to
from partsdesk.services.permissions import (MANAGER, SUPERVISOR, WARRANTY_ADMIN, require,
                                            role_message, role_name)

tr = Translator("Claims")

# --- approval levels ---------------------------------------------------------------------

TIER_ROLES = {1: WARRANTY_ADMIN, 2: SUPERVISOR, 3: MANAGER}
ROLE_TIER = {role: tier for tier, role in TIER_ROLES.items()}


def tier_for(total: Decimal, limits: tuple[Decimal, Decimal] | None = None) -> int:
    first, second = limits or approval_limits()
    return 1 if total <= first else 2 if total <= second else 3


def tier_name(tier: int) -> str:
    return role_name(TIER_ROLES[tier])


def tier_message(tier: int) -> Message:
    return role_message(TIER_ROLES[tier])


def required_tier(claim: Claim) -> int:
    """The level a decision needs: the one set at submission, and never below what the
    claim's current total needs under the current limits."""
    return max(claim.tier or 1, tier_for(claim.total_amount))


# --- submitting ----------------------------------------------------------------------------

def submit(actor, number: str) -> Claim:
    require(actor, "claims.submit")
    with transaction():
        claim = get_claim(number)
        if claim.state != DRAFT:
            raise ClaimStateError(tr("Claim {number} is already {state}; only a draft can be "
                                     "submitted.", number=claim.number,
                                     state=state_name(claim.state)))
        found = problems(claim)
        if found:
            raise ValidationError(tr("Claim {number} cannot be submitted yet: {problems}",
                                     number=claim.number, problems=" ".join(found)))
        claim.tier = tier_for(claim.total_amount)
        claim.submitted_by, claim.submitted_at = actor, utcnow()
        move_to(actor, claim, SUBMITTED, "claim.submit",
                tr.message("Claim {number} submitted for approval by a {tier} ({total})",
                           number=claim.number, tier=tier_message(claim.tier),
                           total=claim.total_amount),
                {"tier": claim.tier, "warnings": warnings(claim)})
    return claim


# --- deciding -----------------------------------------------------------------------------

def why_not_decide(user, claim: Claim) -> str | None:
    """Why ``user`` may not approve, reject or return this claim (the services' own refusal),
    or None when they may."""
    try:
        _check_decider(user, claim)
    except (ClaimStateError, PermissionDenied) as exc:
        return str(exc)
    return None


def can_decide(user, claim: Claim) -> bool:
    """True when ``user`` may approve, reject or return this submitted claim."""
    return (claim.state == SUBMITTED and not _is_own(user, claim)
            and not changed_figures(user, claim)
            and ROLE_TIER.get(getattr(user, "role", ""), 0) >= required_tier(claim))


def _is_own(user, claim: Claim) -> bool:
    return user.id in (claim.created_by_id, claim.submitted_by_id)


def _figure_changes(user):
    """Numbers of submitted claims whose figures ``user`` changed after they were entered
    (read off the history's claim-number index, for the submitted claims only)."""
    submitted = Claim.select(Claim.number).where(Claim.state == SUBMITTED)
    return AuditEvent.select(AuditEvent.record_id).where(
        (AuditEvent.entity == "claim") & AuditEvent.record_id.in_(submitted)
        & (AuditEvent.action == FIGURES_ACTION) & (AuditEvent.user == user.id))


def _last_figures_change(user, claim: Claim) -> AuditEvent | None:
    """The latest change of the claim's figures by ``user``, if any."""
    return (AuditEvent.select().where(
        (AuditEvent.entity == "claim") & (AuditEvent.record_id == claim.number)
        & (AuditEvent.action == FIGURES_ACTION) & (AuditEvent.user == user.id))
        .order_by(AuditEvent.id.desc()).first())


def changed_figures(user, claim: Claim) -> bool:
    """True when ``user`` changed the claim's figures after it was entered (at any time, not
    only last), so another approver decides."""
    return (claim.figures_changed_by_id == user.id
            or _last_figures_change(user, claim) is not None)


def _figures_refusal(claim: Claim, change: AuditEvent | None) -> str:
    before = json.loads(change.before or "{}") if change is not None else {}
    after = json.loads(change.after or "{}") if change is not None else {}
    if "total_amount" in before and "total_amount" in after:
        return tr("Claim {number}: you changed its figures ({before} → {after}); nobody "
                  "approves figures they entered. Another {tier} or higher must decide.",
                  number=claim.number, before=money_text(Decimal(before["total_amount"])),
                  after=money_text(Decimal(after["total_amount"])),
                  tier=tier_name(required_tier(claim)))
    return tr("Claim {number}: you changed its codes or lines (total {total}); nobody approves "
              "figures they entered. Another {tier} or higher must decide.",
              number=claim.number, total=money_text(claim.total_amount),
              tier=tier_name(required_tier(claim)))


def _check_decider(actor, claim: Claim) -> None:
    """Approving, rejecting and returning are all decisions on the claim's figures: not by
    who entered, submitted or changed them, and at the level its current total needs."""
    require(actor, "claims.approve")
    if claim.state != SUBMITTED:
        raise ClaimStateError(tr("Claim {number} is {state}, not waiting for approval.",
                                 number=claim.number, state=state_name(claim.state)))
    tier = required_tier(claim)
    if _is_own(actor, claim):
        raise ClaimStateError(tr("Claim {number} was entered or submitted by you; nobody "
                                 "approves their own claim. Another {tier} or higher must decide.",
                                 number=claim.number, tier=tier_name(tier)))
    if changed_figures(actor, claim):
        raise ClaimStateError(_figures_refusal(claim, _last_figures_change(actor, claim)))
    if ROLE_TIER.get(actor.role, 0) < tier:
        raise ClaimStateError(tr(
            "Claim {number} ({total}) is waiting for approval by a {tier}; you are a {role}. "
            "Leave it to a {tier} or higher.", number=claim.number, total=claim.total_amount,
            tier=tier_name(tier), role=role_name(actor.role)))


def approval_queue(user, limit: int = 500) -> list[Claim]:
    """Submitted claims this user may decide, oldest first."""
    tier = ROLE_TIER.get(getattr(user, "role", ""), 0)
    if not tier:
        return []
    query = Claim.select().where(
        (Claim.state == SUBMITTED) & (Claim.tier <= tier) & (Claim.created_by != user.id)
        & (Claim.submitted_by != user.id)
        & (Claim.figures_changed_by.is_null() | (Claim.figures_changed_by != user.id))
        & Claim.number.not_in(_figure_changes(user)))
    if tier < max(TIER_ROLES):          # the current total within this level's limit too
        query = query.where(Claim.total_amount <= approval_limits()[tier - 1])
    return list(query.order_by(Claim.submitted_at, Claim.id).limit(limit))


def approve(actor, number: str) -> Claim:
    """Approve: the approval is the service instruction; the claim's parts are reserved."""
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        claim.tier = required_tier(claim)       # the level it is approved at
        claim.approved_by, claim.approved_at = actor, utcnow()
        move_to(actor, claim, APPROVED, "claim.approve",
                tr.message("Claim {number} approved", number=claim.number),
                {"approved_by": actor.username})
        claim_parts.reserve_for(actor, claim)
    return claim


def reject(actor, number: str, reason: str) -> Claim:
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        if not str(reason or "").strip():
            raise ValidationError(tr("Give the reason for rejecting claim {number}.",
                                     number=claim.number), field="reason")
        claim.closing_reason = clean_text(reason, 300)
        record_comment(actor, claim, "rejected", reason)
        move_to(actor, claim, REJECTED, "claim.reject",
                tr.message("Claim {number} rejected: {reason}", number=claim.number,
                           reason=reason))
    return claim


def return_for_information(actor, number: str, comment: str) -> Claim:
    """Back to draft with a question; the administrator changes it and submits again."""
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        if not str(comment or "").strip():
            raise ValidationError(tr("Say what information claim {number} needs.",
                                     number=claim.number), field="comment")
        record_comment(actor, claim, "returned", comment)
        claim.tier = None
        move_to(actor, claim, DRAFT, "claim.return",
                tr.message("Claim {number} returned for information: {comment}",
                           number=claim.number, comment=comment))
    return claim
