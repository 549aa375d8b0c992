"""Warranty claims: entry with standard codes, amounts, warnings, tiered approval, cancelling.

The claim's states and the moves between them are listed once, in ``claim_states``; every
change of state goes through ``gate.move_to`` so it is checked and lands in the history.
Parts for approved claims (reserving, issuing by scan, parts requests) are in ``claim_parts``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from partsdesk.db.connection import transaction
from partsdesk.db.fields import CENT, utcnow
from partsdesk.db.models import AuditEvent
from partsdesk.db.models.claims import (CauseCode, Claim, ClaimComment, ClaimLaborLine,
                                        ClaimPartLine, FaultCode, LaborOperation, Vehicle,
                                        VehicleModel)
from partsdesk.i18n import Translator
from partsdesk.services import audit, catalog, codes, setting_values, vehicles
from partsdesk.services.claim_states import (APPROVED, CANCELLED, DRAFT, OPEN_STATES, REJECTED,
                                             REPAIRED, SUBMITTED, get_claim, state_name)
from partsdesk.services.errors import (ClaimStateError, PartsDeskError, PermissionDenied,
                                       ValidationError)
from partsdesk.services.gate import move_to
from partsdesk.services.numbering import next_number
from partsdesk.services.permissions import (MANAGER, SUPERVISOR, WARRANTY_ADMIN, require,
                                            role_name)

tr = Translator("Claims")

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


def _money(value: Decimal) -> str:
    return f"{Decimal(value):,.2f}"


def whole_pieces(part, quantity: Decimal, field_name: str = "parts") -> None:
    """Refuse a fraction of a part counted in pieces (PCS, SET, 个 …): 1.5 PCS is not a thing."""
    if catalog.counted_in_pieces(part.unit) and quantity != quantity.to_integral_value():
        raise ValidationError(tr(
            "Part {part_no} is counted in whole pieces ({unit}); {qty} is not a whole number. "
            "Enter a whole quantity.", part_no=part.part_no, unit=part.unit,
            qty=_hours(quantity)), field=field_name)


def _part_line(data: PartLineData, kept: dict | None = None) -> dict:
    """One part line; ``kept`` holds the lines as written before ((part id, price) ->
    (catalogue price, reason)), so a draft saved again keeps the catalogue price of its time."""
    part = catalog.get_part(data.part_no)
    quantity = _decimal(data.quantity, tr("Quantity of {part_no}", part_no=part.part_no),
                        "parts")
    whole_pieces(part, quantity)
    price = (part.unit_price if data.unit_price in (None, "")
             else catalog.parse_money(data.unit_price, "parts"))
    catalogue, price_reason = part.unit_price, _text(data.price_reason, 200)
    earlier = (kept or {}).get((part.id, price))
    if earlier is not None:
        catalogue = price if earlier[0] is None else earlier[0]
        price_reason = price_reason or earlier[1]
    if price != catalogue and not price_reason:
        raise ValidationError(tr(
            "Part {part_no}: the price {price} differs from the catalogue price {catalogue}. "
            "Give a reason for the price, or use the catalogue price.", part_no=part.part_no,
            price=_money(price), catalogue=_money(catalogue)), field="parts")
    must_return = part.must_return if data.must_return is None else bool(data.must_return)
    reason = _text(data.must_return_reason, 200)
    if must_return != part.must_return and not reason:
        raise ValidationError(tr(
            "Part {part_no}: the catalogue says the failed part must be returned. Give a reason "
            "to keep it here.", part_no=part.part_no) if part.must_return else tr(
            "Part {part_no}: the catalogue says the failed part need not be returned. Give a "
            "reason to return it.", part_no=part.part_no), field="parts")
    return {"part": part, "quantity": quantity, "unit_price": price,
            "amount": line_amount(quantity, price), "catalogue_price": catalogue,
            "price_reason": price_reason if price != catalogue else "",
            "replacement_reason": _text(data.replacement_reason, 200),
            "failed_batch": _text(data.failed_batch, 60), "must_return": must_return,
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
                     tr("Claim {number} entered", number=claim.number),
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
                         tr("Claim {number} changed", number=claim.number),
                         before=before, after=claim_snapshot(claim))
            return claim
        claim.figures_changed_by, claim.figures_changed_at = actor, utcnow()
        claim.save()
        audit.record(actor, FIGURES_ACTION, "claim", claim.number,
                     tr("Claim {number} changed: figures {before} → {after}",
                        number=claim.number, before=_money(old_total),
                        after=_money(claim.total_amount)),
                     before=before, after=claim_snapshot(claim))
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


# --- warnings and submit -----------------------------------------------------------------

def warnings(claim: Claim) -> list[str]:
    """What the administrator should see before submitting; none of them blocks."""
    found = []
    vehicle, facts = claim.vehicle, vehicle_facts(claim)
    model = facts.model
    end = facts.warranty_end
    if end is not None and claim.repair_date > end:
        found.append(tr("Vehicle {vin} is out of warranty by date: it ended on {end}, the repair "
                        "was on {date}.", vin=vehicle.vin, end=end, date=claim.repair_date))
    if model is not None and claim.mileage > model.warranty_km:
        found.append(tr("Vehicle {vin} is out of warranty by mileage: {km} km is above the "
                        "{limit} km of model {model}.", vin=vehicle.vin, km=claim.mileage,
                        limit=model.warranty_km, model=model.code))
    fitting = model or vehicle.model        # the claim's own model, else its vehicle's
    for line in claim.labour_lines:
        if fitting is not None and not codes.applies_to(line.operation, fitting):
            found.append(tr("Labour operation {code} is not valid for model {model}.",
                            code=line.operation.code, model=fitting.code))
    for line in claim.part_lines:
        if fitting is not None and not catalog.fits(line.part, fitting):
            found.append(tr("Part {part_no} does not fit model {model}: the catalogue lists it "
                            "for {models}. Check the part number.", part_no=line.part.part_no,
                            model=fitting.code, models=", ".join(catalog.models_of(line.part))))
    differences = _differences_from_record(claim, facts)
    if differences:
        found.append(tr("Claim {number} keeps its own vehicle facts, which differ from the record "
                        "of vehicle {vin}: {differences}. If the record is wrong, change the "
                        "vehicle's master data.", number=claim.number, vin=vehicle.vin,
                        differences="; ".join(differences)))
    found += [tr("Vehicle {vin} had claim {other} for the same fault {fault} on {date}.",
                 vin=vehicle.vin, other=other.number, fault=claim.fault_code.code,
                 date=other.repair_date) for other in _repeats(claim)]
    return found


def _differences_from_record(claim: Claim, facts: VehicleFacts) -> list[str]:
    """Where the claim's vehicle facts differ from the vehicle's master data."""
    vehicle, out = claim.vehicle, []
    if facts.model is not None and vehicle.model_id not in (None, facts.model.id):
        out.append(tr("model {claim} (on record {record})", claim=facts.model.code,
                      record=vehicle.model.code))
    for label, mine, record in (
            (tr.mark("production date {claim} (on record {record})"), facts.production_date,
             vehicle.production_date),
            (tr.mark("warranty start {claim} (on record {record})"), facts.warranty_start,
             vehicle.warranty_start)):
        if mine is not None and record is not None and mine != record:
            out.append(tr(label, claim=mine, record=record))
    return out


def _repeats(claim: Claim) -> list[Claim]:
    if claim.fault_code_id is None:
        return []
    days = timedelta(days=int(setting("claims.repeat_days")))
    return list(Claim.select().where(
        (Claim.vehicle == claim.vehicle_id) & (Claim.fault_code == claim.fault_code_id)
        & (Claim.id != claim.id) & Claim.state.not_in([REJECTED, CANCELLED])
        & Claim.repair_date.between(claim.repair_date - days, claim.repair_date + days))
        .order_by(Claim.repair_date))


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
    if not _text(replacement_reason, 200):
        found.append(Problem(where or "replacement_reason", tr(
            "Part {part_no}: enter the replacement reason (what failed and why the part was "
            "replaced).", part_no=part_no)))
    if must_return and not _text(failed_batch, 60):
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
                 tr("Claim {number} submitted for approval by a {tier} ({total})",
                    number=claim.number, tier=tier_name(claim.tier), total=claim.total_amount),
                 {"tier": claim.tier, "warnings": warnings(claim)})
    return claim


# --- approval ----------------------------------------------------------------------------

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


def required_tier(claim: Claim) -> int:
    """The level a decision needs: the one set at submission, and never below what the
    claim's current total needs under the current limits."""
    return max(claim.tier or 1, tier_for(claim.total_amount))


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
                  number=claim.number, before=_money(Decimal(before["total_amount"])),
                  after=_money(Decimal(after["total_amount"])),
                  tier=tier_name(required_tier(claim)))
    return tr("Claim {number}: you changed its codes or lines (total {total}); nobody approves "
              "figures they entered. Another {tier} or higher must decide.",
              number=claim.number, total=_money(claim.total_amount),
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
    from partsdesk.services import claim_parts
    with transaction():
        claim = get_claim(number)
        _check_decider(actor, claim)
        claim.tier = required_tier(claim)       # the level it is approved at
        claim.approved_by, claim.approved_at = actor, utcnow()
        move_to(actor, claim, APPROVED, "claim.approve",
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
        move_to(actor, claim, REJECTED, "claim.reject",
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
        move_to(actor, claim, DRAFT, "claim.return",
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
        move_to(actor, claim, REPAIRED, "claim.repaired",
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
        move_to(actor, claim, CANCELLED, "claim.cancel",
                 tr("Claim {number} cancelled: {reason}", number=claim.number, reason=reason))
    return claim
