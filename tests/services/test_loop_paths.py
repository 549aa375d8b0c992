"""Every path of the claim loop, from the repair to the money, with the settlement gate checked
at each step: no batch function and no hand-made call puts an unsettleable claim in a batch, and
the refusal says what is missing."""

from datetime import date
from decimal import Decimal

import pytest

from partsdesk.documents import voucher
from partsdesk.services import (batches, claim_states, claims, gate, return_inspection,
                                return_shipments, returns, vouchers)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import (ClaimNotSettleable, ClaimStateError, Conflict,
                                       PermissionDenied, ValidationError)
from tests.factories import (FILTER, PADS, PUMP, VIN, loop_vin, make_claim, make_issued_claim,
                             settle, ship_and_receive, sign, state)

BACKENDS = ("sqlite", "postgres")
OTHER_VIN = loop_vin(2)


def assert_gate_holds(desk, claim, *missing):
    """Neither a new batch nor adding to an open batch takes the claim; the message names the
    claim and each thing it misses."""
    with pytest.raises(ClaimNotSettleable) as refused:
        batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    message = str(refused.value)
    assert claim.number in message
    for words in missing:
        assert words in message, message
    assert refused.value.blockers[claim.number] == gate.blockers(
        claim_states.get_claim(claim.number))            # as it is now, not as it was read
    with pytest.raises(ClaimNotSettleable, match=claim.number):
        batches.add_claim(desk["sc"], open_batch(desk).number, claim.number)


def open_batch(desk):
    """An open batch with one settleable claim of its own (so add_claim has somewhere to go)."""
    from partsdesk.db.models.settlement import SettlementBatch
    batch = SettlementBatch.get_or_none(SettlementBatch.state == "open")
    if batch:
        return batch
    spare = make_issued_claim(desk, vin=loop_vin(99))
    sign(desk, spare)
    return batches.create_batch(desk["sc"], claim_numbers=[spare.number])


def test_all_parts_returned_and_confirmed_then_signed_goes_to_the_money(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    assert_gate_holds(desk, claim, "voucher has not been printed", "has not been shipped")
    ship_and_receive(desk, claim)
    assert state(claim) == claim_states.PARTS_ISSUED                 # not repaired yet
    assert_gate_holds(desk, claim, "voucher has not been printed")
    voucher.print_voucher(desk["wa"], claim.number)
    assert state(claim) == claim_states.PARTS_RETURNED
    assert_gate_holds(desk, claim, "signed by the customer has not been recorded")
    vouchers.record_signed(desk["wa"], claim.number, date.today(), "Zhang Min")
    assert state(claim) == claim_states.SETTLEABLE and gate.blockers(claim) == []
    batch = settle(desk, claim)
    assert state(claim) == claim_states.CLOSED
    assert batch.payment_amount == claim.total_amount and batch.differences_total == 0


def test_signed_first_then_the_parts_come_back(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    sign(desk, claim)
    assert state(claim) == claim_states.SIGNED
    assert_gate_holds(desk, claim, f"Tag {returns.tags_of(claim)[0].number} ({FILTER}) has "
                                   "not been shipped")
    ship_and_receive(desk, claim)
    assert state(claim) == claim_states.SETTLEABLE


def test_one_tag_missing_blocks_until_it_is_written_off_with_a_charge_back(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    sign(desk, claim)
    shipment = return_shipments.create_shipment(desk["clerk"])
    f_tag, p_tag = returns.tags_of(claim)
    for tag in (f_tag, p_tag):
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "EMS", "E1")
    return_inspection.receive(desk["ri"], f_tag.number)
    return_inspection.inspect(desk["ri"], f_tag.number, claim_states.CONFIRMED)
    assert [line.tag for line in return_shipments.missing(shipment.number)] == [p_tag.number]
    assert_gate_holds(desk, claim, f"Tag {p_tag.number} ({PUMP}) has not been received yet")
    assert state(claim) == claim_states.SIGNED
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.MISSING, "Not in the parcel")
    assert state(claim) == claim_states.SETTLEABLE
    batch = settle(desk, claim)
    # the pump's 860.00 and its share of the labour: 860.00 / 898.50 parts x 60.00 = 57.43
    assert batch.differences_total == Decimal("917.43")
    assert batch.payment_amount == claim.total_amount - Decimal("917.43")


def test_no_fault_found_charges_the_part_back_and_the_payment_matches(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER, "2"))
    sign(desk, claim)
    ship_and_receive(desk, claim, {FILTER: (claim_states.NO_FAULT, "Tested tight at 3 bar")})
    assert state(claim) == claim_states.SETTLEABLE
    batch = settle(desk, claim)
    line = batches.batch_lines(batch.number)[0]
    # two filters (77.00) and, as the only part, all of the labour (60.00)
    assert (line.claimed, line.differences, line.paid) == (
        claim.total_amount, Decimal("137.00"), Decimal("0.00"))


def test_a_claim_with_no_part_to_return_skips_the_return_step(desk):
    claim = make_issued_claim(desk, PartLineData(PADS))
    assert returns.tags_of(claim) == []
    assert_gate_holds(desk, claim, "voucher has not been printed")
    voucher.print_voucher(desk["wa"], claim.number)
    assert state(claim) == claim_states.REPAIRED
    vouchers.record_signed(desk["wa"], claim.number, date.today())
    assert state(claim) == claim_states.SETTLEABLE
    assert settle(desk, claim).state == "closed"


def test_a_labour_only_claim_is_repaired_by_its_voucher_and_settles(desk):
    claim = make_issued_claim(desk)
    assert state(claim) == claim_states.APPROVED
    sign(desk, claim)
    assert state(claim) == claim_states.SETTLEABLE


def test_a_missing_signed_copy_blocks_a_claim_whose_parts_are_all_back(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    voucher.print_voucher(desk["wa"], claim.number)
    ship_and_receive(desk, claim)
    assert state(claim) == claim_states.PARTS_RETURNED
    assert gate.blockers(claim) == [
        "The voucher signed by the customer has not been recorded."]
    assert_gate_holds(desk, claim, "signed by the customer has not been recorded")
    with pytest.raises(ClaimNotSettleable,
                       match="The voucher signed by the customer has not been recorded"):
        batches.create_batch(desk["sc"], date(2000, 1, 1), date.today(),
                             claim_numbers=[claim.number])


def test_a_claim_cancelled_in_the_middle_never_reaches_settlement(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    voucher.print_voucher(desk["wa"], claim.number)
    tag = returns.tags_of(claim)[0]
    returns.store(desk["clerk"], tag.number)
    claims.cancel(desk["sup"], claim.number, "Vehicle sold abroad")
    assert_gate_holds(desk, claim, "The claim is Cancelled: Vehicle sold abroad.")
    with pytest.raises(Conflict, match="is Cancelled; no signed voucher"):
        vouchers.record_signed(desk["wa"], claim.number, date.today())
    with pytest.raises(Conflict, match="Vehicle sold abroad"):
        return_shipments.pack(desk["clerk"], return_shipments.create_shipment(desk["clerk"]).number,
                              tag.number)


def test_the_batch_by_period_takes_only_settleable_claims(desk):
    ready = make_issued_claim(desk, PartLineData(PADS))
    sign(desk, ready)
    waiting = make_issued_claim(desk, PartLineData(FILTER), vin=OTHER_VIN)
    sign(desk, waiting)
    batch = batches.create_batch(desk["sc"], date.today().replace(day=1), date.today())
    assert [line.number for line in batches.batch_lines(batch.number)] == [ready.number]
    assert state(waiting) == claim_states.SIGNED


def test_a_hand_made_move_to_settleable_does_not_open_the_gate(desk):
    from partsdesk.db.connection import transaction
    from partsdesk.db.models.claims import Claim
    claim = make_issued_claim(desk, PartLineData(FILTER))
    sign(desk, claim)
    with pytest.raises(ClaimNotSettleable, match="has not been shipped"):
        with transaction():                     # a service asked to skip the return step
            gate.move_to(desk["wa"], claim_states.get_claim(claim.number),
                         claim_states.SETTLEABLE, "claim.test", "forced")
    assert state(claim) == claim_states.SIGNED
    Claim.update(state=claim_states.SETTLEABLE).where(Claim.id == claim.id).execute()   # by hand
    assert_gate_holds(desk, claim, "has not been shipped")
    with pytest.raises(ValidationError, match="settlement overview says"):
        batches.create_batch(desk["sc"], date(2000, 1, 1), date.today())
    with pytest.raises(ClaimNotSettleable, match="has not been shipped"):
        with transaction():
            gate.move_to(desk["sc"], claim_states.get_claim(claim.number), claim_states.IN_BATCH,
                         "claim.test", "forced")
    with pytest.raises(ClaimStateError, match="is Draft; it cannot become In settlement batch"):
        with transaction():
            gate.move_to(desk["wa"], make_claim(desk["wa"], vin=OTHER_VIN),
                         claim_states.IN_BATCH, "claim.test", "forced")


def test_a_claim_forced_into_settleable_never_reaches_a_batch_by_period(desk):
    from partsdesk.db.models.claims import Claim
    ready = make_issued_claim(desk, PartLineData(PADS))
    sign(desk, ready)
    forced = make_issued_claim(desk, PartLineData(FILTER), vin=OTHER_VIN)
    sign(desk, forced)
    Claim.update(state=claim_states.SETTLEABLE).where(Claim.id == forced.id).execute()
    assert [c.number for c in batches.settleable_claims()] == [ready.number]
    batch = batches.create_batch(desk["sc"], date(2000, 1, 1), date.today())
    assert [line.number for line in batches.batch_lines(batch.number)] == [ready.number]
    assert state(forced) == claim_states.SETTLEABLE           # left where it was, still blocked
    assert "has not been shipped" in " ".join(gate.blockers(forced))


def test_a_move_is_made_only_by_a_role_that_may_make_it(desk):
    from partsdesk.db.connection import transaction
    claim = make_issued_claim(desk)                     # labour only: nothing to return
    sign(desk, claim)
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(PermissionDenied, match="record settlement payments"):
        with transaction():
            gate.move_to(desk["ri"], claim_states.get_claim(claim.number), claim_states.PAID,
                         "claim.paid", "forced")
    assert state(claim) == claim_states.IN_BATCH


def test_only_the_services_move_a_claim():
    """The pages, the command line and the documents ask a service; none moves a claim."""
    from pathlib import Path

    import partsdesk
    root = Path(partsdesk.__file__).parent
    offenders = [str(path.relative_to(root)) for path in root.rglob("*.py")
                 if path.parent.name != "services" and "move_to" in path.read_text("utf-8")]
    assert offenders == []


def test_the_settlement_overview_says_per_claim_what_blocks_it(desk):
    waiting = make_issued_claim(desk, PartLineData(FILTER))
    ready = make_issued_claim(desk, PartLineData(PADS), vin=OTHER_VIN)
    sign(desk, ready)
    rows = {row.number: row for row in gate.overview()}
    assert rows[ready.number].blockers == ""
    assert "voucher has not been printed" in rows[waiting.number].blockers
    assert "has not been shipped" in rows[waiting.number].blockers
    assert VIN and rows[waiting.number].state == claim_states.PARTS_ISSUED


def test_the_demo_shows_every_state_of_the_loop(desk):
    from partsdesk.db.models.claims import Claim
    from partsdesk.db.models.returns import DefectTag, ReturnShipment
    from partsdesk.db.models.settlement import SettlementBatch
    from partsdesk.demo import loop as demo_loop
    assert demo_loop.add_loop()["loop claims"] == sum(n for _, n in demo_loop.PLAN)
    states = {state for (state,) in Claim.select(Claim.state).tuples()}
    assert {claim_states.PARTS_ISSUED, claim_states.REPAIRED, claim_states.SIGNED,
            claim_states.PARTS_RETURNED, claim_states.SETTLEABLE, claim_states.IN_BATCH,
            claim_states.PAID, claim_states.CLOSED, claim_states.CANCELLED} <= states
    assert {s for (s,) in DefectTag.select(DefectTag.state).tuples()} == set(
        claim_states.TAG_STATES)
    assert {s for (s,) in ReturnShipment.select(ReturnShipment.state).tuples()} == {
        "open", "shipped"}
    assert {s for (s,) in SettlementBatch.select(SettlementBatch.state).tuples()} == {
        "open", "submitted", "paid", "closed"}
    assert returns.overdue() and any(row.blockers for row in gate.overview())
