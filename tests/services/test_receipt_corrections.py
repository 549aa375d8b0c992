"""Correcting a reopened receipt after its parts were reserved for a parts request or put away:
stock, reservations and parts requests stay right (available never below zero), and the
receipt can always be closed again."""

from decimal import Decimal

import pytest

from partsdesk.db.models.claims import PartsRequest, PartsRequestLine
from partsdesk.db.models.stock import StockMove
from partsdesk.services import (approvals, audit, claim_parts, claim_states, putaway, receiving,
                                stock)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict
from tests.factories import loop_vin, make_claim, make_location, make_part, make_receipt

BACKENDS = ("sqlite", "postgres")

AIR = "17801-0H050"         # nobody has it in stock: a claim for it waits for a parts request


@pytest.fixture
def desk(desk):
    make_location(desk["clerk"], "RECV", "receiving")
    make_location(desk["clerk"], "B-02-01")
    make_part(desk["clerk"], AIR, name="Air filter", unit_price="80.00")
    return desk


def waiting_claim(desk, quantity, serial=1):
    """An approved claim for ``quantity`` air filters, all on its parts request."""
    claim = make_claim(desk["wa"], vin=loop_vin(serial), parts=[PartLineData(AIR, quantity)])
    approvals.submit(desk["wa"], claim.number)
    return approvals.approve(desk["sup"], claim.number)


def received(desk, quantity):
    """A closed receipt of ``quantity`` air filters (reserved for waiting claims on closing)."""
    receipt = make_receipt(desk["clerk"], {AIR: quantity})
    receiving.scan(desk["clerk"], receipt.number, AIR, quantity=quantity)
    receiving.close(desk["clerk"], receipt.number)
    return receipt


def recount(desk, receipt, quantity):
    """Reopen the receipt and replace its scans by one of ``quantity``."""
    receiving.reopen(desk["sup"], receipt.number, "the cartons were counted twice")
    for made in receiving.scans(receipt.number):
        if made.outcome != "voided" and not made.quantity < 0:
            receiving.void_scan(desk["clerk"], receipt.number, made.id)
    receiving.scan(desk["clerk"], receipt.number, AIR, quantity=quantity)


def request_line(claim):
    return (PartsRequestLine.select().join(PartsRequest)
            .where(PartsRequest.claim == claim.id).get())


def reserved_for(claim):
    return claim_parts.reserved(claim_states.get_claim(claim.number)).get(stock.as_part(AIR).id,
                                                                          Decimal("0"))


def assert_stock_right():
    assert stock.available(AIR) >= 0
    assert stock.level_differences() == []


def test_correcting_a_reopened_receipt_after_allocation_keeps_stock_and_reservations_right(desk):
    claim = waiting_claim(desk, 5)
    receipt = received(desk, 5)
    assert reserved_for(claim) == 5 and request_line(claim).request.state == "received"
    recount(desk, receipt, 3)
    receiving.close(desk["clerk"], receipt.number)
    assert stock.on_hand(AIR, "RECV") == 3
    assert reserved_for(claim) == 3 and stock.available(AIR) == 0
    line = request_line(claim)
    assert line.received_quantity == 3 and line.request.state == "open"
    assert [(ln.request.number, ln.quantity - ln.received_quantity)
            for ln in claim_parts.open_requests(AIR)] == [(line.request.number, 2)]
    said = [e.summary for e in audit.history("claim", claim.number)
            if e.action == "claim.parts_unreserved"]
    assert said == [f"2 x {AIR} no longer reserved: receipt {receipt.number} brought fewer; "
                    f"parts request {line.request.number} waits for it again"]
    assert "receipt.unallocate" in [e.action for e in receiving.history(receipt.number)]
    assert_stock_right()
    # the next delivery fills the request again
    received(desk, 2)
    assert reserved_for(claim) == 5 and request_line(claim).request.state == "received"
    assert_stock_right()


def test_a_correction_is_taken_from_unreserved_stock_first(desk):
    spare = received(desk, 10)          # nobody waits yet: 10 free filters
    claim = waiting_claim(desk, 5)      # reserved at approval from the free ones
    receipt = received(desk, 4)
    assert reserved_for(claim) == 5 and stock.available(AIR) == 9
    recount(desk, receipt, 1)
    receiving.close(desk["clerk"], receipt.number)
    assert reserved_for(claim) == 5 and stock.available(AIR) == 6
    assert not [e for e in receiving.history(receipt.number) if e.action == "receipt.unallocate"]
    assert stock.on_hand(AIR, "RECV") == 11
    assert receiving.get_receipt(spare.number).status == "closed"
    assert_stock_right()


def test_correcting_a_reopened_receipt_after_put_away_takes_it_from_the_bin(desk):
    claim = waiting_claim(desk, 5)
    receipt = received(desk, 5)
    putaway.put_away(desk["clerk"], AIR, 5, "B-02-01")
    claim_parts.issue_part(desk["clerk"], claim.number, AIR, "B-02-01", 2)
    recount(desk, receipt, 3)
    receiving.close(desk["clerk"], receipt.number)
    assert stock.on_hand(AIR, "B-02-01") == 1 and stock.on_hand(AIR, "RECV") == 0
    taken = StockMove.select().where((StockMove.document == receipt.number)
                                     & (StockMove.from_location.is_null(False))).get()
    assert (taken.from_location.code, taken.quantity, taken.kind) == ("B-02-01", 2, "receipt")
    # two were issued, one is still reserved, two wait for the parts request again
    assert reserved_for(claim) == 1 and request_line(claim).received_quantity == 3
    assert stock.available(AIR) == 0
    events = {e.action: e.summary for e in receiving.history(receipt.number)}
    assert events["receipt.take_back"] == f"2 x {AIR} taken back out of stock: B-02-01 2"
    claim_parts.issue_part(desk["clerk"], claim.number, AIR, "B-02-01", 1)
    assert claim_states.get_claim(claim.number).state == claim_states.APPROVED   # waits for 2
    assert_stock_right()


def test_a_correction_that_stock_cannot_cover_moves_the_newest_claim_back_to_a_request(desk):
    receipt = received(desk, 5)
    putaway.put_away(desk["clerk"], AIR, 5, "B-02-01")
    older = waiting_claim(desk, 2, serial=1)        # both reserved at approval, no request
    newer = waiting_claim(desk, 3, serial=2)
    assert not PartsRequest.select().exists()
    recount(desk, receipt, 4)
    receiving.close(desk["clerk"], receipt.number)
    assert reserved_for(older) == 2 and reserved_for(newer) == 2
    request = PartsRequest.get(PartsRequest.claim == newer.id)
    assert [(ln.part.part_no, ln.quantity) for ln in request.lines] == [(AIR, 1)]
    assert stock.available(AIR) == 0
    assert_stock_right()


def test_a_reopened_receipt_can_always_be_closed_again(desk):
    claim = waiting_claim(desk, 5)
    receipt = received(desk, 5)
    putaway.put_away(desk["clerk"], AIR, 5, "B-02-01")
    claim_parts.issue_part(desk["clerk"], claim.number, AIR, "B-02-01", 5)
    # reopened and closed unchanged: nothing to post
    receiving.reopen(desk["sup"], receipt.number, "checking the delivery note")
    assert receiving.close(desk["clerk"], receipt.number) == []
    # corrected to 3 when all 5 have gone to the repair: refused with the reason, stays open
    recount(desk, receipt, 3)
    moves_before = StockMove.select().count()
    with pytest.raises(Conflict) as refused:
        receiving.close(desk["clerk"], receipt.number)
    message = str(refused.value)
    assert receipt.number in message and AIR in message
    assert "only 0 of it is still in RECV or the bins it was put away into" in message
    assert "scan the receipt back to the 5 it posted" in message
    assert receiving.get_receipt(receipt.number).status == "open"
    assert StockMove.select().count() == moves_before
    # scanned back to what it posted, it closes as it was
    receiving.scan(desk["clerk"], receipt.number, AIR, quantity=2)
    receiving.close(desk["clerk"], receipt.number)
    assert receiving.get_receipt(receipt.number).status == "closed"
    assert claim_states.get_claim(claim.number).state == claim_states.PARTS_ISSUED
    assert_stock_right()


def test_correcting_damaged_pieces_down_takes_them_out_of_the_defective_store(desk):
    receipt = make_receipt(desk["clerk"], {AIR: 2})
    receiving.scan(desk["clerk"], receipt.number, AIR, damaged=True)
    receiving.scan(desk["clerk"], receipt.number, AIR)
    receiving.close(desk["clerk"], receipt.number)
    assert stock.on_hand(AIR, "DEF-01") == 1
    receiving.reopen(desk["sup"], receipt.number, "the damaged box was fine")
    damaged = [s for s in receiving.scans(receipt.number) if s.outcome == "damaged"][0]
    receiving.void_scan(desk["clerk"], receipt.number, damaged.id)
    receiving.scan(desk["clerk"], receipt.number, AIR)
    receiving.close(desk["clerk"], receipt.number)
    assert stock.on_hand(AIR, "DEF-01") == 0 and stock.on_hand(AIR, "RECV") == 2
    assert_stock_right()
