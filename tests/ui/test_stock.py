"""Stock views: on hand, by location, a part's ledger with its balance, low stock, export."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from partsdesk.services import stock
from partsdesk.ui import messages, operations
from partsdesk.ui.pages.stock import StockPage
from tests.factories import make_location, make_part, make_stock, make_user
from tests.ui.helpers import show_page


@pytest.fixture
def warehouse(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯",
              unit_price="12.50", min_stock="20")
    make_part(clerk, "04465-02220", "Brake pad set, front", name_zh="前刹车片",
              unit_price="380.00")
    make_part(clerk, "90915-YZZD2", "Oil filter", name_zh="机油滤清器", unit_price="45.00")
    make_location(clerk, "RECV", "receiving")
    make_location(clerk, "A-01-01", "bin")
    make_stock(clerk, "04152-YZZA1", "RECV", 12, "RC-2026-000001")
    stock.move(clerk, "04152-YZZA1", 8, "RECV", "A-01-01", "put_away")
    make_stock(clerk, "04465-02220", "A-01-01", 4, "RC-2026-000002")
    return clerk


def open_page(qtbot, user) -> StockPage:
    page = show_page(qtbot, StockPage(user), 1250, 720, active=False)
    page.activated()
    return page


def column(model, index: int) -> list[str]:
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def test_on_hand_by_part_shows_available_reserved_and_value(qtbot, warehouse):
    stock.reserve(warehouse, "04465-02220", 1, "WC-2026-000007")
    page = open_page(qtbot, warehouse)
    model = page.by_part.model
    assert column(model, 0) == ["04152-YZZA1", "04465-02220"]     # only parts in stock
    assert column(model, 3) == ["12", "4"]
    assert column(model, 4) == ["", "1"]
    assert column(model, 5) == ["12", "3"]
    assert column(model, 8) == ["150.00", "1,520.00"]
    page.by_part.in_stock.setChecked(False)
    assert column(model, 0)[-1] == "90915-YZZD2"
    qtbot.waitUntil(lambda: "1,670.00" in page.value_label.text())


def test_by_location_filters_by_location_or_part_prefix(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    page.tabs.setCurrentWidget(page.by_location)
    model = page.by_location.model
    assert column(model, 0) == ["A-01-01", "A-01-01", "RECV"]
    qtbot.keyClicks(page.by_location.search, "L:A-01-01")
    qtbot.keyClick(page.by_location.search, Qt.Key_Return)
    assert column(model, 2) == ["04152-YZZA1", "04465-02220"]
    page.by_location.search.setText("0446")
    page.by_location.refresh()
    assert column(model, 2) == ["04465-02220"]


def test_scanning_a_part_opens_its_ledger_with_a_running_balance(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    qtbot.keyClicks(page.by_part.search, "04152-YZZA1")
    qtbot.keyClick(page.by_part.search, Qt.Key_Return)
    assert page.tabs.currentWidget() is page.ledger
    model = page.ledger.model
    assert column(model, 2) == ["Put-away", "Receipt"]        # newest first
    assert column(model, 3) == ["", "RC-2026-000001"]         # the document behind the row
    assert column(model, 6) == ["", "+12"]
    assert column(model, 7) == ["12", "12"]
    assert "on hand 12" in page.ledger.heading.text()


def test_a_wrong_move_is_corrected_by_reversing_it(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    page.show_ledger("04152-YZZA1")
    page.ledger.table.selectRow(0)                 # the put-away
    messages.answers.append("Put into the wrong bin")
    qtbot.mouseClick(page.ledger.reverse_button, Qt.LeftButton)
    assert messages.shown[-1].detail == "Reverse move"
    assert stock.on_hand("04152-YZZA1", "A-01-01") == 0
    assert column(page.ledger.model, 2)[0] == "Put-away"
    assert len(column(page.ledger.model, 0)) == 3


def test_low_stock_lists_parts_below_their_minimum(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    page.tabs.setCurrentWidget(page.low)
    assert column(page.low.model, 0) == ["04152-YZZA1"]
    assert column(page.low.model, 5) == ["8"]


def test_each_view_exports_to_excel_off_the_gui_thread(qtbot, warehouse, tmp_path):
    page = open_page(qtbot, warehouse)
    messages.answers.append(tmp_path / "by-part")
    qtbot.mouseClick(page.by_part.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running())
    rows = list(load_workbook(tmp_path / "by-part.xlsx").active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["04152-YZZA1", "04465-02220"]
    page.show_ledger("04152-YZZA1")
    messages.answers.append(tmp_path / "ledger.xlsx")
    qtbot.mouseClick(page.ledger.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running())
    rows = list(load_workbook(tmp_path / "ledger.xlsx").active.iter_rows(values_only=True))
    assert [r[8] for r in rows[1:]] == [12, 12]
    for tab, name in ((page.by_location, "by-location.xlsx"), (page.low, "low.xlsx")):
        page.tabs.setCurrentWidget(tab)
        messages.answers.append(tmp_path / name)
        qtbot.mouseClick(tab.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running())
    assert load_workbook(tmp_path / "low.xlsx").active.max_row == 2
    assert [m.level for m in messages.shown if m.level != "save_file"] == ["info"] * 4


def test_a_warranty_administrator_sees_stock_but_cannot_reverse_moves(qtbot, warehouse, admin):
    office = make_user(admin, "wendy", "warranty_admin")
    page = open_page(qtbot, office)
    assert page.ledger.reverse_button.isHidden()
    assert page.by_part.model.rowCount() == 2
    assert Decimal(stock.available("04465-02220")) == 4
