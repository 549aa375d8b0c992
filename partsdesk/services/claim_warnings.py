"""What a warranty administrator should see before submitting a claim; none of it blocks.

Out of warranty by date or by mileage (by the vehicle facts the claim keeps), a labour operation
or a part that does not fit the claim's model, vehicle facts that differ from the vehicle's
record, and a repeat repair of the same fault on the same vehicle within the repeat window.
"""

from __future__ import annotations

from datetime import timedelta

from partsdesk.db.models.claims import Claim
from partsdesk.i18n import Translator
from partsdesk.services import catalog, codes
from partsdesk.services.claim_states import CANCELLED, REJECTED
from partsdesk.services.claims import VehicleFacts, setting, vehicle_facts

tr = Translator("Claims")


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
