"""A batch's figures, computed once (batches.batch_figures) for the page, the statement PDF and
the Excel statement: what the statement asked for never moves when the payment differs from it,
and every claim says what it was paid and why."""

from datetime import date
from decimal import Decimal

from partsdesk.services import audit, batches, claim_states, returns
from partsdesk.services.claims import PartLineData
from tests.factories import FILTER, PADS, PUMP, loop_vin, make_issued_claim, ship_and_receive, sign

BACKENDS = ("sqlite", "postgres")


def settleable(desk, serial, *parts, outcomes=None):
    claim = make_issued_claim(desk, *(parts or (PartLineData(PADS),)), vin=loop_vin(serial))
    sign(desk, claim)
    if returns.tags_of(claim):
        ship_and_receive(desk, claim, outcomes)
    assert claim_states.get_claim(claim.number).state == claim_states.SETTLEABLE
    return claim_states.get_claim(claim.number)


def submitted(desk, *chosen):
    batch = batches.create_batch(desk["sc"], claim_numbers=[c.number for c in chosen])
    batches.submit_batch(desk["sc"], batch.number)
    return batch.number


def test_a_short_payment_leaves_what_the_statement_asked_and_says_why(desk):
    clean = settleable(desk, 1, PartLineData(FILTER), PartLineData(PADS))
    pump = settleable(desk, 2, PartLineData(PUMP),
                      outcomes={PUMP: (claim_states.NO_FAULT, "Bench test passed")})
    number = submitted(desk, clean, pump)
    before = batches.batch_figures(number)
    charge_backs = batches.differences_of(pump)
    assert charge_backs > 0
    claimed = clean.total_amount + pump.total_amount
    assert (before.claimed, before.charge_backs, before.expected) == (
        claimed, charge_backs, claimed - charge_backs)
    assert (before.paid, before.shortfall, before.paid_differences) == (None, None, 0)
    assert [line.paid for line in before.lines] == [None, None]

    batches.record_payment(desk["sc"], number, before.expected - Decimal("26.80"),
                           date.today(), "TT-SHORT",
                           {clean.number: ("26.80", "Labour capped at 1.0 h")})
    after = batches.batch_figures(number)
    assert (after.claimed, after.charge_backs, after.expected) == (
        before.claimed, before.charge_backs, before.expected)   # the statement did not move
    assert after.expected == batches.get_batch(number).expected_total
    assert (after.paid_differences, after.paid, after.shortfall) == (
        Decimal("26.80"), before.expected - Decimal("26.80"), Decimal("26.80"))
    lines = {line.number: line for line in after.lines}
    mine = lines[clean.number]
    assert (mine.claimed, mine.charge_backs, mine.expected, mine.paid_difference, mine.paid) == (
        clean.total_amount, 0, clean.total_amount, Decimal("26.80"),
        clean.total_amount - Decimal("26.80"))
    assert mine.why("en") == ["Paid less — Labour capped at 1.0 h"]
    assert mine.why("zh_CN") == ["少付——Labour capped at 1.0 h"]
    theirs = lines[pump.number]
    assert (theirs.charge_backs, theirs.expected, theirs.paid, theirs.why()) == (
        charge_backs, pump.total_amount - charge_backs, pump.total_amount - charge_backs, [])
    assert [d.code for d in theirs.charged] == ["inspection.no_fault_found"]
    assert sum(line.expected for line in after.lines) == after.expected
    assert sum(line.paid for line in after.lines) == after.paid
    assert [(d.claim.number, d.source) for d in after.differences] == [
        (clean.number, "payment"), (pump.number, "inspection")]      # by claim, as made
    assert batches.batch_lines(number) == after.lines
    assert batches.batch_differences(number) == after.differences


def test_an_over_payment_is_paid_more_than_the_statement_asked(desk):
    one, two = settleable(desk, 1), settleable(desk, 2)
    number = submitted(desk, one, two)
    expected = batches.batch_figures(number).expected
    batches.record_payment(desk["sc"], number, expected + 30, date.today(), "TT-OVER",
                           {two.number: ("-30", "Brake pads paid twice")})
    figures = batches.batch_figures(number)
    assert (figures.expected, figures.paid, figures.shortfall) == (
        expected, expected + 30, Decimal("-30.00"))
    line = {line.number: line for line in figures.lines}[two.number]
    assert (line.expected, line.paid_difference, line.paid) == (
        two.total_amount, Decimal("-30.00"), two.total_amount + 30)
    assert line.why("en") == ["Over-paid — Brake pads paid twice"]


def test_a_claim_knows_its_batch_and_its_own_figures(desk):
    waiting, chosen = settleable(desk, 1), settleable(desk, 2)
    assert batches.claim_settlement(waiting) is None
    number = submitted(desk, chosen)
    found = batches.claim_settlement(chosen.number)
    assert (found.batch, found.batch_state, found.line.expected, found.line.paid) == (
        number, "submitted", chosen.total_amount, None)
    batches.record_payment(desk["sc"], number, chosen.total_amount - 5, date.today(),
                           "TT-5", {chosen.number: ("5", "Freight not covered")})
    batches.close_batch(desk["sc"], number)
    found = batches.claim_settlement(chosen)
    assert (found.batch_state, found.payment_reference, found.line.paid) == (
        "closed", "TT-5", chosen.total_amount - 5)
    assert found.line == batches.batch_figures(number).lines[0]
    assert found.line.why("en") == ["Paid less — Freight not covered"]


def test_a_batch_of_one_claim_is_recorded_with_one_claim(desk):
    claim = settleable(desk, 1)
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    (made,) = [e for e in audit.history("settlement_batch", batch.number)
               if e.action == "batch.create"]
    assert f"with 1 claim, {claim.total_amount}" in made.summary
    two = batches.create_batch(desk["sc"], claim_numbers=[settleable(desk, 2).number,
                                                          settleable(desk, 3).number])
    (made,) = [e for e in audit.history("settlement_batch", two.number)
               if e.action == "batch.create"]
    assert "with 2 claims" in made.summary
