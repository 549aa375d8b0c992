"""Vehicles by VIN: the check digit, lookup by the VIN's tail, creating one at claim entry, and
changing its master data with a reason (claims keep the facts they were made with)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from partsdesk.db.connection import transaction
from partsdesk.db.models.claims import Vehicle, VehicleModel
from partsdesk.i18n import Translator
from partsdesk.services import audit
from partsdesk.services.errors import NotFound, ValidationError
from partsdesk.services.permissions import require

tr = Translator("Vehicles")

VIN_RE = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
# ISO 3779 / North American (49 CFR 565) check digit: letters transliterated, weighted, mod 11.
TRANSLITERATION = {**{str(d): d for d in range(10)},
                   **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
                   "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def normalise_vin(text: str) -> str:
    return re.sub(r"[\s\-]", "", str(text or "")).upper()


def check_digit(vin: str) -> str:
    """The check digit position 9 should hold: '0'-'9' or 'X'."""
    total = sum(TRANSLITERATION[c] * w for c, w in zip(vin, WEIGHTS))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def validate_format(text: str) -> str:
    """17 characters, digits and letters without I, O, Q; the normalised VIN or ValidationError."""
    vin = normalise_vin(text)
    if len(vin) != 17:
        raise ValidationError(tr("VIN \"{vin}\" has {n} characters; a VIN has 17.",
                                 vin=vin, n=len(vin)), field="vin")
    bad = sorted({c for c in vin if c in "IOQ" or not c.isalnum() or not c.isascii()})
    if bad or not VIN_RE.match(vin):
        raise ValidationError(tr(
            "VIN {vin} contains {chars}; a VIN uses digits and letters except I, O and Q "
            "(check for 1/I and 0/O mix-ups).", vin=vin, chars=" ".join(bad)), field="vin")
    return vin


def check_digit_problem(vin: str) -> str | None:
    """A message when position 9 does not hold the computed check digit, else None."""
    expected = check_digit(vin)
    if vin[8] == expected:
        return None
    return tr("VIN {vin}: the check digit (position 9) is {actual} but should be {expected}. "
              "Correct the VIN, or give an override reason if this market does not use check "
              "digits.", vin=vin, actual=vin[8], expected=expected)


def is_valid(vehicle: Vehicle) -> bool:
    """Usable on a submitted claim: the check digit computes, or an override says why not."""
    return check_digit_problem(vehicle.vin) is None or bool(vehicle.check_digit_override)


@dataclass
class VehicleData:
    vin: str
    model_code: str = ""
    production_date: date | None = None
    warranty_start: date | None = None
    override_reason: str = ""


def get_vehicle(vin: str) -> Vehicle:
    vehicle = Vehicle.get_or_none(Vehicle.vin == normalise_vin(vin))
    if vehicle is None:
        raise NotFound(tr("No vehicle with VIN {vin}. Check the VIN or enter the vehicle.",
                          vin=normalise_vin(vin)))
    return vehicle


def find_by_tail(tail: str, limit: int = 50) -> list[Vehicle]:
    """Vehicles whose VIN ends with ``tail`` (what a customer reads off the windscreen)."""
    reversed_tail = normalise_vin(tail)[::-1]
    if not reversed_tail:
        return []
    return list(Vehicle.select().where((Vehicle.vin_reversed >= reversed_tail)
                                       & (Vehicle.vin_reversed < reversed_tail + "\uffff"))
                .order_by(Vehicle.vin).limit(limit))


def get_model(code: str) -> VehicleModel | None:
    """The vehicle model of ``code``; None for no code, ValidationError for an unknown one."""
    return _model(code)


def _model(code: str) -> VehicleModel | None:
    if not str(code or "").strip():
        return None
    model = VehicleModel.get_or_none(VehicleModel.code == str(code).strip().upper())
    if model is None:
        raise ValidationError(tr("Vehicle model {code} is not in the code table. Import the "
                                 "vehicle models or choose another.", code=code), field="model")
    return model


def save_vehicle(actor, data: VehicleData) -> Vehicle:
    """Find the vehicle a claim names, or create it with the claim's facts.

    An existing vehicle's master data (model, production date, warranty start) is never
    rewritten here: the claim keeps its own facts, and a fact the vehicle lacks is filled in.
    Changing what is on record is ``change_vehicle``, with a reason. A check-digit mismatch is
    stored (the claim stays a draft until it is corrected or an override reason is given); a
    malformed VIN is refused at once.
    """
    require(actor, "claims.edit")
    vin = validate_format(data.vin)
    model = _model(data.model_code)
    with transaction():
        vehicle = Vehicle.get_or_none(Vehicle.vin == vin)
        before = audit.snapshot(vehicle) if vehicle else None
        if vehicle is None:
            vehicle = Vehicle(vin=vin, vin_reversed=vin[::-1])
        if vehicle.model_id is None and model is not None:
            vehicle.model = model
        vehicle.production_date = vehicle.production_date or data.production_date
        vehicle.warranty_start = vehicle.warranty_start or data.warranty_start
        if data.override_reason.strip():
            vehicle.check_digit_override = data.override_reason.strip()[:200]
        after = audit.snapshot(vehicle)
        if before == after:
            return vehicle          # nothing new: no write, no event
        vehicle.save()
        audit.record(actor, "vehicle.save", "vehicle", vin,
                     tr.message("Vehicle {vin} saved", vin=vin), before=before, after=after)
    return vehicle


MASTER_DATA = ("model", "production_date", "warranty_start")


def change_vehicle(actor, vin: str, data: VehicleData, reason: str) -> Vehicle:
    """Correct the vehicle's master data (model, production date, warranty start) on record.

    Its own audited action with a reason: earlier claims keep the facts they were made with.
    An empty value in ``data`` keeps what is on record.
    """
    require(actor, "claims.edit")
    reason = " ".join(str(reason or "").split())[:200]
    with transaction():
        vehicle = get_vehicle(vin)
        if not reason:
            raise ValidationError(tr("Give the reason for changing the master data of vehicle "
                                     "{vin}.", vin=vehicle.vin), field="reason")
        before = audit.snapshot(vehicle, list(MASTER_DATA))
        model = _model(data.model_code)
        if model is not None:
            vehicle.model = model
        vehicle.production_date = data.production_date or vehicle.production_date
        vehicle.warranty_start = data.warranty_start or vehicle.warranty_start
        after = audit.snapshot(vehicle, list(MASTER_DATA))
        if before == after:
            raise ValidationError(tr("Vehicle {vin} already has this model, production date "
                                     "and warranty start; nothing to change.",
                                     vin=vehicle.vin), field="model")
        vehicle.save()
        audit.record(actor, "vehicle.change", "vehicle", vehicle.vin,
                     tr.message("Vehicle {vin} changed: {reason}", vin=vehicle.vin, reason=reason),
                     before=before, after=after | {"reason": reason})
    return vehicle


def changes(vin: str) -> list:
    """The changes of the vehicle's master data (``change_vehicle``), oldest first."""
    from partsdesk.db.models import AuditEvent
    return list(AuditEvent.select().where(
        (AuditEvent.entity == "vehicle") & (AuditEvent.record_id == normalise_vin(vin))
        & (AuditEvent.action == "vehicle.change")).order_by(AuditEvent.time, AuditEvent.id))


def warranty_end(vehicle: Vehicle) -> date | None:
    """The last day of the vehicle's warranty by date, or None when its start is unknown."""
    return warranty_end_of(vehicle.model, vehicle.production_date, vehicle.warranty_start)


def warranty_end_of(model: VehicleModel | None, production_date: date | None,
                    warranty_start: date | None) -> date | None:
    """The last day of a warranty by date from these facts (a claim's or a vehicle's)."""
    start = warranty_start or production_date
    if start is None or model is None:
        return None
    months = start.month - 1 + model.warranty_months
    year, month = start.year + months // 12, months % 12 + 1
    day = min(start.day, _days_in(year, month))
    return date(year, month, day)


def _days_in(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days
