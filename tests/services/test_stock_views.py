"""Stock views page by key and agree with the ledger; each exports to Excel."""

from decimal import Decimal

import openpyxl
import pytest

from partsdesk.services import stock, stock_views
from partsdesk.spreadsheets import stock_export
from tests.factories import make_location, make_part, make_stock

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def world(clerk):
    for n, price in enumerate(["10.00", "2.50", "100.00", "7.00"]):
        make_part(clerk, f"P{n}", name=f"Part {n}", unit_price=price, min_stock=5)
    make_location(clerk, "A-01")
    make_location(clerk, "B-01")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "QUAR", "defective")
    make_stock(clerk, "P0", "A-01", 6)
    make_stock(clerk, "P1", "A-01", 2)
    make_stock(clerk, "P1", "B-01", 2)
    make_stock(clerk, "P2", "RECV", 1)
    make_stock(clerk, "P2", "QUAR", 3)
    stock.reserve(clerk, "P0", 4, "WC-2026-000001")
    return clerk


def test_stock_by_part_shows_on_hand_reserved_available_and_value(world):
    rows = {row.part_no: row for row in stock_views.stock_by_part()}
    assert (rows["P0"].on_hand, rows["P0"].reserved, rows["P0"].available) == (6, 4, 2)
    assert rows["P0"].value == Decimal("60.00")
    assert (rows["P2"].on_hand, rows["P2"].defective, rows["P2"].value) == (1, 3,
                                                                              Decimal("100.00"))
    assert rows["P3"].on_hand == 0
    assert [r.part_no for r in stock_views.stock_by_part(in_stock_only=True)] == ["P0", "P1", "P2"]


def test_stock_by_part_pages_by_part_number_and_filters(world):
    first = stock_views.stock_by_part(limit=2)
    second = stock_views.stock_by_part(after=first[-1].part_no, limit=2)
    assert [r.part_no for r in first + second] == ["P0", "P1", "P2", "P3"]
    assert [r.part_no for r in stock_views.stock_by_part("part 1")] == ["P1"]


def test_stock_by_location_pages_by_location_then_part(world):
    rows = stock_views.stock_by_location()
    assert [(r.location, r.part_no, r.on_hand) for r in rows] == [
        ("A-01", "P0", 6), ("A-01", "P1", 2), ("B-01", "P1", 2), ("QUAR", "P2", 3),
        ("RECV", "P2", 1)]
    page = stock_views.stock_by_location(limit=2)
    rest = stock_views.stock_by_location(after=page[-1].key)
    assert [r.key for r in page + rest] == [r.key for r in rows]
    assert [r.part_no for r in stock_views.stock_by_location(location="A-01")] == ["P0", "P1"]
    assert [r.location for r in stock_views.stock_by_location("B-")] == ["B-01"]


def test_a_part_ledger_runs_its_balance_newest_first_with_the_document(world):
    stock.transfer(world, "P1", 1, "A-01", "B-01")
    stock.move(world, "P1", 3, "B-01", None, "issue", document="WO-7")
    rows = stock_views.part_ledger("P1")
    assert [(r.kind, r.document, r.change, r.balance) for r in rows] == [
        ("issue", "WO-7", -3, 1), ("transfer", "", 0, 4), ("receipt", "TEST", 2, 4),
        ("receipt", "TEST", 2, 2)]
    at_b = stock_views.part_ledger("P1", "B-01", limit=2)
    assert [(r.change, r.balance) for r in at_b] == [(-3, 0), (1, 3)]
    older = stock_views.part_ledger("P1", "B-01", after=at_b[-1].move_id)
    assert [(r.change, r.balance) for r in older] == [(2, 2)]


def test_low_stock_lists_parts_below_their_minimum(world):
    assert [(r.part_no, r.on_hand, r.shortfall) for r in stock_views.low_stock()] == [
        ("P1", 4, 1), ("P2", 1, 4), ("P3", 0, 5)]


def test_stock_value_counts_usable_stock_only(world):
    assert stock_views.stock_value() == Decimal("170.00")      # 60 + 10 + 100; quarantine left out
    assert stock_views.stock_value(("defective",)) == Decimal("300.00")


def test_every_view_exports_to_excel(world, tmp_path):
    def read(path):
        return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))

    assert stock_export.write_stock_by_part(tmp_path / "parts.xlsx") == 3
    rows = read(tmp_path / "parts.xlsx")
    assert rows[0][:3] == ("Part No.", "Name", "Chinese name")
    assert rows[1][:1] + rows[1][4:7] + rows[1][9:10] == ("P0", 6, 4, 2, 60)
    assert stock_export.write_stock_by_location(tmp_path / "loc.xlsx", lang="zh_CN") == 5
    rows = read(tmp_path / "loc.xlsx")
    assert rows[0][:2] == ("库位", "类型") and rows[1][:3] == ("A-01", "货位", "P0")
    assert stock_export.write_ledger(tmp_path / "ledger.xlsx", "P1") == 2
    assert read(tmp_path / "ledger.xlsx")[1][2] == "Receipt"
    assert stock_export.write_low_stock(tmp_path / "low.xlsx") == 3
