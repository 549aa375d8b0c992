"""The stock ledger: moves, levels, reversals, reservations and issues (SQLite and PostgreSQL)."""

from decimal import Decimal

import pytest

from partsdesk.db.models import AuditEvent
from partsdesk.db.models.stock import StockLevel, StockMove
from partsdesk.services import stock, stock_views
from partsdesk.services.errors import (Conflict, InsufficientStock, PermissionDenied,
                                       ValidationError)
from tests.factories import make_location, make_part, make_stock, make_user

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def world(clerk):
    make_part(clerk, "P1", unit_price="10.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "A-01")
    make_location(clerk, "B-02")
    make_location(clerk, "QUAR", "defective")
    return clerk


def assert_ledger_matches_levels():
    assert stock.level_differences() == []
    assert stock.check_levels() == []


def test_a_receipt_move_puts_stock_on_hand_and_levels_follow_the_ledger(world):
    made = make_stock(world, "P1", "A-01", "5")
    assert made.kind == "receipt" and made.from_location is None
    assert stock.on_hand("P1", "A-01") == Decimal("5")
    assert stock.on_hand("P1") == Decimal("5")
    stock.transfer(world, "P1", 2, "A-01", "B-02")
    assert stock.on_hand("P1", "A-01") == 3 and stock.on_hand("P1", "B-02") == 2
    assert stock.on_hand("P1") == 5
    assert AuditEvent.select().where(AuditEvent.action == "stock.move").count() == 2
    assert_ledger_matches_levels()


def test_stock_never_goes_negative_and_the_refusal_names_part_location_and_quantities(world):
    make_stock(world, "P1", "A-01", 2)
    with pytest.raises(InsufficientStock) as err:
        stock.transfer(world, "P1", 3, "A-01", "B-02")
    assert str(err.value) == "Not enough P1 in A-01: 2 on hand, 3 requested."
    assert (err.value.on_hand, err.value.requested) == (2, 3)
    assert stock.on_hand("P1", "A-01") == 2 and stock.on_hand("P1", "B-02") == 0
    assert StockMove.select().count() == 1            # the refused move left nothing behind
    assert_ledger_matches_levels()


def test_a_location_that_allows_negative_stock_may_go_below_zero(world):
    make_location(world, "FLOOR", allow_negative=True)
    stock.move(world, "P1", 4, "FLOOR", None, "issue", document="WO-1")
    assert stock.on_hand("P1", "FLOOR") == -4
    assert_ledger_matches_levels()


def test_bad_moves_are_refused(world):
    with pytest.raises(ValidationError, match="more than zero"):
        stock.move(world, "P1", 0, None, "A-01", "receipt")
    with pytest.raises(ValidationError, match="three decimals"):
        stock.move(world, "P1", "1.0001", None, "A-01", "receipt")
    with pytest.raises(ValidationError, match="already in A-01"):
        stock.move(world, "P1", 1, "A-01", "A-01", "transfer")
    with pytest.raises(ValidationError, match="needs a location"):
        stock.move(world, "P1", 1, None, None, "receipt")
    with pytest.raises(ValidationError, match="Unknown kind"):
        stock.move(world, "P1", 1, None, "A-01", "gift")


def test_a_correction_is_a_reversing_move_never_an_edit(world):
    wrong = make_stock(world, "P1", "A-01", 7)
    back = stock.reverse(world, wrong.id, "typed 7 instead of 1")
    assert (back.from_location.code, back.to_location, back.reverses.id) == ("A-01", None, wrong.id)
    assert stock.on_hand("P1", "A-01") == 0
    assert StockMove.get_by_id(wrong.id).quantity == 7           # the wrong row is still there
    with pytest.raises(Conflict, match="already reversed"):
        stock.reverse(world, wrong.id, "again")
    with pytest.raises(ValidationError, match="why"):
        stock.reverse(world, back.id, " ")
    assert_ledger_matches_levels()


def test_a_reversal_that_would_make_stock_negative_is_refused(world):
    received = make_stock(world, "P1", "A-01", 3)
    stock.move(world, "P1", 2, "A-01", None, "issue", document="WC-2026-000001")
    with pytest.raises(InsufficientStock):
        stock.reverse(world, received.id, "wrong receipt")


def test_adjustments_need_a_reason_and_a_supervisor(world, admin):
    with pytest.raises(PermissionDenied, match="adjust stock"):
        stock.adjust(world, "P1", "A-01", 3, "found")
    boss = make_user(admin, "boss", "supervisor")
    with pytest.raises(ValidationError, match="reason"):
        stock.adjust(boss, "P1", "A-01", 3, "because")
    with pytest.raises(ValidationError, match="note"):
        stock.adjust(boss, "P1", "A-01", 3, "other")
    found = stock.adjust(boss, "P1", "A-01", 3, "found", "behind the shelf")
    assert (found.kind, found.reason, found.to_location.code) == ("adjustment",
                                                                   "found: behind the shelf", "A-01")
    lost = stock.adjust(boss, "P1", "A-01", "-1", "lost")
    assert lost.from_location.code == "A-01" and stock.on_hand("P1", "A-01") == 2
    with pytest.raises(InsufficientStock):
        stock.adjust(boss, "P1", "A-01", -5, "lost")
    assert_ledger_matches_levels()


def test_defective_stock_is_on_hand_but_not_available(world):
    make_stock(world, "P1", "A-01", 4)
    make_stock(world, "P1", "RECV", 1)
    stock.move(world, "P1", 2, None, "QUAR", "defective_in", document="DT-2026-000001")
    assert stock.on_hand("P1") == 5
    assert stock.on_hand("P1", "QUAR") == 2
    assert stock.available("P1") == 5
    row = stock_views.PartStock(*stock_views.stock_by_part("P1")[0])
    assert (row.on_hand, row.defective, row.value) == (5, 2, Decimal("50.00"))


def test_reserved_stock_is_not_available_and_more_than_available_is_refused(world):
    make_stock(world, "P1", "A-01", 5)
    held = stock.reserve(world, "P1", 3, "WC-2026-000001")
    assert (held.document, held.quantity) == ("WC-2026-000001", 3)
    assert stock.reserved("P1") == 3 and stock.available("P1") == 2
    stock.reserve(world, "P1", 1, "WC-2026-000001")          # adds to the same reservation
    assert [r.quantity for r in stock.reservations("WC-2026-000001")] == [4]
    with pytest.raises(InsufficientStock, match="Only 1 of P1 is available; 2 cannot be "
                                                "reserved for WC-2026-000002"):
        stock.reserve(world, "P1", 2, "WC-2026-000002")


def test_issuing_against_a_reservation_uses_it_up(world):
    make_stock(world, "P1", "A-01", 5)
    stock.reserve(world, "P1", 3, "WC-2026-000001")
    issued = stock.issue_reserved(world, "P1", "A-01", 2, "WC-2026-000001")
    assert (issued.kind, issued.to_location, issued.document) == ("issue", None, "WC-2026-000001")
    assert stock.reserved("P1") == 1 and stock.on_hand("P1") == 3
    with pytest.raises(Conflict, match="WC-2026-000001 has 1 of P1 reserved; 2 cannot be issued"):
        stock.issue_reserved(world, "P1", "A-01", 2, "WC-2026-000001")
    stock.issue_reserved(world, "P1", None, 1, "WC-2026-000001")   # finds the bin itself
    assert stock.reservations("WC-2026-000001") == []
    assert stock.available("P1") == 2
    assert_ledger_matches_levels()


def test_nothing_can_be_issued_to_a_document_without_a_reservation(world):
    make_stock(world, "P1", "A-01", 5)
    with pytest.raises(Conflict, match="Reserve the parts for WC-2026-000009 first"):
        stock.issue_reserved(world, "P1", "A-01", 1, "WC-2026-000009")


def test_releasing_a_document_frees_its_stock(world):
    make_stock(world, "P1", "A-01", 5)
    make_part(world, "P2")
    make_stock(world, "P2", "A-01", 5)
    stock.reserve(world, "P1", 2, "WC-2026-000001")
    stock.reserve(world, "P2", 1, "WC-2026-000001")
    assert stock.release(world, "WC-2026-000001", part="P2") == 1
    assert stock.release(world, "WC-2026-000001") == 2
    assert stock.release(world, "WC-2026-000001") == 0
    assert stock.available("P1") == 5


def test_a_warranty_administrator_may_reserve_but_not_move_stock(world, admin):
    wa = make_user(admin, "wa", "warranty_admin")
    make_stock(world, "P1", "A-01", 5)
    stock.reserve(wa, "P1", 1, "WC-2026-000001")
    with pytest.raises(PermissionDenied):
        stock.transfer(wa, "P1", 1, "A-01", "B-02")


def test_the_check_reports_a_level_that_differs_from_its_moves(world, db):
    make_stock(world, "P1", "A-01", 5)
    StockLevel.update(on_hand=Decimal("4")).execute()     # damage the data behind the services
    assert stock.check_levels() == ["P1 in A-01: level 4, moves add up to 5"]


def test_db_check_reports_the_stock_level_check(world):
    from partsdesk.services import checks
    make_stock(world, "P1", "A-01", 5)
    results = dict(checks.run_checks())
    assert results["Stock levels equal the sum of their moves"] == []
