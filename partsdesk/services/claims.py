"""Warranty claims: entry with standard codes, amounts, the vehicle facts a claim keeps, what
stops it from being submitted, comments, marking it repaired, cancelling.

The claim's states and the moves between them are listed once, in ``claim_states``; every
change of state goes through ``gate.move_to`` so it is checked and lands in the history.
Submitting and the approver's decisions are in ``approvals``, what an administrator should see
before submitting in ``claim_warnings``, and parts for approved claims (reserving, issuing by
scan, parts requests) in ``claim_parts``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from partsdesk.db.connection import transaction
from partsdesk.db.fields import CENT, utcnow
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimComment, ClaimLaborLine,
                                        ClaimPartLine, FaultCode, LaborOperation, Vehicle,
                                        VehicleModel)
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog, claim_parts, codes, setting_values, vehicles
from partsdesk.services.claim_states import (APPROVED, CANCELLED, DRAFT, OPEN_STATES, REPAIRED,
                                             get_claim, state_name)
from partsdesk.services.errors import ClaimStateError, PartsDeskError, ValidationError
from partsdesk.services.gate import move_to
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import require

tr = Translator("Claims")

# Shared settings (JSON in the Setting table) and their defaults.
SETTING_DEFAULTS = {
    "claims.labour_rate": "120.00",              # money per labour hour
    "claims.approval_limits": ["2000.00", "10000.00"],   # tier 1 up to, tier 2 up to
    "claims.repeat_days": 30,                    # same VIN and fault within this: a warning
}


def setting(key: str):
    return setting_values.read(key, SETTING_DEFAULTS[key])


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
            setting_values.write(key, value)
        audit.record(actor, "settings.claims", "setting", "claims",
                     tr.message("Claim settings changed"), before=before, after=values)


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
    price_reason: str = ""                   # required when unit_price is not the catalogue's


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


def clean_text(value, limit: int) -> str:
    """Typed text on one line, at most ``limit`` characters."""
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
    reason = clean_text(data.hours_reason, 200)
    if hours > standard and not reason:
        raise ValidationError(tr(
            "Labour operation {code}: {hours} h is above the standard {standard} h. Give a "
            "reason for the extra hours.", code=operation.code, hours=_hours(hours),
            standard=_hours(standard)), field="labour")
    return {"operation": operation, "hours": hours, "rate": rate,
            "amount": line_amount(hours, rate), "hours_reason": reason}


def _hours(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def money_text(value: Decimal) -> str:
    """An amount as messages show it: 1,234.50."""
    return f"{Decimal(value):,.2f}"


def _part_line(data: PartLineData, kept: dict | None = None) -> dict:
    """One part line; ``kept`` holds the lines as written before ((part id, price) ->
    (catalogue price, reason)), so a draft saved again keeps the catalogue price of its time."""
    part = catalog.get_part(data.part_no)
    quantity = _decimal(data.quantity, tr("Quantity of {part_no}", part_no=part.part_no),
                        "parts")
    claim_parts.whole_pieces(part, quantity)
    price = (part.unit_price if data.unit_price in (None, "")
             else catalog.parse_money(data.unit_price, "parts"))
    catalogue, price_reason = part.unit_price, clean_text(data.price_reason, 200)
    earlier = (kept or {}).get((part.id, price))
    if earlier is not None:
        catalogue = price if earlier[0] is None else earlier[0]
        price_reason = price_reason or earlier[1]
    if price != catalogue and not price_reason:
        raise ValidationError(tr(
            "Part {part_no}: the price {price} differs from the catalogue price {catalogue}. "
            "Give a reason for the price, or use the catalogue price.", part_no=part.part_no,
            price=money_text(price), catalogue=money_text(catalogue)), field="parts")
    must_return = part.must_return if data.must_return is None else bool(data.must_return)
    reason = clean_text(data.must_return_reason, 200)
    if must_return != part.must_return and not reason:
        raise ValidationError(tr(
            "Part {part_no}: the catalogue says the failed part must be returned. Give a reason "
            "to keep it here.", part_no=part.part_no) if part.must_return else tr(
            "Part {part_no}: the catalogue says the failed part need not be returned. Give a "
            "reason to return it.", part_no=part.part_no), field="parts")
    return {"part": part, "quantity": quantity, "unit_price": price,
            "amount": line_amount(quantity, price), "catalogue_price": catalogue,
            "price_reason": price_reason if price != catalogue else "",
            "replacement_reason": clean_text(data.replacement_reason, 200),
            "failed_batch": clean_text(data.failed_batch, 60), "must_return": must_return,
            "must_return_reason": reason if must_return != part.must_return else ""}


def _fields_date(repair_date) -> date:
    if not isinstance(repair_date, date):
        raise ValidationError(tr("The repair date is missing."), field="repair_date")
    if repair_date > date.today() + timedelta(days=1):
        raise ValidationError(tr("The repair date {date} is in the future.",
                                 date=repair_date), field="repair_date")
    return repair_date


def _fields(data: ClaimData) -> dict:
    _fields_date(data.repair_date)
    return {
        "repair_date": data.repair_date, "mileage": _mileage(data.mileage),
        "customer_name": clean_text(data.customer_name, 100),
        "customer_phone": clean_text(data.customer_phone, 30),
        "fault_code": _code(FaultCode, data.fault_code, "fault_code"),
        "cause_code": _code(CauseCode, data.cause_code, "cause_code"),
        "description": str(data.description or "").strip(),
        "other_amount": catalog.parse_money(data.other_amount, "other_amount"),
        "other_description": clean_text(data.other_description, 200),
    }


def _write_lines(claim: Claim, data: ClaimData) -> None:
    """Replace the claim's lines and recompute its amounts; inside the caller's transaction."""
    kept = _kept_prices(claim)
    labour = [_labour_line(line, claim.labour_rate) for line in data.labour]
    parts = [_part_line(line, kept) for line in data.parts]
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


def _kept_prices(claim: Claim | None) -> dict:
    """(part id, price) -> (catalogue price, reason) of the lines the claim has now."""
    if claim is None:
        return {}
    return {(line.part_id, line.unit_price): (line.catalogue_price, line.price_reason)
            for line in claim.part_lines}


def _vehicle(actor, data: ClaimData):
    return vehicles.save_vehicle(actor, vehicles.VehicleData(
        data.vin, data.model_code, data.production_date, data.warranty_start,
        data.vin_override_reason))


# --- the vehicle facts a claim keeps -------------------------------------------------------

@dataclass(frozen=True)
class VehicleFacts:
    """Model, production date and warranty start as the claim was made with them."""
    model: VehicleModel | None
    production_date: date | None
    warranty_start: date | None

    @property
    def warranty_end(self) -> date | None:
        return vehicles.warranty_end_of(self.model, self.production_date, self.warranty_start)


def vehicle_facts(claim: Claim) -> VehicleFacts:
    """The claim's own vehicle facts: written at entry, kept from submission on, never
    rewritten by a later claim or a change of the vehicle's record. (A row written without
    any, as a bulk load may, shows its vehicle's.)"""
    if (claim.vehicle_model_id is None and claim.production_date is None
            and claim.warranty_start is None):
        vehicle = claim.vehicle
        return VehicleFacts(vehicle.model, vehicle.production_date, vehicle.warranty_start)
    return VehicleFacts(claim.vehicle_model, claim.production_date, claim.warranty_start)


def _facts(vehicle, data: ClaimData) -> dict:
    """What the claim form says about the vehicle; what it leaves empty, as on record."""
    model = vehicles.get_model(data.model_code)
    return {"vehicle_model": model if model is not None else vehicle.model,
            "production_date": data.production_date or vehicle.production_date,
            "warranty_start": data.warranty_start or vehicle.warranty_start}


# --- four eyes on figures ------------------------------------------------------------------

FIGURES_ACTION = "claim.update_figures"     # a change of amounts, lines or codes


def _figures(claim: Claim) -> dict:
    """What an approver approves: codes, amounts and every labour and part line."""
    return {
        "codes": [claim.fault_code_id, claim.cause_code_id],
        "amounts": [str(Decimal(v).quantize(CENT)) for v in (
            claim.other_amount, claim.parts_amount, claim.labour_amount, claim.total_amount)],
        "labour": [(line.operation_id, _hours(line.hours), str(line.rate))
                   for line in claim.labour_lines.order_by(ClaimLaborLine.id)],
        "parts": [(line.part_id, _hours(line.quantity), str(line.unit_price))
                  for line in claim.part_lines.order_by(ClaimPartLine.id)],
    }


def claim_snapshot(claim: Claim) -> dict:
    out = audit.snapshot(claim, ["state", "vehicle", "vehicle_model", "production_date",
                                 "warranty_start", "mileage", "repair_date", "customer_name",
                                 "customer_phone", "fault_code", "cause_code", "description",
                                 "other_amount", "parts_amount", "labour_amount",
                                 "total_amount"])
    out["labour"] = [f"{line.operation.code} {_hours(line.hours)} h" for line in
                     claim.labour_lines.order_by(ClaimLaborLine.id)]
    out["parts"] = [f"{line.part.part_no} x {_hours(line.quantity)}" for line in
                    claim.part_lines.order_by(ClaimPartLine.id)]
    return out


def create_claim(actor, data: ClaimData) -> Claim:
    """A new draft claim; the vehicle is found by VIN or created. The claim keeps the vehicle
    facts it was entered with, and its figures count as entered by ``actor``."""
    require(actor, "claims.edit")
    values = _fields(data)
    with transaction():
        vehicle = _vehicle(actor, data)
        claim = Claim.create(number=next_number("WC"), vehicle=vehicle, created_by=actor,
                             labour_rate=labour_rate(), figures_changed_by=actor,
                             figures_changed_at=utcnow(), **_facts(vehicle, data), **values)
        _write_lines(claim, data)
        audit.record(actor, "claim.create", "claim", claim.number,
                     tr.message("Claim {number} entered", number=claim.number),
                     after=claim_snapshot(claim))
    return claim


def update_claim(actor, number: str, data: ClaimData) -> Claim:
    """Change a draft; submitted claims are changed only after being returned for information.

    A change of codes, amounts or lines makes ``actor`` one who changed the figures (and who
    may then not approve them); other changes (a phone number, the description) do not.
    """
    require(actor, "claims.edit")
    values = _fields(data)
    with transaction():
        claim = get_claim(number)
        if claim.state != DRAFT:
            raise ClaimStateError(tr(
                "Claim {number} is {state} and can no longer be changed. Ask the approver to "
                "return it for information first.", number=claim.number,
                state=state_name(claim.state)))
        before, figures, old_total = claim_snapshot(claim), _figures(claim), claim.total_amount
        claim.vehicle = _vehicle(actor, data)
        for name, value in (_facts(claim.vehicle, data) | values).items():
            setattr(claim, name, value)
        claim.updated_at = utcnow()
        _write_lines(claim, data)
        if _figures(claim) == figures:
            audit.record(actor, "claim.update", "claim", claim.number,
                         tr.message("Claim {number} changed", number=claim.number),
                         before=before, after=claim_snapshot(claim))
            return claim
        claim.figures_changed_by, claim.figures_changed_at = actor, utcnow()
        claim.save()
        audit.record(actor, FIGURES_ACTION, "claim", claim.number,
                     tr.message("Claim {number} changed: figures {before} → {after}",
                                number=claim.number, before=money_text(old_total),
                                after=money_text(claim.total_amount)),
                     before=before, after=claim_snapshot(claim))
    return claim


def add_comment(actor, number: str, text: str, kind: str = "comment") -> ClaimComment:
    require(actor, "claims.edit")
    with transaction():
        claim = get_claim(number)
        return record_comment(actor, claim, kind, text)


def record_comment(actor, claim: Claim, kind: str, text: str) -> ClaimComment:
    """A comment on the claim: a user's own, or the reason of a decision (``kind``); inside the
    caller's transaction."""
    comment = ClaimComment.create(claim=claim, user=actor, kind=kind, text=text.strip())
    if kind == "comment":
        audit.record(actor, "claim.comment", "claim", claim.number,
                     tr.message("Comment on claim {number}: {text}", number=claim.number,
                                text=text))
    return comment


@dataclass(frozen=True)
class Problem:
    """One thing that stops a claim, at the form field it belongs to, saying what to do.
    ``draft``: it stops saving the draft too (not only submitting)."""
    field: str
    text: str
    draft: bool = False


def part_line_problems(part_no: str, replacement_reason: str, failed_batch: str,
                       must_return: bool, *, where: str | None = None) -> list[Problem]:
    """A part line needs its replacement reason; a part to be returned needs the failed part's
    production batch. ``where``: the field for both (else each at its own entry field)."""
    found = []
    if not clean_text(replacement_reason, 200):
        found.append(Problem(where or "replacement_reason", tr(
            "Part {part_no}: enter the replacement reason (what failed and why the part was "
            "replaced).", part_no=part_no)))
    if must_return and not clean_text(failed_batch, 60):
        found.append(Problem(where or "failed_batch", tr(
            "Part {part_no} must be returned: enter the production batch of the failed part.",
            part_no=part_no)))
    return found


def _missing_model() -> Problem:
    return Problem("model", tr("Choose the vehicle's model."))


def _missing_lines() -> Problem:
    return Problem("labour", tr("Add at least one labour or part line."))


def submission_problems(claim: Claim) -> list[Problem]:
    """What stops the saved claim from being submitted, each at its field."""
    found = []
    if not vehicles.is_valid(claim.vehicle):
        found.append(Problem("vin", vehicles.check_digit_problem(claim.vehicle.vin)))
    if vehicle_facts(claim).model is None:
        found.append(_missing_model())
    if claim.mileage <= 0:
        found.append(Problem("mileage", tr("Enter the mileage.")))
    if claim.fault_code_id is None:
        found.append(Problem("fault_code", tr("Choose a fault code.")))
    lines = list(claim.part_lines.order_by(ClaimPartLine.id))
    if not claim.labour_lines.exists() and not lines:
        found.append(_missing_lines())
    for line in lines:
        found += part_line_problems(line.part.part_no, line.replacement_reason,
                                    line.failed_batch, line.must_return, where="parts")
    return found


def problems(claim: Claim) -> list[str]:
    """What stops the claim from being submitted, each saying what to do."""
    return [problem.text for problem in submission_problems(claim)]


def entry_problems(data: ClaimData, *, submitting: bool = False,
                   number: str | None = None) -> list[Problem]:
    """Every problem of a claim as typed (``number``: the draft it changes), each at its field
    and in the form's order, so the form shows them all at once. Without ``submitting`` only
    what stops saving the draft; the services refuse the same things on their own."""
    found: list[Problem] = []

    def check(field_name: str, step):
        try:
            return step()
        except ValidationError as exc:
            found.append(Problem(exc.field or field_name, str(exc), True))
        except PartsDeskError as exc:
            found.append(Problem(field_name, str(exc), True))
        return None

    vin = vehicles.normalise_vin(data.vin)
    vehicle = None
    if not vin:
        found.append(Problem("vin", tr("Enter the VIN (17 characters)."), True))
    elif len(vin) != 17:
        found.append(Problem("vin", tr("The VIN {vin} has {n} characters; enter all 17.",
                                       vin=vin, n=len(vin)), True))
    elif check("vin", lambda: vehicles.validate_format(vin)):
        vehicle = Vehicle.get_or_none(Vehicle.vin == vin)
        problem = vehicles.check_digit_problem(vin)
        overridden = bool(str(data.vin_override_reason or "").strip()) or bool(
            vehicle is not None and vehicle.check_digit_override)
        if submitting and problem and not overridden:
            found.append(Problem("vin", problem))
    model = check("model", lambda: vehicles.get_model(data.model_code))
    if submitting and model is None and not (vehicle is not None and vehicle.model_id):
        if not any(p.field == "model" for p in found):
            found.append(_missing_model())
    if not isinstance(data.repair_date, date):
        found.append(Problem("repair_date", tr("Enter the repair date."), True))
    else:
        check("repair_date", lambda: _fields_date(data.repair_date))
    if not str(data.mileage if data.mileage is not None else "").strip():
        found.append(Problem("mileage", tr("Enter the mileage in kilometres."), True))
    elif check("mileage", lambda: _mileage(data.mileage)) == 0 and submitting:
        found.append(Problem("mileage", tr("Enter the mileage.")))
    fault = check("fault_code", lambda: _code(FaultCode, data.fault_code, "fault_code"))
    if submitting and fault is None and not str(data.fault_code or "").strip():
        found.append(Problem("fault_code", tr("Choose a fault code.")))
    check("cause_code", lambda: _code(CauseCode, data.cause_code, "cause_code"))
    for line in data.labour:
        check("labour", lambda: _labour_line(line, labour_rate()))
    kept = _kept_prices(Claim.get_or_none(Claim.number == number) if number else None)
    for line in data.parts:
        written = check("parts", lambda: _part_line(line, kept))
        if submitting and written is not None:
            found += part_line_problems(written["part"].part_no, written["replacement_reason"],
                                        written["failed_batch"], written["must_return"],
                                        where="parts")
    if submitting and not data.labour and not data.parts:
        found.append(_missing_lines())
    check("other_amount", lambda: catalog.parse_money(data.other_amount, "other_amount"))
    return [p for p in found if submitting or p.draft]


def mark_repaired(actor, number: str) -> Claim:
    """The repair is done (its parts issued, or it needed none)."""
    require(actor, "claims.edit")
    with transaction():
        claim = get_claim(number)
        if claim.state == APPROVED and claim.part_lines.exists():
            raise ClaimStateError(tr("Claim {number} still waits for its parts to be issued; "
                                     "issue them before marking it repaired.",
                                     number=claim.number))
        move_to(actor, claim, REPAIRED, "claim.repaired",
                tr.message("Claim {number} repaired", number=claim.number))
    return claim


def cancel(actor, number: str, reason: str) -> Claim:
    """Cancel an open claim; what it reserved goes back to available stock."""
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
        claim.closing_reason = clean_text(reason, 300)
        record_comment(actor, claim, "cancelled", reason)
        move_to(actor, claim, CANCELLED, "claim.cancel",
                tr.message("Claim {number} cancelled: {reason}", number=claim.number,
                           reason=reason))
    return claim
