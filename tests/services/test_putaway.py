"""Put-away: received parts move from the receiving area into the scanned bin."""

import pytest

from partsdesk.services import putaway, receiving, stock
from partsdesk.services.errors import Conflict, InsufficientStock, NotFound, ValidationError
from tests.factories import make_location, make_part, make_receipt

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def world(clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter", name_zh="机油滤清器", unit_price="35.00",
              aliases=["6901234567892"])
    make_part(clerk, "04465-02220", name="Brake pad set", unit_price="420.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "QUAR", "defective")
    make_location(clerk, "A-01-01")
    return clerk


def test_put_away_moves_parts_from_receiving_into_the_scanned_bin(world):
    receipt = make_receipt(world, {"04152-YZZA1": 3})
    receiving.scan(world, receipt.number, "04152-YZZA1", quantity=3)
    receiving.close(world, receipt.number)
    session = putaway.PutAway(world)
    with pytest.raises(Conflict, match="Scan the bin first"):
        session.scan("04152-YZZA1")
    with pytest.raises(ValidationError, match="not a bin"):
        session.scan("L:QUAR")
    assert session.scan("L:A-01-01").kind == "bin"
    moved = session.scan("6901234567892", quantity=2)
    assert moved.move.kind == "put_away" and "2 there now" in moved.message
    assert stock.on_hand("04152-YZZA1", "RECV") == 1
    assert stock.on_hand("04152-YZZA1", "A-01-01") == 2
    with pytest.raises(InsufficientStock, match="1 on hand, 2 requested"):
        session.scan("04152-YZZA1", quantity=2)
    with pytest.raises(NotFound, match="neither a bin nor a part"):
        session.scan("NO-SUCH")
    assert stock.level_differences() == []


def test_put_away_of_a_part_not_in_receiving_is_refused(world):
    with pytest.raises(InsufficientStock, match="No 04465-02220 is waiting"):
        putaway.put_away(world, "04465-02220", 1, "A-01-01")
