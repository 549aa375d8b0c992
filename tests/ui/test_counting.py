"""Stock counts from the page: choose locations, count by scanning and typing, post."""

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from partsdesk.db.models.stock import StockMove
from partsdesk.services import counting, stock
from partsdesk.ui import messages, operations
from partsdesk.ui.pages.counting import CountingPage
from tests.factories import make_location, make_part, make_stock, make_user
from tests.ui.helpers import scan, show_page


@pytest.fixture
def warehouse(clerk):
    make_part(clerk, "04152-YZZA1", "Oil filter element", name_zh="机油滤芯", unit_price="12.50")
    make_part(clerk, "44050-0K010", "Alternator", name_zh="发电机", unit_price="2400.00")
    make_location(clerk, "A-01-01", "bin")
    make_location(clerk, "A-01-02", "bin")
    make_stock(clerk, "04152-YZZA1", "A-01-01", 10)
    make_stock(clerk, "44050-0K010", "A-01-02", 2)
    return clerk


def open_page(qtbot, user) -> CountingPage:
    return show_page(qtbot, CountingPage(user), 1250, 720)


def start_count(qtbot, page, codes) -> str:
    dialog = page.new_count()
    dialog.choose(codes)
    dialog.start()
    return dialog.count.number


def test_a_count_with_a_small_variance_is_posted_by_the_clerk(qtbot, warehouse, tmp_path):
    page = open_page(qtbot, warehouse)
    number = start_count(qtbot, page, ["A-01-01"])
    view = page.view
    assert page.right.currentWidget() is view
    assert view.location.currentData() == "A-01-01"

    messages.answers.append(tmp_path / "sheet.xlsx")
    qtbot.mouseClick(page.view.sheet_xlsx, Qt.LeftButton)
    qtbot.waitUntil(lambda: not operations.running())
    rows = list(load_workbook(tmp_path / "sheet.xlsx").active.iter_rows(values_only=True))
    assert rows[1][:2] == ("A-01-01", "04152-YZZA1")

    for _ in range(3):
        scan(qtbot, view.scan, "04152-YZZA1")
    assert view.banner.kind == "ok"
    view.type_count("A-01-01", "04152-YZZA1", "9")   # the rest counted by hand: 9 in all
    qtbot.waitUntil(lambda: view.rows[0].counted == 9)
    assert view.table.item(0, 5).text() == "-1"
    assert view.approval.isHidden()

    messages.answers.append(True)
    assert view.post()
    assert counting.get_count(number).status == "posted"
    assert stock.on_hand("04152-YZZA1", "A-01-01") == 9
    move = StockMove.select().where(StockMove.kind == "count").get()
    assert (move.document, move.quantity) == (number, Decimal(1))
    assert view.scan_panel.isHidden()


def test_a_variance_above_the_threshold_needs_a_supervisor(qtbot, warehouse, admin):
    page = open_page(qtbot, warehouse)
    number = start_count(qtbot, page, ["A-01-02"])
    view = page.view
    scan(qtbot, view.scan, "44050-0K010")            # one alternator of two: 2,400.00 short
    assert not view.approval.isHidden()
    assert "A supervisor must post this count" in view.approval.text()
    assert view.table.item(0, 7).text() == "Supervisor"
    messages.answers.append(True)
    assert not view.post()
    assert "A supervisor must post" in messages.shown[-1].text
    assert counting.get_count(number).status == "open"

    supervisor = make_user(admin, "sam", "supervisor")
    boss_page = open_page(qtbot, supervisor)
    boss_page.open_count(number)
    assert "Posting approves it as supervisor" in boss_page.view.approval.text()    # one variance
    messages.answers.append(True)
    assert boss_page.view.post()
    assert stock.on_hand("44050-0K010", "A-01-02") == 1
    assert counting.get_count(number).approved_by.username == "sam"


def test_scanning_a_bin_label_switches_the_counted_location(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    start_count(qtbot, page, ["A-01-01", "A-01-02"])
    view = page.view
    scan(qtbot, view.scan, "L:A-01-02")
    assert view.location.currentData() == "A-01-02"
    scan(qtbot, view.scan, "04152-YZZA1")            # found where the books do not expect it
    assert view.banner.kind == "over"
    assert "was not expected in A-01-02" in view.banner.detail.text()


def test_cancelling_a_count_asks_why_and_refuses_no_reason(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    number = start_count(qtbot, page, ["A-01-01"])
    messages.answers.append(None)                   # Cancel on the prompt: nothing happens
    qtbot.mouseClick(page.view.cancel_button, Qt.LeftButton)
    messages.answers.append("  ")
    qtbot.mouseClick(page.view.cancel_button, Qt.LeftButton)
    assert [m.level for m in messages.shown] == ["reason", "reason", "error"]
    assert messages.shown[0].text == f"Why is stock count {number} cancelled?"
    assert messages.shown[2].text == "Say why the count is cancelled."
    assert counting.get_count(number).status == "open"
    messages.answers.append("Wrong bins chosen")
    qtbot.mouseClick(page.view.cancel_button, Qt.LeftButton)
    assert counting.get_count(number).status == "cancelled"


def test_the_count_sheet_pdf_is_previewed(qtbot, warehouse):
    page = open_page(qtbot, warehouse)
    number = start_count(qtbot, page, ["A-01-01"])
    page.view.show_sheet()
    qtbot.waitUntil(lambda: not operations.running())
    assert page.sheet_dialog.preview.page_count() == 1
    assert number in page.sheet_dialog.windowTitle()
