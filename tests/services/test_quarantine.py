"""Quarantined stock stays out of repairs: parts are issued to claims only from bins; the
receiving area, the defective store and scrap are quarantine, and a failed part under its tag
leaves the defective store only with its return shipment. ``db check`` finds what slipped by."""

from decimal import Decimal

import pytest

from partsdesk.db.models.returns import DefectTag
from partsdesk.db.models.stock import StockMove
from partsdesk.services import (approvals, checks, claim_parts, claim_states, putaway, receiving,
                                return_inspection, return_shipments, returns, stock)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict, InsufficientStock, ValidationError
from tests.factories import (FILTER, PADS, loop_vin, make_claim, make_issued_claim, make_location,
                             make_part, make_receipt, sign, state)

BACKENDS = ("sqlite", "postgres")

NEW_PART = "17801-0H050"        # an air filter nobody has in stock yet


@pytest.fixture
def desk(desk):
    make_location(desk["clerk"], "RECV", "receiving")
    make_location(desk["clerk"], "SCRAP", "scrap")
    make_part(desk["clerk"], NEW_PART, name="Air filter", unit_price="80.00")
    return desk


def approved(desk, serial, *parts):
    claim = make_claim(desk["wa"], vin=loop_vin(serial), parts=list(parts))
    approvals.submit(desk["wa"], claim.number)
    return approvals.approve(desk["sup"], claim.number)


def stored_failed_part(desk, serial=1):
    """A claim whose failed filter lies in the defective store DEF-01 under its tag."""
    claim = make_issued_claim(desk, PartLineData(FILTER, "1"), vin=loop_vin(serial))
    tag = returns.tags_of(claim)[0]
    returns.store(desk["clerk"], tag.number, "DEF-01")
    return claim, returns.get_tag(tag.number)


def quarantine_results():
    results = dict(checks.run_checks())
    return (results["Parts were issued to repairs only from bins"],
            results["Every tag in the defective store has its part there"])


def test_defective_stock_is_never_issued_to_a_repair(desk):
    first, tag = stored_failed_part(desk)
    second = approved(desk, 2, PartLineData(FILTER, "1"))
    with pytest.raises(ValidationError) as refused:
        claim_parts.issue_part(desk["clerk"], second.number, FILTER, "DEF-01", 1)
    message = str(refused.value)
    assert FILTER in message and "DEF-01" in message and "Defective store" in message
    assert "issue from a bin" in message and refused.value.field == "location"
    with pytest.raises(ValidationError, match="DEF-01"):
        stock.issue_reserved(desk["clerk"], FILTER, "DEF-01", 1, second.number)
    assert stock.on_hand(FILTER, "DEF-01") == 1
    assert claim_parts.reserved(claim_states.get_claim(second.number)) == {
        tag.part_id: Decimal("1")}
    claim_parts.issue_part(desk["clerk"], second.number, FILTER, "A-01-01", 1)
    assert state(second) == claim_states.PARTS_ISSUED
    # the first claim still ships its own tag and reaches the money
    shipment = return_shipments.create_shipment(desk["clerk"])
    return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF100")
    return_inspection.receive(desk["ri"], tag.number)
    return_inspection.inspect(desk["ri"], tag.number, claim_states.CONFIRMED)
    sign(desk, first)
    assert state(first) == claim_states.SETTLEABLE
    assert quarantine_results() == ([], [])


def test_stock_at_receiving_is_never_issued_to_a_repair(desk):
    claim = approved(desk, 1, PartLineData(NEW_PART, "2"))
    receipt = make_receipt(desk["clerk"], {NEW_PART: 2})
    receiving.scan(desk["clerk"], receipt.number, NEW_PART, quantity=2)
    receiving.close(desk["clerk"], receipt.number)
    assert claim_parts.reserved(claim)[stock.as_part(NEW_PART).id] == 2   # waits in RECV
    with pytest.raises(ValidationError) as refused:
        claim_parts.issue_part(desk["clerk"], claim.number, NEW_PART, "RECV", 1)
    assert "RECV" in str(refused.value) and "Put it away into a bin first" in str(refused.value)
    with pytest.raises(InsufficientStock, match="No single bin holds 1 of 17801-0H050"):
        stock.issue_reserved(desk["clerk"], NEW_PART, None, 1, claim.number)
    with pytest.raises(ValidationError, match="RECV"):
        stock.move(desk["clerk"], NEW_PART, 1, "RECV", None, "issue", claim.number)
    assert stock.on_hand(NEW_PART, "RECV") == 2
    putaway.put_away(desk["clerk"], NEW_PART, 2, "A-01-01")
    claim_parts.issue_part(desk["clerk"], claim.number, NEW_PART, "A-01-01", 2)
    assert state(claim) == claim_states.PARTS_ISSUED
    assert quarantine_results() == ([], [])


@pytest.mark.usefixtures("headless_ui", "quiet_sounds")
def test_the_claims_scan_field_refuses_a_receiving_area_and_points_at_the_bins(qtbot, desk):
    from partsdesk.ui.pages.claims import ClaimsPage
    from tests.ui.helpers import enter, show
    claim = approved(desk, 1, PartLineData(PADS, "1"))
    stock.move(desk["clerk"], PADS, 3, None, "RECV", "receipt", "RC-TEST")
    page = show(qtbot, ClaimsPage(desk["clerk"]))
    enter(qtbot, page.search, claim.number)
    view = page.view
    assert view.claim.number == claim.number and view.issue_box.isVisible()
    enter(qtbot, view.scan, PADS)
    assert "now scan the bin it comes from (it lies in A-01-01)" in view.issue_status.text()
    enter(qtbot, view.scan, "RECV")
    assert view.issue_status.text() == (
        "RECV is not a bin (Receiving); parts are issued to repairs only from bins. Put it away "
        "into a bin first, then issue it from the bin.")
    assert view.scan.property("feedback") == "error"
    assert stock.on_hand(PADS, "RECV") == 3 and state(claim) == claim_states.APPROVED
    enter(qtbot, view.scan, "A-01-01")          # the part scanned before comes from the bin
    assert f"1 x {PADS} issued from A-01-01" in view.issue_status.text()
    assert state(claim) == claim_states.PARTS_ISSUED


def test_damaged_pieces_of_a_receipt_are_never_issued_either(desk):
    claim = approved(desk, 1, PartLineData(PADS, "1"))
    receipt = make_receipt(desk["clerk"], {PADS: 1})
    receiving.scan(desk["clerk"], receipt.number, PADS, damaged=True)
    receiving.close(desk["clerk"], receipt.number)
    assert stock.on_hand(PADS, "DEF-01") == 1
    with pytest.raises(ValidationError, match="DEF-01"):
        claim_parts.issue_part(desk["clerk"], claim.number, PADS, "DEF-01", 1)
    assert stock.on_hand(PADS, "DEF-01") == 1


def test_scrap_is_never_issued_to_a_repair(desk):
    stock.move(desk["sup"], PADS, 3, "A-01-01", "SCRAP", "scrap", reason="water damage")
    claim = approved(desk, 1, PartLineData(PADS, "1"))
    with pytest.raises(ValidationError) as refused:
        claim_parts.issue_part(desk["clerk"], claim.number, PADS, "SCRAP", 1)
    assert "SCRAP" in str(refused.value) and PADS in str(refused.value)
    assert "Scrap" in str(refused.value) and "issue from a bin" in str(refused.value)
    with pytest.raises(ValidationError, match="SCRAP"):
        stock.issue_reserved(desk["clerk"], PADS, "SCRAP", 1, claim.number)
    assert stock.on_hand(PADS, "SCRAP") == 3
    assert stock.reservations(claim.number)[0].quantity == 1


def test_another_claims_failed_part_cannot_be_moved_out_of_the_defective_store(desk):
    first, tag = stored_failed_part(desk)
    with pytest.raises(Conflict) as refused:
        stock.transfer(desk["clerk"], FILTER, 1, "DEF-01", "A-01-01")
    assert tag.number in str(refused.value) and "return shipment" in str(refused.value)
    with pytest.raises(Conflict, match=tag.number):
        stock.adjust(desk["sup"], FILTER, "DEF-01", -1, "lost")
    with pytest.raises(Conflict, match=tag.number):
        stock.move(desk["sup"], FILTER, 1, "DEF-01", "SCRAP", "scrap")
    booked_in = StockMove.get((StockMove.kind == "defective_in")
                              & (StockMove.document == tag.number))
    with pytest.raises(Conflict, match=tag.number):
        stock.reverse(desk["clerk"], booked_in.id, "wrong tag")
    # an untagged (damaged on receipt) filter beside it may go; the tag's unit stays
    receipt = make_receipt(desk["clerk"], {FILTER: 1})
    receiving.scan(desk["clerk"], receipt.number, FILTER, damaged=True)
    receiving.close(desk["clerk"], receipt.number)
    stock.move(desk["sup"], FILTER, 1, "DEF-01", "SCRAP", "scrap")
    with pytest.raises(Conflict, match="At most 0 may be taken out"):
        stock.transfer(desk["clerk"], FILTER, 1, "DEF-01", "A-01-01")
    assert stock.on_hand(FILTER, "DEF-01") == 1
    assert stock.level_differences() == []
    # packed, it still stays; shipped, it leaves with its shipment
    shipment = return_shipments.create_shipment(desk["clerk"])
    return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    with pytest.raises(Conflict, match=tag.number):
        stock.transfer(desk["clerk"], FILTER, 1, "DEF-01", "A-01-01")
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF100")
    assert stock.on_hand(FILTER, "DEF-01") == 0
    assert quarantine_results() == ([], [])


def test_db_check_finds_nothing_wrong_in_a_clean_loop(desk):
    stored_failed_part(desk)
    make_issued_claim(desk, PartLineData(PADS, "2"), vin=loop_vin(2))
    assert quarantine_results() == ([], [])


def test_db_check_names_an_issue_made_from_quarantine(desk):
    claim, _ = stored_failed_part(desk)
    recv = stock.as_location("RECV")
    issued = StockMove.get((StockMove.kind == "issue") & (StockMove.document == claim.number))
    # damage the data behind the services: the issue now comes from the receiving area
    from tests.unprotected import unprotected
    with unprotected("stock_move"):
        StockMove.update(from_location=recv.id).where(StockMove.id == issued.id).execute()
    from_bins, _ = quarantine_results()
    assert from_bins == [f"Move #{issued.id}: 1 x {FILTER} issued to {claim.number} from RECV "
                         "(Receiving), not from a bin"]


def test_db_check_names_a_tag_whose_part_is_not_in_the_defective_store(desk):
    _, tag = stored_failed_part(desk)
    _, other = stored_failed_part(desk, serial=2)
    from partsdesk.db.models.stock import StockLevel
    # damage the data behind the services: one of the two failed filters vanished
    (StockLevel.update(on_hand=Decimal("1"))
     .where((StockLevel.part == tag.part_id) & (StockLevel.location == tag.location_id))
     .execute())
    DefectTag.update(location=None).where(DefectTag.id == other.id).execute()
    _, tagged = quarantine_results()
    assert tagged == [f"Tag {other.number} is in the defective store but names no location"]
    DefectTag.update(location=tag.location_id).where(DefectTag.id == other.id).execute()
    _, tagged = quarantine_results()
    assert tagged == [f"{FILTER} in DEF-01: 2 under tags ({tag.number}, {other.number}), but 1 "
                      "on hand"]
