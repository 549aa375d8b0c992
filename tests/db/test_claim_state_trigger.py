"""A claim's state moves only along the loop's transitions, and a claim enters a settlement batch
only with the gate's facts, whoever writes to the database: raw statements from a database tool
are refused too."""

import pytest

from partsdesk.db import claim_moves
from partsdesk.db.connection import database
from partsdesk.services import batches, claim_states
from partsdesk.services.claims import PartLineData
from tests.db.test_append_only import refusal
from tests.factories import FILTER, PADS, loop_vin, make_issued_claim, sign, state

BACKENDS = ("sqlite", "postgres")


def test_the_services_and_the_database_share_one_table_of_moves():
    assert claim_states.TRANSITIONS is claim_moves.TRANSITIONS
    assert "approved>draft" not in claim_moves.pairs()
    assert "submitted>draft" in claim_moves.pairs()       # returned for information


def test_a_raw_update_moving_a_claim_backwards_is_refused(db, desk, db_target):
    claim = make_issued_claim(desk, PartLineData(PADS))
    said = refusal(db_target, f"UPDATE claim SET state = 'draft' WHERE id = {claim.id}")
    assert said.startswith("IntegrityError: ") and claim_moves.MOVE_RULE in said
    said = refusal(db_target, f"UPDATE claim SET state = 'paid' WHERE id = {claim.id}")
    assert claim_moves.MOVE_RULE in said                  # nor may it skip ahead
    assert state(claim) == claim_states.PARTS_ISSUED


def test_a_raw_update_along_an_allowed_move_or_of_other_columns_goes_through(db, desk,
                                                                              db_target):
    claim = make_issued_claim(desk, PartLineData(PADS))
    assert refusal(db_target, f"UPDATE claim SET description = 'typed in a tool', "
                              f"state = state WHERE id = {claim.id}") == ""
    said = refusal(db_target, f"UPDATE claim SET state = 'repaired' WHERE id = {claim.id}")
    assert said == ""                       # rolled back by refusal(), but not refused


def test_a_raw_attempt_to_put_a_claim_into_a_batch_while_a_tag_is_out_is_refused(db, desk,
                                                                                 db_target):
    ready = make_issued_claim(desk, PartLineData(PADS))
    sign(desk, ready)                       # nothing to return: settleable once signed
    assert state(ready) == claim_states.SETTLEABLE
    batch = batches.create_batch(desk["sc"], claim_numbers=[ready.number])
    out = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(2))
    sign(desk, out)                         # its failed filter was never shipped
    assert state(out) == claim_states.SIGNED
    said = refusal(db_target, "INSERT INTO settlement_batch_claim (batch_id, claim_id, "
                              f"claimed_amount, differences_amount) VALUES ({batch.id}, "
                              f"{out.id}, 100, 0)")
    assert said.startswith("IntegrityError: ") and claim_moves.GATE_RULE in said
    # forced to settleable by hand (a move the loop has), it still cannot become in batch
    database.execute_sql(f"UPDATE claim SET state = 'settleable' WHERE id = {out.id}")
    said = refusal(db_target, f"UPDATE claim SET state = 'in_batch' WHERE id = {out.id}")
    assert claim_moves.GATE_RULE in said
    assert state(out) == claim_states.SETTLEABLE


def test_a_claim_with_every_fact_enters_its_batch(db, desk, db_target):
    ready = make_issued_claim(desk, PartLineData(PADS))
    sign(desk, ready)
    batch = batches.create_batch(desk["sc"], claim_numbers=[ready.number])
    assert state(ready) == claim_states.IN_BATCH
    assert [line.number for line in batches.batch_lines(batch.number)] == [ready.number]


@pytest.mark.parametrize("old,new", [("settleable", "in_batch"), ("in_batch", "settleable"),
                                     ("in_batch", "paid"), ("paid", "closed")])
def test_every_move_of_the_table_is_in_the_trigger(old, new):
    assert f"{old}>{new}" in claim_moves.pairs()
