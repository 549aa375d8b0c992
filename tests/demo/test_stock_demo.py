"""The demo's stock history is a ledger the checks accept."""

from partsdesk.db.models.stock import Receipt, StockLevel, StockMove
from partsdesk.demo import stock as demo_stock
from partsdesk.services import receiving, stock, stock_views
from tests.factories import make_location, make_part


def test_demo_history_keeps_levels_equal_to_moves_and_never_negative(clerk):
    for n in range(40):
        make_part(clerk, f"P{n:03d}", unit_price="9.90")
    for code in ("A-01", "A-02", "B-01"):
        make_location(clerk, code)
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "DEF", "defective")
    counts = demo_stock.add_stock_history("small")
    assert counts["moves"] >= demo_stock.MOVES["small"]
    assert StockMove.select().count() == counts["moves"]
    assert stock.level_differences() == []
    assert not StockLevel.select().where(StockLevel.on_hand < 0).exists()
    assert Receipt.select().count() == counts["receipts"]
    fresh = receiving.create_receipt(clerk, lines=[("P001", 1)])      # numbers go on
    assert not Receipt.select().where((Receipt.number == fresh.number)
                                      & (Receipt.id != fresh.id)).exists()
    assert len({row.kind for row in stock_views.part_ledger("P001")}) >= 3
