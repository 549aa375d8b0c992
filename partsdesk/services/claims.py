"""Warranty claims: entry with standard codes, amounts, warnings, tiered approval, cancelling.

The claim's states and the moves between them are listed once, here (STATES, TRANSITIONS);
every change of state goes through ``_move_to`` so it is checked and lands in the history.
Parts for approved claims (reserving, issuing by scan, parts requests) are in ``claim_parts``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from partsdesk.db.connection import transaction
from partsdesk.db.fields import CENT, utcnow
from partsdesk.db.models import Setting
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimComment, ClaimLaborLine,
                                        ClaimPartLine, FaultCode, LaborOperation)
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog, codes, setting_values, vehicles
from partsdesk.services.errors import ClaimStateError, NotFound, ValidationError
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import (MANAGER, SUPERVISOR, WARRANTY_ADMIN, require,
                                            role_name)

tr = Translator("Claims")

# --- states: the whole loop, including what settlement implements later -------------------

DRAFT, SUBMITTED, APPROVED, PARTS_ISSUED, REPAIRED = (
    "draft", "submitted", "approved", "parts_issued", "repaired")
SIGNED, PARTS_RETURNED, SETTLEABLE, IN_BATCH, PAID, CLOSED = (
    "signed", "parts_returned", "settleable", "in_batch", "paid", "closed")
REJECTED, CANCELLED = "rejected", "cancelled"

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
OPEN_STATES = (DRAFT, SUBMITTED, APPROVED, PARTS_ISSUED, REPAIRED)

TRANSITIONS = {
    DRAFT: {SUBMITTED},
    SUBMITTED: {APPROVED, REJECTED, DRAFT},          # DRAFT = returned for information
    APPROVED: {PARTS_ISSUED, REPAIRED},              # REPAIRED directly when it has no parts
    PARTS_ISSUED: {REPAIRED},
    REPAIRED: {SIGNED, PARTS_RETURNED},
    SIGNED: {PARTS_RETURNED, SETTLEABLE},            # settleable when no part must return
    PARTS_RETURNED: {SIGNED, SETTLEABLE},
    SETTLEABLE: {IN_BATCH},
    IN_BATCH: {PAID, SETTLEABLE},                    # SETTLEABLE = taken out of the batch
    PAID: {CLOSED},
    CLOSED: set(), REJECTED: set(), CANCELLED: set(),
}
for _state in OPEN_STATES:
    TRANSITIONS[_state].add(CANCELLED)


def state_name(state: str) -> str:
    return tr(STATES.get(state, state))


# --- approval levels ---------------------------------------------------------------------

TIER_ROLES = {1: WARRANTY_ADMIN, 2: SUPERVISOR, 3: MANAGER}
ROLE_TIER = {role: tier for tier, role in TIER_ROLES.items()}

# Shared settings (JSON in the Setting table) and their defaults.
SETTING_DEFAULTS = {
    "claims.labour_rate": "120.00",              # money per labour hour
    "claims.approval_limits": ["2000.00", "10000.00"],   # tier 1 up to, tier 2 up to
    "claims.repeat_days": 30,                    # same VIN and fault within this: a warning
}


def setting(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else SETTING_DEFAULTS[key]


def labour_rate() -> Decimal:
    return Decimal(str(setting("claims.labour_rate")))


def approval_limits() -> tuple[Decimal, Decimal]:
    first, second = (Decimal(str(v)) for v in setting("claims.approval_limits"))
    return first, second


def configure(actor, *, labour_rate: str | Decimal | None = None,
              approval_limits: tuple | None = None, repeat_days: int | None = None) -> None:
    """Change the claim settings shared by every PC."""
    require(actor, "settings.edit")
    values = {}
    if labour_rate is not None:
        values["claims.labour_rate"] = str(setting_values.money(labour_rate, "labour_rate"))
    if approval_limits is not None:
        first, second = (setting_values.money(v, f"approval_limit_{n}")
                         for n, v in enumerate(approval_limits, start=1))
        if not Decimal(0) < first < second:
            raise ValidationError(tr("The supervisor's limit must be above the warranty "
                                     "administrator's limit (and both above zero)."),
                                  field="approval_limit_2" if first > 0 else "approval_limit_1")
        values["claims.approval_limits"] = [str(first), str(second)]
    if repeat_days is not None:
        values["claims.repeat_days"] = setting_values.days(repeat_days, "repeat_days")
    with transaction():
        before = {k: setting(k) for k in values}
        for key, value in values.items():
            (Setting.insert(key=key, value=json.dumps(value))
             .on_conflict(conflict_target=[Setting.key],
                          update={Setting.value: json.dumps(value)}).execute())
        audit.record(actor, "settings.claims", "setting", "claims",
                     tr("Claim settings changed"), before=before, after=values)


def tier_for(total: Decimal, limits: tuple[Decimal, Decimal] | None = None) -> int:
    first, second = limits or approval_limits()
    return 1 if total <= first else 2 if total <= second else 3


def tier_name(tier: int) -> str:
    return role_name(TIER_ROLES[tier])


# --- amounts -----------------------------------------------------------------------------

def line_amount(quantity: Decimal, price: Decimal) -> Decimal:
    return (Decimal(quantity) * Decimal(price)).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Amounts:
    parts: Decimal
    labour: Decimal
    other: Decimal

    @property
    def total(self) -> Decimal:
        return self.parts + self.labour + self.other


def compute_amounts(labour: list[tuple[Decimal, Decimal]], parts: list[tuple[Decimal, Decimal]],
                    other: Decimal = Decimal("0")) -> Amounts:
    """Each line rounded to the cent (as printed on the voucher), then summed."""
    return Amounts(parts=sum((line_amount(q, p) for q, p in parts), Decimal("0.00")),
                   labour=sum((line_amount(h, r) for h, r in labour), Decimal("0.00")),
                   other=Decimal(other).quantize(CENT, ROUND_HALF_UP))


# --- entry -------------------------------------------------------------------------------

@dataclass
class LabourLineData:
    operation: str
    hours: Decimal | str | None = None       # None: the operation's standard hours
    hours_reason: str = ""


@dataclass
class PartLineData:
    part_no: str
    quantity: Decimal | str = Decimal("1")
    unit_price: Decimal | str | None = None  # None: the catalogue price
    replacement_reason: str = ""
    failed_batch: str = ""
    must_return: bool | None = None          # None: as the part says
    must_return_reason: str = ""


@dataclass
class ClaimData:
    vin: str
    repair_date: date
    mileage: int | str = 0
    customer_name: str = ""
    customer_phone: str = ""
    fault_code: str = ""
    cause_code: str = ""
    description: str = ""
    model_code: str = ""                     # for a vehicle not yet known
    production_date: date | None = None
    warranty_start: date | None = None
    vin_override_reason: str = ""
    other_amount: Decimal | str = Decimal("0")
    other_description: str = ""
    labour: list[LabourLineData] = field(default_factory=list)
    parts: list[PartLineData] = field(default_factory=list)


def _text(value, limit: int) -> str:
    return " ".join(str(value or "").split())[:limit]


def _decimal(value, what: str, field_name: str) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, AttributeError):
        number = Decimal("NaN")
    if not number.is_finite() or number <= 0 or number != number.quantize(Decimal("0.001")):
        raise ValidationError(tr("{what} must be a number above zero (up to 3 decimals), not "
                                 "\"{value}\".", what=what, value=value), field=field_name)
    return number


def _mileage(value) -> int:
    text = str(value if value is not None else "").strip().replace(",", "")
    if not text.isdigit() or int(text) > 9_999_999:
        raise ValidationError(tr("Mileage \"{value}\" is not a whole number of kilometres.",
                                 value=value), field="mileage")
    return int(text)


def _code(table, code: str, field_name: str):
    if not str(code or "").strip():
        return None
    row = table.get_or_none(table.code == codes.normalise_code(code))
    if row is None or not row.active:
        raise ValidationError(tr("Code {code} is not in the code table (or no longer active). "
                                 "Choose a code from the list.", code=codes.normalise_code(code)),
                              field=field_name)
    return row


def _labour_line(data: LabourLineData, rate: Decimal) -> dict:
    operation = _code(LaborOperation, data.operation, "labour")
    if operation is None:
        raise ValidationError(tr("A labour line has no operation code."), field="labour")
    standard = Decimal(operation.standard_hours)
    hours = standard if data.hours in (None, "") else _decimal(
        data.hours, tr("Hours of {code}", code=operation.code), "labour")
    reason = _text(data.hours_reason, 200)
    if hours > standard and not reason:
        raise ValidationError(tr(
            "Labour operation {code}: {hours} h is above the standard {standard} h. Give a "
            "reason for the extra hours.", code=operation.code, hours=_hours(hours),
            standard=_hours(standard)), field="labour")
    return {"operation": operation, "hours": hours, "rate": rate,
            "amount": line_amount(hours, rate), "hours_reason": reason}


def _hours(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def _part_line(data: PartLineData) -> dict:
    part = catalog.get_part(data.part_no)
    quantity = _decimal(data.quantity, tr("Quantity of {part_no}", part_no=part.part_no),
                        "parts")
    price = (part.unit_price if data.unit_price in (None, "")
             else catalog.parse_money(data.unit_price, "parts"))
    must_return = part.must_return if data.must_return is None else bool(data.must_return)
    reason = _text(data.must_return_reason, 200)
    if must_return != part.must_return and not reason:
        raise ValidationError(tr(
            "Part {part_no}: the catalogue says the failed part must be returned. Give a reason "
            "to keep it here.", part_no=part.part_no) if part.must_return else tr(
            "Part {part_no}: the catalogue says the failed part need not be returned. Give a "
            "reason to return it.", part_no=part.part_no), field="parts")
    return {"part": part, "quantity": quantity, "unit_price": price,
            "amount": line_amount(quantity, price),
            "replacement_reason": _text(data.replacement_reason, 200),
            "failed_batch": _text(data.failed_batch, 60), "must_return": must_return,
            "must_return_reason": reason if must_return != part.must_return else ""}


def _fields(data: ClaimData) -> dict:
    if not isinstance(data.repair_date, date):
        raise ValidationError(tr("The repair date is missing."), field="repair_date")
    if data.repair_date > date.today() + timedelta(days=1):
        raise ValidationError(tr("The repair date {date} is in the future.",
                                 date=data.repair_date), field="repair_date")
    return {
        "repair_date": data.repair_date, "mileage": _mileage(data.mileage),
        "customer_name": _text(data.customer_name, 100),
        "customer_phone": _text(data.customer_phone, 30),
        "fault_code": _code(FaultCode, data.fault_code, "fault_code"),
        "cause_code": _code(CauseCode, data.cause_code, "cause_code"),
        "description": str(data.description or "").strip(),
        "other_amount": catalog.parse_money(data.other_amount, "other_amount"),
        "other_description": _text(data.other_description, 200),
    }


def _write_lines(claim: Claim, data: ClaimData) -> None:
    """Replace the claim's lines and recompute its amounts; inside the caller's transaction."""
    labour = [_labour_line(line, claim.labour_rate) for line in data.labour]
    parts = [_part_line(line) for line in data.parts]
    ClaimLaborLine.delete().where(ClaimLaborLine.claim == claim.id).execute()
    ClaimPartLine.delete().where(ClaimPartLine.claim == claim.id).execute()
    for line in labour:
        ClaimLaborLine.create(claim=claim, **line)
    for line in parts:
        ClaimPartLine.create(claim=claim, **line)
    amounts = compute_amounts([(x["hours"], x["rate"]) for x in labour],
                              [(x["quantity"], x["unit_price"]) for x in parts],
                              claim.other_amount)
    claim.parts_amount, claim.labour_amount = amounts.parts, amounts.labour
    claim.total_amount = amounts.total
    claim.save()


def _vehicle(actor, data: ClaimData):
    return vehicles.save_vehicle(actor, vehicles.VehicleData(
        data.vin, data.model_code, data.production_date, data.warranty_start,
        data.vin_override_reason))


def claim_snapshot(claim: Claim) -> dict:
    out = audit.snapshot(claim, ["state", "vehicle", "mileage", "repair_date", "customer_name",
                                 "customer_phone", "fault_code", "cause_code", "description",
                                 "other_amount", "parts_amount", "labour_amount",
                                 "total_amount"])
    out["labour"] = [f"{line.operation.code} {_hours(line.hours)} h" for line in
                     claim.labour_lines.order_by(ClaimLaborLine.id)]
    out["parts"] = [f"{line.part.part_no} x {_hours(line.quantity)}" for line in
                    claim.part_lines.order_by(ClaimPartLine.id)]
    return out


def create_claim(actor, data: ClaimData) -> Claim:
    """A new draft claim; the vehicle is found by VIN or created."""
    require(actor, "claims.edit")
    values = _fields(data)
    with transaction():
        vehicle = _vehicle(actor, data)
        claim = Claim.create(number=next_number("WC"), vehicle=vehicle, created_by=actor,
                             labour_rate=labour_rate(), **values)
        _write_lines(claim, data)
        audit.record(actor, "claim.create", "claim", claim.number,
                     tr("Claim {number} entered", number=claim.number),
                     after=claim_snapshot(claim))
    return claim


def update_claim(actor, number: str, data: ClaimData) -> Claim:
    """Change a draft; submitted claims are changed only after being returned for information."""
    require(actor, "claims.edit")
    values = _fields(data)
    with transaction():
        claim = get_claim(number)
        if claim.state != DRAFT:
            raise ClaimStateError(tr(
                "Claim {number} is {state} and can no longer be changed. Ask the approver to "
                "return it for information first.", number=claim.number,
                state=state_name(claim.state)))
        before = claim_snapshot(claim)
        claim.vehicle = _vehicle(actor, data)
        for name, value in values.items():
            setattr(claim, name, value)
        claim.updated_at = utcnow()
        _write_lines(claim, data)
        audit.record(actor, "claim.update", "claim", claim.number,
                     tr("Claim {number} changed", number=claim.number),
                     before=before, after=claim_snapshot(claim))
    return claim


def get_claim(number: str) -> Claim:
    claim = Claim.get_or_none(Claim.number == str(number or "").strip().upper())
    if claim is None:
        raise NotFound(tr("There is no claim {number}. Check the number or search by VIN.",
                          number=str(number or "").strip().upper()))
    return claim


def add_comment(actor, number: str, text: str, kind: str = "comment") -> ClaimComment:
    require(actor, "claims.edit")
    with transaction():
        claim = get_claim(number)
        return _comment(actor, claim, kind, text)


def _comment(actor, claim: Claim, kind: str, text: str) -> ClaimComment:
    comment = ClaimComment.create(claim=claim, user=actor, kind=kind, text=text.strip())
    if kind == "comment":
        audit.record(actor, "claim.comment", "claim", claim.number,
                     tr("Comment on claim {number}: {text}", number=claim.number, text=text))
    return comment


# --- the state machine -------------------------------------------------------------------

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


def _move_to(actor, claim: Claim, state: str, action: str, summary: str,
             extra: dict | None = None) -> Claim:
    """Move ``claim`` to ``state`` with its history event; inside the caller's transaction.

    The one door for every state change, private to the services (claims, claim parts, returns,
    settlement): it refuses moves that TRANSITIONS does not list, moves ``actor`` may not make,
    and a move into settleable or into a batch while the settlement gate still names something
    missing, each with a message naming the claim.
    """
    from partsdesk.services import permissions
    if state not in TRANSITIONS.get(claim.state, set()):
        raise ClaimStateError(tr("Claim {number} is {state}; it cannot become {target}.",
                                 number=claim.number, state=state_name(claim.state),
                                 target=state_name(state)))
    allowed = MOVE_PERMISSIONS[state]
    if not any(permissions.can(actor, name) for name in allowed):
        require(actor, allowed[0])
    if state in (SETTLEABLE, IN_BATCH):
        from partsdesk.services import settlement       # settlement imports this module
        settlement.check_clear(claim)
    before = {"state": claim.state}
    claim.state, claim.updated_at = state, utcnow()
    claim.save()
    audit.record(actor, action, "claim", claim.number, summary, before=before,
                 after={"state": state} | (extra or {}))
    return claim


# --- warnings and submit -----------------------------------------------------------------

def warnings(claim: Claim) -> list[str]:
    """What the administrator should see before submitting; none of them blocks."""
    found = []
    vehicle = claim.vehicle
    end = vehicles.warranty_end(vehicle)
    if end is not None and claim.repair_date > end:
        found.append(tr("Vehicle {vin} is out of warranty by date: it ended on {end}, the repair "
                        "was on {date}.", vin=vehicle.vin, end=end, date=claim.repair_date))
    if vehicle.model is not None and claim.mileage > vehicle.model.warranty_km:
        found.append(tr("Vehicle {vin} is out of warranty by mileage: {km} km is above the "
                        "{limit} km of model {model}.", vin=vehicle.vin, km=claim.mileage,
                        limit=vehicle.model.warranty_km, model=vehicle.model.code))
    for line in claim.labour_lines:
        if not codes.applies_to(line.operation, vehicle.model):
            found.append(tr("Labour operation {code} is not valid for model {model}.",
                            code=line.operation.code, model=vehicle.model.code))
    found += [tr("Vehicle {vin} had claim {other} for the same fault {fault} on {date}.",
                 vin=vehicle.vin, other=other.number, fault=claim.fault_code.code,
                 date=other.repair_date) for other in _repeats(claim)]
    return found


def _repeats(claim: Claim) -> list[Claim]:
    if claim.fault_code_id is None:
        return []
    days = timedelta(days=int(setting("claims.repeat_days")))
    return list(Claim.select().where(
        (Claim.vehicle == claim.vehicle_id) & (Claim.fault_code == claim.fault_code_id)
        & (Claim.id != claim.id) & Claim.state.not_in([REJECTED, CANCELLED])
        & Claim.repair_date.between(claim.repair_date - days, claim.repair_date + days))
        .order_by(Claim.repair_date))


def problems(claim: Claim) -> list[str]:
    """What stops the claim from being submitted, each saying what to do."""
    found = []
    if not vehicles.is_valid(claim.vehicle):
        found.append(vehicles.check_digit_problem(claim.vehicle.vin))
    if claim.vehicle.model is None:
        found.append(tr("Vehicle {vin} has no model; choose its model.", vin=claim.vehicle.vin))
    if claim.fault_code_id is None:
        found.append(tr("Choose a fault code."))
    if claim.mileage <= 0:
        found.append(tr("Enter the mileage."))
    if not claim.labour_lines.exists() and not claim.part_lines.exists():
        found.append(tr("Add at least one labour or part line."))
    return found


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
        _move_to(actor, claim, SUBMITTED, "claim.submit",
                 tr("Claim {number} submitted for approval by a {tier} ({total})",
                    number=claim.number, tier=tier_name(claim.tier), total=claim.total_amount),
                 {"tier": claim.tier, "warnings": warnings(claim)})
    return claim


# --- approval ----------------------------------------------------------------------------

def can_decide(user, claim: Claim) -> bool:
    """True when ``user`` may approve, reject or return this submitted claim."""
    return (claim.state == SUBMITTED and not _is_own(user, claim)
            and ROLE_TIER.get(getattr(user, "role", ""), 0) >= (claim.tier or 1))


def _is_own(user, claim: Claim) -> bool:
    return user.id in (claim.created_by_id, claim.submitted_by_id)


def _check_decider(actor, claim: Claim) -> None:
    require(actor, "claims.approve")
    if claim.state != SUBMITTED:
        raise ClaimStateError(tr("Claim {number} is {state}, not waiting for approval.",
                                 number=claim.number, state=state_name(claim.state)))
    if _is_own(actor, claim):
        raise ClaimStateError(tr("Claim {number} was entered or submitted by you; nobody "
                                 "approves their own claim. Another {tier} or higher must decide.",
                                 number=claim.number, tier=tier_name(claim.tier)))
    if ROLE_TIER.get(actor.role, 0) < claim.tier:
        raise ClaimStateError(tr(
            "Claim {number} ({total}) is waiting for approval by a {tier}; you are a {role}. "
            "Leave it to a {tier} or higher.", number=claim.number, total=claim.total_amount,
            tier=tier_name(claim.tier), role=role_name(actor.role)))


def approval_queue(user, limit: int = 500) -> list[Claim]:
    """Submitted claims this user may decide, oldest first."""
    tier = ROLE_TIER.get(getattr(user, "role", ""), 0)
    if not tier:
        return []
    return list(Claim.select().where(
        (Claim.state == SUBMITTED) & (Claim.tier <= tier) & (Claim.created_by != user.id)
        & (Claim.submitted_by != user.id)).order_by(Claim.submitted_at, Claim.id).limit(limit))


def approve(actor, number: str) -> Claim:
    """Approve: the approval is the service instruction; the claim's parts are reserved."""
    from partsdesk.services import claim_parts
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        claim.approved_by, claim.approved_at = actor, utcnow()
        _move_to(actor, claim, APPROVED, "claim.approve",
                 tr("Claim {number} approved", number=claim.number),
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
        claim.closing_reason = _text(reason, 300)
        _comment(actor, claim, "rejected", reason)
        _move_to(actor, claim, REJECTED, "claim.reject",
                 tr("Claim {number} rejected: {reason}", number=claim.number, reason=reason))
    return claim


def return_for_information(actor, number: str, comment: str) -> Claim:
    """Back to draft with a question; the administrator changes it and submits again."""
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        if not str(comment or "").strip():
            raise ValidationError(tr("Say what information claim {number} needs.",
                                     number=claim.number), field="comment")
        _comment(actor, claim, "returned", comment)
        claim.tier = None
        _move_to(actor, claim, DRAFT, "claim.return",
                 tr("Claim {number} returned for information: {comment}", number=claim.number,
                    comment=comment))
    return claim


def mark_repaired(actor, number: str) -> Claim:
    """The repair is done (its parts issued, or it needed none)."""
    require(actor, "claims.edit")
    with transaction():
        claim = get_claim(number)
        if claim.state == APPROVED and claim.part_lines.exists():
            raise ClaimStateError(tr("Claim {number} still waits for its parts to be issued; "
                                     "issue them before marking it repaired.",
                                     number=claim.number))
        _move_to(actor, claim, REPAIRED, "claim.repaired",
                 tr("Claim {number} repaired", number=claim.number))
    return claim


def cancel(actor, number: str, reason: str) -> Claim:
    """Cancel an open claim; what it reserved goes back to available stock."""
    from partsdesk.services import claim_parts
    require(actor, "claims.cancel")
    with transaction():
        claim = get_claim(number)
        if not str(reason or "").strip():
            raise ValidationError(tr("Give the reason for cancelling claim {number}.",
                                     number=claim.number), field="reason")
        if claim.state not in OPEN_STATES:
            raise ClaimStateError(tr("Claim {number} is {state} and can no longer be cancelled.",
                                     number=claim.number, state=state_name(claim.state)))
        claim_parts.release_for(actor, claim)
        claim.closing_reason = _text(reason, 300)
        _comment(actor, claim, "cancelled", reason)
        _move_to(actor, claim, CANCELLED, "claim.cancel",
                 tr("Claim {number} cancelled: {reason}", number=claim.number, reason=reason))
    return claim
