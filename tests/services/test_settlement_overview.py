"""The settlement overview reads the blockers of a whole page at once; each claim must still get
exactly what the gate says of it alone, in every state of the loop."""

import pytest

from partsdesk.db.models.claims import Claim
from partsdesk.demo import loop as demo_loop
from partsdesk.services import claim_states, gate

BACKENDS = ("sqlite", "postgres")
EVERY_STATE = tuple(claim_states.STATES)


@pytest.fixture
def loop(desk):
    demo_loop.add_loop()


def test_the_overview_says_of_each_claim_what_its_own_gate_says(loop, monkeypatch):
    rows = gate.overview(EVERY_STATE, limit=500)
    assert len(rows) == Claim.select().count()
    for row in rows:
        assert row.blockers == " ".join(gate.blockers(row.number)), row.number
    said = " ".join(row.blockers for row in rows)
    for words in ("has not been shipped.", "but not shipped.", "has not been received yet.",
                  "has not been inspected.", "voucher has not been printed.",
                  "signed by the customer has not been recorded.", "The claim is already",
                  "The claim is Cancelled"):
        assert words in said, words
    assert {row.blockers for row in rows if row.state == claim_states.SETTLEABLE} == {""}
    monkeypatch.setattr(gate, "FACT_CHUNK", 4)   # facts read in several chunks
    assert gate.overview(EVERY_STATE, limit=500) == rows


def test_the_overview_pages_by_claim_id_with_the_same_blockers(loop):
    every = gate.overview(limit=500)
    first = gate.overview(limit=5)
    rest = gate.overview(after=first[-1].id, limit=500)
    assert first + rest == every
    assert [row.id for row in every] == sorted((row.id for row in every), reverse=True)
    assert {row.state for row in every} <= set(claim_states.LOOP_STATES)
