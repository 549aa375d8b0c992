"""Receiving by scans, closing into stock, and reopening."""

from decimal import Decimal

import pytest

from partsdesk.db.models import AuditEvent
from partsdesk.db.models.stock import ReceiptScan, StockMove
from partsdesk.services import receiving, stock, stock_views
from partsdesk.services.errors import Conflict, PermissionDenied, ValidationError
from tests.factories import make_location, make_part, make_receipt, make_user

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def world(clerk):
    make_part(clerk, "04152-YZZA1", name="Oil filter", name_zh="机油滤清器", unit_price="35.00",
              aliases=["6901234567892"])
    make_part(clerk, "04465-02220", name="Brake pad set", unit_price="420.00")
    make_part(clerk, "90915-10003", name="Air filter", unit_price="80.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "QUAR", "defective")
    make_location(clerk, "A-01-01")
    return clerk


def test_a_receipt_gets_the_next_number_and_merges_cartons_of_one_part(world):
    receipt = receiving.create_receipt(world, source="FAW parts centre", reference="DN-77",
                                       lines=[("04152-YZZA1", 4), ("04465-02220", "2"),
                                              ("04152-yzza1", 6)])
    assert receipt.number.startswith("RC-") and receipt.number.endswith("-000001")
    assert [(line.part_no, line.expected) for line in receiving.lines(receipt.number)] == [
        ("04152-YZZA1", 10), ("04465-02220", 2)]
    assert receipt.location.code == "RECV"


def test_a_receipt_must_go_into_a_receiving_location(world):
    with pytest.raises(ValidationError, match="not a receiving location"):
        receiving.create_receipt(world, location="A-01-01", lines=[("04152-YZZA1", 1)])


def test_each_scan_says_what_it_did_and_is_committed_at_once(world):
    receipt = make_receipt(world, {"04152-YZZA1": 2})
    first = receiving.scan(world, receipt.number, "6901234567892\r\n")    # the box barcode
    assert (first.outcome, first.feedback, first.part_no) == ("ok", "ok", "04152-YZZA1")
    assert (first.received, first.expected) == (1, 2)
    assert first.message == "Line 1: 04152-YZZA1 — 1 of 2 received."
    assert ReceiptScan.select().count() == 1
    receiving.scan(world, receipt.number, "04152-YZZA1")
    over = receiving.scan(world, receipt.number, "04152-YZZA1")
    assert (over.outcome, over.feedback) == ("over", "warning")
    assert "only 2 expected" in over.message


def test_a_part_not_on_the_packing_list_is_an_over_receipt_on_a_new_line(world):
    receipt = make_receipt(world, {"04152-YZZA1": 2})
    extra = receiving.scan(world, receipt.number, "90915-10003", quantity=3)
    assert (extra.outcome, extra.line_no, extra.expected, extra.received) == ("over", 2, 0, 3)


def test_unknown_codes_and_other_documents_are_told_apart(world):
    receipt = make_receipt(world, {"04152-YZZA1": 2})
    unknown = receiving.scan(world, receipt.number, "XYZ-NOT-A-PART")
    assert (unknown.outcome, unknown.feedback, unknown.recorded) == ("unknown", "error", True)
    other = receiving.scan(world, receipt.number, "L:A-01-01")
    assert (other.outcome, other.recorded) == ("not_a_part", False)
    assert other.message.startswith("Location A-01-01 is not a part")
    assert ReceiptScan.select().count() == 1


def test_a_whole_receipt_by_scans_closes_into_stock_with_its_discrepancies(world):
    receipt = make_receipt(world, {"04152-YZZA1": 3, "04465-02220": 2, "90915-10003": 1})
    number = receipt.number
    for code in ["6901234567892", "04152-YZZA1", "04152-YZZA1", "04152-YZZA1"]:   # one over
        receiving.scan(world, number, code)
    receiving.scan(world, number, "04465-02220")
    damaged = receiving.scan(world, number, "04465-02220", damaged=True)
    assert (damaged.outcome, damaged.feedback) == ("damaged", "warning")
    receiving.scan(world, number, "BOX-777", quantity=2)                          # unknown
    # the air filter never comes: short
    assert stock.on_hand("04152-YZZA1") == 0         # nothing is posted before closing

    found = receiving.close(world, number)
    assert [(d.kind, d.code, d.quantity) for d in found] == [
        ("over", "04152-YZZA1", 1), ("damaged", "04465-02220", 1),
        ("short", "90915-10003", 1), ("unknown", "BOX-777", 2)]
    assert stock.on_hand("04152-YZZA1", "RECV") == 4
    assert stock.on_hand("04465-02220", "RECV") == 1
    assert stock.on_hand("04465-02220", "QUAR") == 1             # damaged into quarantine
    assert stock.available("04465-02220") == 1
    moves = StockMove.select().where(StockMove.document == number)
    assert {m.kind for m in moves} == {"receipt"} and moves.count() == 3
    assert stock.level_differences() == []
    with pytest.raises(Conflict, match="closed. A supervisor can reopen it"):
        receiving.scan(world, number, "04152-YZZA1")


def test_damaged_goods_need_a_defective_store(clerk):
    make_part(clerk, "P1")
    receipt = make_receipt(clerk, {"P1": 1})
    receiving.scan(clerk, receipt.number, "P1", damaged=True)
    with pytest.raises(Conflict, match="no defective store"):
        receiving.close(clerk, receipt.number)
    assert receiving.get_receipt(receipt.number).status == "open"


def test_only_a_supervisor_reopens_and_reclosing_posts_only_the_difference(world, admin):
    receipt = make_receipt(world, {"04152-YZZA1": 5})
    receiving.scan(world, receipt.number, "04152-YZZA1", quantity=5)
    receiving.close(world, receipt.number)
    with pytest.raises(PermissionDenied, match="reopen a closed receipt"):
        receiving.reopen(world, receipt.number, "one box was counted twice")
    boss = make_user(admin, "boss", "supervisor")
    with pytest.raises(ValidationError, match="Say why the receipt is reopened"):
        receiving.reopen(boss, receipt.number, "")
    receiving.reopen(boss, receipt.number, "one box was counted twice")
    wrong = receiving.scans(receipt.number)[0]
    receiving.void_scan(world, receipt.number, wrong.id)
    receiving.scan(world, receipt.number, "04152-YZZA1", quantity=4)
    found = receiving.close(world, receipt.number)
    assert [(d.kind, d.quantity) for d in found] == [("short", 1)]
    assert stock.on_hand("04152-YZZA1", "RECV") == 4
    ledger = stock_views.part_ledger("04152-YZZA1")
    assert [(row.change, row.balance) for row in ledger] == [(-1, 4), (5, 5)]
    actions = [e.action for e in receiving.history(receipt.number)]
    assert actions.count("receipt.close") == 2 and "receipt.reopen" in actions
    assert stock.level_differences() == []


def test_a_scan_can_be_taken_back_once(world):
    receipt = make_receipt(world, {"04152-YZZA1": 5})
    made = receiving.scan(world, receipt.number, "BOX-1")
    receiving.void_scan(world, receipt.number, made.scan_id)
    with pytest.raises(Conflict, match="already taken back"):
        receiving.void_scan(world, receipt.number, made.scan_id)
    assert receiving.discrepancies(receipt.number)[-1].kind == "short"   # no unknown left


def test_receiving_is_for_the_warehouse(world, admin):
    wa = make_user(admin, "wa", "warranty_admin")
    with pytest.raises(PermissionDenied, match="receive stock"):
        make_receipt(wa, {"04152-YZZA1": 1})


def test_every_scan_leaves_a_history_event(world):
    receipt = make_receipt(world, {"04152-YZZA1": 1})
    receiving.scan(world, receipt.number, "04152-YZZA1")
    receiving.scan(world, receipt.number, "???")
    assert AuditEvent.select().where(AuditEvent.action == "receipt.scan").count() == 2


def test_receipts_list_newest_first(world):
    numbers = [make_receipt(world, {"04152-YZZA1": 1}).number for _ in range(3)]
    rows = receiving.search_receipts(limit=2)
    assert [r.number for r in rows] == numbers[::-1][:2]
    assert [r.number for r in receiving.search_receipts(after=rows[-1].number)] == numbers[:1]
    assert Decimal(1) == receiving.lines(numbers[0])[0].expected
