"""The rules a claim's figures and facts live by: four eyes on figures, the tier of the current
total, the vehicle facts a claim keeps, price overrides with a reason, whole pieces."""

from datetime import date
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from partsdesk.db.models import AuditEvent
from partsdesk.db.models.claims import Claim
from partsdesk.documents import voucher
from partsdesk.services import (approvals, audit, catalog, claim_parts, claim_search, claim_states,
                                claim_warnings, claims, vehicles)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import ClaimStateError, PermissionDenied, ValidationError
from partsdesk.services.vehicles import VehicleData
from partsdesk.ui.pages.approvals import ApprovalsPage
from partsdesk.ui.widgets import rows_of
from tests.factories import FILTER, PUMP, VIN, claim_data, make_claim, make_part, make_user

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def desk(desk, admin):
    people = desk
    people["wa2"] = make_user(admin, "wa2", "warranty_admin", "Sun Li")
    people["sup2"] = make_user(admin, "sup2", "supervisor", "Wu Gang")
    people["mgr"] = make_user(admin, "mgr", "manager", "Chen Jing")
    return people


def returned(desk, approver="sup", **fields):
    """A claim of 240.00 (labour 60.00, other 180.00) submitted and returned for information."""
    claim = make_claim(desk["wa"], other_amount="180", **fields)
    approvals.submit(desk["wa"], claim.number)
    approvals.return_for_information(desk[approver], claim.number, "Photo of the leak, please")
    return claim_states.get_claim(claim.number)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


# --- four eyes on figures ------------------------------------------------------------------

def test_an_approver_who_changed_the_figures_cannot_approve_them(desk):
    claim = returned(desk)
    assert claim.total_amount == Decimal("240.00")
    # the supervisor who asked for information changes the figures himself ...
    claims.update_claim(desk["sup"], claim.number, claim_data(other_amount="9180"))
    claim = claim_states.get_claim(claim.number)
    assert claim.total_amount == Decimal("9240.00")
    assert claim.figures_changed_by.username == "sup" and claim.figures_changed_at is not None
    assert audit.history("claim", claim.number)[-1].action == claims.FIGURES_ACTION
    approvals.submit(desk["wa"], claim.number)
    # ... and may not approve, reject or return them; nor does the claim wait in his queue
    expected = (f"Claim {claim.number}: you changed its figures (240.00 → 9,240.00); nobody "
                "approves figures they entered. Another Supervisor or higher must decide.")
    for decide in (lambda: approvals.approve(desk["sup"], claim.number),
                   lambda: approvals.reject(desk["sup"], claim.number, "Too dear"),
                   lambda: approvals.return_for_information(desk["sup"], claim.number, "Why?")):
        with pytest.raises(ClaimStateError) as err:
            decide()
        assert str(err.value) == expected
    claim = claim_states.get_claim(claim.number)
    assert claim.state == claim_states.SUBMITTED
    assert not approvals.can_decide(desk["sup"], claim)
    assert claim.number not in [c.number for c in approvals.approval_queue(desk["sup"])]
    # another supervisor decides
    assert claim.number in [c.number for c in approvals.approval_queue(desk["sup2"])]
    assert approvals.can_decide(desk["sup2"], claim)
    assert approvals.approve(desk["sup2"], claim.number).state == claim_states.APPROVED


def test_a_later_change_by_someone_else_does_not_clear_an_earlier_change_of_figures(desk):
    claim = returned(desk, approver="mgr")
    claims.update_claim(desk["sup"], claim.number, claim_data(other_amount="9180"))
    claims.update_claim(desk["wa"], claim.number, claim_data(other_amount="9190"))
    claim = claim_states.get_claim(claim.number)
    assert claim.figures_changed_by.username == "wa"        # the last to change them
    approvals.submit(desk["wa"], claim.number)
    with pytest.raises(ClaimStateError, match="you changed its figures"):
        approvals.approve(desk["sup"], claim.number)
    assert claim.number not in [c.number for c in approvals.approval_queue(desk["sup"])]
    assert approvals.approve(desk["sup2"], claim.number).state == claim_states.APPROVED


def test_changing_codes_or_lines_is_a_change_of_figures_but_a_phone_number_is_not(desk):
    claim = returned(desk)
    claims.update_claim(desk["sup"], claim.number, claim_data(other_amount="180",
                                                               customer_phone="13900139000"))
    claim = claim_states.get_claim(claim.number)
    assert (claim.customer_phone, claim.figures_changed_by.username) == ("13900139000", "wa")
    assert audit.history("claim", claim.number)[-1].action == "claim.update"
    other = returned(desk, approver="sup2")
    claims.update_claim(desk["sup"], other.number, claim_data(other_amount="180",
                                                               fault_code="F202"))
    assert claim_states.get_claim(other.number).figures_changed_by.username == "sup"
    approvals.submit(desk["wa"], claim.number)
    approvals.submit(desk["wa"], other.number)
    assert approvals.approve(desk["sup"], claim.number).state == claim_states.APPROVED
    with pytest.raises(ClaimStateError) as err:
        approvals.approve(desk["sup"], other.number)
    assert str(err.value) == (
        f"Claim {other.number}: you changed its codes or lines (total 240.00); nobody approves "
        "figures they entered. Another Warranty administrator or higher must decide.")


def test_a_resubmitted_claim_is_approved_at_the_tier_of_its_new_total(desk):
    claim = returned(desk, approver="wa2")
    assert claim.tier is None
    claims.update_claim(desk["wa"], claim.number, claim_data(other_amount="9180"))
    claim = approvals.submit(desk["wa"], claim.number)
    assert claim.tier == 2
    with pytest.raises(ClaimStateError) as err:
        approvals.approve(desk["wa2"], claim.number)
    assert str(err.value) == (
        f"Claim {claim.number} (9240.00) is waiting for approval by a Supervisor; you are a "
        "Warranty administrator. Leave it to a Supervisor or higher.")
    assert claim.number not in [c.number for c in approvals.approval_queue(desk["wa2"])]
    approved = approvals.approve(desk["sup"], claim.number)
    assert (approved.state, approved.tier) == (claim_states.APPROVED, 2)


def test_approving_checks_the_level_against_the_current_total_and_limits(desk):
    claim = make_claim(desk["wa"], other_amount="1440")           # 1,500.00: tier 1
    assert approvals.submit(desk["wa"], claim.number).tier == 1
    claims.configure(desk["admin"], approval_limits=("1000", "5000"))
    claim = claim_states.get_claim(claim.number)
    assert approvals.required_tier(claim) == 2
    assert not approvals.can_decide(desk["wa2"], claim)
    assert approvals.approval_queue(desk["wa2"]) == []
    with pytest.raises(ClaimStateError, match="waiting for approval by a Supervisor"):
        approvals.approve(desk["wa2"], claim.number)
    assert approvals.approve(desk["sup"], claim.number).tier == 2


# --- a claim keeps its facts ---------------------------------------------------------------

def test_a_new_claim_with_other_vehicle_facts_does_not_rewrite_earlier_claims(desk):
    first = make_claim(desk["wa"], model_code="SED20", production_date=date(2025, 5, 10),
                       warranty_start=date(2025, 6, 1))
    approvals.submit(desk["wa"], first.number)
    approvals.approve(desk["sup"], first.number)
    signed = pdf_text(voucher.render(first.number, "en"))
    assert "SED20" in signed and "2025-06-01" in signed
    second = make_claim(desk["wa"], model_code="SUV30", production_date=date(2019, 12, 1),
                        warranty_start=date(2020, 1, 1))
    vehicle = vehicles.get_vehicle(VIN)
    assert (vehicle.model.code, vehicle.warranty_start) == ("SED20", date(2025, 6, 1))
    first, second = claim_states.get_claim(first.number), claim_states.get_claim(second.number)
    assert (first.vehicle_model.code, first.warranty_start) == ("SED20", date(2025, 6, 1))
    assert (second.vehicle_model.code, second.production_date, second.warranty_start) == (
        "SUV30", date(2019, 12, 1), date(2020, 1, 1))
    again = pdf_text(voucher.render(first.number, "en"))
    assert "SED20" in again and "2025-06-01" in again
    assert "SUV30" not in again and "2020-01-01" not in again
    theirs = pdf_text(voucher.render(second.number, "en"))
    assert "SUV30" in theirs and "2020-01-01" in theirs
    # the new claim says where it differs from the vehicle's record, and still may be submitted
    found = claim_warnings.warnings(second)
    assert (f"Claim {second.number} keeps its own vehicle facts, which differ from the record of "
            f"vehicle {VIN}: model SUV30 (on record SED20); production date 2019-12-01 (on "
            "record 2025-05-10); warranty start 2020-01-01 (on record 2025-06-01). If the "
            "record is wrong, change the vehicle's master data.") in found
    assert any("out of warranty by date: it ended on 2023-01-01" in w for w in found)
    assert not any("differ from the record" in w for w in claim_warnings.warnings(first))
    assert not any(e.action == "vehicle.save" for e in audit.history("vehicle", VIN)[1:])
    # the lists and the export show each claim's own model
    rows = {row.number: row.model for row in claim_search.search_claims(VIN[-6:])}
    assert rows == {first.number: "SED20", second.number: "SUV30"}


def test_a_change_of_vehicle_master_data_is_its_own_audited_action(desk):
    claim = make_claim(desk["wa"], model_code="SED20", warranty_start=date(2025, 6, 1))
    change = VehicleData(VIN, "SUV30", warranty_start=date(2025, 7, 1))
    with pytest.raises(ValidationError) as err:
        vehicles.change_vehicle(desk["wa"], VIN, change, " ")
    assert err.value.field == "reason" and VIN in str(err.value)
    with pytest.raises(PermissionDenied):
        vehicles.change_vehicle(desk["clerk"], VIN, change, "Registration papers")
    vehicle = vehicles.change_vehicle(desk["wa"], VIN, change, "Registration papers say SUV30")
    assert (vehicle.model.code, vehicle.warranty_start) == ("SUV30", date(2025, 7, 1))
    event = AuditEvent.get(AuditEvent.action == "vehicle.change")
    assert (event.entity, event.record_id, event.user.username) == ("vehicle", VIN, "wa")
    assert event.summary == f"Vehicle {VIN} changed: Registration papers say SUV30"
    assert '"model": "SED20"' in event.before and '"warranty_start": "2025-06-01"' in event.before
    assert '"model": "SUV30"' in event.after and "Registration papers" in event.after
    assert [e.id for e in vehicles.changes(VIN)] == [event.id]
    with pytest.raises(ValidationError, match="nothing to change"):
        vehicles.change_vehicle(desk["wa"], VIN, change, "Again")
    # the earlier claim keeps its facts; its history shows the vehicle's change
    claim = claim_states.get_claim(claim.number)
    assert (claim.vehicle_model.code, claim.warranty_start) == ("SED20", date(2025, 6, 1))
    assert event.id in [e.id for e in claim_search.history(claim.number)]
    assert any("differ from the record" in w for w in claim_warnings.warnings(claim))


def test_a_new_vehicle_takes_the_facts_of_its_first_claim_and_fills_in_what_it_lacks(desk):
    make_claim(desk["wa"], model_code="SED20", production_date=None, warranty_start=None)
    vehicle = vehicles.get_vehicle(VIN)
    assert (vehicle.model.code, vehicle.warranty_start) == ("SED20", None)
    claim = make_claim(desk["wa"], model_code="", warranty_start=date(2025, 6, 1))
    assert vehicles.get_vehicle(VIN).warranty_start == date(2025, 6, 1)
    assert (claim.vehicle_model.code, claim.warranty_start) == ("SED20", date(2025, 6, 1))


# --- price overrides -----------------------------------------------------------------------

@pytest.mark.usefixtures("headless_ui")
def test_overriding_a_catalogue_price_needs_a_reason_and_shows_on_the_approval(desk, qtbot):
    with pytest.raises(ValidationError) as err:
        make_claim(desk["wa"], parts=[PartLineData(PUMP, "1", "1100.00")])
    assert err.value.field == "parts"
    assert str(err.value) == (f"Part {PUMP}: the price 1,100.00 differs from the catalogue price "
                              "860.00. Give a reason for the price, or use the catalogue price.")
    claim = make_claim(desk["wa"], parts=[
        PartLineData(PUMP, "1", "1100.00", price_reason="Dealer price list 2026-03"),
        PartLineData(FILTER, "2")])
    pump, filter_ = claim.part_lines.order_by(claims.ClaimPartLine.id)
    assert (pump.unit_price, pump.catalogue_price, pump.price_reason) == (
        Decimal("1100.00"), Decimal("860.00"), "Dealer price list 2026-03")
    assert (filter_.unit_price, filter_.catalogue_price, filter_.price_reason) == (
        Decimal("38.50"), Decimal("38.50"), "")
    # a later catalogue price does not turn the filter's line into an override
    part = catalog.get_part(FILTER)
    catalog.update_part(desk["clerk"], FILTER, catalog.PartData(
        FILTER, part.name, part.name_zh, part.category, part.unit, Decimal("42.00"),
        part.must_return))
    claims.update_claim(desk["wa"], claim.number, claim_data(parts=[
        PartLineData(PUMP, "1", "1100.00"), PartLineData(FILTER, "2", "38.50")]))
    pump, filter_ = claim_states.get_claim(claim.number).part_lines.order_by(
        claims.ClaimPartLine.id)
    assert (pump.catalogue_price, pump.price_reason) == (Decimal("860.00"),
                                                         "Dealer price list 2026-03")
    assert (filter_.catalogue_price, filter_.price_reason) == (Decimal("38.50"), "")
    approvals.submit(desk["wa"], claim.number)

    # the supervisor's queue shows the overridden price and its reason, in the line and above
    page = ApprovalsPage(desk["sup"])
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    qtbot.mouseClick(page.table.viewport(), Qt.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, 0)).center())
    view = page.view
    assert view.claim.number == claim.number
    lines = rows_of(view.parts_table)
    assert lines[0][3] == "1,100.00 (catalogue 860.00)"
    assert lines[1][3] == "38.50"
    assert view.overrides.isVisible()
    assert view.overrides.text() == (
        f"Price changed: {PUMP} at 1,100.00 instead of the catalogue's 860.00 — "
        "Dealer price list 2026-03")


# --- whole pieces --------------------------------------------------------------------------

def test_a_part_counted_in_pieces_takes_whole_quantities(desk):
    assert all(catalog.counted_in_pieces(unit) for unit in ("PCS", "pcs ", "SET", "个", "套"))
    assert not any(catalog.counted_in_pieces(unit) for unit in ("L", "KG", "M", ""))
    with pytest.raises(ValidationError) as err:
        make_claim(desk["wa"], parts=[PartLineData(PUMP, "1.5")])
    assert err.value.field == "parts"
    assert str(err.value) == (f"Part {PUMP} is counted in whole pieces (PCS); 1.5 is not a "
                              "whole number. Enter a whole quantity.")
    make_part(desk["clerk"], "08880-83264", name="Engine oil 0W-20", unit="L",
              unit_price="68.00")
    claim = make_claim(desk["wa"], parts=[PartLineData(PUMP, "2.000"),
                                          PartLineData("08880-83264", "4.5")])
    assert [line.quantity for line in claim.part_lines.order_by(claims.ClaimPartLine.id)] == [
        Decimal("2"), Decimal("4.5")]
    approvals.submit(desk["wa"], claim.number)
    approvals.approve(desk["sup"], claim.number)
    with pytest.raises(ValidationError, match="counted in whole pieces"):
        claim_parts.issue_part(desk["clerk"], claim.number, PUMP, "A-01-01", "0.5")
    claim_parts.issue_part(desk["clerk"], claim.number, PUMP, "A-01-01", "1")
    assert Claim.get(Claim.number == claim.number).state == claim_states.APPROVED
