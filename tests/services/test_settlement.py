"""Settlement batches: built from settleable claims only, changed only while open, paid with every
difference explained, closed; and the settings the documents print."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from partsdesk.services import audit, batch_lists, batches, claim_search, claim_states, vouchers
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import (ClaimNotSettleable, Conflict, PermissionDenied,
                                       ValidationError)
from tests.factories import PADS, loop_vin, make_issued_claim, sign

BACKENDS = ("sqlite", "postgres")


def settleable(desk, serial: int, **fields):
    claim = make_issued_claim(desk, PartLineData(PADS), vin=loop_vin(serial), **fields)
    sign(desk, claim)
    return claim_states.get_claim(claim.number)


def test_a_batch_takes_claims_out_and_back_only_while_open(desk):
    one, two = settleable(desk, 1), settleable(desk, 2)
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number])
    batches.add_claim(desk["sc"], batch.number, two.number)
    batch = batches.get_batch(batch.number)
    assert batch.claimed_total == one.total_amount + two.total_amount
    with pytest.raises(ClaimNotSettleable, match="already In settlement batch"):
        batches.create_batch(desk["sc"], claim_numbers=[two.number])
    with pytest.raises(ValidationError, match="Say why"):
        batches.remove_claim(desk["sc"], batch.number, two.number, " ")
    batches.remove_claim(desk["sc"], batch.number, two.number, "Customer disputes the bill")
    assert claim_states.get_claim(two.number).state == claim_states.SETTLEABLE
    assert batches.get_batch(batch.number).expected_total == one.total_amount
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(Conflict, match="only while it is open"):
        batches.add_claim(desk["sc"], batch.number, two.number)
    assert [e.action for e in audit.history("settlement_batch", batch.number)] == [
        "batch.create", "batch.add", "batch.remove", "batch.submit"]


def test_a_batch_by_period_takes_the_repair_dates_in_it(desk):
    old = settleable(desk, 1, repair_date=date.today() - timedelta(days=40))
    settleable(desk, 2)
    start = date.today() - timedelta(days=60)
    batch = batches.create_batch(desk["sc"], start, date.today() - timedelta(days=30))
    assert [line.number for line in batches.batch_lines(batch.number)] == [old.number]
    assert (batch.period_from, batch.period_to) == (start, date.today() - timedelta(days=30))
    with pytest.raises(ValidationError, match="settlement overview says"):
        batches.create_batch(desk["sc"], start, date.today() - timedelta(days=30))


def test_a_payment_short_of_the_statement_needs_its_differences_explained(desk):
    one, two = settleable(desk, 1), settleable(desk, 2)
    batch = batches.create_batch(desk["sc"], claim_numbers=[one.number, two.number])
    with pytest.raises(Conflict, match="for a submitted batch"):
        batches.record_payment(desk["sc"], batch.number, "1", date.today(), "TT")
    batches.submit_batch(desk["sc"], batch.number)
    expected = batches.get_batch(batch.number).expected_total
    with pytest.raises(ValidationError, match="differs from the statement .* by 25.00"):
        batches.record_payment(desk["sc"], batch.number, expected - 25, date.today(), "TT")
    with pytest.raises(ValidationError, match="Give the reason"):
        batches.record_payment(desk["sc"], batch.number, expected - 25, date.today(), "TT",
                               {two.number: ("25", "")})
    batches.record_payment(desk["sc"], batch.number, expected - 25, date.today(), "TT-9",
                           {two.number.lower(): ("25", "Labour capped at 1.0 h")})
    lines = {line.number: line for line in batches.batch_lines(batch.number)}
    assert lines[two.number].paid == two.total_amount - Decimal("25")
    assert lines[one.number].paid == one.total_amount
    assert claim_states.get_claim(one.number).state == claim_states.PAID
    with pytest.raises(Conflict, match="only a paid batch"):
        batches.close_batch(desk["sc"], batches.create_batch(
            desk["sc"], claim_numbers=[settleable(desk, 3).number]).number)
    batches.close_batch(desk["sc"], batch.number)
    assert claim_states.get_claim(two.number).state == claim_states.CLOSED
    assert [r.number for r in claim_search.search_claims(batch.number)] == sorted(
        [one.number, two.number], reverse=True)
    assert batch_lists.search_batches("TT-9")[0].claims == 2


def test_settlement_obeys_the_role_table(desk):
    claim = settleable(desk, 1)
    with pytest.raises(PermissionDenied, match="build and submit settlement batches"):
        batches.create_batch(desk["wa"], claim_numbers=[claim.number])
    batch = batches.create_batch(desk["sc"], claim_numbers=[claim.number])
    batches.submit_batch(desk["sc"], batch.number)
    with pytest.raises(PermissionDenied, match="record settlement payments"):
        batches.record_payment(desk["clerk"], batch.number, "1", date.today(), "TT")


def test_the_organisation_and_dealer_printed_on_documents_are_shared_settings(desk, admin):
    vouchers.configure_documents(admin, organisation="华南区服务中心", dealer_code="GZ-1")
    assert vouchers.document_settings()["documents.organisation"] == "华南区服务中心"
    with pytest.raises(PermissionDenied):
        vouchers.configure_documents(desk["wa"], organisation="x")
    with pytest.raises(ValidationError, match="Unknown document setting"):
        vouchers.configure_documents(admin, colour="red")
