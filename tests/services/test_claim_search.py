from datetime import date, timedelta
from decimal import Decimal

import pytest

from partsdesk.services import approvals, claim_parts, claim_search, claim_states, stock
from partsdesk.services.claim_search import Filters
from partsdesk.services.claims import PartLineData
from tests.factories import VIN, make_claim, make_codes, make_location, make_part, make_user

OTHER_VIN = "LSVAB4180E2000001"
FILTER, PADS = "15208-65F0E", "41060-4BA0A"


@pytest.fixture
def desk(admin):
    make_codes(admin)
    clerk = make_user(admin, "pc", "parts_clerk")
    make_part(clerk, FILTER, name="Oil filter", unit_price="38.50", must_return=True)
    make_part(clerk, PADS, name="Brake pads", unit_price="420.00")
    make_location(clerk, "A-01-01")
    stock.move(clerk, FILTER, 1, None, "A-01-01", "receipt", "RC-TEST")
    wa = make_user(admin, "wa", "warranty_admin")
    sup = make_user(admin, "sup", "supervisor")
    first = make_claim(wa, customer_name="Zhang Wei", customer_phone="13800138000",
                       parts=[PartLineData(FILTER, "2")],
                       repair_date=date.today() - timedelta(days=40))
    second = make_claim(wa, OTHER_VIN, customer_name="李娜", customer_phone="13912345678",
                        vin_override_reason="Export market", parts=[PartLineData(PADS)])
    approvals.submit(wa, first.number)
    approvals.approve(sup, first.number)
    return {"first": first.number, "second": second.number, "clerk": clerk, "wa": wa}


def numbers(text="", **filters):
    return [row[1] for row in claim_search.search_claims(text, Filters(**filters))]


def test_one_box_finds_a_claim_by_number_vin_tail_customer_phone_or_part(desk):
    first, second = desk["first"], desk["second"]
    assert numbers(first) == [first]
    assert numbers(first[:8].lower()) == [second, first]
    assert numbers(VIN) == [first]
    assert numbers("042788") == [first]            # last 6 characters of the VIN
    assert numbers("p042788") == [first]
    assert numbers("zhang wei".title()) == [first]
    assert numbers("李") == [second]
    assert numbers("139 1234") == [second]
    assert numbers(PADS.lower()) == [second]
    assert numbers("nothing-like-it") == []


def test_filters_by_state_repair_date_and_approver(desk):
    assert numbers(states=(claim_states.DRAFT,)) == [desk["second"]]
    assert numbers(states=(claim_states.APPROVED, claim_states.DRAFT)) == [desk["second"],
                                                                           desk["first"]]
    assert numbers(date_from=date.today() - timedelta(days=7)) == [desk["second"]]
    assert numbers(date_to=date.today() - timedelta(days=7)) == [desk["first"]]
    assert numbers(approver="sup") == [desk["first"]]
    assert numbers("13", approver="nobody") == []
    assert claim_search.count_claims(Filters(states=(claim_states.APPROVED,))) == 1


def test_the_list_pages_by_key_newest_first(desk):
    for _ in range(3):
        make_claim(desk["wa"])
    first_page = claim_search.search_claims(limit=2)
    second_page = claim_search.search_claims(after=first_page[-1][0], limit=2)
    third_page = claim_search.search_claims(after=second_page[-1][0], limit=2)
    ids = [r[0] for r in first_page + second_page + third_page]
    assert ids == sorted(ids, reverse=True) and len(ids) == 5


def test_a_row_shows_what_the_list_needs(desk):
    row = claim_search.ClaimRow(*claim_search.search_claims(desk["first"])[0])
    assert (row.vin, row.model, row.fault_code, row.approved_by, row.state) == (
        VIN, "SED20", "F101", "sup", claim_states.APPROVED)
    assert row.total_amount == Decimal("137.00")


def test_the_history_holds_the_claim_its_reservations_and_parts_requests(desk):
    actions = [e.action for e in claim_search.history(desk["first"])]
    assert actions[:3] == ["claim.create", "claim.submit", "claim.approve"]
    assert "stock.reserve" in actions and "parts_request.create" in actions
    assert all(e.user is not None for e in claim_search.history(desk["first"]))


def test_where_are_the_parts_answers_reserved_issued_and_requested(desk):
    claim_parts.issue_part(desk["clerk"], desk["first"], FILTER, "A-01-01", 1)
    [status] = claim_search.where_are_the_parts(desk["first"])
    assert (status.quantity, status.reserved, status.issued, status.requested) == (
        Decimal("2"), Decimal("0"), Decimal("1"), Decimal("1"))
    assert status.requests.startswith("PR-") and status.must_return
