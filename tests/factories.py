"""Small worlds for tests, built through the services (never hand-written SQL)."""

from partsdesk.services import catalog, locations, users
from partsdesk.services.catalog import PartData
from partsdesk.services.locations import LocationData

PASSWORD = "test-pass"


def make_user(admin, username: str, role: str, full_name: str = ""):
    return users.create_user(admin, username, PASSWORD, role, full_name or username.title())


def make_part(actor, part_no: str = "P-1000", name: str = "Oil filter", **fields):
    return catalog.create_part(actor, PartData(part_no=part_no, name=name, **fields))


def make_location(actor, code: str = "A-01-01", kind: str = "bin", **fields):
    return locations.create_location(actor, LocationData(code=code, kind=kind, **fields))


# --- warranty claims -----------------------------------------------------------------------

VIN = "1M8GDM9AXKP042788"        # a VIN whose check digit (X) computes


def make_codes(admin):
    """A small set of code tables: one model, two labour operations, faults and causes."""
    from partsdesk.services import codes
    from partsdesk.services.codes import CodeData
    codes.save_code(admin, "vehicle_models", CodeData("SED20", "Sedan 2.0", warranty_months=36,
                                                      warranty_km=100_000))
    codes.save_code(admin, "vehicle_models", CodeData("SUV30", "SUV 3.0"))
    codes.save_code(admin, "labour_operations", CodeData("01-010", "更换机油滤清器",
                                                         standard_hours="0.5"))
    codes.save_code(admin, "labour_operations", CodeData("02-120", "Replace front brake pads",
                                                         standard_hours="1.2", models=["SUV30"]))
    codes.save_code(admin, "fault_codes", CodeData("F101", "Oil leak"))
    codes.save_code(admin, "fault_codes", CodeData("F202", "Brake noise"))
    codes.save_code(admin, "cause_codes", CodeData("C01", "Seal defect"))
    codes.save_code(admin, "part_categories", CodeData("ENGINE", "Engine"))


def claim_data(vin: str = VIN, **fields):
    from datetime import date, timedelta

    from partsdesk.services.claims import ClaimData, LabourLineData
    values = dict(vin=vin, repair_date=date.today(), mileage=12_000, customer_name="Zhang Wei",
                  customer_phone="13800138000", fault_code="F101", cause_code="C01",
                  description="Oil leaking at filter", model_code="SED20",
                  production_date=date.today() - timedelta(days=400),
                  warranty_start=date.today() - timedelta(days=365),
                  labour=[LabourLineData("01-010")])
    values.update(fields)
    values["parts"] = [_complete(line) for line in values.get("parts", [])]
    return ClaimData(**values)


def _complete(line):
    """A part line as an administrator writes it: why it was replaced and the failed part's
    production batch (a test that needs them missing builds its ClaimData itself)."""
    from dataclasses import replace
    return replace(line, replacement_reason=line.replacement_reason or "Failed in service",
                   failed_batch=line.failed_batch or "B2401")


def make_claim(actor, vin: str = VIN, **fields):
    from partsdesk.services import claims
    return claims.create_claim(actor, claim_data(vin, **fields))


# --- stock ---------------------------------------------------------------------------------

def make_stock(actor, part, location, quantity, document: str = "TEST"):
    """Put ``quantity`` of ``part`` into ``location`` as if received (a receipt move)."""
    from partsdesk.services import stock
    return stock.move(actor, part, quantity, None, location, "receipt", document=document)


def make_receipt(actor, lines: dict, location: str = "RECV", source: str = "Supplier"):
    """An open receipt expecting {part_no: quantity}; creates the receiving location if needed."""
    from partsdesk.db.models import Location
    from partsdesk.services import receiving
    if not Location.select().where(Location.code == location).exists():
        make_location(actor, location, "receiving")
    return receiving.create_receipt(actor, source=source, location=location,
                                    lines=list(lines.items()))


# --- the claim loop: defective-part returns and settlement -------------------------------------

FILTER, PUMP, PADS = "15208-65F0E", "16100-WP001", "41060-4BA0A"   # must return: filter, pump
HEADLAMP = "26060-9UX7X"


def make_loop_desk(admin):
    """Users of every role of the loop, code tables, parts (two to be returned), a bin with
    stock and a defective store."""
    from partsdesk.services import stock
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk", "Li Wei")
    make_part(clerk, FILTER, name="Oil filter", name_zh="机油滤清器", unit_price="38.50",
              must_return=True)
    make_part(clerk, PUMP, name="Water pump", name_zh="水泵", unit_price="860.00",
              must_return=True)
    make_part(clerk, PADS, name="Brake pads", name_zh="刹车片", unit_price="420.00")
    make_location(clerk, "A-01-01")
    make_location(clerk, "DEF-01", "defective")
    for part in (FILTER, PUMP, PADS):
        stock.move(clerk, part, 20, None, "A-01-01", "receipt", "RC-TEST")
    return {"wa": make_user(admin, "wa", "warranty_admin", "Zhang Min"),
            "sup": make_user(admin, "sup", "supervisor", "Liu Yang"),
            "sc": make_user(admin, "sc", "settlement_clerk", "Zhao Lei"),
            "ri": make_user(admin, "ri", "return_inspector", "Sun Hao"),
            "clerk": clerk, "admin": admin}


def make_issued_claim(desk, *parts, **fields):
    """A claim entered, approved and with every part issued (parts: PartLineData)."""
    from partsdesk.db.models.claims import ClaimPartLine
    from partsdesk.services import approvals, claim_parts, claim_states
    claim = make_claim(desk["wa"], parts=list(parts), **fields)
    approvals.submit(desk["wa"], claim.number)
    approvals.approve(desk["sup"], claim.number)
    # in the order of the lines, so the tags are numbered in it (PostgreSQL returns the rows
    # of an unordered query in the order they lie in the table, which reuses deleted rows' room)
    for line in claim.part_lines.order_by(ClaimPartLine.id):
        claim_parts.issue_part(desk["clerk"], claim.number, line.part.part_no, "A-01-01",
                               line.quantity)
    return claim_states.get_claim(claim.number)


def loop_vin(serial: int) -> str:
    """A valid VIN (its check digit computed) for the ``serial``-th vehicle of a test."""
    from partsdesk.services import vehicles
    body = f"LFV3A23C0K{serial:07d}"
    return body[:8] + vehicles.check_digit(body) + body[9:]


# --- the claim loop, step by step (on a make_loop_desk desk) ----------------------------------

def state(claim):
    """The claim's state as it is now in the database."""
    from partsdesk.services import claim_states
    return claim_states.get_claim(claim.number).state


def sign(desk, claim):
    """The voucher printed and its copy signed by the customer today."""
    from datetime import date

    from partsdesk.documents import voucher
    from partsdesk.services import vouchers
    voucher.print_voucher(desk["wa"], claim.number)
    vouchers.record_signed(desk["wa"], claim.number, date.today(), "Zhang Min")


def ship_and_receive(desk, claim, outcomes=None):
    """Every tag of the claim stored, packed, shipped, received and inspected; ``outcomes``:
    {part_no: (outcome, comment)}, else confirmed (a missing tag is not received)."""
    from partsdesk.services import claim_states, return_inspection, return_shipments, returns
    shipment = return_shipments.create_shipment(desk["clerk"])
    tags = returns.tags_of(claim)
    for tag in tags:
        returns.store(desk["clerk"], tag.number)
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF100")
    for tag in tags:
        outcome, comment = (outcomes or {}).get(tag.part.part_no, (claim_states.CONFIRMED, ""))
        if outcome != claim_states.MISSING:
            return_inspection.receive(desk["ri"], tag.number)
        return_inspection.inspect(desk["ri"], tag.number, outcome, comment)
    return shipment


def settle(desk, claim, paid=None, differences=None):
    """The claim alone in a batch, submitted, paid (the expected total unless ``paid``) and
    closed."""
    from datetime import date

    from partsdesk.services import batches
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.submit_batch(desk["sc"], batch.number)
    amount = paid if paid is not None else batches.get_batch(batch.number).expected_total
    batches.record_payment(desk["sc"], batch.number, amount, date.today(), "PAY-1",
                           differences)
    batches.close_batch(desk["sc"], batch.number)
    return batches.get_batch(batch.number)


# --- the quality analysis's fixed set of claims --------------------------------------------------

def make_quality_claims(desk, admin):
    """The claims A to E of tests/services/test_quality.py, whose figures are worked out by
    hand there: {"A": claim, ..., "E": claim}."""
    from datetime import date
    from decimal import Decimal

    from partsdesk.services import approvals, catalog, claim_states, claims
    from partsdesk.services.catalog import PartData
    from partsdesk.services.claims import PartLineData

    def facts(serial, repair, warranty, mileage, **fields):
        return dict(vin=loop_vin(serial), repair_date=repair, mileage=mileage,
                    production_date=date(2025, 6, 1), warranty_start=warranty, **fields)

    pump = catalog.get_part(PUMP)
    catalog.update_part(admin, PUMP, PartData(PUMP, pump.name, name_zh=pump.name_zh,
                                              category="ENGINE", unit_price=pump.unit_price,
                                              must_return=True))
    a = make_issued_claim(desk, PartLineData(FILTER, failed_batch="B1"),
                          PartLineData(PUMP, failed_batch="B9"),
                          **facts(1, date(2026, 8, 10), date(2026, 1, 15), 3_000))
    b = make_issued_claim(desk, PartLineData(FILTER, "2", failed_batch="B1"),
                          PartLineData(PADS, failed_batch="B7"),
                          **facts(2, date(2026, 8, 20), date(2026, 2, 1), 7_000))
    sign(desk, b)
    ship_and_receive(desk, b, {FILTER: (claim_states.NO_FAULT, "Tight at 3 bar")})
    settle(desk, b)
    c = make_claim(desk["wa"], parts=[PartLineData(PADS, failed_batch="B5")],
                   other_amount="15.00", other_description="Brake cleaner",
                   **facts(3, date(2026, 10, 5), date(2025, 12, 5), 25_000, model_code="SUV30",
                           fault_code="F202"))
    approvals.submit(desk["wa"], c.number)
    approvals.approve(desk["sup"], c.number)
    d = make_claim(desk["wa"], parts=[PartLineData(PUMP, failed_batch="B9")],
                   **facts(4, date(2026, 10, 6), date(2026, 1, 1), 9_000, fault_code="F202"))
    approvals.submit(desk["wa"], d.number)
    claims.cancel(desk["wa"], d.number, "Customer withdrew")
    e = make_claim(desk["wa"], parts=[PartLineData(FILTER)],
                   **facts(5, date(2026, 10, 7), date(2026, 1, 1), 1_000))
    numbers = {name: claim_states.get_claim(x.number) for name, x in zip("ABCDE", (a, b, c, d, e))}
    assert [numbers[n].state for n in "ABCDE"] == [
        claim_states.PARTS_ISSUED, claim_states.CLOSED, claim_states.APPROVED,
        claim_states.CANCELLED, claim_states.DRAFT]
    assert [numbers[n].total_amount for n in "ABC"] == [
        Decimal("958.50"), Decimal("557.00"), Decimal("495.00")]
    return numbers


# --- files -----------------------------------------------------------------------------------

def make_workbook(path, sheets):
    """An .xlsx written by openpyxl: ``sheets`` is the rows of one sheet, or {title: rows}."""
    import openpyxl
    book = openpyxl.Workbook()
    if isinstance(sheets, dict):
        book.remove(book.active)
        for title, rows in sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
    else:
        for row in sheets:
            book.active.append(row)
    book.save(path)
    return path
