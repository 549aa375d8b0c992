"""Defective-part returns: tags at issue, the defective store, shipments, receipt, inspection."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from partsdesk.db.models.returns import DefectTag
from partsdesk.db.models.settlement import Difference
from partsdesk.services import (approvals, batches, claim_search, claim_states, claims,
                                return_inspection, return_shipments, returns, scanning, stock)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.factories import FILTER, PADS, PUMP, make_issued_claim

BACKENDS = ("sqlite", "postgres")


def test_issuing_a_part_that_must_be_returned_creates_its_tag(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER, "2"), PartLineData(PADS, "1"))
    tags = returns.tags_of(claim)
    assert [(t.part.part_no, t.quantity, t.state) for t in tags] == [
        (FILTER, Decimal("2"), claim_states.TAGGED)]
    tag = tags[0]
    assert tag.number.startswith("DT-") and tag.repair_date == claim.repair_date
    found = scanning.resolve(tag.number.lower())
    assert found.kind == "tag" and found.record.id == tag.id


def test_a_part_issued_in_two_scans_gets_a_tag_for_each(desk):
    from partsdesk.services import claim_parts
    from tests.factories import make_claim
    claim = make_claim(desk["wa"], parts=[PartLineData(PUMP, "2")])
    approvals.submit(desk["wa"], claim.number)
    approvals.approve(desk["sup"], claim.number)
    claim_parts.issue_part(desk["clerk"], claim.number, PUMP, "A-01-01", 1)
    claim_parts.issue_part(desk["clerk"], claim.number, PUMP, "A-01-01", 1)
    assert [t.quantity for t in returns.tags_of(claim)] == [Decimal("1"), Decimal("1")]


def test_scanning_a_tag_books_the_failed_part_into_the_defective_store(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER, "2"))
    tag = returns.tags_of(claim)[0]
    returns.store(desk["clerk"], f"  {tag.number}\r")
    assert stock.on_hand(FILTER, "DEF-01") == Decimal("2")
    assert stock.on_hand(FILTER) == Decimal("18")            # defective stock is not usable
    tag = DefectTag.get_by_id(tag.id)
    assert tag.state == claim_states.STORED and tag.location.code == "DEF-01"
    with pytest.raises(Conflict, match="already in the defective store DEF-01"):
        returns.store(desk["clerk"], tag.number)
    with pytest.raises(ValidationError, match="A-01-01 is not a defective store"):
        returns.store(desk["clerk"], returns.tags_of(
            make_issued_claim(desk, PartLineData(FILTER), vin="JH4KA7561PC008269"))[0].number,
            "A-01-01")


def test_scanning_something_else_than_a_tag_says_what_it_was(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    with pytest.raises(NotFound, match=f"Warranty claim {claim.number} is not a defective"):
        returns.store(desk["clerk"], claim.number)
    with pytest.raises(NotFound, match="\"NOPE\" is not a defective-part tag"):
        returns.store(desk["clerk"], "nope")


def test_failed_parts_kept_past_the_retention_time_are_overdue(desk, admin):
    old = make_issued_claim(desk, PartLineData(FILTER),
                            repair_date=date.today() - timedelta(days=40))
    make_issued_claim(desk, PartLineData(FILTER), vin="JH4KA7561PC008269",
                      repair_date=date.today() - timedelta(days=5))
    late = returns.overdue()
    assert [(r.claim, r.days) for r in late] == [(old.number, 40)]
    returns.configure(admin, days=3)
    assert len(returns.overdue()) == 2
    assert returns.overdue(after=(late[0].repair_date, late[0].id))[0].days == 5


def test_a_return_shipment_packs_tags_ships_them_and_shows_what_is_missing(desk):
    one = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    f_tag, p_tag = returns.tags_of(one)
    returns.store(desk["clerk"], f_tag.number)
    shipment = return_shipments.create_shipment(desk["clerk"])
    return_shipments.pack(desk["clerk"], shipment.number, f_tag.number)
    return_shipments.pack(desk["clerk"], shipment.number, p_tag.number)   # booked in on the way
    assert stock.on_hand(PUMP, "DEF-01") == Decimal("1")
    with pytest.raises(Conflict, match="already in this shipment"):
        return_shipments.pack(desk["clerk"], shipment.number, p_tag.number)
    other = return_shipments.create_shipment(desk["clerk"])
    with pytest.raises(Conflict, match=f"already in return shipment {shipment.number}"):
        return_shipments.pack(desk["clerk"], other.number, p_tag.number)
    with pytest.raises(ValidationError, match="tracking number"):
        return_shipments.ship(desk["clerk"], shipment.number, "SF Express", " ")
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF1234567890")
    assert stock.on_hand(PUMP, "DEF-01") == 0 and stock.on_hand(FILTER, "DEF-01") == 0
    assert [line.tag for line in return_shipments.missing(shipment.number)] == [f_tag.number,
                                                                                p_tag.number]
    return_inspection.receive(desk["ri"], p_tag.number)
    assert [line.tag for line in return_shipments.missing(shipment.number)] == [f_tag.number]
    with pytest.raises(Conflict, match="has been shipped"):
        return_shipments.pack(desk["clerk"], shipment.number, f_tag.number)
    row = return_shipments.search_shipments(shipment.number)[0]
    assert (row.tags, row.outstanding, row.tracking_number) == (2, 1, "SF1234567890")
    assert stock.level_differences() == []


def test_a_tag_of_a_cancelled_claim_is_refused_with_the_reason(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    tag = returns.tags_of(claim)[0]
    claims.cancel(desk["wa"], claim.number, "Customer withdrew the claim")
    shipment = return_shipments.create_shipment(desk["clerk"])
    with pytest.raises(Conflict, match="cancelled \\(Customer withdrew the claim\\)"):
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)


def test_a_claim_cancelled_after_packing_stops_the_shipment_until_its_tag_is_out(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    keep = make_issued_claim(desk, PartLineData(PUMP), vin="JH4KA7561PC008269")
    shipment = return_shipments.create_shipment(desk["clerk"])
    for tag in returns.tags_of(claim) + returns.tags_of(keep):
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    claims.cancel(desk["wa"], claim.number, "Duplicate entry")
    with pytest.raises(Conflict, match="Duplicate entry"):
        return_shipments.ship(desk["clerk"], shipment.number, "EMS", "E1")
    return_shipments.unpack(desk["clerk"], shipment.number, returns.tags_of(claim)[0].number)
    return_shipments.ship(desk["clerk"], shipment.number, "EMS", "E1")
    assert stock.on_hand(FILTER, "DEF-01") == 1         # stays in the store for scrapping


def _shipped(desk, claim):
    shipment = return_shipments.create_shipment(desk["clerk"])
    for tag in returns.tags_of(claim):
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF1")
    return shipment


def test_an_inspection_other_than_confirmed_charges_the_part_line_back(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER, "2"), PartLineData(PUMP))
    _shipped(desk, claim)
    f_tag, p_tag = returns.tags_of(claim)
    with pytest.raises(Conflict, match="receive it before recording the inspection"):
        return_inspection.inspect(desk["ri"], f_tag.number, claim_states.CONFIRMED)
    return_inspection.receive(desk["ri"], f_tag.number)
    with pytest.raises(ValidationError, match="Say why"):
        return_inspection.inspect(desk["ri"], f_tag.number, claim_states.NO_FAULT)
    return_inspection.inspect(desk["ri"], f_tag.number, claim_states.NO_FAULT,
                              "Filter tested tight")
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.MISSING, "Not in the box")
    differences = list(claim_states.get_claim(claim.number).differences.order_by(Difference.id))
    # parts 77.00 + 860.00 = 937.00, labour 60.00 shared: 4.93 and 55.07
    assert [(d.tag, d.amount, d.source, d.code) for d in differences] == [
        (f_tag.number, Decimal("81.93"), "inspection", "inspection.no_fault_found"),
        (p_tag.number, Decimal("915.07"), "inspection", "inspection.missing")]
    assert differences[0].reason == "Filter tested tight"          # the inspector's words only
    assert batches.difference_label(differences[0], "en") == (
        f"Tag {f_tag.number}: No fault found — Filter tested tight")
    assert batches.differences_of(claim) == claim.total_amount
    with pytest.raises(Conflict, match="already inspected: No fault found"):
        return_inspection.inspect(desk["ri"], f_tag.number, claim_states.CONFIRMED)


def test_a_charge_back_can_be_set_by_hand(desk):
    claim = make_issued_claim(desk, PartLineData(PUMP))
    _shipped(desk, claim)
    tag = returns.tags_of(claim)[0]
    return_inspection.receive(desk["ri"], tag.number)
    return_inspection.inspect(desk["ri"], tag.number, claim_states.WRONG_PART,
                              "Pump of another model", "120",
                              charge_back_reason="Dealer pays the freight only")
    assert batches.differences_of(claim) == Decimal("120.00")
    assert returns.inspection_of(tag).charge_back_reason == "Dealer pays the freight only"


def test_tags_and_shipments_find_their_claim_in_the_claim_search(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    tag = returns.tags_of(claim)[0]
    shipment = _shipped(desk, claim)
    for term in (tag.number, tag.number[:-2], shipment.number):
        assert [r.number for r in claim_search.search_claims(term)] == [claim.number]


def test_returns_obey_the_role_table(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    tag = returns.tags_of(claim)[0]
    with pytest.raises(PermissionDenied, match="book defective parts"):
        returns.store(desk["wa"], tag.number)
    with pytest.raises(PermissionDenied, match="pack and ship"):
        return_shipments.create_shipment(desk["sc"])
    with pytest.raises(PermissionDenied, match="receive and inspect"):
        return_inspection.receive(desk["sc"], tag.number)
