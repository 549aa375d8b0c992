"""Stock counts: frozen expected quantities, counting by scan or typing, variances, approval."""

from decimal import Decimal

import pytest

from partsdesk.db.models.stock import StockMove
from partsdesk.services import counting, stock
from partsdesk.services.errors import Conflict, NotFound, PermissionDenied, ValidationError
from tests.factories import make_location, make_part, make_stock, make_user

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def world(clerk):
    make_part(clerk, "P-CHEAP", name="Clip", unit_price="2.00", aliases=["4711"])
    make_part(clerk, "P-DEAR", name="Injector", unit_price="800.00")
    make_location(clerk, "A-01")
    make_location(clerk, "A-02")
    make_stock(clerk, "P-CHEAP", "A-01", 10)
    make_stock(clerk, "P-DEAR", "A-01", 2)
    make_stock(clerk, "P-CHEAP", "A-02", 5)
    return clerk


def test_a_count_freezes_the_expected_stock_of_its_locations(world):
    count = counting.create_count(world, ["A-01"], note="monthly")
    assert count.number.startswith("SC-")
    assert [(line.location, line.part_no, line.expected, line.counted)
            for line in counting.lines(count.number)] == [
        ("A-01", "P-CHEAP", 10, None), ("A-01", "P-DEAR", 2, None)]
    with pytest.raises(Conflict, match="already being counted"):
        counting.create_count(world, ["A-02", "A-01"])


def test_counting_by_scan_adds_and_typing_sets(world):
    count = counting.create_count(world, ["A-01"])
    for _ in range(3):
        counting.count_scan(world, count.number, "A-01", "4711")
    assert counting.lines(count.number)[0].counted == 3
    typed = counting.record_count(world, count.number, "A-01", "P-CHEAP", "9")
    assert typed.counted == 9 and typed.feedback == "ok"
    with pytest.raises(NotFound, match="is not a part number or a barcode of a known part"):
        counting.count_scan(world, count.number, "A-01", "NOPE")
    with pytest.raises(ValidationError, match="not part of stock count"):
        counting.record_count(world, count.number, "A-02", "P-CHEAP", 1)
    with pytest.raises(ValidationError, match="zero or more"):
        counting.record_count(world, count.number, "A-01", "P-CHEAP", -1)


def test_a_part_found_where_it_was_not_expected_is_a_new_line(world):
    count = counting.create_count(world, ["A-02"])
    found = counting.count_scan(world, count.number, "A-02", "P-DEAR")
    assert found.feedback == "warning" and "not expected" in found.message
    assert [(line.part_no, line.expected, line.counted) for line in
            counting.lines(count.number)] == [("P-CHEAP", 5, None), ("P-DEAR", 0, 1)]


def test_uncounted_lines_stop_the_posting_unless_taken_as_zero(world):
    count = counting.create_count(world, ["A-02"])
    with pytest.raises(Conflict, match="1 lines of stock count .* are not counted"):
        counting.post(world, count.number)
    moves = counting.post(world, count.number, uncounted_as_zero=True)
    assert [(m.kind, m.quantity, m.from_location.code) for m in moves] == [("count", 5, "A-02")]
    assert stock.on_hand("P-CHEAP", "A-02") == 0


def test_small_variances_are_posted_by_the_clerk_as_count_moves(world):
    count = counting.create_count(world, ["A-01"])
    counting.record_count(world, count.number, "A-01", "P-CHEAP", 12)
    counting.record_count(world, count.number, "A-01", "P-DEAR", 2)
    assert [(v.part_no, v.variance, v.value) for v in
            counting.lines(count.number, only_variances=True)] == [("P-CHEAP", 2, Decimal("4.00"))]
    moves = counting.post(world, count.number)
    assert [(m.kind, m.quantity, m.to_location.code, m.document) for m in moves] == [
        ("count", 2, "A-01", count.number)]
    assert stock.on_hand("P-CHEAP", "A-01") == 12
    assert counting.get_count(count.number).status == "posted"
    with pytest.raises(Conflict, match="Posted"):
        counting.record_count(world, count.number, "A-01", "P-CHEAP", 1)
    assert stock.level_differences() == []


def test_a_variance_worth_more_than_the_threshold_needs_a_supervisor(world, admin):
    count = counting.create_count(world, ["A-01"])
    counting.record_count(world, count.number, "A-01", "P-CHEAP", 10)
    counting.record_count(world, count.number, "A-01", "P-DEAR", 1)      # -800.00
    assert [line.part_no for line in counting.needing_approval(count.number)] == ["P-DEAR"]
    with pytest.raises(PermissionDenied, match="worth more than 500.00 .*P-DEAR in A-01, "
                                               "-800.00.*supervisor"):
        counting.post(world, count.number)
    assert StockMove.select().where(StockMove.kind == "count").count() == 0
    boss = make_user(admin, "boss", "supervisor")
    counting.post(boss, count.number)
    assert stock.on_hand("P-DEAR", "A-01") == 1
    assert counting.get_count(count.number).approved_by.username == "boss"
    assert stock.level_differences() == []


def test_the_threshold_is_a_shared_setting(world, admin):
    counting.set_approval_threshold(admin, "1000")
    assert counting.approval_threshold() == Decimal("1000.00")
    count = counting.create_count(world, ["A-01"])
    counting.record_count(world, count.number, "A-01", "P-CHEAP", 10)
    counting.record_count(world, count.number, "A-01", "P-DEAR", 1)
    counting.post(world, count.number)          # 800.00 is now under the threshold
    with pytest.raises(PermissionDenied):
        counting.set_approval_threshold(world, "1")


def test_moves_during_the_count_are_kept(world):
    count = counting.create_count(world, ["A-01"])
    counting.record_count(world, count.number, "A-01", "P-CHEAP", 9)     # one short at counting
    counting.record_count(world, count.number, "A-01", "P-DEAR", 2)
    stock.move(world, "P-CHEAP", 4, "A-01", None, "issue", document="WO-5")  # issued afterwards
    counting.post(world, count.number)
    assert stock.on_hand("P-CHEAP", "A-01") == 5


def test_a_cancelled_count_frees_its_locations(world):
    count = counting.create_count(world, ["A-01"])
    with pytest.raises(ValidationError, match="Say why the count is cancelled"):
        counting.cancel(world, count.number, "")
    counting.cancel(world, count.number, "started by mistake")
    assert counting.create_count(world, ["A-01"]).number.endswith("000002")
    assert [row.status for row in counting.search_counts()] == ["open", "cancelled"]
