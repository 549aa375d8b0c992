"""The money of the claim loop stays bounded: a charge-back only for a part that is really not
back (or not what was claimed), never more than the claim still has unsettled nor below zero; a
batch never totals below zero; a payment's differences add up, over-payments included; a
submitted batch is called back only by a supervisor; and a tag written off as missing that turns
up has its charge-back reversed by a new difference."""

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from partsdesk.db.models.returns import DefectTag
from partsdesk.db.models.settlement import Difference
from partsdesk.documents import statement
from partsdesk.services import (audit, batches, claim_states, gate, return_inspection,
                                return_shipments, returns)
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict, PermissionDenied, ValidationError
from partsdesk.spreadsheets import statement as statement_sheet
from tests.factories import (FILTER, PADS, PUMP, loop_vin, make_issued_claim, settle,
                             ship_and_receive, sign, state)
from tests.documents.reading import flat, text_of

BACKENDS = ("sqlite", "postgres")


def shipped(desk, claim):
    """Every tag of the claim packed and shipped, none received yet; the tags."""
    shipment = return_shipments.create_shipment(desk["clerk"])
    tags = returns.tags_of(claim)
    for tag in tags:
        return_shipments.pack(desk["clerk"], shipment.number, tag.number)
    return_shipments.ship(desk["clerk"], shipment.number, "SF Express", "SF7")
    return [DefectTag.get_by_id(tag.id) for tag in tags]


def differences(claim):
    return list(Difference.select().where(Difference.claim == claim.id).order_by(Difference.id))


def settleable(desk, serial, *parts):
    claim = make_issued_claim(desk, *parts, vin=loop_vin(serial))
    sign(desk, claim)
    if returns.tags_of(claim):
        ship_and_receive(desk, claim)
    assert state(claim) == claim_states.SETTLEABLE
    return claim_states.get_claim(claim.number)


# --- missing means lost in transit ----------------------------------------------------------------

def test_missing_needs_a_shipped_tag(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    sign(desk, claim)
    (tag,) = returns.tags_of(claim)
    shipment = return_shipments.create_shipment(desk["clerk"])
    for step in (lambda: None,                                      # tagged, at the workshop
                 lambda: returns.store(desk["clerk"], tag.number),  # in the defective store
                 lambda: return_shipments.pack(desk["clerk"], shipment.number,
                                               tag.number)):                      # packed
        step()
        with pytest.raises(Conflict, match=f"Tag {tag.number} has not been shipped; ship it or "
                                           "cancel the claim line."):
            return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "Not here", "0",
                                      charge_back_reason="Dealer says it is lost")
        assert returns.inspection_of(tag) is None and differences(claim) == []
        assert state(claim) == claim_states.SIGNED and batches.settleable_claims() == []
    return_shipments.ship(desk["clerk"], shipment.number, "EMS", "E1")
    return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "Not in the parcel")
    assert returns.inspection_of(tag).outcome == claim_states.MISSING
    assert state(claim) == claim_states.SETTLEABLE
    assert batches.differences_of(claim) == claim.total_amount     # the filter, all labour


def test_a_received_tag_is_not_missing(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    (tag,) = shipped(desk, claim)
    return_inspection.receive(desk["ri"], tag.number)
    with pytest.raises(Conflict, match="is Received, so it is not missing"):
        return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "Not here")


# --- charge-backs: the default, the bounds, the reason --------------------------------------

def test_every_outcome_but_confirmed_charges_the_part_and_its_share_of_the_labour(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP),
                              PartLineData(PADS))
    f_tag, p_tag = shipped(desk, claim)
    # parts 38.50 + 860.00 + 420.00 = 1,318.50; labour 60.00
    assert return_inspection.full_value(f_tag) == Decimal("38.50") + Decimal("1.75")
    assert return_inspection.full_value(p_tag) == Decimal("860.00") + Decimal("39.14")
    assert return_inspection.charge_back_limit(p_tag) == claim.total_amount == Decimal("1378.50")
    return_inspection.receive(desk["ri"], f_tag.number)
    return_inspection.inspect(desk["ri"], f_tag.number, claim_states.WRONG_PART,
                              "A filter of another make")
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.MISSING, "Not in the parcel")
    assert [(d.code, d.amount) for d in differences(claim)] == [
        ("inspection.wrong_part", Decimal("40.25")), ("inspection.missing", Decimal("899.14"))]
    assert return_inspection.charge_back_limit(p_tag) == Decimal("439.11")


def test_charge_back_never_exceeds_the_claim(desk):
    claim = make_issued_claim(desk, PartLineData(PUMP, "6"), PartLineData(FILTER))
    p_tag, f_tag = shipped(desk, claim)
    assert claim.total_amount == Decimal("5258.50")
    return_inspection.receive(desk["ri"], p_tag.number)
    with pytest.raises(ValidationError) as refused:
        return_inspection.inspect(desk["ri"], p_tag.number, claim_states.NO_FAULT,
                                  "Bench test passed", "99,999")
    assert refused.value.field == "charge_back"
    message = str(refused.value)
    assert claim.number in message and "99999.00" in message and "at most 5258.50" in message
    assert returns.inspection_of(p_tag) is None and differences(claim) == []
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.NO_FAULT,
                              "Bench test passed", "5250.00")
    assert return_inspection.charge_back_limit(f_tag) == Decimal("8.50")
    assert return_inspection.default_charge_back(f_tag) == Decimal("8.50")   # what is left
    with pytest.raises(ValidationError, match="at most 8.50"):
        return_inspection.inspect(desk["ri"], f_tag.number, claim_states.MISSING,
                                  "Not in the parcel", "9")
    return_inspection.inspect(desk["ri"], f_tag.number, claim_states.MISSING, "Not in the parcel")
    assert batches.differences_of(claim) == claim.total_amount
    sign(desk, claim)
    batch = settle(desk, claim)
    assert batch.expected_total == 0 and batch.payment_amount == 0


def test_a_smaller_charge_back_needs_a_reason(desk):
    claim = make_issued_claim(desk, PartLineData(PUMP))
    (tag,) = shipped(desk, claim)
    return_inspection.receive(desk["ri"], tag.number)
    assert return_inspection.default_charge_back(tag) == Decimal("920.00")   # 860.00, all labour
    with pytest.raises(ValidationError, match="less than the part line's value 920.00; say "
                                              "why") as refused:
        return_inspection.inspect(desk["ri"], tag.number, claim_states.WRONG_PART,
                                  "Pump of the other model", "100")
    assert refused.value.field == "charge_back_reason"
    return_inspection.inspect(desk["ri"], tag.number, claim_states.WRONG_PART,
                              "Pump of the other model", "100",
                              charge_back_reason="  Same price,   only the freight  ")
    found = returns.inspection_of(tag)
    assert (found.charge_back, found.charge_back_reason) == (Decimal("100.00"),
                                                             "Same price, only the freight")
    (difference,) = differences(claim)
    assert (difference.amount, difference.reason) == (Decimal("100.00"),
                                                      "Pump of the other model")


def test_a_negative_charge_back_is_refused(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    (tag,) = shipped(desk, claim)
    return_inspection.receive(desk["ri"], tag.number)
    for value in ("-5", "−5", Decimal("-0.01")):
        with pytest.raises(ValidationError, match="never negative") as refused:
            return_inspection.inspect(desk["ri"], tag.number, claim_states.NO_FAULT, "Tight", value,
                                      charge_back_reason="goodwill")
        assert refused.value.field == "charge_back"
    assert returns.inspection_of(tag) is None and differences(claim) == []


# --- batches and payments -------------------------------------------------------------------------

def test_a_batch_never_totals_below_zero(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER), PartLineData(PUMP))
    sign(desk, claim)
    f_tag, p_tag = shipped(desk, claim)
    return_inspection.receive(desk["ri"], f_tag.number)
    return_inspection.inspect(desk["ri"], f_tag.number, claim_states.WRONG_PART, "Not our part",
                              str(claim.total_amount))                     # the whole claim back
    return_inspection.inspect(desk["ri"], p_tag.number, claim_states.MISSING, "Not in the parcel")
    assert differences(claim)[-1].amount == 0                        # nothing left to take
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    (line,) = batches.batch_lines(batch.number)
    assert (line.expected, batch.expected_total) == (0, 0)
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(ValidationError, match="never paid less than nothing"):
        batches.record_payment(desk["sc"], batch.number, "0", date.today(), "TT-0",
                               {claim.number: ("1.00", "Freight")})
    batches.record_payment(desk["sc"], batch.number, "0", date.today(), "TT-0")
    assert batches.batch_lines(batch.number)[0].paid == 0

    older = settleable(desk, 2, PartLineData(PADS))                  # a row of an old version
    Difference.create(claim=older, amount=older.total_amount + 1, reason="typed by hand",
                      source="payment")
    with pytest.raises(Conflict, match=f"Claim {older.number} has differences of .* more "
                                       "than its total"):
        batches.create_batch(desk["sc"], claim_numbers=[older.number])
    assert state(older) == claim_states.SETTLEABLE


def test_a_payment_difference_is_at_most_what_the_claim_is_owed(desk):
    one, two = settleable(desk, 1, PartLineData(PADS)), settleable(desk, 2)
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number, two.number])
    batches.submit_batch(desk["sc"], batch.number)
    too_much = two.total_amount + 1
    with pytest.raises(ValidationError, match=f"more than the {two.total_amount} the claim is "
                                              f"still owed in batch {batch.number}"):
        batches.record_payment(desk["sc"], batch.number, one.total_amount - 1, date.today(),
                               "TT-1", {two.number: (str(too_much), "Not covered")})
    assert batches.get_batch(batch.number).state == "submitted"
    assert Difference.select().where(Difference.source == "payment").count() == 0


def test_an_over_payment_is_recorded_as_a_difference(desk):
    one, two = settleable(desk, 1, PartLineData(PADS)), settleable(desk, 2)
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number, two.number])
    batches.submit_batch(desk["sc"], batch.number)
    expected = batches.get_batch(batch.number).expected_total
    with pytest.raises(ValidationError, match="is 30.00 more than the statement .* negative "
                                              "difference"):
        batches.record_payment(desk["sc"], batch.number, expected + 30, date.today(), "TT-2")
    with pytest.raises(ValidationError, match="Give the reason"):
        batches.record_payment(desk["sc"], batch.number, expected + 30, date.today(), "TT-2",
                               {one.number: ("-30", " ")})
    batches.record_payment(desk["sc"], batch.number, expected + 30, date.today(), "TT-2",
                           {one.number: ("-30.00", "Paid twice for the brake pads")})
    (over,) = differences(one)
    assert (over.amount, over.source, over.code, over.reason) == (
        Decimal("-30.00"), "payment", "payment.over_paid", "Paid twice for the brake pads")
    assert batches.difference_label(over, "en") == (
        "Over-paid — Paid twice for the brake pads")
    lines = {line.number: line for line in batches.batch_lines(batch.number)}
    assert lines[one.number].paid == one.total_amount + 30
    batch = batches.get_batch(batch.number)
    assert sum(line.paid for line in lines.values()) == batch.payment_amount == expected + 30
    assert batch.differences_total == Decimal("-30.00")


def test_a_submitted_batch_is_withdrawn_by_a_supervisor_with_a_reason(desk):
    one, two = settleable(desk, 1, PartLineData(PADS)), settleable(desk, 2)
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number, two.number])
    with pytest.raises(Conflict, match="only a submitted batch is withdrawn"):
        batches.withdraw_batch(desk["sup"], batch.number, "Sent twice")
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(PermissionDenied, match="withdraw submitted settlement batches"):
        batches.withdraw_batch(desk["sc"], batch.number, "Sent twice")
    with pytest.raises(ValidationError, match="Say why") as refused:
        batches.withdraw_batch(desk["sup"], batch.number, "  ")
    assert refused.value.field == "reason"
    batches.withdraw_batch(desk["sup"], batch.number, "Claim disputed by the maker")
    batch = batches.get_batch(batch.number)
    assert (batch.state, batch.submitted_at) == ("open", None)
    assert {state(one), state(two)} == {claim_states.IN_BATCH}              # still in it
    event = audit.history("settlement_batch", batch.number)[-1]
    assert event.action == "batch.withdraw" and "Claim disputed by the maker" in event.summary
    batches.remove_claim(desk["sc"], batch.number, two.number, "Disputed")
    assert state(two) == claim_states.SETTLEABLE
    batches.submit_batch(desk["sc"], batch.number)
    batches.record_payment(desk["sc"], batch.number, one.total_amount, date.today(), "TT-3")
    with pytest.raises(Conflict, match="is Paid; only a submitted batch"):
        batches.withdraw_batch(desk["sup"], batch.number, "Too late")


# --- a missing tag that turns up ------------------------------------------------------------------

def test_a_missing_tag_that_turns_up_reverses_its_charge_back(desk):
    claim = make_issued_claim(desk, PartLineData(PUMP))
    sign(desk, claim)
    (tag,) = shipped(desk, claim)
    return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "Not in the parcel")
    assert state(claim) == claim_states.SETTLEABLE
    (charged,) = differences(claim)
    assert charged.amount == Decimal("920.00")

    return_inspection.receive(desk["ri"], tag.number)                  # it was in the next parcel
    tag = DefectTag.get_by_id(tag.id)
    assert tag.state == claim_states.RECEIVED and returns.inspection_of(tag) is None
    charged_again, reversal = differences(claim)
    assert charged_again.id == charged.id and charged_again.amount == Decimal("920.00")
    assert (reversal.amount, reversal.source, reversal.code, reversal.tag) == (
        Decimal("-920.00"), "reversal", "reversal", tag.number)
    assert batches.differences_of(claim) == 0
    assert "has not been inspected" in " ".join(gate.blockers(claim))
    assert batches.settleable_claims() == []
    event = audit.history("claim", claim.number)[-1]
    assert event.action == "tag.receive" and "920.00" in event.summary
    assert "missing" in event.before and "Not in the parcel" in event.before
    with pytest.raises(Conflict, match="already received"):
        return_inspection.receive(desk["ri"], tag.number)

    return_inspection.inspect(desk["ri"], tag.number, claim_states.CONFIRMED)
    assert gate.blockers(claim) == []
    batch = settle(desk, claim)
    assert batch.payment_amount == claim.total_amount


def test_a_missing_tag_that_turns_up_after_its_claim_went_into_a_batch_changes_nothing(desk):
    claim = make_issued_claim(desk, PartLineData(PUMP))
    sign(desk, claim)
    (tag,) = shipped(desk, claim)
    return_inspection.inspect(desk["ri"], tag.number, claim_states.MISSING, "Not in the parcel")
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(Conflict, match=f"is in settlement batch {batch.number} with that "
                                       "charge-back. Take the claim out"):
        return_inspection.receive(desk["ri"], tag.number)
    batches.record_payment(desk["sc"], batch.number,
                           batches.get_batch(batch.number).expected_total, date.today(),
                           "TT-4")
    with pytest.raises(Conflict, match=f"has been paid with its charge-back \\({batch.number}\\)"
                                       "; the charge-back stands"):
        return_inspection.receive(desk["ri"], tag.number)
    assert [d.amount for d in differences(claim)] == [Decimal("920.00")]
    assert returns.inspection_of(tag).outcome == claim_states.MISSING


# --- the statement names each difference in the reader's language ---------------------------------

def test_a_chinese_statement_prints_chinese_labels(desk, tmp_path):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    sign(desk, claim)
    ship_and_receive(desk, claim, {FILTER: (claim_states.NO_FAULT, "台架测试正常")})
    (tag,) = returns.tags_of(claim)
    old = Difference.create(claim=claim, amount=Decimal("0.00"), source="inspection",
                            tag=tag.number, reason="Tag X: written before codes")
    assert batches.difference_label(old, "zh_CN") == "Tag X: written before codes"
    batch = settle(desk, claim)
    (new, _) = differences(claim)
    assert batches.difference_label(new, "en") == f"Tag {tag.number}: No fault found — 台架测试正常"
    label = batches.difference_label(new, "zh_CN")
    assert label == f"旧件标签 {tag.number}：未发现故障——台架测试正常"
    text = flat(text_of(statement.render(batch.number, "zh_CN")))
    assert flat(label) in text and "No fault found" not in text
    assert flat("Tag X: written before codes") in text
    path = tmp_path / "statement.xlsx"
    statement_sheet.write(batch.number, path, "zh_CN")
    rows = list(openpyxl.load_workbook(path).worksheets[1].iter_rows(min_row=2,
                                                                     values_only=True))
    assert [row[4:] for row in rows] == [("台架测试正常", label),
                                         ("Tag X: written before codes",
                                          "Tag X: written before codes")]
