"""Parts for claims: reserved at approval, issued by scan, requested when short, released."""

from decimal import Decimal

import pytest

from partsdesk.db.models.claims import PartsRequest
from partsdesk.services import approvals, audit, claim_parts, claim_states, claims, stock
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import ClaimStateError, NotFound, PermissionDenied, ValidationError
from tests.factories import make_claim, make_codes, make_location, make_part, make_user

FILTER, PADS = "15208-65F0E", "41060-4BA0A"


@pytest.fixture
def desk(admin):
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    make_part(clerk, FILTER, name="Oil filter", unit_price="38.50", must_return=True,
              aliases=["6901234567892"])
    make_part(clerk, PADS, name="Brake pads", unit_price="420.00")
    make_location(clerk, "A-01-01")
    stock.move(clerk, FILTER, 5, None, "A-01-01", "receipt", "RC-TEST")
    return {"wa": make_user(admin, "wa", "warranty_admin"),
            "sup": make_user(admin, "sup", "supervisor"), "clerk": clerk, "admin": admin}


def approved(desk, *parts):
    claim = make_claim(desk["wa"], parts=list(parts))
    approvals.submit(desk["wa"], claim.number)
    return approvals.approve(desk["sup"], claim.number)


def test_approval_reserves_the_claims_parts(desk):
    claim = approved(desk, PartLineData(FILTER, "2"))
    assert stock.available(FILTER) == Decimal("3")
    assert [(r.part.part_no, r.quantity) for r in stock.reservations(claim.number)] == [
        (FILTER, Decimal("2"))]
    assert not PartsRequest.select().exists()


def test_issuing_by_scan_takes_reserved_parts_and_completes_the_claim(desk):
    claim = approved(desk, PartLineData(FILTER, "2"))
    claim_parts.issue_part(desk["clerk"], claim.number, "6901234567892", "A-01-01", 1)
    assert claim_states.get_claim(claim.number).state == claim_states.APPROVED
    claim_parts.issue_part(desk["clerk"], claim.number, FILTER.lower(), "a-01-01", 1)
    claim = claim_states.get_claim(claim.number)
    assert claim.state == claim_states.PARTS_ISSUED
    assert stock.on_hand(FILTER) == Decimal("3") and stock.available(FILTER) == Decimal("3")
    assert claim.part_lines.get().issued_quantity == Decimal("2")
    actions = [e.action for e in audit.history("claim", claim.number)]
    assert actions[-3:] == ["claim.issue_part", "claim.issue_part", "claim.parts_issued"]
    assert claims.mark_repaired(desk["wa"], claim.number).state == claim_states.REPAIRED


def test_issuing_more_than_reserved_is_refused_and_names_the_claim(desk):
    claim = approved(desk, PartLineData(FILTER, "2"))
    with pytest.raises(ClaimStateError) as err:
        claim_parts.issue_part(desk["clerk"], claim.number, FILTER, "A-01-01", 3)
    assert str(err.value) == (
        f"Claim {claim.number} has 2 x {FILTER} reserved and not yet issued; you asked for 3. "
        "Issue at most 2; the rest comes with its parts request.")
    assert stock.on_hand(FILTER) == Decimal("5")
    claim_parts.issue_part(desk["clerk"], claim.number, FILTER, "A-01-01", 2)
    claim = claim_states.get_claim(claim.number)
    with pytest.raises(ClaimStateError, match="parts are issued only to approved claims"):
        claim_parts.issue_part(desk["clerk"], claim.number, FILTER, "A-01-01", 1)


def test_scanning_a_part_not_on_the_claim_or_unknown_is_refused(desk):
    claim = approved(desk, PartLineData(FILTER, "1"))
    with pytest.raises(ValidationError, match=f"{PADS} is not on claim {claim.number}"):
        claim_parts.issue_part(desk["clerk"], claim.number, PADS, "A-01-01")
    with pytest.raises(NotFound, match="not a part number"):
        claim_parts.issue_part(desk["clerk"], claim.number, "XYZ-UNKNOWN", "A-01-01")


def test_parts_cannot_be_issued_before_approval_or_by_a_warranty_administrator(desk):
    claim = make_claim(desk["wa"], parts=[PartLineData(FILTER)])
    with pytest.raises(ClaimStateError, match=f"Claim {claim.number} is Draft"):
        claim_parts.issue_part(desk["clerk"], claim.number, FILTER, "A-01-01")
    with pytest.raises(PermissionDenied, match="issue parts to warranty claims"):
        claim_parts.issue_part(desk["wa"], claim.number, FILTER, "A-01-01")


def test_a_claim_with_parts_is_not_repaired_before_they_are_issued(desk):
    claim = approved(desk, PartLineData(FILTER, "1"))
    with pytest.raises(ClaimStateError, match="issue them before marking it repaired"):
        claims.mark_repaired(desk["wa"], claim.number)


def test_when_stock_is_short_a_parts_request_is_raised(desk):
    claim = approved(desk, PartLineData(FILTER, "7"), PartLineData(PADS, "1"))
    request = PartsRequest.get(PartsRequest.claim == claim.id)
    assert request.number.startswith("PR-")
    assert sorted((line.part.part_no, line.quantity) for line in request.lines) == [
        (FILTER, Decimal("2")), (PADS, Decimal("1"))]
    assert stock.available(FILTER) == 0
    assert "parts request" in audit.history("claim", claim.number)[-1].summary


def test_parts_received_against_the_request_are_reserved_for_the_claim(desk):
    claim = approved(desk, PartLineData(PADS, "2"))
    request = PartsRequest.get(PartsRequest.claim == claim.id)
    stock.move(desk["clerk"], PADS, 3, None, "A-01-01", "receipt", "RC-2")
    with pytest.raises(ValidationError, match="waits for 2"):
        claim_parts.receive(desk["clerk"], request.number, PADS, 3)
    claim_parts.receive(desk["clerk"], request.number, PADS, 1)
    assert claim_parts.allocate_receipt(desk["clerk"], PADS, 2) == Decimal("1")
    assert PartsRequest.get_by_id(request.id).state == "received"
    assert stock.available(PADS) == Decimal("1")
    claim_parts.issue_part(desk["clerk"], claim.number, PADS, "A-01-01", 2)
    assert claim_states.get_claim(claim.number).state == claim_states.PARTS_ISSUED
    with pytest.raises(ClaimStateError, match="is received; nothing more"):
        claim_parts.receive(desk["clerk"], request.number, PADS, 1)


def test_open_requests_show_what_receiving_should_look_out_for(desk):
    approved(desk, PartLineData(PADS, "2"))
    approved(desk, PartLineData(PADS, "1"))
    pads = claim_parts.open_requests(stock.as_part(PADS))
    assert [line.quantity for line in pads] == [Decimal("2"), Decimal("1")]


def test_cancelling_releases_reservations_and_closes_parts_requests(desk):
    claim = approved(desk, PartLineData(FILTER, "4"), PartLineData(PADS, "1"))
    assert stock.available(FILTER) == Decimal("1")
    claims.cancel(desk["wa"], claim.number, "Customer sold the car")
    assert stock.available(FILTER) == Decimal("5")
    assert stock.reservations(claim.number) == []
    assert PartsRequest.get(PartsRequest.claim == claim.id).state == "cancelled"
    assert claim_states.get_claim(claim.number).state == claim_states.CANCELLED


def test_a_claim_cancelled_after_part_issue_keeps_the_issue_in_the_ledger(desk):
    claim = approved(desk, PartLineData(FILTER, "2"))
    claim_parts.issue_part(desk["clerk"], claim.number, FILTER, "A-01-01", 1)
    claims.cancel(desk["sup"], claim.number, "Repair not done")
    assert stock.on_hand(FILTER) == Decimal("4") and stock.available(FILTER) == Decimal("4")
